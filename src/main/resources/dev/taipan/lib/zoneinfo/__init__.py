"""IANA time zones as datetime.tzinfo objects: ZoneInfo("Europe/Paris").

Taipan reads the zone rules from the JVM's copy of the IANA database instead of TZif files, so
TZPATH and reset_tzpath() are kept for their interface but do not change which zones exist, and
ZoneInfo.from_file() is not provided. Abbreviations (tzname) come from the JVM's short zone names,
so historical ones (LMT, PMT, war time) may differ from CPython's.
"""

from datetime import datetime, timedelta, tzinfo

import _zoneinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]


class ZoneInfoNotFoundError(KeyError):
    """Raised when no time zone has the given key."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo',
                   '/etc/zoneinfo')
TZPATH = _DEFAULT_TZPATH


def reset_tzpath(to=None):
    """Sets TZPATH (absolute paths only); Taipan's zones do not depend on it."""
    global TZPATH
    if to is None:
        TZPATH = _DEFAULT_TZPATH
        return
    if isinstance(to, (str, bytes)):
        raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
    paths = tuple(to)
    relative = [str(path) for path in paths if not str(path).startswith('/')]
    if relative:
        raise ValueError("Paths should be absolute but found the following relative paths:\n"
                         + "\n".join("    " + path for path in relative))
    TZPATH = paths


def available_timezones():
    """The set of every key ZoneInfo accepts."""
    return set(_zoneinfo.keys())


def _normalized(path):
    # posixpath.normpath for the cases a key can take, without importing os.
    parts = []
    for part in path.split('/'):
        if part in ('', '.'):
            continue
        if part == '..' and parts and parts[-1] != '..':
            parts.pop()
        else:
            parts.append(part)
    return '/'.join(parts) or '.'


def _check_key(key):
    if not isinstance(key, str):
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(key).__name__)
    if key.startswith('/'):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    if _normalized(key) != key:
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    if key == '..' or key.startswith('../'):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


class ZoneInfo(tzinfo):
    """The time zone with an IANA key; ZoneInfo(key) returns the same object for the same key."""

    _cache = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._cache = {}

    def __new__(cls, key):
        instance = cls._cache.get(key) if isinstance(key, str) else None
        if instance is None:
            instance = cls._new_instance(key)
            instance._from_cache = 1
            cls._cache[key] = instance
        return instance

    @classmethod
    def no_cache(cls, key):
        """A new ZoneInfo for key, bypassing (and not filling) the cache."""
        instance = cls._new_instance(key)
        instance._from_cache = 0
        return instance

    @classmethod
    def _new_instance(cls, key):
        _check_key(key)
        if not _zoneinfo.exists(key):
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        instance = super().__new__(cls)
        instance._key = key
        fixed = _zoneinfo.fixed(key)
        if fixed is None:
            instance._fixed = None
        else:
            instance._fixed = (timedelta(seconds=fixed[0]), timedelta(seconds=fixed[1]), fixed[2])
        return instance

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Forgets the cached zones (all, or those of only_keys)."""
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def _local(self, dt):
        dt.toordinal()
        return _zoneinfo.local(self._key, dt.year, dt.month, dt.day, dt.hour, dt.minute,
                               dt.second, dt.fold)

    def utcoffset(self, dt):
        if self._fixed is not None:
            return self._fixed[0]
        if dt is None:
            return None
        return timedelta(seconds=self._local(dt)[0])

    def dst(self, dt):
        if self._fixed is not None:
            return self._fixed[1]
        if dt is None:
            return None
        return timedelta(seconds=self._local(dt)[1])

    def tzname(self, dt):
        if self._fixed is not None:
            return self._fixed[2]
        if dt is None:
            return None
        return self._local(dt)[2]

    def fromutc(self, dt):
        """The local time in this zone of dt, whose fields are UTC (fold set in a repeated hour)."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        if self._fixed is not None:
            return dt + self._fixed[0]
        offset, fold = _zoneinfo.utc(self._key, dt.year, dt.month, dt.day, dt.hour,
                                     dt.minute, dt.second)
        result = dt + timedelta(seconds=offset)
        if fold:
            result = result.replace(fold=1)
        return result

    def __str__(self):
        return self._key

    def __repr__(self):
        # CPython's ZoneInfo is a C type named zoneinfo.ZoneInfo; subclasses show their bare name.
        name = "zoneinfo.ZoneInfo" if type(self) is ZoneInfo else type(self).__name__
        return f"{name}(key={self._key!r})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)

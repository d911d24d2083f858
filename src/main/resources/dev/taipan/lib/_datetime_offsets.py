"""Durations and fixed UTC offsets for the datetime module: timedelta, tzinfo and timezone.

The datetime module imports these and exports them as its own; their __module__ says so.
"""

import math as _math

_MAX_DELTA_DAYS = 999999999
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MISSING = object()
_PUBLIC_NAMES = frozenset(("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
                           "IsoCalendarDate"))

# The datetime class, which tzinfo.fromutc and timezone check their argument against; the
# datetime module sets it once the class exists.
datetime_class = None


def class_name(obj):
    """The name repr() shows for obj's class: 'datetime.date' for the module's own classes."""
    cls = type(obj)
    if cls.__module__ == "datetime" and cls.__qualname__ in _PUBLIC_NAMES:
        return "datetime." + cls.__qualname__
    return cls.__qualname__


def _round_half_even(numerator, denominator):
    q, r = divmod(numerator, denominator)
    twice = 2 * r
    if twice > denominator or (twice == denominator and q % 2 == 1):
        q += 1
    return q


def _compare(a, b, op):
    if op == "==":
        return a == b
    if op == "!=":
        return a != b
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


def _comparisons():
    """The six rich comparisons of a class, each delegating to its _cmp(other, op)."""
    def make(name, op):
        def compare(self, other):
            return self._cmp(other, op)
        compare.__name__ = name
        return compare
    return tuple(make(name, op) for name, op in (("__eq__", "=="), ("__ne__", "!="),
                                                  ("__lt__", "<"), ("__le__", "<="),
                                                  ("__gt__", ">"), ("__ge__", ">=")))


def _format_offset(offset, sep):
    """'+HH:MM[:SS[.ffffff]]' (sep ':') or '+HHMM[SS[ffffff]]' (sep ''); '' for None."""
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    hh, rest = divmod(offset.seconds, 3600)
    mm, ss = divmod(rest, 60)
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    us = offset.microseconds
    if ss or us:
        text += "%s%02d" % (sep, ss)
        if us:
            text += ".%06d" % us
    return text


# --- timedelta -----------------------------------------------------------------------------

class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ("_days", "_seconds", "_microseconds")
    __module__ = "datetime"

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            return _timedelta_from_us(
                (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60000000 + seconds * 1000000
                + milliseconds * 1000 + microseconds, cls)
        numerator = 0
        denominator = 1
        for value, scale, name in ((days, _US_PER_DAY, "days"),
                                   (seconds, _US_PER_SECOND, "seconds"),
                                   (microseconds, 1, "microseconds"),
                                   (milliseconds, 1000, "milliseconds"),
                                   (minutes, 60 * _US_PER_SECOND, "minutes"),
                                   (hours, 3600 * _US_PER_SECOND, "hours"),
                                   (weeks, 7 * _US_PER_DAY, "weeks")):
            if isinstance(value, int):
                numerator += int(value) * scale * denominator
            elif isinstance(value, float):
                if _math.isinf(value):
                    raise OverflowError("cannot convert float infinity to integer")
                if _math.isnan(value):
                    raise ValueError("cannot convert float NaN to integer")
                n, d = value.as_integer_ratio()
                numerator = numerator * d + n * scale * denominator
                denominator *= d
            else:
                raise TypeError(f"unsupported type for timedelta {name} component: "
                                f"{type(value).__name__}")
        return _timedelta_from_us(_round_half_even(numerator, denominator), cls)

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / _US_PER_SECOND

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        return "%s(%s)" % (class_name(self), ", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = "%d day%s, %s" % (self._days, plural, text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _timedelta_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _timedelta_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _timedelta_from_us(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _timedelta_from_us(-self._to_us())

    def __pos__(self):
        return _timedelta_from_us(self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _timedelta_from_us(self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _timedelta_from_us(_round_half_even(self._to_us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("division by zero")
            return self._to_us() / divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _timedelta_from_us(_round_half_even(self._to_us(), other)
                                      if other > 0 else
                                      _round_half_even(-self._to_us(), -other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if n < 0:
                n, d = -n, -d
            return _timedelta_from_us(_round_half_even(self._to_us() * d, n))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _timedelta_from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _timedelta_from_us(self._to_us() % divisor)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_us()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_us(), divisor)
            return q, _timedelta_from_us(r)
        return NotImplemented

    def _cmp(self, other, op):
        if isinstance(other, timedelta):
            return _compare(self._to_us(), other._to_us(), op)
        return NotImplemented

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _timedelta_from_us(us, cls=timedelta):
    days, rest = divmod(us, _US_PER_DAY)
    seconds, microseconds = divmod(rest, _US_PER_SECOND)
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError(f"days={days}; must have magnitude <= {_MAX_DELTA_DAYS}")
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = microseconds
    return self


timedelta.min = _timedelta_from_us(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _timedelta_from_us((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _timedelta_from_us(1)
_ONE_DAY = _timedelta_from_us(_US_PER_DAY)
_ZERO = _timedelta_from_us(0)


# --- tzinfo and timezone -------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    __module__ = "datetime"

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime_class):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - saving
        if standard:
            dt += standard
            saving = dt.dst()
            if saving is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + saving

    def __reduce__(self):
        state = getattr(self, "__dict__", None) or None
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return type(self), args, state


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")
    __module__ = "datetime"

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not "
                            f"{type(offset).__name__}")
        if name is _MISSING:
            name = None
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             f"and timedelta(hours=24), not {offset!r}.")
        if name is None and not offset and cls is timezone and _UTC_READY:
            return timezone.utc
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__()

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (class_name(self), self._offset)
        return "%s(%r, %r)" % (class_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, method):
        if dt is not None and not isinstance(dt, datetime_class):
            raise TypeError(f"{method}(dt) argument must be a datetime instance or None, "
                            f"not {type(dt).__name__}")

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._check_arg(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def dst(self, dt):
        """Return None."""
        self._check_arg(dt, "dst")
        return None

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime_class):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC_READY = False
timezone.utc = timezone(_ZERO)
_UTC_READY = True
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc



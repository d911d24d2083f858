"""Dates, times, durations and time zones, with CPython 3.13's API.

Dates use the proleptic Gregorian calendar and are counted internally as ordinals (day 1 is
0001-01-01). Durations are held as days, seconds and microseconds, normalised so that only the
days may be negative. The local time zone is the host's default one, read through the time
module. Formatting and parsing with directives go through time.strftime and _strptime.
"""

import time as _time
from operator import index as _index
import _strptime
import _datetime_offsets
from _datetime_offsets import (
    timedelta, tzinfo, timezone, UTC, class_name as _class_name, _timedelta_from_us, _ONE_DAY,
    _compare, _comparisons, _format_offset)
from _datetime_calendar import (
    month_length as _month_length, ordinal as _ordinal, civil as _civil,
    iso_week_one as _iso_week_one, from_iso_calendar as _from_iso_calendar,
    timestamp_parts as _timestamp_parts, local_to_utc as _local_to_utc,
    utc_fields as _utc_fields, local_fields as _local_fields,
    EPOCH_ORDINAL as _EPOCH_ORDINAL, MAX_ORDINAL as _MAX_ORDINAL,
    parse_date as _parse_iso_date, parse_time as _parse_iso_time,
    parse_datetime as _parse_iso_datetime)

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_MISSING = object()

_DAY_ABBRS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBRS = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _check_date(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    fold = _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type "
                        f"'{type(tz).__name__}'")


def _missing(name, position):
    raise TypeError(f"function missing required argument '{name}' (pos {position})")


# --- formatting helpers --------------------------------------------------------------------

def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _strftime(obj, fmt, timetuple):
    """Expands %f, %z, %:z and %Z from obj, then lets time.strftime do the rest."""
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    if "%f" not in fmt and "%z" not in fmt and "%Z" not in fmt and "%:z" not in fmt:
        return _time.strftime(fmt, timetuple)
    parts = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i >= n:
            parts.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == "f":
            parts.append("%06d" % getattr(obj, "microsecond", 0))
        elif ch == "z":
            parts.append(_format_offset(_offset_of(obj), ""))
        elif ch == ":" and i < n and fmt[i] == "z":
            i += 1
            parts.append(_format_offset(_offset_of(obj), ":"))
        elif ch == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            if name is not None:
                parts.append(name.replace("%", "%%"))
        else:
            parts.append("%")
            parts.append(ch)
    return _time.strftime("".join(parts), timetuple)


def _deprecated(message):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _offset_of(obj):
    return obj.utcoffset() if hasattr(obj, "utcoffset") else None


def _check_format_spec(fmt):
    if not isinstance(fmt, str):
        raise TypeError(f"format() argument 2 must be str, not {type(fmt).__name__}")


def _checked_offset(offset, method):
    """Validates what a tzinfo's utcoffset() or dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{method}() must return None or timedelta, "
                        f"not '{type(offset).__name__}'")
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return offset


def _call_utcoffset(tz, dt):
    if tz is None:
        return None
    return _checked_offset(tz.utcoffset(dt), "utcoffset")


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
    return name


# --- date ----------------------------------------------------------------------------------

class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        if year is _MISSING:
            _missing("year", 1)
        if month is _MISSING:
            _missing("month", 2)
        if day is _MISSING:
            _missing("day", 3)
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    @classmethod
    def _make(cls, year, month, day):
        if cls is date:
            self = object.__new__(date)
            self._year = year
            self._month = month
            self._day = day
            return self
        return cls(year, month, day)

    @classmethod
    def fromtimestamp(cls, timestamp):
        """Create a date from a POSIX timestamp."""
        seconds = _timestamp_parts(timestamp, True)[0]
        return cls(*_local_fields(seconds)[:3])

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, ordinal):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        ordinal = _index(ordinal)
        if ordinal < 1:
            raise ValueError("ordinal must be >= 1")
        if ordinal > _MAX_ORDINAL:
            raise ValueError(f"year {_civil(ordinal)[0]} is out of range")
        return cls._make(*_civil(ordinal))

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        fields = _parse_iso_date(date_string)
        if fields is None:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday."""
        return cls(*_from_iso_calendar(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_class_name(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_ABBRS[weekday - 1], _MONTH_ABBRS[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        _check_format_spec(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        ordinal = self.toordinal()
        year = self._year
        start = _iso_week_one(year)
        if ordinal < start:
            year -= 1
            start = _iso_week_one(year)
        else:
            following = _iso_week_one(year + 1)
            if ordinal >= following:
                year += 1
                start = following
        week, day = divmod(ordinal - start, 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _cmp(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _compare(self._date_key(), other._date_key(), op)
        return NotImplemented

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        return hash(self._date_key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 1 <= ordinal <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self)._make(*_civil(ordinal))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """The ISO calendar date of a date: year, week and weekday."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_class_name(self), self[0], self[1], self[2])


# The C implementation does not export the name; neither does this module.
_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# --- time ----------------------------------------------------------------------------------

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                               microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string[:1] == "T" else time_string
        fields = _parse_iso_time(text)
        if fields is None:
            raise ValueError(f"Invalid isoformat string: {time_string!r}")
        return cls(*fields[:4], _offset_timezone(fields[4]))

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _call_utcoffset(self._tzinfo, None)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.dst(None), "dst")

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND \
            + self._microsecond

    def _cmp(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            a, b = self._us_of_day(), other._us_of_day()
        else:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if (off1 is None) != (off2 is None):
                if op in ("==", "!="):
                    return op == "!="
                raise TypeError("can't compare offset-naive and offset-aware times")
            a = self._us_of_day() - (off1._to_us() if off1 is not None else 0)
            b = other._us_of_day() - (off2._to_us() if off2 is not None else 0)
        return _compare(a, b, op)

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        offset = self.utcoffset()
        if offset is None:
            return hash(self._us_of_day())
        return hash(self._us_of_day() - offset._to_us())

    def __repr__(self):
        if self._microsecond:
            text = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            text = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return "%s(%s)" % (_class_name(self), text)

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format,
                         _build_struct_time(1900, 1, 1, self._hour, self._minute, self._second, -1))

    def __format__(self, fmt):
        _check_format_spec(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        """Return time with new specified fields."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    __replace__ = replace

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond,
                            self._tzinfo)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _build_struct_time(y, m, d, hh, mm, ss, dst_flag):
    ordinal = _ordinal(y, m, d)
    weekday = (ordinal + 6) % 7
    yearday = ordinal - _ordinal(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, weekday, yearday, dst_flag))


# --- datetime ------------------------------------------------------------------------------

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if year is _MISSING:
            _missing("year", 1)
        if month is _MISSING:
            _missing("month", 2)
        if day is _MISSING:
            _missing("day", 3)
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                               microsecond, fold)
        _check_tzinfo(tzinfo)
        return cls._make_datetime(year, month, day, hour, minute, second, microsecond, tzinfo,
                                  fold)

    @classmethod
    def _make_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold=0):
        if cls is not datetime and cls.__new__ is not datetime.__new__:
            return cls(year, month, day, hour, minute, second, microsecond, tz, fold=fold)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        return self

    @classmethod
    def _make(cls, year, month, day):
        return cls._make_datetime(year, month, day, 0, 0, 0, 0, None)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        seconds, micros = _timestamp_parts(timestamp)
        if tz is None:
            y, m, d, hh, mm, ss, fold = _local_fields(seconds)
            return cls._make_datetime(y, m, d, hh, mm, ss, micros, None, fold)
        y, m, d, hh, mm, ss = _utc_fields(seconds)
        return tz.fromutc(cls._make_datetime(y, m, d, hh, mm, ss, micros, tz))

    @classmethod
    def utcfromtimestamp(cls, timestamp):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        _deprecated("datetime.datetime.utcfromtimestamp() is deprecated and scheduled for removal "
                    "in a future version. Use timezone-aware objects to represent datetimes in "
                    "UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).")
        seconds, micros = _timestamp_parts(timestamp)
        y, m, d, hh, mm, ss = _utc_fields(seconds)
        return cls._make_datetime(y, m, d, hh, mm, ss, micros, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        seconds, nanos = divmod(_time.time_ns(), 1000000000)
        return cls.fromtimestamp(seconds, tz) + timedelta(microseconds=nanos // 1000)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        _deprecated("datetime.datetime.utcnow() is deprecated and scheduled for removal in a "
                    "future version. Use timezone-aware objects to represent datetimes in UTC: "
                    "datetime.datetime.now(datetime.UTC).")
        seconds, nanos = divmod(_time.time_ns(), 1000000000)
        y, m, d, hh, mm, ss = _utc_fields(seconds)
        return cls._make_datetime(y, m, d, hh, mm, ss, nanos // 1000, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {type(date).__name__}")
        if not isinstance(time, _time_class):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        _check_tzinfo(tzinfo)
        return cls._make_datetime(date.year, date.month, date.day, time.hour, time.minute,
                                  time.second, time.microsecond, tzinfo, time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse_iso_datetime(date_string)
        if fields is None:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        return cls(*fields[:7], _offset_timezone(fields[7]))

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if not isinstance(date_string, str):
            raise TypeError(f"strptime() argument 1 must be str, not {type(date_string).__name__}")
        if not isinstance(format, str):
            raise TypeError(f"strptime() argument 2 must be str, not {type(format).__name__}")
        fields, fraction, offset_fraction = _strptime._strptime(date_string, format)
        tzname, gmtoff = fields[-2], fields[-1]
        tz = None
        if gmtoff is not None:
            offset = timedelta(seconds=gmtoff, microseconds=offset_fraction)
            tz = timezone(offset, tzname) if tzname else timezone(offset)
        return cls(*fields[:6], fraction, tz)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _call_utcoffset(self._tzinfo, self)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.dst(self), "dst")

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, flag)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return _build_struct_time(moment._year, moment._month, moment._day, moment._hour,
                                  moment._minute, moment._second, 0)

    def _wall_seconds(self):
        return ((self.toordinal() - _EPOCH_ORDINAL) * 86400 + self._hour * 3600
                + self._minute * 60 + self._second)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        offset = self.utcoffset()
        if offset is None:
            return _local_to_utc(self._wall_seconds(), self._fold) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        """Return date object with same year, month and day."""
        return _date_class(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    __replace__ = replace

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type "
                            f"'{type(tz).__name__}'")
        offset = self.utcoffset()
        if offset is None:
            # A naive datetime is local time: find the moment it names, gaps and folds included.
            seconds = _local_to_utc(self._wall_seconds(), self._fold)
            y, m, d, hh, mm, ss = _utc_fields(seconds)
            utc = type(self)._make_datetime(y, m, d, hh, mm, ss, self._microsecond, None)
        else:
            if tz is self._tzinfo:
                return self
            utc = (self - offset).replace(tzinfo=None)
            seconds = utc._wall_seconds()
        if tz is None:
            local = _time.localtime(seconds)
            tz = timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBRS[weekday - 1], _MONTH_ABBRS[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            kind = "a string of length %d" % len(sep) if isinstance(sep, str) else type(sep).__name__
            if isinstance(sep, str):
                kind = "str"
            raise TypeError(f"isoformat() argument 1 must be a unicode character, not {kind}")
        text = "%04d-%02d-%02d%s%s" % (self._year, self._month, self._day, sep,
                                       _format_time(self._hour, self._minute, self._second,
                                                    self._microsecond, timespec))
        return text + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute]
        if self._microsecond:
            fields += [self._second, self._microsecond]
        elif self._second:
            fields.append(self._second)
        text = "%s(%s" % (_class_name(self), ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple())

    def _key(self):
        """Microseconds since 0001-01-01 00:00 on this datetime's own clock."""
        return (((_ordinal(self._year, self._month, self._day) * 24 + self._hour) * 60
                 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _compare(self._key(), other._key(), op)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if (off1 is None) != (off2 is None):
            if op in ("==", "!="):
                return op == "!="
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if off1 is None:
            return _compare(self._key(), other._key(), op)
        if op in ("==", "!=") and (self._fold_changes_offset(off1)
                                   or other._fold_changes_offset(off2)):
            return op == "!="
        return _compare(self._key() - off1._to_us(), other._key() - off2._to_us(), op)

    def _fold_changes_offset(self, offset):
        return self.replace(fold=1 - self._fold).utcoffset() != offset

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        moment = self.replace(fold=0) if self._fold else self
        offset = moment.utcoffset()
        if offset is None:
            return hash(moment._key())
        return hash(moment._key() - offset._to_us())

    def _plus_us(self, micros):
        total = self._key() + micros
        seconds, micros = divmod(total, _US_PER_SECOND)
        days, seconds = divmod(seconds, 86400)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        hh, seconds = divmod(seconds, 3600)
        mm, ss = divmod(seconds, 60)
        y, m, d = _civil(days)
        return type(self)._make_datetime(y, m, d, hh, mm, ss, micros, self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus_us(other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._plus_us(-other._to_us())
        if not isinstance(other, datetime):
            return NotImplemented
        difference = self._key() - other._key()
        if self._tzinfo is not other._tzinfo:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if (off1 is None) != (off2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if off1 is not None:
                difference += off2._to_us() - off1._to_us()
        return _timedelta_from_us(difference)

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour, self._minute,
                            self._second, self._microsecond, self._tzinfo)


_date_class = date
_time_class = time


def _offset_timezone(offset_us):
    if offset_us is None:
        return None
    return timezone(_timedelta_from_us(offset_us))

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_datetime_offsets.datetime_class = datetime

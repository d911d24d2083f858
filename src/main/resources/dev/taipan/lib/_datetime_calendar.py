"""Calendar arithmetic, local-time conversion and ISO 8601 parsing for the datetime module.

Everything here works on plain integers: ordinals (day 1 is 0001-01-01), POSIX seconds, and
tuples of fields, so the datetime classes stay a thin layer over it.
"""

import math as _math
import time as _time
from operator import index as _index

MINYEAR = 1
MAXYEAR = 9999
EPOCH_ORDINAL = 719163          # date(1970, 1, 1).toordinal()
MAX_ORDINAL = 3652059           # date(9999, 12, 31).toordinal()

_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def month_length(year, month):
    if month == 2 and is_leap(year):
        return 29
    return _MONTH_LENGTHS[month]


def days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def ordinal(year, month, day):
    leap_day = 1 if month > 2 and is_leap(year) else 0
    return days_before_year(year) + _DAYS_BEFORE_MONTH[month] + leap_day + day


def civil(ordinal):
    """(year, month, day) of an ordinal, by whole 400/100/4/1-year cycles."""
    n = ordinal - 1
    cycles400, n = divmod(n, 146097)
    cycles100, n = divmod(n, 36524)
    cycles4, n = divmod(n, 1461)
    years, n = divmod(n, 365)
    year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1
    if cycles100 == 4 or years == 4:
        # The last day of a leap cycle: Dec 31 of the previous year.
        return year - 1, 12, 31
    # n is now the zero-based day of the year; (n + 50) >> 5 never undershoots the month and
    # overshoots it by at most one.
    leap_day = 1 if years == 3 and (cycles4 != 24 or cycles100 == 3) else 0
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (leap_day if month > 2 else 0)
    if before > n:
        month -= 1
        before = _DAYS_BEFORE_MONTH[month] + (leap_day if month > 2 else 0)
    return year, month, n - before + 1


def iso_week_one(year):
    """The ordinal of the Monday that starts ISO week 1 of a year."""
    jan4 = ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7




def timestamp_parts(timestamp, floor_seconds=False):
    """(seconds, microseconds) of a POSIX timestamp, rounded half to even as CPython does."""
    if isinstance(timestamp, float):
        if timestamp != timestamp:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9.223372036854776e18 <= timestamp < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        if floor_seconds:
            return int(_math.floor(timestamp)), 0
        fraction, whole = _math.modf(timestamp)
        seconds = int(whole)
        micros = int(round(fraction * 1e6))
        if micros >= 1000000:
            seconds += 1
            micros -= 1000000
        elif micros < 0:
            seconds -= 1
            micros += 1000000
        return seconds, micros
    seconds = _index(timestamp)
    if not -2 ** 63 <= seconds < 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    return seconds, 0



def _gmtoff(seconds):
    return _time.localtime(seconds).tm_gmtoff


def local_to_utc(wall, fold):
    """The POSIX time at which local clocks show wall (seconds since 1970 as if UTC)."""
    earlier = wall - _gmtoff(wall - 86400)
    later = wall - _gmtoff(wall + 86400)
    if earlier == later:
        return earlier
    earlier_ok = earlier + _gmtoff(earlier) == wall
    later_ok = later + _gmtoff(later) == wall
    if earlier_ok and not later_ok:
        return earlier
    if later_ok and not earlier_ok:
        return later
    # Both valid: a repeated hour; neither: a skipped one. fold picks the offset in both cases.
    return later if fold else earlier


def check_year(year):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")


def utc_fields(seconds):
    days, rest = divmod(seconds, 86400)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    ordinal = EPOCH_ORDINAL + days
    if not 1 <= ordinal <= MAX_ORDINAL:
        check_year(civil(ordinal)[0])
    return civil(ordinal) + (hh, mm, ss)


def local_fields(seconds):
    """(y, m, d, hh, mm, ss, fold) of local time at a POSIX time."""
    local = _time.localtime(seconds)
    check_year(local.tm_year)
    wall = seconds + local.tm_gmtoff
    earlier = wall - _gmtoff(wall - 86400)
    fold = 1 if earlier < seconds and earlier + _gmtoff(earlier) == wall else 0
    return (local.tm_year, local.tm_mon, local.tm_mday, local.tm_hour, local.tm_min,
            min(local.tm_sec, 59), fold)




def from_iso_calendar(year, week, day):
    """(year, month, day) of an ISO year, week and weekday, with CPython's errors."""
    year = _index(year)
    week = _index(week)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        long_year = False
        if week == 53:
            jan1_weekday = ordinal(year, 1, 1) % 7
            long_year = jan1_weekday == 4 or (jan1_weekday == 3 and is_leap(year))
        if not long_year:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    return civil(iso_week_one(year) + (week - 1) * 7 + (day - 1))


# --- ISO 8601 parsing: each parser returns a tuple of fields, or None when the text is not
# --- in a form it accepts; range checks are left to the constructors.

def _digits(text, start, count):
    """The value of count ASCII digits at start, or None."""
    end = start + count
    if end > len(text):
        return None
    value = 0
    for i in range(start, end):
        c = text[i]
        if not "0" <= c <= "9":
            return None
        value = value * 10 + (ord(c) - 48)
    return value


def parse_date(text):
    """(y, m, d) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    year = _digits(text, 0, 4)
    if year is None:
        return None
    rest = text[4:]
    extended = rest[:1] == "-"
    if extended:
        rest = rest[1:]
    if rest[:1] == "W":
        week = _digits(rest, 1, 2)
        if week is None:
            return None
        tail = rest[3:]
        if not tail:
            day = 1
        else:
            if extended:
                if tail[0] != "-":
                    return None
                tail = tail[1:]
            if len(tail) != 1:
                return None
            day = _digits(tail, 0, 1)
            if day is None:
                return None
        return from_iso_calendar(year, week, day)
    sep = 1 if extended else 0
    if len(rest) != 4 + sep or (extended and rest[2] != "-"):
        return None
    month = _digits(rest, 0, 2)
    day = _digits(rest, 2 + sep, 2)
    if month is None or day is None:
        return None
    return year, month, day


def _date_length(text):
    """How many leading characters of a datetime string its date part takes."""
    if text[4:5] == "-":
        if text[5:6] == "W":
            return 10 if text[8:9] == "-" else 8
        return 10
    if text[4:5] == "W":
        return 8 if "0" <= text[7:8] <= "9" else 7
    return 8


def parse_datetime(text):
    """(y, m, d, hh, mm, ss, us, offset_us) of an ISO date, optionally with a time after one
    separator character."""
    if len(text) < 7:
        return None
    length = _date_length(text)
    ymd = parse_date(text[:length])
    if ymd is None:
        return None
    if len(text) == length:
        return ymd + (0, 0, 0, 0, None)
    clock = parse_time(text[length + 1:])
    if clock is None:
        return None
    return ymd + clock


def parse_time(text):
    """(hh, mm, ss, us, offset_us) of HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]] with an optional
    offset Z, +HH, +HH:MM, +HHMM, +HH:MM:SS[.f+] or +HHMMSS[.f+]."""
    end = len(text)
    for i, c in enumerate(text):
        if c in "+-Z":
            end = i
            break
    clock = _parse_clock(text[:end])
    if clock is None:
        return None
    zone = text[end:]
    if not zone:
        return clock + (None,)
    if zone == "Z":
        return clock + (0,)
    offset = _parse_clock(zone[1:])
    if offset is None or zone[1:].startswith(("+", "-")):
        return None
    hh, mm, ss, us = offset
    micros = ((hh * 60 + mm) * 60 + ss) * 1000000 + us
    return clock + (-micros if zone[0] == "-" else micros,)


def _parse_clock(text):
    """(hh, mm, ss, us) of HH[:MM[:SS]] or HHMMSS-style text, with an optional fraction
    ([.,] and digits) after its last component."""
    fields = [0, 0, 0]
    pos = 0
    parsed = 0
    colons = None
    while parsed < 3 and pos < len(text) and text[pos] not in ".,":
        if parsed:
            if colons is None:
                colons = text[pos] == ":"
            if colons:
                if text[pos] != ":":
                    return None
                pos += 1
        value = _digits(text, pos, 2)
        if value is None:
            return None
        fields[parsed] = value
        parsed += 1
        pos += 2
    if not parsed:
        return None
    micros = 0
    if pos < len(text):
        if text[pos] not in ".,":
            return None
        digits = text[pos + 1:]
        if not digits or not all("0" <= c <= "9" for c in digits):
            return None
        micros = int((digits[:6] + "000000")[:6])
    return fields[0], fields[1], fields[2], micros

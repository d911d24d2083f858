from datetime import date, datetime, time, timedelta, timezone, tzinfo


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


dt = datetime(2024, 10, 7, 13, 45, 30, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"), dt.ctime())
print(dt.date(), dt.time(), dt.timetz(), dt.weekday(), dt.isocalendar(), dt.toordinal(), dt.timetuple())
print(dt.replace(year=2025).year, dt.replace(microsecond=0), repr(dt.replace(second=0, microsecond=0)))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), repr(datetime(2024, 1, 1, fold=1)))
print(datetime(2024, 1, 1) - datetime(2023, 12, 25, 12), datetime(2023, 12, 25) - datetime(2024, 1, 1, 0, 0, 1))
print(dt + timedelta(days=30, hours=12), timedelta(hours=1) + dt, dt - timedelta(weeks=100))
print(datetime.min, datetime.max, datetime.resolution)
t(lambda: datetime.max + timedelta(microseconds=1))
t(lambda: datetime.min - timedelta(microseconds=1))
t(lambda: datetime(2024))
t(lambda: datetime(2024, 1, 1, 24))
t(lambda: datetime(2024, 1, 1, tzinfo=1))
t(lambda: datetime(2024, 1, 1, fold=2))
t(lambda: datetime(2024, 1, 1).isoformat(sep="ab"))
t(lambda: datetime(2024, 1, 1).isoformat(timespec="nope"))
utc = timezone.utc
plus2 = timezone(timedelta(hours=2), "CEST")
a = datetime(2024, 6, 1, 12, tzinfo=utc)
b = datetime(2024, 6, 1, 14, tzinfo=plus2)
print(a == b, a < b, hash(a) == hash(b), b - a, a - b, b.astimezone(utc), a.astimezone(plus2))
print(repr(b), b.utcoffset(), b.tzname(), b.dst(), b.isoformat(), str(b), b.timetuple(), b.utctimetuple())
print(b.timestamp(), a.timestamp(), datetime(1970, 1, 1, tzinfo=utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=utc).timestamp())
print(a.replace(tzinfo=None), repr(b.replace(tzinfo=None)), b.timetz(), repr(b.timetz()))
t(lambda: datetime(2024, 1, 1) < a)
t(lambda: datetime(2024, 1, 1) - a)
print(datetime(2024, 1, 1) == a, datetime(2024, 1, 1) != a)
print(datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=utc)), datetime.combine(date(2024, 1, 2), time(3, 4), plus2))
t(lambda: datetime.combine(1, time()))
t(lambda: datetime.combine(date(2024, 1, 1), 1))
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.5, plus2), datetime.utcfromtimestamp(86400 * 365.25))
print(datetime.fromtimestamp(-1.5, utc), datetime.fromtimestamp(1e9 + 0.0000005, utc), datetime.fromtimestamp(1e9 + 0.0000015, utc))
t(lambda: datetime.fromtimestamp(1e20, utc))
t(lambda: datetime.fromtimestamp(1e15, utc))
t(lambda: datetime.utcfromtimestamp(-1e15))
t(lambda: date.fromordinal(3652060))
t(lambda: datetime.fromtimestamp(float("nan"), utc))
t(lambda: datetime.fromtimestamp("x", utc))
print(datetime(2024, 10, 7, 13, 45).strftime("%H:%M:%S %p %j %I %c %x %X"))
print(b.strftime("%z|%:z|%Z|%f|%%z"), datetime(2024, 1, 1).strftime("%z|%:z|%Z|"))
odd = timezone(timedelta(hours=-1, seconds=-1, microseconds=-5), "a%b")
print(datetime(2024, 1, 1, tzinfo=odd).strftime("%z|%:z|%Z"), datetime(2024, 1, 1, tzinfo=odd).isoformat())
print(f"{dt:%Y/%m/%d %H}", f"{dt}", format(dt, ""))
print(datetime(1, 1, 1).strftime("%Y %G %y %C"), datetime(999, 3, 4).isoformat(), date(5, 6, 7).strftime("%Y-%m-%d"))


class EST(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return "EST"

    def __repr__(self):
        return "EST()"


est = EST()
e = datetime(2024, 1, 1, 7, tzinfo=est)
print(e, repr(e), e.astimezone(utc), utc.fromutc(datetime(2024, 1, 1, tzinfo=utc)), a.astimezone(est))
print(est.fromutc(datetime(2024, 1, 1, 12, tzinfo=est)), e.timetuple().tm_isdst, e.strftime("%Z %z"))
t(lambda: est.fromutc(datetime(2024, 1, 1)))
t(lambda: est.fromutc(5))


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5


t(lambda: datetime(2024, 1, 1, tzinfo=Bad()).utcoffset())


class Big(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=25)


t(lambda: datetime(2024, 1, 1, tzinfo=Big()).utcoffset())


class Sub(datetime):
    pass


s = Sub(2024, 1, 1, 12)
print(type(s).__name__, type(s + timedelta(1)).__name__, type(s - s).__name__, repr(s)[:20])


class DSub(date):
    pass


print(type(DSub(2024, 1, 1) + timedelta(1)).__name__, type(DSub.fromordinal(5)).__name__)

# fromisoformat
for s in ["2024-10-07", "20241007", "2024-W41", "2024-W41-3", "2024W41", "2024W413", "2024-10",
          "2024-10-07T08", "2024-10-07T0830", "2024-10-07 08:30:15.5", "2024-10-07T08:30:15,123456789",
          "2024-10-07T08:30:15Z", "2024-10-07T08:30:15+01", "2024-10-07T08:30:15-0130",
          "2024-10-07T08:30:15+01:30:15.25", "2024-10-07T24:00:00", "2024-10-07x08:30", "2024-10-07T8:30",
          "2024-10-07T08:30:1", "20241007T083015", "2024-10-07T08:30:15.1234567", "2024-13-01", "bogus",
          "2024-10-07T", "2024-10-07T08:30.5", "2024-10-07T08:30:15.", "2024-10-07T08:30:15+00:00", ""]:
    t(lambda: datetime.fromisoformat(s))
    t(lambda: date.fromisoformat(s))
for s in ["08.5", "0830.5", "08:30,5", "083015.5", "08:30.5Z", "08:30+01.5", "08:30+0130.5", "08:30+013015.5",
          "08:30+01:30:15.123456789", "08", "0830", "08:30", "08:30:15.123", "T08:30", "08:30Z", "08:30:15-05:00", "24:00",
          "08:30:15.1234567", "8:30", "08:3015", "bogus", ""]:
    t(lambda: time.fromisoformat(s))
t(lambda: date.fromisoformat(5))
for x in [dt, b, datetime(2024, 1, 1), date(2024, 1, 1), time(1, 2, 3, 4, tzinfo=plus2)]:
    print(type(x).fromisoformat(x.isoformat()) == x)

# strptime
for data, fmt in [("07/10/2024 08:30", "%d/%m/%Y %H:%M"), ("Mon Oct  7 13:45:30 2024", "%c"),
                  ("10/07/24 13:45:30", "%x %X"), ("2024-10-07T08:00:00+0200", "%Y-%m-%dT%H:%M:%S%z"),
                  ("2024-10-07 UTC +02:00", "%Y-%m-%d %Z %z"), ("2024-10-07 08 Z", "%Y-%m-%d %H %z"),
                  ("2024-10-07 08 +02", "%Y-%m-%d %H %z"), ("12 am", "%I %p"), ("12 PM", "%I %p"), ("3 pm", "%I %p"),
                  ("1.5", "%S.%f"), ("x", "%Y"), ("2024x", "%Y"), ("2024", "%Q"), ("2024", "%Y%"),
                  ("02-30", "%m-%d"), ("2024 100", "%Y %j"), ("20 2024", "%U %Y"), ("20 2024 mon", "%W %Y %a"),
                  ("20 2024 3", "%U %Y %w"), ("2024-W05-3", "%G-W%V-%u"), ("2024 05", "%G %V"),
                  ("2024 100 05 3", "%G %j %V %u"), ("20 2024 3", "%V %Y %u"), ("20", "%V"),
                  ("Monday, 7. OCTOBER 99", "%A, %d. %B %y"), ("tue  oct   8   69", "%a %b %d %y"),
                  ("  7", "%e"), ("2024-10-07 08:30:15.25 -05:30:15.5", "%Y-%m-%d %H:%M:%S.%f %z"),
                  ("0000", "%Y"), ("1 2 3", "%d %m %y"), ("23:59:60", "%H:%M:%S"), ("+01:3015", "%z"),
                  ("$1.5 (x)", "$%d.%m (x)"), ("100%", "%S%%")]:
    t(lambda: datetime.strptime(data, fmt))
t(lambda: datetime.strptime(5, "%Y"))
t(lambda: datetime.strptime("5", 5))
print(type(Sub.strptime("2024", "%Y")).__name__)

import datetime as D
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def kind(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)


# timedelta construction and normalisation
for args, kw in [((), {}), ((1,), {}), ((0, -1), {}), ((), {"hours": 36, "minutes": 5}),
                 ((), {"seconds": 1.5, "microseconds": 0.5}), ((), {"microseconds": 1.5}),
                 ((), {"microseconds": 2.5}), ((), {"weeks": 1, "milliseconds": 3}),
                 ((1.25,), {}), ((), {"days": -1.5}), ((), {"seconds": 0.1})]:
    td = timedelta(*args, **kw)
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(days=2, seconds=3723, microseconds=4), timedelta(seconds=-1), -timedelta(days=1, microseconds=1))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
t(lambda: timedelta("1"))
t(lambda: timedelta(10 ** 9))
t(lambda: timedelta(days=float("inf")))
t(lambda: timedelta(seconds=float("nan")))
t(lambda: timedelta.max + timedelta(1))
a, b = timedelta(hours=5), timedelta(minutes=7)
print(a + b, a - b, b - a, a * 2, 3 * b, a * 0.3, a / 4, a / b, a // b, a % b, divmod(a, b), a // 7, a / 1.5)
print(abs(-a), +a, -a, a > b, a == timedelta(seconds=18000), a != b, bool(timedelta()), bool(b))
print(hash(a) == hash(timedelta(seconds=18000)), a == 5, a != "x")
print(timedelta(microseconds=1) / 2, timedelta(microseconds=3) / 2, timedelta(microseconds=-3) / 2)
t(lambda: a / 0)
t(lambda: a // 0)
t(lambda: a / timedelta(0))
t(lambda: a // timedelta(0))
t(lambda: a % timedelta(0))
t(lambda: a * float("inf"))
kind(lambda: a < 1)
kind(lambda: a + 1)
print(sorted([timedelta(1), timedelta(-1), timedelta(0, 5)]))

# date
d = date(2024, 2, 28) + timedelta(days=2)
print(d, repr(d), d.isoformat(), d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
print(date(2024, 10, 7).isocalendar(), date(2024, 10, 7).isocalendar()[:2], date(2024, 12, 30).isocalendar().year)
print(date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar().week, date(2026, 1, 1).isocalendar())
ic = date(2024, 10, 7).isocalendar()
print(ic.year, ic.week, ic.weekday, tuple(ic), ic == (2024, 41, 1), isinstance(ic, tuple))
print(date.fromordinal(1), date.fromordinal(738000), date.fromordinal(date(9999, 12, 31).toordinal()))
print(date.min, date.max, date.resolution, date(2000, 1, 1).replace(month=2), date(2000, 1, 1).replace(day=31))
print(date.fromisocalendar(2024, 41, 1), date.fromisocalendar(2020, 53, 7))
t(lambda: date.fromisocalendar(2024, 53, 1))
t(lambda: date.fromisocalendar(2024, 5, 8))
t(lambda: date.fromisocalendar(0, 5, 1))
t(lambda: date(2024))
t(lambda: date(2024, 13, 1))
t(lambda: date(2024, 2, 30))
t(lambda: date(2023, 2, 29))
t(lambda: date(0, 1, 1))
t(lambda: date(10000, 1, 1))
t(lambda: date(2024.0, 1, 1))
t(lambda: date("2024", 1, 1))
t(lambda: date.max + timedelta(1))
t(lambda: date.min - timedelta(1))
t(lambda: date.fromordinal(0))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2024, 3, 1) - timedelta(days=1), timedelta(days=1) + date(2024, 1, 1))
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != date(2023, 1, 1))
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), date(2024, 1, 1) == datetime(2024, 1, 1))
kind(lambda: date(2024, 1, 1) < datetime(2024, 1, 1))
kind(lambda: date(2024, 1, 1) - datetime(2024, 1, 1))
kind(lambda: datetime(2024, 1, 1) - date(2024, 1, 1))
kind(lambda: date(2024, 1, 1) + 1)
kind(lambda: date(2024, 1, 1) < 1)
print(date(2024, 1, 1).timetuple())
print(date(2024, 10, 7).strftime("%A %d %B %Y|%a %b %j %U %W %w %u %G %V %y %m %%|%H:%M:%S|%f|%z|%Z|"))
print(f"{date(2024, 10, 7):%Y/%m/%d}", format(date(2024, 10, 7)), format(date(2024, 10, 7), ""))
t(lambda: format(date(2024, 1, 1), 5))
t(lambda: date(2024, 1, 1).strftime(5))

# time
for tm in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999, fold=1),
           time(12, 30, tzinfo=timezone.utc), time(12, 30, tzinfo=timezone(timedelta(hours=-5, minutes=-30)))]:
    print(repr(tm), str(tm), tm.isoformat(), tm.utcoffset(), tm.tzname(), tm.dst())
print(time(1, 2, 3, 4).isoformat("hours"), time(1, 2, 3, 4).isoformat("minutes"), time(1, 2, 3, 4).isoformat("seconds"),
      time(1, 2, 3, 4567).isoformat("milliseconds"), time(1, 2, 3).isoformat("microseconds"))
t(lambda: time(1).isoformat("bogus"))
t(lambda: time(24))
t(lambda: time(1, 60))
t(lambda: time(1, 1, 60))
t(lambda: time(1, 1, 1, 10 ** 6))
t(lambda: time(1, fold=2))
t(lambda: time(1, tzinfo=1))
print(time(1) < time(2), time(1) == time(1, 0), time(1, tzinfo=timezone.utc) == time(2, tzinfo=timezone(timedelta(hours=1))))
t(lambda: time(1) < time(1, tzinfo=timezone.utc))
print(time(1) == time(1, tzinfo=timezone.utc), time.min, time.max, time.resolution)
print(time(13, 5, 9, 7).strftime("%H %I %p %M %S %f %Y-%m-%d %j"), f"{time(7, 8):%H.%M}", time(1).replace(hour=5, fold=1))
print(bool(time()), hash(time(1, 2)) == hash(time(1, 2)))

# timezone
for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(hours=1)), timezone(timedelta(hours=1), "X"),
           timezone(timedelta(hours=-1, minutes=-30)), timezone(timedelta(seconds=61, microseconds=5)),
           timezone.min, timezone.max, D.UTC]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "UTC") is timezone.utc, timezone.utc == timezone(timedelta(0), "Z"))
t(lambda: timezone(timedelta(hours=24)))
t(lambda: timezone(5))
t(lambda: timezone(timedelta(0), 5))
t(lambda: timezone.utc.utcoffset(5))
t(lambda: tzinfo().utcoffset(None))
t(lambda: tzinfo().tzname(None))
t(lambda: tzinfo().dst(None))
print(D.MINYEAR, D.MAXYEAR, D.UTC is timezone.utc)
try:
    class Zone(timezone):
        pass
except TypeError as e:
    print("TypeError", e)

# the classes present themselves as the datetime module's
print(timedelta.__module__, timezone.__module__, tzinfo.__module__, date.__module__, datetime.__module__, time.__module__)
print(timedelta, timezone, tzinfo, date, datetime, time, D.UTC, type(date(2024, 1, 1).isocalendar()))


class Span(timedelta):
    pass


print(repr(Span(1)), repr(Span(1) + Span(1)), type(Span(hours=1)).__name__)

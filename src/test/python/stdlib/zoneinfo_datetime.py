# Aware datetimes in ZoneInfo zones: comparisons in the fold, timestamps, gaps, formatting.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
ny, paris, utc = ZoneInfo("America/New_York"), ZoneInfo("Europe/Paris"), timezone.utc
a = datetime(2024, 11, 3, 1, 30, tzinfo=ny)
b = a.replace(fold=1)
print(a == b, a < b, hash(a) == hash(b))
u = b.astimezone(utc)
print(u == b, u == a, b.astimezone(paris), a.astimezone(paris))
p = a.astimezone(paris)
print(p == a, p - a, b - p, (b - a))
print([x.isoformat() for x in sorted([b, a, p])], [x.fold for x in sorted([b, a, p])])
print(datetime(2024, 11, 3, 1, 30, tzinfo=ny).timestamp(), datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ny).timestamp())
print(datetime.fromtimestamp(1730611800, ny), datetime.fromtimestamp(1730615400, ny), datetime.fromtimestamp(1730615400, ny).fold)
print(datetime(2024, 3, 10, 2, 30, tzinfo=ny).astimezone(utc), datetime(2024, 3, 10, 2, 30, fold=1, tzinfo=ny).astimezone(utc))
d = datetime(2024, 3, 10, 1, 59, 59, 999999, tzinfo=ny)
print(d.utcoffset(), (d + timedelta(microseconds=1)).utcoffset())
print(datetime(2024, 3, 10, 7, 0, tzinfo=utc).astimezone(ny), datetime(2024, 3, 10, 6, 59, 59, 999999, tzinfo=utc).astimezone(ny))
print(format(datetime(2024, 7, 4, 12, tzinfo=ny), '%Y-%m-%d %H:%M:%S %Z %z'))
print(datetime(2024, 7, 4, 12, tzinfo=ny).isoformat(timespec='minutes'), datetime(2024, 7, 4, 12, tzinfo=ny).ctime())
print(datetime.max.replace(tzinfo=paris).utcoffset(), datetime.min.replace(tzinfo=ny).utcoffset())
try:
    print(datetime.min.replace(tzinfo=utc).astimezone(paris))
except OverflowError as e:
    print('OverflowError', e)
t = datetime(2024, 6, 1, tzinfo=paris).timetz()
print(t, t.utcoffset(), t.tzname())

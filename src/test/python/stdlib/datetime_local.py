import copy
import time
from datetime import date, datetime, time as dtime, timedelta, timezone

# Values that depend on the clock or the local zone are checked for shape only.
now = datetime.now()
print(type(now).__name__, now.tzinfo, type(datetime.today()).__name__, type(date.today()).__name__)
aware = datetime.now(timezone.utc)
print(aware.tzinfo is timezone.utc, abs((aware - datetime.now(timezone.utc)).total_seconds()) < 5)
print(type(datetime.utcnow()).__name__, datetime.utcnow().tzinfo)
local = now.astimezone()
print(type(local.tzinfo).__name__, local.utcoffset() == local.tzinfo.utcoffset(local))
print(abs(now.timestamp() - time.time()) < 5, abs(datetime.fromtimestamp(now.timestamp()) - now) < timedelta(seconds=1))
print(date.fromtimestamp(86400 * 365 * 30) in (date(1999, 12, 25), date(1999, 12, 24), date(1999, 12, 26)))
ts = 1700000000
lt = time.localtime(ts)
print(datetime.fromtimestamp(ts) == datetime(*lt[:6]), datetime(*lt[:6]).timestamp() == ts)
print(datetime.fromtimestamp(ts, timezone.utc).astimezone().timestamp() == ts)
print(datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-3))))

# copy and equality-based hashing
d = datetime(2024, 5, 6, 7, 8, 9, 10, tzinfo=timezone(timedelta(hours=1), "X"))
print(copy.copy(d) == d, copy.deepcopy(d) == d, copy.copy(timedelta(3)) == timedelta(3), copy.deepcopy(dtime(1)))
print(len({datetime(2024, 1, 1, 12, tzinfo=timezone.utc), datetime(2024, 1, 1, 13, tzinfo=timezone(timedelta(hours=1))),
           datetime(2024, 1, 1, 12, fold=1), datetime(2024, 1, 1, 12)}))
print(timedelta(True), timedelta(10 ** 8), timedelta(hours=10 ** 6), timedelta(microseconds=-10 ** 12))
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 5), datetime(2024, 1, 1, 23)]))
print(max(date(2024, 1, 1), date(2023, 1, 1)), min(dtime(5), dtime(4, 59)))

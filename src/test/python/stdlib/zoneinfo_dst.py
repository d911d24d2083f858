# ZoneInfo conversions across the DST transitions of Europe/Paris and America/New_York, and caching.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

def show(dt):
    print(dt.isoformat(), dt.fold, dt.utcoffset(), dt.dst(), dt.tzname())

for key in ["Europe/Paris", "America/New_York"]:
    z = ZoneInfo(key)
    print("==", key)
    # around spring-forward and fall-back, from UTC
    if key == "Europe/Paris":
        starts = [datetime(2024, 3, 31, 0, 0, tzinfo=timezone.utc), datetime(2024, 10, 27, 0, 0, tzinfo=timezone.utc)]
    else:
        starts = [datetime(2024, 3, 10, 5, 0, tzinfo=timezone.utc), datetime(2024, 11, 3, 4, 0, tzinfo=timezone.utc)]
    for start in starts:
        for i in range(6):
            u = start + timedelta(minutes=30 * i)
            show(u.astimezone(z))
    # wall times in gaps and folds
    if key == "Europe/Paris":
        walls = [(2024, 3, 31, 2, 30), (2024, 10, 27, 2, 30), (2024, 1, 1, 12, 0), (2024, 7, 1, 12, 0)]
    else:
        walls = [(2024, 3, 10, 2, 30), (2024, 11, 3, 1, 30), (2024, 1, 1, 12, 0), (2024, 7, 1, 12, 0)]
    for w in walls:
        for fold in (0, 1):
            dt = datetime(*w, tzinfo=z, fold=fold)
            show(dt)
            print("  utc:", dt.astimezone(timezone.utc).isoformat(), dt.timestamp())
    # round trip
    d0 = datetime(*walls[1], tzinfo=z)
    d1 = d0.replace(fold=1)
    print(d0 == d1, d0.astimezone(timezone.utc) == d1.astimezone(timezone.utc), d1 - d0)
    print((d1.astimezone(timezone.utc) - d0.astimezone(timezone.utc)))
    # fromtimestamp
    for ts in (0, 1e9, 1711846800, 1730000000):
        show(datetime.fromtimestamp(ts, z))
    # arithmetic is wall-clock
    d = datetime(2024, 3, 30, 12, tzinfo=z)
    show(d + timedelta(days=1))
    print(d.strftime("%Y-%m-%d %H:%M %Z %z"))
    # historic and far future
    show(datetime(1950, 6, 1, tzinfo=z))
    show(datetime(2100, 6, 1, tzinfo=z))
    show(datetime(2100, 12, 1, tzinfo=z))

ny, paris = ZoneInfo("America/New_York"), ZoneInfo("Europe/Paris")
show(datetime(2024, 6, 1, 9, tzinfo=ny).astimezone(paris))
show(datetime(2024, 3, 20, 9, tzinfo=ny).astimezone(paris))
for key in ["UTC", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney", "Europe/London", "Asia/Kathmandu", "Etc/GMT-14", "America/Sao_Paulo", "Asia/Dubai"]:
    z = ZoneInfo(key)
    show(datetime(2024, 1, 15, 12, tzinfo=z))
    show(datetime(2024, 7, 15, 12, tzinfo=z))
import copy
z = ZoneInfo("Europe/Paris")
print(copy.deepcopy(z) is z, copy.copy(z) is z)
n = ZoneInfo.no_cache("Europe/Paris")
print(n is z, n == z, n.__reduce__()[1], z.__reduce__()[1])
ZoneInfo.clear_cache()
print(ZoneInfo("Europe/Paris") is z)
ZoneInfo.clear_cache(only_keys=["Europe/Paris"])
import zoneinfo
tz = zoneinfo.available_timezones()
print(all(k in tz for k in ["Europe/Paris", "America/New_York", "UTC", "Asia/Tokyo"]), "Nope" in tz, len(tz) > 300)
class MyZone(ZoneInfo):
    pass
m = MyZone("Europe/Paris")
print(repr(m), m is MyZone("Europe/Paris"), m is ZoneInfo("Europe/Paris"))
print(datetime(2024, 3, 31, 12, tzinfo=z).timetuple().tm_isdst, datetime(2024, 1, 1, tzinfo=z).timetuple().tm_isdst)
print(datetime.now(z).tzinfo is z)

# ZoneInfo keys, errors, fixed-offset zones and reset_tzpath.
import zoneinfo
from datetime import datetime, timedelta, timezone
for k in ['Nope/Zone', '/etc/passwd', '../x', 'Europe/../Paris', '', 'Europe/Paris/', 1, None, 'europe/paris', 'Europe//Paris', 'Europe/Paris ']:
    try:
        z = zoneinfo.ZoneInfo(k); print(repr(k), 'ok', z)
    except Exception as e:
        print(repr(k), type(e).__name__, repr(e), str(e))
z = zoneinfo.ZoneInfo('Europe/Paris')
print(z.utcoffset(None), z.dst(None), z.tzname(None))
u = zoneinfo.ZoneInfo('UTC'); print(u.utcoffset(None), u.dst(None), u.tzname(None))
g = zoneinfo.ZoneInfo('Etc/GMT+5'); print(g.utcoffset(None), g.dst(None), g.tzname(None))
try: z.fromutc(5)
except Exception as e: print(type(e).__name__, e)
try: z.fromutc(datetime(2020,1,1))
except Exception as e: print(type(e).__name__, e)
try: z.utcoffset(5)
except Exception as e: print(type(e).__name__, e)
print(repr(z), str(z), z.key, zoneinfo.ZoneInfo.no_cache('Europe/Paris') is z, zoneinfo.ZoneInfo('Europe/Paris') is z)
print(isinstance(zoneinfo.ZoneInfoNotFoundError(), KeyError))
print(sorted(zoneinfo.__all__))
print([n for n in ('key', 'utcoffset', 'dst', 'tzname', 'fromutc', 'no_cache', 'clear_cache') if hasattr(zoneinfo.ZoneInfo, n)])
from datetime import tzinfo, time
print(isinstance(z, tzinfo), issubclass(zoneinfo.InvalidTZPathWarning, RuntimeWarning))
print(time(12, tzinfo=z).utcoffset(), time(12, tzinfo=u).utcoffset())
try:
    zoneinfo.reset_tzpath(to=["relative/path"])
except ValueError as e:
    print(e)
try:
    zoneinfo.reset_tzpath(to="/usr/share/zoneinfo")
except TypeError as e:
    print(e)
zoneinfo.reset_tzpath(to=["/usr/share/zoneinfo"])
print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath()
print(type(zoneinfo.TZPATH).__name__)

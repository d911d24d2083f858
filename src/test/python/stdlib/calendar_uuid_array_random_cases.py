"""Seeded random cases for calendar, uuid and array."""
import random, calendar, uuid, csv, io
from array import array
R = random.Random(99)
def run(label, f):
    try: r = f()
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r)[:400])
for k in range(60):
    y = R.randint(1, 9999); m = R.randint(1, 12); fw = R.randint(0, 6)
    c = calendar.TextCalendar(fw)
    run('m', lambda: c.formatmonth(y, m, R.randint(0, 4), R.randint(0, 2)))
    run('mr', lambda: calendar.monthrange(y, m)); run('wd', lambda: calendar.weekday(y, m, R.randint(1, 28)))
    run('h', lambda: calendar.HTMLCalendar(fw).formatmonth(y, m))
    run('ld', lambda: calendar.leapdays(R.randint(-500, 3000), R.randint(-500, 3000)))
for k in range(15):
    y = R.randint(1, 9998); run('y', lambda: calendar.TextCalendar(R.randint(0, 6)).formatyear(y, R.randint(2, 3), 1, R.randint(1, 6), R.randint(1, 4)))
for k in range(100):
    i = R.getrandbits(128); u = uuid.UUID(int=i, version=R.choice([None, 1, 3, 4, 5]))
    run('u', lambda: (str(u), u.fields, u.variant, u.version, u.time, u.clock_seq, u.bytes_le.hex(), u.urn))
    run('u3', lambda: str(uuid.uuid3(u, str(k)))); run('u5', lambda: str(uuid.uuid5(u, bytes([k]))))
codes = 'bBhHiIlLqQfd'
for k in range(300):
    tc = R.choice(codes)
    vals = [R.choice([R.randint(-300, 300), R.randint(0, 70000), R.random() * 10, -R.randint(0, 2**40), R.randint(0, 2**64)]) for _ in range(R.randint(0, 6))]
    a = None
    def mk():
        global a
        a = array(tc, [v if tc in 'fd' else int(v) for v in vals]); return a
    run('mk', mk)
    if a is None: continue
    op = R.randint(0, 9)
    if op == 0: run('sl', lambda: a[R.randint(-5, 5):R.randint(-5, 5):R.choice([1, 2, -1, -2])])
    elif op == 1: run('bytes', lambda: (a.tobytes().hex(), array(tc, a.tobytes())))
    elif op == 2:
        def f():
            a.byteswap(); return a
        run('bs', f)
    elif op == 3: run('cmp', lambda: (a < array(tc, sorted(a)), a == array('d', a) if tc not in 'QL' else None))
    elif op == 4:
        def f():
            del a[R.randint(-3, 3):R.randint(-3, 6):R.choice([1, 2, -1])]; return a
        run('del', f)
    elif op == 5: run('ins', lambda: (a.insert(R.randint(-9, 9), R.randint(-200, 200)), a))
    elif op == 6: run('pop', lambda: (a.pop(R.randint(-4, 4)), a))
    elif op == 7: run('idx', lambda: (a.index(a[0]) if a else None, a.count(a[-1]) if a else 0))
    elif op == 8: run('mul', lambda: a * R.randint(-1, 3))
    else:
        def f():
            a[R.randint(0, 3):R.randint(0, 3)] = array(tc, [1, 2]); return a
        run('set', f)

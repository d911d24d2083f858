# printf-style % formatting.

# --- case: basic conversions
print("%s|%r|%a|%d|%i|%u" % ("s", "s", "é", 42, -7, 3))
print("%f|%F|%e|%E|%g|%G" % (3.14159, float("inf"), 12345.678, 0.000123, 1e-5, 1e20))
print("%x|%X|%o|%c|%c|%%" % (255, 255, 8, 65, "z"))
print("%#x|%#X|%#o|%#.3g|%#.0f" % (255, 255, 8, 1.0, 2.0))

# --- case: width, precision, flags
print("[%5d][%-5d][%05d][%+d][% d][%+5d][%-+5d]" % (42, 42, 42, 42, 42, -42, 42))
print("[%8.3f][%-8.2f][%08.2f][%+.1f][%.0f][%.0f][%.0f]" % (3.14159, 2.5, -2.5, 2.25, 0.5, 1.5, 2.5))
print("[%10s][%-10s][%.2s][%10.3s][%r]" % ("right", "left", "truncate", "abcdef", None))
print("[%*d][%-*d][%.*f][%*.*f]" % (6, 1, 6, 2, 2, 3.14159, 8, 3, 2.71828))

# --- case: mapping keys
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ada", "age": 36})
print("%(a)s %%" % {"a": 1}, "%(x)05.1f" % {"x": 2.345})

# --- case: single values and tuples
print("%s" % "one", "%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%d%%" % 50)

# --- case: %d with floats and bools, %s with objects
print("%d %d %i" % (3.99, True, -2.5), "%s %s" % (True, None), "%x" % 3 if True else "")

# --- case: large numbers and negative hex
print("%d" % 2 ** 100, "%x" % -255, "%o" % -8, "%e" % 2 ** 100, "%.3e" % 0)

# --- case: %g precision behaviour
for v in [0.0001, 0.00001, 123456, 1234567, 1.5, 100.0, 1e16, float("nan")]:
    print("%g %.3g %#g %G" % (v, v, v, v))

# --- case: errors
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", ("t",)),
                  ("%c", 1114112), ("%c", "ab"), ("%x", 1.5), ("%(k)s", {})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)

# --- case: bytes % formatting
print(b"%s %d %x %c %c" % (b"bytes", 5, 255, 65, b"z"), b"%5.1f|" % 2.25, b"%b" % b"raw", b"%r" % "s" if False else b"%a" % "é")

# --- case: %-formatting with a dict subclass and missing key
class D(dict):
    def __missing__(self, k): return f"<{k}>"
print("%(present)s %(absent)s" % D(present=1))

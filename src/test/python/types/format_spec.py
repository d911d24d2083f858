# The format mini-language for ints, floats and strings.

# --- case: integer presentation types
for spec in ["d", "b", "o", "x", "X", "c", "n", "#b", "#o", "#x", "#X", "", "e", "f", "%", "g"]:
    print(f"{spec!r:6} {format(42, spec)!r}")

# --- case: fill, align, sign, zero padding with ints
for spec in ["10", "<10", ">10", "^10", "*^10", "0>10", "=10", "+", "-", " ", "+10", "=+10", "010", "+010", "#010x", "-^+9", "x<5"]:
    print(f"{spec!r:8} {format(42, spec)!r} {format(-42, spec)!r}")

# --- case: grouping
for spec in [",", "_", ",d", "_b", "_x", "_o", "15,", "015,", ",.2f", "_.3f", ",g", ",e", "_X", "#_b"]:
    print(f"{spec!r:7} {format(1234567, spec)!r} {format(-1234567, spec)!r}")
for spec in [",", "_", "15,", "015,", ",.2f", "_.3f", ",g", ",e", ",%", "0=20,.1f"]:
    print(f"{spec!r:7} {format(-1234567.891, spec)!r} {format(0.5, spec)!r}")

# --- case: float presentation types and precision
x = 1234.56789
for spec in ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "n", ".2", ".12", "r" if False else "10.4"]:
    print(f"{spec!r:7} {format(x, spec)!r} {format(-0.000012345, spec)!r}")

# --- case: special float values
for v in [float("inf"), float("-inf"), float("nan"), -0.0, 0.0]:
    print(format(v, ""), format(v, "f"), format(v, "+.2e"), format(v, "08.2f"), format(v, "G"), format(v, "%"))

# --- case: z flag for negative zero (3.11+)
print(format(-0.0, "z.1f"), format(-0.001, "z.1f"), format(-0.001, ".1f"), format(-1e-9, "z"), format(-0.0, "+z.2f"), format(-0.0, "z"))

# --- case: general format edge cases
for v in [1e-5, 1e-4, 0.1, 1.0, 10.0, 1e15, 1e16, 1e17, 123456789.0, 0.000123456]:
    print(repr(v), format(v, "g"), format(v, ".17g"), format(v, ""), format(v, ".3"), format(v, "#g"))

# --- case: strings
for spec in ["", "10", "<10", ">10", "^10", "-^10", ".3", "10.3", "^9.1", "s"]:
    print(f"{spec!r:7} {format('hello', spec)!r}")

# --- case: nested fields in format specs
w, p, a = 12, 3, "^"
print(f"{3.14159:{a}{w}.{p}f}|", "{:{}{}.{}f}|".format(2.71828, ">", 10, 2), f"{'x':{'*'}{a}{5}}")

# --- case: bools and ints with float types
print(format(True, ""), format(True, "d"), format(True, ".1f"), format(5, ".2f"), format(5, "e"), format(2 ** 70, ".3e"))

# --- case: invalid specs
for val, spec in [(1, "s"), ("s", "d"), (1.5, "d"), (1, ".2"), ("s", "="), (1, ",_"), (1, "c" if False else "z"), ("x", "+"), (1.0, "c"), (300000000, "c")]:
    try:
        print(repr(format(val, spec)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# --- case: zero before the width, with and without alignment or fill
for val, spec in [(5, "<05"), (5, "^05"), (-5, "<05"), (5, "x<05"), (5.5, ">08"), ("a", "05"), ("a", "<05"), (5, "+05"), (5, "<+05")]:
    print(repr(format(val, spec)))

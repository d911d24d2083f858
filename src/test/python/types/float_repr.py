# float: repr of many values (shortest round-trip), str, hex.

# --- case: repr of common values
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e15, 1e16, 1.5e16,
          123456789.123456789, 1e-4, 1e-5, 0.00012345, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
          3.141592653589793, 2.718281828459045, 1e22, 1e23, 9007199254740993.0, 0.5, 0.25, 1e100, 12345678901234567.0]:
    print(repr(v), str(v))

# --- case: repr of special values
inf, nan = float("inf"), float("nan")
print(repr(inf), repr(-inf), repr(nan), str(-nan), repr(inf - inf), repr(inf * 0))

# --- case: results of arithmetic that expose rounding
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1 - 0.9, 0.7 + 0.1, 4.35 * 100, 1.15 * 100, 2.675 * 100)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, 0.1 ** 10, 10 ** -10, 1 / 7)

# --- case: float.hex and float.fromhex
for v in [0.0, -0.0, 1.0, 0.1, -2.5, 1e-320, 1.7976931348623157e308, inf, nan]:
    print(v.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"), float.fromhex("0x1.fffffffffffffp1023"))

# --- case: as_integer_ratio and is_integer
for v in [0.5, 0.1, -2.0, 1e20, 3.0]:
    print(v, v.as_integer_ratio(), v.is_integer())
for v in [inf, nan]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(inf.is_integer(), nan.is_integer())

# --- case: float() parsing round-trips repr
for s in ["0.1", "1e-7", "  -3.25  ", "1_000.5", "+inf", "-NaN", "1E5", ".5", "5.", "0x10" if False else "16"]:
    v = float(s)
    print(repr(s), repr(v), float(repr(v)) == v or v != v)

# --- case: str of floats in containers
print([0.1, 1e-10, 1e300, -0.0], (1.0,), {0.5: 2.5})

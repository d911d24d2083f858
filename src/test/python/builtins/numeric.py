# Numeric builtins: abs, bin, oct, hex, divmod, pow, round, int/float/complex/bool.

# --- case: abs on every numeric type
print(abs(-5), abs(5), abs(-2 ** 100), abs(-1.5), abs(-0.0), abs(3 + 4j), abs(True), abs(float("-inf")))

# --- case: bin, oct, hex including negatives and big numbers
for v in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 70) + 1]:
    print(v, bin(v), oct(v), hex(v))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)

# --- case: divmod for ints and floats with all sign combinations
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7.5, -2), (0, 3), (2 ** 65, 7)]:
    print(a, b, divmod(a, b), a // b, a % b)

# --- case: pow with two and three arguments
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(0, 0), pow(-8, 1 / 3).real > 0)
print(pow(3, 200, 1000003), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97), pow(2, 100, -7), pow(0, 0, 1))
print(pow(base=2, exp=5), pow(2, 5, mod=3))

# --- case: round with banker's rounding and ndigits
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-2.5, 0))
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-15, -1), round(25, -1), round(5, 3))
print(round(1234.5678, -2), round(1234.5678, 1), round(1e300, -299), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(0.1 + 0.2, 15), round(float("inf"), 2), round(-0.0), round(-0.4))

# --- case: int, float, complex, bool constructors
print(int(), int(3.9), int(-3.9), int("  42\n"), int("-0b101", 0), int("0o17", 0), int("z", 36), int(True))
print(float(), float(" 1.5 "), float("-.5e1"), float("INF"), float("-Infinity"), float("nan") != float("nan"))
print(complex(), complex(1), complex(1, -2), complex("1-2j"), complex(" 3j "), complex(1j, 1j))
print(bool(), bool(0.0), bool(-0.0), bool(1e-300), bool(0j), bool(""), bool(" "), bool(()), bool((0,)))

# --- case: int() with __int__ and __index__
class I:
    def __index__(self): return 7
class J:
    def __int__(self): return 9
print(int(I()), int(J()))
class BadInt:
    def __int__(self): return "nine"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)

# --- case: float() with __float__ and __index__
class F:
    def __float__(self): return 2.5
print(float(F()), float(I()))

# --- case: numeric tower mixing
print(1 + 2.0, 1 + 1j, True + 1.5, 3 * True, 2 ** 0.5 * 2 ** 0.5 == 2, 10 / 4, 10 // 4, -10 // 4)

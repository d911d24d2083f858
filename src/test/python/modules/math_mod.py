# The math module's common functions.
import math

# --- case: constants
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))

# --- case: rounding functions return ints
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(5), type(math.floor(2.5)).__name__)
print(math.floor(1e20), math.ceil(-1e20))
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__, e)

# --- case: sqrt, isqrt, pow, exp, log
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 40), math.pow(2, 10), math.exp(0), math.exp(1))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0), math.expm1(0))
print(math.log(2 ** 1000), math.log10(10 ** 400), math.log2(2 ** 2000))
for call in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.isqrt(-1), lambda: math.exp(1000)]:
    try:
        call()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# --- case: integer functions
print(math.factorial(0), math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(), math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([], start=5))
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(2.5)
except TypeError as e:
    print(type(e).__name__, e)

# --- case: float utilities
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 2), math.modf(3.75), math.modf(-2.5))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1.0), math.isinf(math.inf))
print(math.fsum([0.1] * 10), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.exp2(10), math.exp2(-1))

# --- case: trigonometry with exact-ish values
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1) == math.pi / 2, math.acos(1), math.atan(1) == math.pi / 4)
print(math.atan2(1, 1) == math.pi / 4, math.atan2(-0.0, -1.0), math.degrees(math.pi), math.radians(180) == math.pi)
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0))

# --- case: math functions accept ints, bools and __float__/__index__ objects
class F:
    def __float__(self): return 4.0
print(math.sqrt(True), math.sqrt(F()), math.floor(True), math.gcd(True, 2))
try:
    math.sqrt("4")
except TypeError as e:
    print(type(e).__name__, e)

# --- case: nan propagation
print(math.sqrt(math.nan), math.nan == math.nan, math.isnan(math.nan * 0), max(math.nan, 1), min(1, math.nan))

# math: the exactly specified functions of 3.13 (sumprod, fma, nextafter with steps, ulp,
# integer functions, fsum, hypot, dist) and their special values and error messages.
import math
from fractions import Fraction
from decimal import Decimal

print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10),
      math.sumprod([1.5, 2], [Fraction(1, 3), 3]), math.sumprod([], []),
      math.sumprod([10**20, 1.0], [10**20, -1e40]), math.sumprod([True, 2], [3, False]),
      math.sumprod([1e308, 1e308], [10, -10]))
for bad in [([1, 2], [1]), ([1], 3), (["a"], [2])]:
    try:
        math.sumprod(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.fma(2, 3, 4), math.fma(0.1, 10, -1), math.fma(1e308, 10, -1e308 * 10) if False else "",
      math.fma(float("inf"), 1, 2), math.fma(-0.0, 1, 0.0), math.fma(1e-300, 1e-300, 0))
for args in [(float("inf"), 0, 1), (1e308, 10, 0), (float("inf"), 1, -float("inf"))]:
    try:
        print(math.fma(*args))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0),
      math.nextafter(1.0, 2.0, steps=3), math.nextafter(1.0, 0.0, steps=0),
      math.nextafter(0.0, -1.0, steps=2), math.nextafter(1.0, 1.0, steps=5),
      math.nextafter(1.0, 2.0, steps=10**20), math.nextafter(-1.0, 1.0, steps=2**60))
try:
    math.nextafter(1.0, 2.0, steps=-1)
except ValueError as e:
    print("ValueError", e)
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-2.5), math.ulp(1e308), math.ulp(float("inf")),
      math.ulp(float("nan")), math.ulp(5e-324))
print(round(math.cbrt(27), 12), math.cbrt(-8), math.cbrt(0.0), math.exp2(10), math.exp2(-1), math.exp2(0.5))
print(math.isqrt(10**40 + 1), math.comb(50, 20), math.perm(10, 3), math.perm(5),
      math.factorial(25), math.gcd(), math.gcd(12, 18, -30), math.lcm(4, 6, 10), math.lcm())
print(math.prod([1, 2, 3], start=2), math.prod([]), math.prod([Fraction(1, 2), 4]),
      math.prod([Decimal("1.5"), 2]), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.hypot(3, 4), math.hypot(), math.hypot(1e308, 1e308), math.hypot(*range(10)),
      math.dist([0, 0], [3, 4]), math.dist((1.5, 2, 3), (0, 0, 0)))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25), math.fmod(-7, 3), math.remainder(7, 3),
      math.copysign(1, -0.0), math.trunc(-2.7), math.floor(-2.5), math.ceil(2.1), math.fabs(-3))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.log(8, 2), math.log(10**400), math.log2(2**1000), math.log10(10**300), math.log1p(0))
print(math.pi, math.e, math.tau, math.inf, math.nan, math.degrees(math.pi), math.radians(180))
print(math.floor(Fraction(7, 2)), math.ceil(Decimal("2.5")), math.trunc(Fraction(-7, 2)))
print(math.gamma(5), math.lgamma(1), math.erf(0), math.erfc(0), math.expm1(0), math.atan2(1, 1))
for name, args in [("sqrt", (-1,)), ("log", (0,)), ("log", (-1,)), ("exp", (1000,)),
                   ("factorial", (-1,)), ("factorial", (1.5,)), ("comb", (-1, 2)), ("isqrt", (-4,)),
                   ("gamma", (0,)), ("acos", (2,)), ("ldexp", (1.0, 10**5)), ("pow", (0, -1)),
                   ("fmod", (1, 0)), ("perm", (3, -1)), ("log", (10, 1)), ("lgamma", (-2,)),
                   ("hypot", ("a",)), ("gcd", (1.5,)), ("dist", ([1], [1, 2])), ("remainder", (1, 0))]:
    try:
        print(name, getattr(math, name)(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)
print(sorted(n for n in dir(math) if not n.startswith("_")))

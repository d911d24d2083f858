# float operations: rounding, inf/nan behaviours, floor/mod, comparisons.
import math

inf, nan = float("inf"), float("nan")

# --- case: inf arithmetic
print(inf + 1, inf - inf, inf * -1, inf * 0, 1 / inf, -1 / inf, inf / inf, inf // 1 if False else "skip", inf > 1e308)
print(inf == inf, -inf < inf, inf + -inf, abs(-inf), max(inf, nan), min(nan, inf))

# --- case: nan comparisons and identity in containers
print(nan == nan, nan != nan, nan < 0, nan >= 0, nan is nan, [nan] == [nan], nan in [nan], float("nan") in [nan])
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf))

# --- case: floor division and modulo of floats with signs
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (-0.0, 1), (5, inf), (-5, inf)]:
    print(a, b, a // b, a % b, divmod(a, b))

# --- case: modulo keeps sign of divisor, including -0.0 results
print(-0.0 % 1, 0.0 % -1, 6.0 % -3, -6.0 % 3)

# --- case: round and its variants
print(round(0.5), round(1.5), round(2.5), round(2.675, 2), round(-2.675, 2), round(1.25, 1), round(1.35, 1))
print(round(123.456, -1), round(123.456, -2), round(-0.5), round(0.49999999999999994), round(5e-324, 400))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), math.floor(2.5), math.ceil(2.0000001))

# --- case: float equality with ints and big ints
print(1.0 == 1, 2 ** 1000 == float(2 ** 1000), 2 ** 1000 + 1 == float(2 ** 1000), 0.1 == 1 / 10)
print(1e308 * 10 == inf, -1e308 * 10, 1e-320 / 1e10)

# --- case: float power
print(2.0 ** 10, 2.0 ** -1, (-8.0) ** 3, 0.0 ** 0.0, 1.0 ** inf, inf ** 0, nan ** 0, 1 ** nan)
try:
    2.0 ** 5000
except OverflowError as e:
    print(type(e).__name__, e)

# --- case: negative zero behaviour
nz = -0.0
print(nz == 0.0, str(nz), math.copysign(1, nz), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(nz), round(-0.4), -nz)

# --- case: float methods and properties
print((2.5).real, (2.5).imag, (2.5).conjugate(), (2.5).__trunc__(), float.fromhex("0x1p3"), (3.75).__floor__(), (3.25).__ceil__())

# --- case: float conversions of big ints rounds half to even
print(float(2 ** 53 + 1), float(2 ** 53 + 3), float(10 ** 23), float(-(2 ** 63)))

# --- case: int/float mixed operations
print(3 / 2.0, 3 // 2.0, 3 % 2.0, 2 ** 0.5, 10 ** -1, 1e3 == 1000, 0.1 + 0.2 > 0.3)

# --- case: sum vs math.fsum
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum([1e20, 1, -1e20]), math.fsum([1e20, 1, -1e20]))

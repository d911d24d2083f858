# int arithmetic: big ints, floor division/modulo signs, powers, bit operations.

# --- case: big integer arithmetic
a = 2 ** 100
b = 3 ** 70
print(a + b, a - b, a * b, a // b, a % b, -a // b, -a % b)
print(10 ** 50 // 7 ** 20, (10 ** 50) % (7 ** 20), 2 ** 64 - 1, -(2 ** 63))
print(12345678901234567890 * 98765432109876543210)

# --- case: floor division and modulo signs
for x in [7, -7]:
    for y in [3, -3]:
        print(f"{x} // {y} = {x // y}", f"{x} % {y} = {x % y}", x == (x // y) * y + x % y)
print(-1 // 10 ** 30, -1 % 10 ** 30, 10 ** 30 // -7, 10 ** 30 % -7)

# --- case: true division always gives float
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__, 2 ** 70 / 2 ** 69, 1 / 3 * 3, 10 ** 30 / 10 ** 10)

# --- case: power
print(2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 2 ** -1, (-2) ** -1, 10 ** -3, 7 ** 77)
print(type(2 ** -1).__name__, (-1) ** 1001, 1 ** 10 ** 10)

# --- case: bitwise operations including negatives
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, -12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
print(1 << 100, (1 << 100) >> 98, -1 >> 100, -(2 ** 100) >> 3, 5 >> 10, -5 >> 1, -5 << 3)
print((2 ** 100 - 1) & (2 ** 50), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70 + 5))

# --- case: bit_length and bit_count
for v in [0, 1, -1, 255, 256, -256, 2 ** 100, -(2 ** 100)]:
    print(v, v.bit_length(), v.bit_count())

# --- case: comparisons between big ints and floats
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > float("inf"), -10 ** 400 < -1e308)

# --- case: int methods and attributes
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate(), (-5).__abs__(), (7).as_integer_ratio())
print(int.is_integer(5), (10).__floordiv__(3), (10).__rtruediv__(4), (3).__pow__(2, 5))

# --- case: integer identity-free equality and hashing
print(10 ** 20 == 10 ** 20, hash(10 ** 20) == hash(10 ** 20), 1000 + 1 == 1001)

# --- case: str and repr of big ints
print(str(2 ** 200), repr(-(10 ** 40)), len(str(2 ** 1000)))

# --- case: int limit on string conversion digits
import sys
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)

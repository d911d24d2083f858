"""fractions: construction, arithmetic, limit_denominator, formatting and errors."""
from fractions import Fraction
from decimal import Decimal
import copy
import math

print(Fraction(3, 9), Fraction("0.75"), Fraction("-1.5e2"), Fraction(" 7/21 "), Fraction("1_000/3"))
print(Fraction(0.1), Fraction(Decimal("1.25")), Fraction.from_float(2.5), Fraction.from_decimal(Decimal("0.2")))
print(Fraction(3, 9).limit_denominator(), Fraction(math.pi).limit_denominator(100), Fraction(math.pi).limit_denominator(1000))
print(Fraction(1, 3).limit_denominator(2), Fraction(-7, 11).limit_denominator(5), Fraction(22, 7).limit_denominator(1))
for fn in (lambda a, b: a // b, lambda a, b: a % b, divmod):
    print(fn(Fraction(7, 3), Fraction(1, 2)), fn(Fraction(-7, 3), 2), fn(5, Fraction(3, 4)), fn(Fraction(7, 2), 1.5))
print(math.trunc(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(Fraction(1, 3) + 1, 1 - Fraction(1, 3), Fraction(2, 3) * 3, Fraction(1, 2) ** -2, 2 ** Fraction(1, 2), Fraction(1, 2) + 0.25)
print(Fraction(1, 3) < 0.5, Fraction(1, 2) == 0.5, Fraction(1, 2) == complex(0.5, 0), hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2))
print(format(Fraction(1, 3), ".5f"), format(Fraction(2, 3), ".3e"), format(Fraction(1, 8), ".1%"), format(Fraction(1, 3), ">10"), f"{Fraction(5, 4):.2f}")
print(copy.copy(Fraction(1, 5)), copy.deepcopy(Fraction(2, 5)), Fraction(3, 4).as_integer_ratio(), Fraction(4, 2).is_integer(), repr(Fraction(-1, 2)))
for bad in ["abc", "1/0x", "1.2.3", "", " / 2"]:
    try:
        Fraction(bad)
    except ValueError as e:
        print("ValueError:", e)
for args in [(1, 0), (float("inf"),), (float("nan"),), ("1/0",)]:
    try:
        Fraction(*args)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    Fraction(1, 2).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
try:
    Fraction.from_float("1")
except TypeError as e:
    print("TypeError:", e)

# The numeric tower: the ABCs, their abstract methods, and the registered builtin types.
import numbers
from decimal import Decimal
from fractions import Fraction

tower = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
for t in (int, bool, float, complex, Fraction, Decimal, str, list):
    print(t.__name__, [issubclass(t, c) for c in tower])
print(isinstance(3, numbers.Number), isinstance('x', numbers.Number), isinstance(1.5, numbers.Integral),
      isinstance(True, numbers.Integral), isinstance(Fraction(1, 3), numbers.Rational))
print(numbers.Number.__hash__, numbers.__all__)
for c in tower:
    print(c.__name__, c.__mro__[1].__name__, sorted(c.__abstractmethods__))


class MyInt(numbers.Integral):
    pass


try:
    MyInt()
except TypeError as e:
    print(e)


class Half(numbers.Rational):
    """A minimal concrete Rational: 1/2."""
    numerator = 1
    denominator = 2

    def __abs__(self): return self
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __ceil__(self): return 1
    def __eq__(self, o): return isinstance(o, Half)
    def __floor__(self): return 0
    def __floordiv__(self, o): return NotImplemented
    def __le__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
    def __mod__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
    def __neg__(self): return self
    def __pos__(self): return self
    def __pow__(self, o): return NotImplemented
    def __rfloordiv__(self, o): return NotImplemented
    def __rmod__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
    def __round__(self, n=None): return 0
    def __rpow__(self, o): return NotImplemented
    def __rtruediv__(self, o): return NotImplemented
    def __truediv__(self, o): return NotImplemented
    def __trunc__(self): return 0
    __hash__ = object.__hash__


h = Half()
print(float(h), complex(h), h.real is h, h.imag, h.conjugate() is h, bool(h), isinstance(h, numbers.Complex))


class Seven(numbers.Integral):
    def __int__(self): return 7
    def __abs__(self): return self
    __add__ = __radd__ = __and__ = __rand__ = __or__ = __ror__ = __xor__ = __rxor__ = lambda s, o: NotImplemented
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = __mul__ = __rmul__ = lambda s, o: NotImplemented
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __truediv__ = __rtruediv__ = lambda s, o: NotImplemented
    __lt__ = __le__ = __eq__ = lambda s, o: NotImplemented
    __pow__ = lambda s, o, m=None: NotImplemented
    __rpow__ = lambda s, o: NotImplemented
    __neg__ = __pos__ = __invert__ = lambda s: s
    __ceil__ = __floor__ = __trunc__ = lambda s: 7
    __round__ = lambda s, n=None: 7
    __hash__ = object.__hash__


s = Seven()
print(int(s), s.__index__(), float(s), s.denominator, s.numerator is s, [10, 20, 30, 40, 50, 60, 70, 80][s])

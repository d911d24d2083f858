"""Abstract Base Classes for numbers (PEP 3141).

The tower is Number > Complex > Real > Rational > Integral; each level names the
operations its members support.  The builtin numeric types are registered at
their level: complex as Complex, float as Real, int (and so bool) as Integral.
fractions.Fraction registers itself as Rational, decimal.Decimal as Number.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """The root of the numeric tower.  isinstance(x, Number) tells whether x
    is a number of any kind; it declares no operations."""

    __slots__ = ()

    # Numbers compare equal across types, so a hash cannot be inherited blindly.
    __hash__ = None


class Complex(Number):
    """Numbers with the operations of the builtin complex type: the four
    arithmetic operators, power, abs(), conjugate(), == and !=, and real/imag."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """Return the value as a builtin complex."""

    def __bool__(self):
        """True when the value is not zero."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real component."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary component."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        """self + other"""
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        """other + self"""
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        """-self"""
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        """+self"""
        raise NotImplementedError

    def __sub__(self, other):
        """self - other"""
        return self + -other

    def __rsub__(self, other):
        """other - self"""
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        """self * other"""
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        """other * self"""
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        """self / other"""
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        """other / self"""
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        """self ** exponent"""
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        """base ** self"""
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """The magnitude, a Real."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        """self == other"""
        raise NotImplementedError


Complex.register(complex)


class Real(Complex):
    """Complex numbers on the real line: they add ordering, conversion to
    float, truncation and rounding, floor division, modulo and divmod."""

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """Return the value as a builtin float."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """The Integral closest to self between 0 and self."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """The greatest Integral <= self."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """The least Integral >= self."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """Round to an Integral, or to ndigits decimal places as a Real."""
        raise NotImplementedError

    def __divmod__(self, other):
        """divmod(self, other): (self // other, self % other)."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self): (other // self, other % self)."""
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        """self // other"""
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        """other // self"""
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        """self % other"""
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        """other % self"""
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        """self < other"""
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        """self <= other"""
        raise NotImplementedError

    def __complex__(self):
        """The value as a complex with no imaginary part."""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number has no imaginary part."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


Real.register(float)


class Rational(Real):
    """Real numbers that are a ratio of two Integrals in lowest terms."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        """The numerator in lowest terms."""
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        """The positive denominator in lowest terms."""
        raise NotImplementedError

    def __float__(self):
        """numerator / denominator, as a float.

        Integral division keeps the result correctly rounded for large values."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Rational numbers whose denominator is 1; they add the bitwise operators,
    three-argument pow() and conversion to int."""

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """Return the value as a builtin int."""
        raise NotImplementedError

    def __index__(self):
        """The value as an int, for slicing and operator.index()."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent, or pow(self, exponent, modulus)."""
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        """self << other"""
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        """other << self"""
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        """self >> other"""
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        """other >> self"""
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        """self & other"""
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        """other & self"""
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        """self ^ other"""
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        """other ^ self"""
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        """self | other"""
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        """other | self"""
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        """~self"""
        raise NotImplementedError

    def __float__(self):
        """The value as a float."""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is 1."""
        return 1


Integral.register(int)

"""A minimal fractions module: exact rational numbers (Fraction)."""

import math

__all__ = ['Fraction']


class Fraction:
    """A rational number numerator/denominator in lowest terms, denominator > 0."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator, self._denominator = numerator._numerator, numerator._denominator
                return self
            if isinstance(numerator, (float, int)):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                return cls._from_str(numerator)
            elif hasattr(numerator, 'as_integer_ratio'):
                n, d = numerator.as_integer_ratio()
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a, b = Fraction(numerator), Fraction(denominator)
                n, d = a._numerator * b._denominator, a._denominator * b._numerator
            else:
                n, d = operator_index(numerator), operator_index(denominator)
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator, self._denominator = n // g, d // g
        return self

    @classmethod
    def _from_str(cls, s):
        t = s.strip()
        if '/' in t:
            a, b = t.split('/')
            return cls(int(a), int(b))
        if any(ch in t for ch in '.eE'):
            mant, _, exp = t.lower().partition('e')
            ip, _, fp = mant.partition('.')
            sign = -1 if ip.startswith('-') else 1
            ip = ip.lstrip('+-')
            n = int((ip or '0') + fp) * sign
            e = (int(exp) if exp else 0) - len(fp)
            return cls(n * 10 ** e, 1) if e >= 0 else cls(n, 10 ** -e)
        return cls(int(t))

    @classmethod
    def from_float(cls, f):
        """Converts a float to a Fraction exactly."""
        return cls(*f.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def is_integer(self):
        return self._denominator == 1

    def __repr__(self):
        return '%s(%d, %d)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%d/%d' % (self._numerator, self._denominator)

    def __float__(self):
        return self._numerator / self._denominator

    def __int__(self):
        n, d = self._numerator, self._denominator
        return -(-n // d) if n < 0 else n // d

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            if 2 * r < self._denominator or (2 * r == self._denominator and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        modulus = (1 << 61) - 1
        try:
            inv = pow(self._denominator, -1, modulus)
        except ValueError:
            h = hash(float('inf'))
        else:
            h = hash(hash(abs(self._numerator)) * inv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    # ---- arithmetic -----------------------------------------------------------------

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _op(self, other, fn, ffn, reverse=False):
        o = Fraction._coerce(other)
        if o is not None:
            return fn(o, self) if reverse else fn(self, o)
        if isinstance(other, (float, complex)):
            return ffn(other, float(self)) if reverse else ffn(float(self), other)
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * b._denominator))
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def __add__(self, o): return self._op(o, Fraction._add, lambda x, y: x + y)
    def __radd__(self, o): return self._op(o, Fraction._add, lambda x, y: x + y, True)
    def __sub__(self, o): return self._op(o, Fraction._sub, lambda x, y: x - y)
    def __rsub__(self, o): return self._op(o, Fraction._sub, lambda x, y: x - y, True)
    def __mul__(self, o): return self._op(o, Fraction._mul, lambda x, y: x * y)
    def __rmul__(self, o): return self._op(o, Fraction._mul, lambda x, y: x * y, True)
    def __truediv__(self, o): return self._op(o, Fraction._div, lambda x, y: x / y)
    def __rtruediv__(self, o): return self._op(o, Fraction._div, lambda x, y: x / y, True)

    def __floordiv__(self, o):
        o2 = Fraction._coerce(o)
        if o2 is None:
            return float(self) // o
        return math.floor(self / o2)

    def __mod__(self, o):
        o2 = Fraction._coerce(o)
        if o2 is None:
            return float(self) % o
        return self - o2 * math.floor(self / o2)

    def __pow__(self, o):
        if isinstance(o, int):
            if o >= 0:
                return Fraction(self._numerator ** o, self._denominator ** o)
            return Fraction(self._denominator ** -o, self._numerator ** -o)
        return float(self) ** o

    def __rpow__(self, o):
        if self._denominator == 1:
            return o ** self._numerator
        return o ** float(self)

    def __neg__(self): return Fraction(-self._numerator, self._denominator)
    def __pos__(self): return Fraction(self._numerator, self._denominator)
    def __abs__(self): return Fraction(abs(self._numerator), self._denominator)

    # ---- comparisons ----------------------------------------------------------------

    def _cmp(self, other, op):
        o = Fraction._coerce(other)
        if o is not None:
            return op(self._numerator * o._denominator, o._numerator * self._denominator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return self._cmp(Fraction(other), op)
        return NotImplemented

    def __eq__(self, o):
        if isinstance(o, complex):
            return o.imag == 0 and self == o.real
        return self._cmp(o, lambda a, b: a == b)

    def __lt__(self, o): return self._cmp(o, lambda a, b: a < b)
    def __le__(self, o): return self._cmp(o, lambda a, b: a <= b)
    def __gt__(self, o): return self._cmp(o, lambda a, b: a > b)
    def __ge__(self, o): return self._cmp(o, lambda a, b: a >= b)


def operator_index(x):
    import operator
    return operator.index(x)

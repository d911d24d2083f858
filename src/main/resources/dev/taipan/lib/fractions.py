"""Fraction, exact rational numbers, with the operations of CPython's fractions module."""

import math
import re as _re

__all__ = ['Fraction']

# sign, integer part (digits with optional underscores), optional fraction part or /denominator,
# optional exponent: what Fraction("...") accepts.
_RATIONAL = _re.compile(r"""
    \A\s*(?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*|\d+(_\d+)*)
    (?:(?:/(?P<denom>\d+(_\d+)*))?
     |(?:\.(?P<decimal>\d*|\d+(_\d+)*))?
      (?:E(?P<exp>[-+]?\d+(_\d+)*))?)
    \s*\Z
""", _re.VERBOSE | _re.IGNORECASE)


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
        m = _RATIONAL.match(s)
        if m is None:
            raise ValueError('Invalid literal for Fraction: %r' % s)
        n = int(m.group('num') or '0')
        denom = m.group('denom')
        if denom:
            d = int(denom)
        else:
            d = 1
            decimal = m.group('decimal')
            if decimal:
                decimal = decimal.replace('_', '')
                scale = 10 ** len(decimal)
                n = n * scale + int(decimal)
                d *= scale
            exp = m.group('exp')
            if exp:
                e = int(exp)
                if e >= 0:
                    n *= 10 ** e
                else:
                    d *= 10 ** -e
        if m.group('sign') == '-':
            n = -n
        return cls(n, d)

    @classmethod
    def from_float(cls, f):
        """Converts a float (or an int) to a Fraction exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a Decimal (or an int) to a Fraction exactly."""
        if isinstance(dec, int):
            return cls(dec)
        if type(dec).__name__ != 'Decimal':
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self._numerator, self._denominator)
        # Walk the continued-fraction convergents of self until the next one's denominator would
        # be too big, then pick the nearer of the last convergent and the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The semiconvergent wins ties, as the bound on its denominator is the smaller.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

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
            return float(self) // o if isinstance(o, float) else NotImplemented
        return (self._numerator * o2._denominator) // (self._denominator * o2._numerator)

    def __rfloordiv__(self, o):
        o2 = Fraction._coerce(o)
        if o2 is None:
            return o // float(self) if isinstance(o, float) else NotImplemented
        return o2 // self

    def __mod__(self, o):
        o2 = Fraction._coerce(o)
        if o2 is None:
            return float(self) % o if isinstance(o, float) else NotImplemented
        da, db = self._denominator, o2._denominator
        return Fraction((self._numerator * db) % (o2._numerator * da), da * db)

    def __rmod__(self, o):
        o2 = Fraction._coerce(o)
        if o2 is None:
            return o % float(self) if isinstance(o, float) else NotImplemented
        return o2 % self

    def __divmod__(self, o):
        o2 = Fraction._coerce(o)
        if o2 is None:
            return divmod(float(self), o) if isinstance(o, float) else NotImplemented
        da, db = self._denominator, o2._denominator
        q, r = divmod(self._numerator * db, da * o2._numerator)
        return q, Fraction(r, da * db)

    def __rdivmod__(self, o):
        o2 = Fraction._coerce(o)
        if o2 is None:
            return divmod(o, float(self)) if isinstance(o, float) else NotImplemented
        return divmod(o2, self)

    def __trunc__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        # The float presentation types format the exact value; others apply to str(self).
        if format_spec[-1:] in ('e', 'E', 'f', 'F', 'g', 'G', '%'):
            import decimal
            with decimal.localcontext() as ctx:
                ctx.prec = 400
                value = decimal.Decimal(self._numerator) / decimal.Decimal(self._denominator)
            text = format(value, format_spec)
            # Decimal writes one-digit exponents; Fraction, like float, writes at least two.
            return _re.sub(r'([eE][+-])(\d)(?!\d)', r'\g<1>0\2', text)
        return format(str(self), format_spec)

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


import numbers as _numbers
_numbers.Rational.register(Fraction)

# Decimal construction, text, arithmetic, comparisons, hashing and conversions.
import decimal
from decimal import Decimal, getcontext, localcontext, InvalidOperation, DivisionByZero
from fractions import Fraction
import math
import numbers


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


# ---- construction
for v in ['0', '-0', '1.50', '  -12.3e-5 ', '1_000.5', '.5', '5.', 'Inf', '-inf', 'NaN', 'sNaN42', '-nan7',
          '1e999999999', '0E-1000', '٣.١٤', '12.3.4', '', 'abc', '1e', '--1', 'Infinity1']:
    show('str %r' % v, lambda: Decimal(v))
for v in [0, -7, 10**30, True, 0.1, -0.0, 1e20, 2.5, float('inf'), float('nan'), (0, (1, 2, 3), -2),
          (1, (0,), 5), (0, (), 'n'), [1, [4, 2], 'F'], (0, (1,), 'N')]:
    show('obj %r' % (v,), lambda: Decimal(v))
for v in [1j, None, (2, (1,), 0), (0, (12,), 0), (0, (1,), 'x'), (0, (1,), 1.5), (0, (1,))]:
    show('bad %r' % (v,), lambda: Decimal(v))
show('copy', lambda: Decimal(Decimal('1.0')))
show('default', lambda: Decimal())
show('from_float', lambda: Decimal.from_float(0.375))
show('from_float int', lambda: Decimal.from_float(7))
show('from_float bad', lambda: Decimal.from_float('1'))

# ---- str / repr / eng
for s in ['123', '-123', '1.23E+3', '123E+3', '12.3E-9', '-123E-12', '0.00000123', '0.000000123', '1E+7',
          '0E+5', '-0.00', '0E-9', '5E-7', '100E-9', '1E-6', 'NaN123', '-sNaN', '-Infinity']:
    d = Decimal(s)
    print(s, str(d), d.to_eng_string(), repr(d))

# ---- arithmetic in the default context
D = Decimal
show('add', lambda: D('0.1') + D('0.2'))
show('sub', lambda: D('1.30') - D('1.2'))
show('mul', lambda: D('1.20') * D('3'))
show('div', lambda: D(1) / D(7))
show('div exact', lambda: D(10) / 4)
show('div ideal', lambda: D('1.00') / D('0.5'))
show('floordiv', lambda: D(-7) // 2)
show('mod', lambda: D(-7) % 2)
show('mod frac', lambda: D('7.5') % D('-2'))
show('divmod', lambda: divmod(D(7), D('-2.5')))
show('rdivmod', lambda: divmod(7, D(3)))
show('pow int', lambda: D(2) ** 10)
show('pow neg', lambda: D(2) ** -3)
show('pow frac', lambda: D(2) ** D('0.5'))
show('pow big', lambda: D(7) ** 50)
show('pow 3arg', lambda: pow(D(3), 4, 5))
show('pow neg 3arg', lambda: pow(D(-3), 3, 5))
show('radd', lambda: 5 + D('0.5'))
show('rsub', lambda: 5 - D('0.5'))
show('rtruediv', lambda: 1 / D(8))
show('neg', lambda: -D('0'))
show('neg neg', lambda: -D('-1.50'))
show('pos', lambda: +D('-0'))
show('abs', lambda: abs(D('-2.5')))
show('round prec', lambda: +D('1.234567890123456789012345678901234'))
show('add inf', lambda: D('Inf') + 1)
show('add nan', lambda: D('NaN') + 1)
show('0/0', lambda: D(0) / 0)
show('1/0', lambda: D(1) / 0)
show('inf-inf', lambda: D('inf') - D('inf'))
show('snan', lambda: D('sNaN') + 1)
show('overflow', lambda: D('9e999999') * 10)
show('div impossible', lambda: D(10) // D('1e-30'))
# (only the type: CPython names the type 'decimal.Decimal' in these messages)
for other in [1.5, '1', Fraction(1, 2)]:
    try:
        D(1) + other
    except TypeError as e:
        print('mixed op', type(other).__name__, type(e).__name__)
show('rounding sum', lambda: sum([D('0.1')] * 10))

# ---- comparisons
print(D(1) == 1, D('1.0') == 1, D('0.1') == 0.1, D('0.5') == 0.5, D(2) > 1.5, D(2) < Fraction(5, 2),
      D('0.25') == Fraction(1, 4), D(1) == 1 + 0j, D(1) == 1j, D('NaN') == D('NaN'), D('NaN') != 1)
print(sorted([D('3'), D('-1.5'), D('2.25'), D('0')]), max(D(1), D('1.0')), min(D(2), 3))
show('nan order', lambda: D('NaN') < 1)
show('snan eq', lambda: D('sNaN') == 1)
print(D(1) < D('Inf'), D('-Inf') < -10**100, D('1e-1000') > 0)

# ---- hashing
for v in [0, 1, -1, 2**64, 1.5, 0.1, -2.75, 10**20, 1e100]:
    print('hash', v, hash(Decimal(v)) == hash(v))
print(hash(D('1.000')) == hash(1), hash(D('Inf')), hash(D('-Inf')), hash(D('-0')), hash(D('12.5E-3')) == hash(Fraction(1, 80)))
show('hash snan', lambda: hash(D('sNaN')))
print(len({D('1'), D('1.0'), 1, 1.0}))

# ---- conversions
for s in ['3.7', '-3.7', '1e3', '-0.5', '12345678901234567890.9']:
    d = D(s)
    print(s, int(d), float(d), math.floor(d), math.ceil(d), round(d), round(d, 1), math.trunc(d), complex(d))
show('int nan', lambda: int(D('NaN')))
show('int inf', lambda: int(D('-Inf')))
show('float snan', lambda: float(D('sNaN')))
print(float(D('-NaN')), float(D('Inf')), float(D('1e400')), float(D('1e-400')))
show('round nan', lambda: round(D('NaN')))
show('round inf', lambda: round(D('Inf')))
show('round arg', lambda: round(D('1.5'), 'x'))
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('1.25'), 1), round(D('125'), -1))
print(D('1.5').as_integer_ratio(), D('-0.125').as_integer_ratio(), D('1e3').as_integer_ratio(), D(0).as_integer_ratio())
show('ratio inf', lambda: D('Inf').as_integer_ratio())
print(D('-1.20').as_tuple(), D('Inf').as_tuple(), D('NaN').as_tuple(), D('sNaN12').as_tuple())
t = D('3.14').as_tuple()
print(t.sign, t.digits, t.exponent, type(t).__name__)
print(bool(D(0)), bool(D('0.00')), bool(D('NaN')), bool(D('-1e-9')))

# ---- predicates and small methods
for s in ['0', '-0', '1.5', '-1E-999999', 'Inf', '-NaN', 'sNaN', '1E-1000000']:
    d = D(s)
    print(s, d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_signed(), d.is_zero(),
          d.is_normal(), d.is_subnormal(), d.number_class(), d.adjusted() if d.is_finite() else None)
print(D('1.23').copy_sign(D('-1')), D('-4').copy_abs(), D('4').copy_negate(), D('1.2').compare(D('1.20')),
      D('1.2').compare_total(D('1.20')), D('NaN').compare(1), D(10).same_quantum(D(20)), D('1.0').same_quantum(D(1)))
print(D('1.2300').normalize(), D('120').normalize(), D('0.00').normalize(), D('-0').normalize(),
      D('1e3').logb(), D('0.012').scaleb(3), D('123').rotate(1), D('123').shift(-1))
print(D(3).max(D('3.0')), D(3).min(D('NaN')), D(-3).max_mag(2), D('1101').logical_and(D('1011')),
      D('1101').logical_xor(D('0111')), D('1').next_plus(), D('1').next_minus(), D('1').next_toward(0))
print(D('7.5').remainder_near(2), D('-8').remainder_near(3), D(2).fma(3, 4), D(10).radix(), D('2.5').real,
      D('2.5').imag, D('2.5').conjugate(), D(1).canonical(), D(1).is_canonical())

# ---- subclasses and ABCs
class Money(Decimal):
    def __repr__(self):
        return 'Money(%s)' % self
m = Money('1.50')
print(repr(m), type(m).__name__, isinstance(m, Decimal), type(m + 1).__name__, repr(Money.from_float(0.5)))
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), issubclass(Decimal, numbers.Number))
print(Decimal.__module__, type(Decimal('1')).__name__, decimal.Decimal.__name__, D.__qualname__)
print(repr(eval(repr(D('-1.5e-9')), {'Decimal': Decimal})))
import copy
print(copy.copy(D('1.5')), copy.deepcopy(D('2.5')))

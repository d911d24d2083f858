# Contexts: attributes, flags and traps, signals, local contexts, threads, context methods.
import decimal
from decimal import *
import threading


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


c = getcontext()
print(c)
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(Context())
print(Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1, flags=[Inexact], traps={
    InvalidOperation: False, FloatOperation: True, DivisionByZero: False, Overflow: False, Underflow: False,
    Subnormal: False, Inexact: False, Rounded: False, Clamped: True}))
print([ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP])
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY)

# ---- the exception classes
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero, DivisionImpossible,
            DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])

# ---- attribute validation
for name, value in [('prec', 0), ('prec', 'x'), ('Emin', 1), ('Emax', -1), ('capitals', 2), ('clamp', -1),
                    ('rounding', 'ROUND_SIDEWAYS'), ('traps', [ValueError]), ('flags', {Inexact: True})]:
    show('set %s=%r' % (name, value), lambda: setattr(Context(), name, value))
show('ctor positional', lambda: Context(7, ROUND_UP))
show('ctor bad kw', lambda: Context(precision=3))

# ---- flags and traps
c = Context()
print(c.flags[Inexact], c.traps[DivisionByZero], len(c.flags), Inexact in c.flags)
r = c.divide(Decimal(1), Decimal(3))
print(r, c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation])
print(c.flags)
c.clear_flags()
print(c.flags[Inexact])
c.traps[Inexact] = True
show('trapped inexact', lambda: c.divide(1, 3))
c.clear_traps()
print(c.divide(1, 0), c.divide(0, 0), c.flags[DivisionByZero], c.flags[InvalidOperation])
print(c)
show('flags bad key', lambda: c.flags[ValueError])
show('flags del', lambda: c.flags.__delitem__(Inexact))

# ---- signals raised by the current context
for label, f in [('1/0', lambda: Decimal(1) / 0), ('0/0', lambda: Decimal(0) / 0), ('bad str', lambda: Decimal('x')),
                 ('sqrt -1', lambda: Decimal(-1).sqrt()), ('overflow', lambda: Decimal('9e999999') * 10),
                 ('quantize', lambda: Decimal('1e10').quantize(Decimal('1e-20'))), ('mod 0', lambda: Decimal(1) % 0)]:
    try:
        f()
    except DecimalException as e:
        print(label, type(e).__name__, e, e.args, isinstance(e, ArithmeticError), isinstance(e, ZeroDivisionError))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError', type(e).__name__)

# ---- FloatOperation
getcontext().clear_flags()
Decimal(1.5)
print('float ctor flag', getcontext().flags[FloatOperation])
getcontext().clear_flags()
print(Decimal(1) == 1.0, getcontext().flags[FloatOperation])
print(Decimal(1) < 1.5, getcontext().flags[FloatOperation])
with localcontext() as lc:
    lc.traps[FloatOperation] = True
    show('trapped float ctor', lambda: Decimal(1.5))
    show('trapped float lt', lambda: Decimal(1) < 1.5)
    show('trapped float eq', lambda: Decimal(1) == 1.5)
    show('from_float ok', lambda: Decimal.from_float(1.5))

# ---- localcontext
print(getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, getcontext() is ctx)
    with localcontext(Context(prec=3, rounding=ROUND_UP)) as inner:
        print(Decimal(1) / 7, inner.rounding)
    print(Decimal(2) / 3)
print(Decimal(1) / 7)
with localcontext(prec=10, rounding=ROUND_FLOOR) as ctx:
    print(ctx.prec, ctx.rounding, Decimal(-1) / 3)
show('localcontext bad kw', lambda: localcontext(precision=3))
show('localcontext bad ctx', lambda: localcontext(5))
try:
    with localcontext() as ctx:
        ctx.prec = 3
        raise KeyError('x')
except KeyError:
    pass
print(getcontext().prec)

# ---- setcontext
saved = getcontext()
setcontext(BasicContext)
print(getcontext().prec, getcontext() is BasicContext, Decimal(2) / 3)
setcontext(saved)
print(getcontext() is saved)
show('setcontext bad', lambda: setcontext(None))
new = Context(prec=4)
setcontext(new)
print(getcontext() is new, Decimal(1) / 3)
setcontext(saved)

# ---- contexts are per thread
results = []
def worker(p):
    getcontext().prec = p
    results.append((p, str(Decimal(1) / 3)))
threads = [threading.Thread(target=worker, args=(p,)) for p in (3, 6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), getcontext().prec)

# ---- rounding modes
for mode in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
             ROUND_05UP]:
    row = [str(Decimal(v).quantize(Decimal('1'), rounding=mode)) for v in
           ['2.5', '3.5', '-2.5', '2.4', '2.6', '-2.6', '0.5', '1.01', '5.1', '-0.1']]
    print(mode, row)

# ---- context methods
c = Context(prec=6)
print(c.add(1, Decimal('0.0000001')), c.subtract(1, 2), c.multiply(Decimal('1.5'), 3), c.divide(2, 3),
      c.divide_int(7, 2), c.remainder(-7, 2), c.remainder_near(7, 2), c.divmod(7, 2), c.power(2, 40))
print(c.sqrt(2), c.exp(1), c.ln(10), c.log10(2), c.abs(-1), c.minus(1), c.plus(Decimal('1.23456789')),
      c.quantize(Decimal('1.2345'), Decimal('0.01')), c.compare(1, 2), c.max(1, 2), c.min(1, 2))
print(c.create_decimal('1.23456789'), c.create_decimal(), c.create_decimal_from_float(0.1), c.to_sci_string(Decimal('1e10')),
      c.to_eng_string(Decimal('1e10')), c.is_zero(0), c.number_class(Decimal('-1')), c.copy_sign(1, -2), c.Etiny(), c.Etop())
print(c.power(2, 3, 5), c.fma(2, 3, 4), c.logb(1000), c.scaleb(1, 2), c.normalize(Decimal('1.500')), c.to_integral_value(Decimal('2.5')),
      c.to_integral_exact(Decimal('2.5')), c.radix(), c.canonical(Decimal(1)), c.copy_decimal(3))
show('ctx float arg', lambda: c.add(1.5, 1))
d = c.copy()
d.prec = 2
print(c.prec, d.prec, c == c, type(d).__name__)
print(Decimal('1.23456789').quantize(Decimal('0.01'), context=Context(rounding=ROUND_DOWN)))
print(Decimal(2).sqrt(Context(prec=50)))
print(Decimal('1.5').to_integral_value(ROUND_DOWN), Decimal('1.5').to_integral_exact(rounding=ROUND_UP))
show('quantize bad rounding', lambda: Decimal(1).quantize(Decimal(1), rounding='x'))
show('bad context', lambda: Decimal(1).sqrt(context=5))

# ---- exponent limits
c = Context(prec=3, Emin=-5, Emax=5, traps=[])
for v in ['1.234e5', '9.999e5', '1e-6', '1.5e-8', '1e-9', '0e10', '0e-20']:
    c.clear_flags()
    r = c.plus(Decimal(v))
    print(v, r, sorted(k.__name__ for k, f in c.flags.items() if f))
c = Context(prec=3, Emin=-5, Emax=5, clamp=1, traps=[])
print(c.plus(Decimal('1e5')), c.plus(Decimal('0e10')), c.create_decimal('1.2e5'))
c = Context(prec=3, Emax=5, rounding=ROUND_DOWN, traps=[])
print(c.multiply(Decimal('9e5'), 10), c.multiply(Decimal('-9e5'), 10))

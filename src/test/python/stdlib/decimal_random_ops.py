# Random operands in random contexts: every context operation, its result and the flags raised.
import random
from decimal import *
rnd = random.Random(12345)
def rdec():
    k = rnd.random()
    if k < 0.03: return Decimal(rnd.choice(['Inf', '-Inf', 'NaN', '-0', '0', 'sNaN']))
    digits = str(rnd.randint(0, 10 ** rnd.randint(1, 40)))
    exp = rnd.randint(-40, 20)
    sign = rnd.choice(['', '-'])
    return Decimal(sign + digits + 'E' + str(exp))
def run(f):
    try:
        r = f()
        return str(r)
    except Exception as e:
        return type(e).__name__ + str(e)
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for i in range(400):
    ctx = Context(prec=rnd.randint(1, 40), rounding=rnd.choice(modes), Emin=-rnd.randint(1, 60), Emax=rnd.randint(1, 60),
                  clamp=rnd.randint(0, 1), traps=[])
    a, b = rdec(), rdec()
    out = [run(lambda: ctx.add(a, b)), run(lambda: ctx.subtract(a, b)), run(lambda: ctx.multiply(a, b)),
           run(lambda: ctx.divide(a, b)), run(lambda: ctx.divide_int(a, b)), run(lambda: ctx.remainder(a, b)),
           run(lambda: ctx.remainder_near(a, b)), run(lambda: ctx.quantize(a, b)), run(lambda: ctx.sqrt(a)),
           run(lambda: ctx.plus(a)), run(lambda: ctx.minus(a)), run(lambda: ctx.normalize(a)),
           run(lambda: ctx.to_integral_exact(a)), run(lambda: ctx.compare(a, b)), run(lambda: ctx.max(a, b)),
           run(lambda: ctx.min_mag(a, b)), run(lambda: ctx.next_plus(a)), run(lambda: ctx.next_minus(a)),
           run(lambda: ctx.next_toward(a, b)), run(lambda: ctx.fma(a, b, a)), run(lambda: ctx.logb(a)),
           run(lambda: ctx.scaleb(a, Decimal(rnd.randint(-10, 10)))), run(lambda: a.to_eng_string()),
           run(lambda: ctx.compare_total(a, b)), run(lambda: ctx.power(a, Decimal(rnd.randint(0, 3))))]
    flags = sorted(k.__name__ for k, v in ctx.flags.items() if v)
    print(i, a, b, ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.clamp, ' | '.join(out), flags)

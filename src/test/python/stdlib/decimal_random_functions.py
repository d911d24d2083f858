# Random operands in random contexts: exp, ln, log10, sqrt, powers, formatting, and the flags raised.
import random
from decimal import *
rnd = random.Random(777)
def rdec(maxdig=30, lo=-30, hi=10):
    digits = str(rnd.randint(1, 10 ** rnd.randint(1, maxdig)))
    return Decimal(rnd.choice(['', '-', '']) + digits + 'E' + str(rnd.randint(lo, hi)))
def run(f):
    try:
        return str(f())
    except Exception as e:
        return type(e).__name__
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for i in range(300):
    ctx = Context(prec=rnd.randint(1, 50), rounding=rnd.choice(modes), traps=[])
    a = rdec(); b = rdec(3, -3, 0); p = rdec(20, -20, 5).copy_abs()
    out = [run(lambda: ctx.exp(a if abs(a) < 1000 else a.scaleb(-5))), run(lambda: ctx.ln(p)), run(lambda: ctx.log10(p)),
           run(lambda: ctx.sqrt(p)), run(lambda: ctx.power(p, b)), run(lambda: ctx.power(a, rnd.randint(-8, 8))),
           run(lambda: format(a, rnd.choice(['.3f', 'e', '.5g', ',.2f', '%', '.0e', '>20.4', '']))),
           run(lambda: ctx.divide(a, p)), run(lambda: ctx.multiply(a, b))]
    print(i, a, b, p, ctx.prec, ctx.rounding, ' | '.join(out), sorted(k.__name__ for k, v in ctx.flags.items() if v))

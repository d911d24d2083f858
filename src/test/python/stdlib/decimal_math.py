# Decimal sqrt, exp, ln, log10, power, quantize, integral values and normalization.
from decimal import *


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


D = Decimal
for v in ['2', '100', '0.01', '1E+3', '-0', '4.00', '0.0004', '1E-1000', 'Inf', '-1', 'NaN', '12345678901234567890']:
    show('sqrt ' + v, lambda: D(v).sqrt())
for v in ['0', '1', '2', '-1', '0.5', '10', '100', '-100', '1000', '-1000', '1E-30', 'Inf', '-Inf', '1E+7', '-1E+7']:
    show('exp ' + v, lambda: D(v).exp())
for v in ['1', '2', '10', '0.5', '0.999999999', '1.000000001', '1E-100', '1E+100', '0', '-1', 'Inf', '123.456']:
    show('ln ' + v, lambda: D(v).ln())
    show('log10 ' + v, lambda: D(v).log10())
for a, b in [('2', '0.5'), ('4', '0.5'), ('1', '0.5'), ('2', '10'), ('2', '-2'), ('3', '-1'), ('-2', '0.5'),
             ('0', '-1'), ('0', '0'), ('-0', '3'), ('Inf', '-1'), ('10', '100'), ('1.1', '1000'), ('2', '1E+3'),
             ('2', '2.0'), ('2.0', '2'), ('5', '0'), ('-8', '3'), ('0.5', '-1'), ('1.5', '2.5'), ('10', '-50'),
             ('2', 'Inf'), ('0.5', 'Inf'), ('1', 'Inf'), ('-2', 'Inf')]:
    show('pow %s %s' % (a, b), lambda: D(a) ** D(b))
with localcontext(Context(prec=50)):
    print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10(), D(2) ** D('0.5'))
with localcontext(Context(prec=5)):
    print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10(), D(7) ** 20, D(2) ** -20)

for v, q in [('1.005', '0.01'), ('1.015', '0.01'), ('2.5', '1'), ('-2.5', '1'), ('123.456', '1E+1'),
             ('123.456', '1E+3'), ('1E-10', '0.01'), ('1.2', '1E-30'), ('Inf', '1'), ('Inf', 'Inf'), ('NaN', '1')]:
    show('quantize %s %s' % (v, q), lambda: D(v).quantize(D(q)))
for v in ['2.5', '3.5', '-2.5', '0.4', '-0.6', '1E+3', '123.000', 'Inf']:
    print('integral', v, D(v).to_integral_value(), D(v).to_integral(ROUND_FLOOR), D(v).to_integral_exact(ROUND_UP))
for v in ['1.2300', '0.000', '-1E+2', '120E-1', '1E+999999', 'NaN']:
    print('normalize', v, D(v).normalize())
getcontext().clear_flags()
D(1).exp()
print(sorted(k.__name__ for k, v in getcontext().flags.items() if v))
getcontext().clear_flags()
D(4).sqrt()
print(sorted(k.__name__ for k, v in getcontext().flags.items() if v))

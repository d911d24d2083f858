# Decimal.__format__ and f-strings.
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_DOWN

vals = ['0', '-0', '1.5', '-1234567.891', '0.000012345', '1E+3', '123456789', '1.23E+5', '0.1', '9.995', 'Inf',
        '-NaN', 'NaN12', '1E-7', '100', '0E+2', '2.675']
specs = ['', 'f', '.2f', 'e', '.3e', 'g', '.3g', '.1g', '%', '.1%', ',', ',.2f', '015,.2f', '>12', '<12.1f', '^12',
         '=+12.2f', '+', ' ', 'z.1f', '#.0f', 'E', 'G', 'F', 'n', '.0e', '#g', '012', '*^15,.3f', '.0f', '.10g',
         '10.3', '.0%', '-^9.2e']
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(Decimal(v), s))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(v, out)
for s in ['x', 'd', ',_', '_f', '.f', 's', 'b', '5.2.1']:
    try:
        print(s, format(Decimal(1), s))
    except Exception as e:
        print(s, type(e).__name__, e)
d = Decimal('1234.5678')
print(f'{d}', f'{d:.2f}', f'{d:,}', f'{d:>15.3e}', f'{d!r}', '{:.1%}'.format(Decimal('0.125')))
with localcontext() as ctx:
    ctx.rounding = ROUND_HALF_UP
    print(format(Decimal('0.125'), '.2f'), format(Decimal('2.5'), '.0f'), format(Decimal('-2.5'), '.0f'))
    ctx.rounding = ROUND_DOWN
    print(format(Decimal('0.129'), '.2f'), format(Decimal('9.99'), '.1e'))
with localcontext() as ctx:
    ctx.capitals = 0
    print(str(Decimal('1e10')), repr(Decimal('1e10')), format(Decimal('1e10')), Decimal('1e-9').to_eng_string())

"""Prints the special-value tables of CmathSpecialValues.java from CPython 3.13's cmath.

usage: PYTHON3.13 tools/gen_cmath_special_values.py

For each function it evaluates every pair of argument classes (-inf, negative, -0.0, +0.0,
positive, +inf, nan) with at least one non-finite component. An entry is "re,im", "V" for a
ValueError, "*" when the result depends on the finite component (the Java code computes those),
or "." for a finite argument. Paste the output over the tables in the Java file.
"""
import cmath
import math

inf, nan = math.inf, math.nan
CLASSES = [(-inf,), (-2.3, -0.6), (-0.0,), (0.0,), (2.3, 0.6), (inf,), (nan,)]
NAMES = ['sqrt', 'exp', 'log', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'acos', 'atanh']


def component(x):
    if math.isnan(x):
        return 'N'
    if math.isinf(x):
        return 'I' if x > 0 else '-I'
    if x == 0:
        return '0' if math.copysign(1, x) > 0 else '-0'
    return repr(x)


def result(f, z):
    try:
        r = f(z)
        return component(r.real) + ',' + component(r.imag)
    except ValueError:
        return 'V'
    except OverflowError:
        return 'O'


for name in NAMES:
    f = getattr(cmath, name)
    rows = []
    for im in CLASSES:
        entries = []
        for re in CLASSES:
            if math.isfinite(re[0]) and math.isfinite(im[0]):
                entries.append('.')
                continue
            outs = {result(f, complex(a, b)) for a in re for b in im}
            entries.append(outs.pop() if len(outs) == 1 else '*')
        rows.append(';'.join(entries))
    print('    /** Special values of {@code %s}. */' % name)
    print('    static final Entry[] %s = parse(' % name.upper())
    print('            ' + '\n            + ";" + '.join('"%s"' % r for r in rows) + ');')
    print()

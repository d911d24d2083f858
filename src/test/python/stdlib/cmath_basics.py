# cmath: values (rounded to 12 digits, as libm results may differ in the last bit), branch cuts,
# signed zeros, special values and errors.
import cmath
import math

inf, nan = math.inf, math.nan


def fmt(x):
    if math.isnan(x) or math.isinf(x) or x == 0:
        return repr(x)
    return '%.12g' % x


def c(z):
    return '(%s, %s)' % (fmt(z.real), fmt(z.imag))


def show(label, f):
    try:
        r = f()
        print(label, c(r) if isinstance(r, complex) else r)
    except Exception as e:
        print(label, type(e).__name__, e)


names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
         'asinh', 'acosh', 'atanh']
finite = [complex(0.5, 0.25), complex(-1.5, 2.0), complex(3, -4), complex(-0.2, -0.7), complex(2, 0),
          complex(-2, 0), complex(0, 3), complex(1e-8, 1e-8), complex(100, 1)]
for name in names:
    f = getattr(cmath, name)
    print(name, [c(f(z)) for z in finite])

# Branch cuts: the sign of a zero imaginary part picks the side.
for name in ['sqrt', 'log', 'asin', 'acos', 'atanh', 'acosh', 'asinh', 'atan']:
    f = getattr(cmath, name)
    for z in [complex(-2, 0.0), complex(-2, -0.0), complex(2, 0.0), complex(2, -0.0), complex(0.0, 2),
              complex(-0.0, 2), complex(0.0, -2), complex(-0.0, -2)]:
        show('%s%r' % (name, z), lambda: f(z))

# Special values: every function at every class of infinite or NaN argument.
classes = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
for name in names:
    f = getattr(cmath, name)
    for re in classes:
        row = []
        for im in classes:
            if math.isfinite(re) and math.isfinite(im):
                continue
            try:
                row.append(c(f(complex(re, im))))
            except Exception as e:
                row.append(type(e).__name__)
        print(name, re, ' '.join(row))

# Errors.
show('exp overflow', lambda: cmath.exp(710))
show('log 0', lambda: cmath.log(0))
show('log10 0', lambda: cmath.log10(0j))
show('atanh 1', lambda: cmath.atanh(1))
show('atanh -1', lambda: cmath.atanh(-1))
show('cosh overflow', lambda: cmath.cosh(1000))
show('sinh overflow', lambda: cmath.sinh(complex(1000, 1)))
show('bad type', lambda: cmath.sqrt('x'))
show('bad type none', lambda: cmath.exp(None))
show('big int', lambda: cmath.sqrt(10 ** 400))

# log with a base, phase, polar, rect.
show('log base', lambda: cmath.log(8, 2))
show('log complex base', lambda: cmath.log(1j, 1j))
show('log base 1', lambda: cmath.log(2, 1))
show('log base 0', lambda: cmath.log(2, 0))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.phase(0), cmath.phase(-0.0),
      cmath.phase(complex(-0.0, -0.0)), cmath.phase(complex(nan, 1)))
print(cmath.polar(1j), cmath.polar(-2), cmath.polar(complex(3, 4)), cmath.polar(complex(inf, nan)))
show('polar overflow', lambda: cmath.polar(complex(1.7e308, 1.7e308)))
for r in [inf, -inf, nan, 0.0, -0.0, 2.0, -2.0]:
    row = []
    for p in [inf, -inf, nan, 0.0, -0.0, math.pi / 2]:
        try:
            row.append(c(cmath.rect(r, p)))
        except Exception as e:
            row.append(type(e).__name__)
    print('rect', r, ' '.join(row))

# Predicates and isclose.
for z in [1, 1.5, 2j, complex(inf, 0), complex(0, nan), complex(inf, nan)]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1j, 1j + 1e-10), cmath.isclose(1j, 1j + 1e-8), cmath.isclose(0, 1e-10),
      cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(complex(inf, 1), complex(inf, 1)),
      cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(1, 1.1, rel_tol=0.2))
show('isclose negative', lambda: cmath.isclose(1, 1, rel_tol=-1))
show('isclose positional', lambda: cmath.isclose(1, 2, 3))

# Argument conversions.
class WithComplex:
    def __complex__(self):
        return 2j
class WithFloat:
    def __float__(self):
        return 4.0
class WithIndex:
    def __index__(self):
        return 9
class BadComplex:
    def __complex__(self):
        return 5
show('__complex__', lambda: cmath.sqrt(WithComplex()))
show('__float__', lambda: cmath.sqrt(WithFloat()))
show('__index__', lambda: cmath.sqrt(WithIndex()))
show('bad __complex__', lambda: cmath.sqrt(BadComplex()))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(0), cmath.log(1), cmath.sqrt(-0.0), cmath.sqrt(complex(-4, -0.0)))

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))

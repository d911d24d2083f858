# Subclasses of Decimal and Context, mixed comparisons and conversions, mapping views of flags.
import decimal, copy
from decimal import *
class D2(Decimal):
    def __new__(cls, value='0', extra=None):
        self = super().__new__(cls, value)
        self.extra = extra
        return self
d = D2('1.5', extra='x')
print(repr(d), d.extra, type(d).__name__, d + 1, type(d * 2).__name__)
print(Decimal.__new__(Decimal, '2.5'), Decimal('3').__reduce__())
class C2(Context):
    pass
c = C2(prec=3)
print(type(c).__name__, c.prec, c.divide(1, 3), isinstance(c, Context))
print(copy.copy(getcontext()) is getcontext(), copy.copy(getcontext()).prec)
print(Decimal(value='1.1'), Decimal('1.1', context=Context(prec=1)))
print(Context(prec=3) == Context(prec=3))
try:
    Decimal.__new__(int, 1)
except TypeError as e:
    print('TypeError', e)
print(Decimal('12.5').__round__(), Decimal('12.5').__round__(0), Decimal('-1.5').__trunc__())
print(Decimal('NaN') in {Decimal('NaN')})
x = Decimal('NaN'); print(x in {x})
print(list(getcontext().flags.keys())[:2], list(getcontext().traps.values())[:3], getcontext().flags.copy()[Inexact])
print(Decimal('-1.5').__abs__(), Decimal(5).__divmod__(2), Decimal(5).__rdivmod__(17))
print(max([Decimal('1.10'), Decimal('1.1')]), sorted([Decimal('1.1'), 1, 1.05, Decimal('0.9')]))
print(sum([Decimal('1.1'), 2, Decimal('3.3')]), Decimal(2) ** 0.5 if False else '')
print(int(Decimal('1e30')), float(Decimal('1.1')), Decimal('0.1') * 3 == Decimal('0.3'))


print(f"{Decimal('3.14159'):.3}", "{:>10}".format(Decimal('1.5')), '%s %r' % (Decimal('2'), Decimal('3')))
import fractions
print(fractions.Fraction(Decimal('1.25')), fractions.Fraction(1, 4) == Decimal('0.25'), Decimal('0.25') == fractions.Fraction(1, 4))
print(Decimal('0.5') < fractions.Fraction(2, 3), fractions.Fraction(2, 3) > Decimal('0.5'))

# Copies of contexts, DefaultContext as the template of new threads' contexts.
import threading
c = Context(prec=7, traps=[Inexact], flags=[Rounded])
d = copy.deepcopy(c)
print(d, d is c)
print(c.__reduce__())
DefaultContext.prec = 12
print(Context().prec)
out = []
t = threading.Thread(target=lambda: out.append(getcontext().prec)); t.start(); t.join()
print(out, getcontext().prec)
DefaultContext.prec = 28
with localcontext(ExtendedContext) as e:
    print(e.prec, e is ExtendedContext, Decimal(1) / 0)
print(getcontext().prec)

# Numbers at the ends of the exponent range: conversion, arithmetic and functions.
from decimal import *
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, str(e)[:80])
big = '1e999999999999999999'
t(lambda: Decimal(big)); t(lambda: Decimal('1e9999999999999999999')); t(lambda: Decimal('1e-9999999999999999999'))
t(lambda: Decimal(big) * Decimal(big)); t(lambda: Decimal(big) + 1); t(lambda: Decimal('1e-999999999999999999') + 1)
t(lambda: Decimal(big).sqrt()); t(lambda: Decimal(big).ln()); t(lambda: Decimal(big).exp()); t(lambda: Decimal(big).log10())
t(lambda: Decimal(big) / Decimal('1e-999999999999999999')); t(lambda: Decimal(big) // 3); t(lambda: Decimal(big) % 3)
t(lambda: Decimal(big).quantize(Decimal(1))); t(lambda: int(Decimal('1e100000'))  > 0); t(lambda: Decimal(big).to_integral_value())
t(lambda: Decimal(big).normalize()); t(lambda: Decimal(big).as_integer_ratio() if False else 0); t(lambda: hash(Decimal(big)))
t(lambda: float(Decimal(big))); t(lambda: Decimal(big).adjusted()); t(lambda: format(Decimal('1e100'), 'f')[:5])
t(lambda: Decimal(2) ** Decimal(big)); t(lambda: Decimal('0.5') ** Decimal(big)); t(lambda: Decimal(big).scaleb(10**18))
t(lambda: Decimal(big).compare(Decimal('-1e-999999999999999999'))); t(lambda: Decimal(big) == Decimal(big))
t(lambda: Decimal('1e10').quantize(Decimal('1e-999999999999999999')))
t(lambda: Context(prec=10**18).prec); t(lambda: Decimal(1) / Decimal(3) if False else 1)
t(lambda: Decimal((0, (1,), 10**30)))

"""Decimal fixed-point and floating-point arithmetic.

This is an implementation of decimal floating-point arithmetic based on the
General Decimal Arithmetic Specification, as CPython's decimal module provides
it; the numbers, contexts and signals are native (the _decimal module).
"""

import collections as _collections
import numbers as _numbers
import _decimal

_decimal.DecimalTuple = _collections.namedtuple(
    'DecimalTuple', 'sign digits exponent', module='decimal')

from _decimal import *
from _decimal import __version__, __libmpdec_version__

_numbers.Number.register(Decimal)

del _collections, _numbers, _decimal

package dev.taipan.modules.decimal;

import dev.taipan.objects.CompareOp;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyComplex;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyNotImplemented;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/**
 * The special methods of {@code Decimal}: arithmetic with Decimals and ints (other operands give
 * NotImplemented), comparisons, hashing, conversions and text. Each operation uses the current
 * thread's context and reports its conditions to it.
 */
// CPython: Modules/_decimal/_decimal.c, dec_number_methods and dec_richcompare
final class DecimalOperators {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private DecimalOperators() {
    }

    /** The operations with two operands, by the arithmetic they apply. */
    private enum Binary { ADD, SUB, MUL, DIV, FLOORDIV, MOD, DIVMOD, POW }

    private static PyObject binary(PyDecimal self, PyObject other, Binary op, boolean reflected) {
        PyDecimal b = DecimalConversions.operand(self.module, other);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDecimal x = reflected ? b : self;
        PyDecimal y = reflected ? self : b;
        PyContext ctx = self.module.context();
        Status st = new Status();
        PyObject r = switch (op) {
            case ADD -> DecimalArith.add(x, y, false, ctx, st);
            case SUB -> DecimalArith.add(x, y, true, ctx, st);
            case MUL -> DecimalArith.multiply(x, y, ctx, st);
            case DIV -> DecimalArith.divide(x, y, ctx, st);
            case FLOORDIV -> DecimalArith.divmod(x, y, ctx, st, true, false)[0];
            case MOD -> DecimalArith.divmod(x, y, ctx, st, false, true)[1];
            case DIVMOD -> {
                PyDecimal[] qr = DecimalArith.divmod(x, y, ctx, st, true, true);
                yield PyTuple.of(qr[0], qr[1]);
            }
            case POW -> DecimalFunctions.power(x, y, ctx, st);
        };
        ctx.apply(st);
        return r;
    }

    @PyMethod
    static PyObject __add__(PyDecimal self, PyObject other) {
        return binary(self, other, Binary.ADD, false);
    }

    @PyMethod
    static PyObject __radd__(PyDecimal self, PyObject other) {
        return binary(self, other, Binary.ADD, true);
    }

    @PyMethod
    static PyObject __sub__(PyDecimal self, PyObject other) {
        return binary(self, other, Binary.SUB, false);
    }

    @PyMethod
    static PyObject __rsub__(PyDecimal self, PyObject other) {
        return binary(self, other, Binary.SUB, true);
    }

    @PyMethod
    static PyObject __mul__(PyDecimal self, PyObject other) {
        return binary(self, other, Binary.MUL, false);
    }

    @PyMethod
    static PyObject __rmul__(PyDecimal self, PyObject other) {
        return binary(self, other, Binary.MUL, true);
    }

    @PyMethod
    static PyObject __truediv__(PyDecimal self, PyObject other) {
        return binary(self, other, Binary.DIV, false);
    }

    @PyMethod
    static PyObject __rtruediv__(PyDecimal self, PyObject other) {
        return binary(self, other, Binary.DIV, true);
    }

    @PyMethod
    static PyObject __floordiv__(PyDecimal self, PyObject other) {
        return binary(self, other, Binary.FLOORDIV, false);
    }

    @PyMethod
    static PyObject __rfloordiv__(PyDecimal self, PyObject other) {
        return binary(self, other, Binary.FLOORDIV, true);
    }

    @PyMethod
    static PyObject __mod__(PyDecimal self, PyObject other) {
        return binary(self, other, Binary.MOD, false);
    }

    @PyMethod
    static PyObject __rmod__(PyDecimal self, PyObject other) {
        return binary(self, other, Binary.MOD, true);
    }

    @PyMethod
    static PyObject __divmod__(PyDecimal self, PyObject other) {
        return binary(self, other, Binary.DIVMOD, false);
    }

    @PyMethod
    static PyObject __rdivmod__(PyDecimal self, PyObject other) {
        return binary(self, other, Binary.DIVMOD, true);
    }

    @PyMethod
    static PyObject __pow__(PyDecimal self, PyObject other, @Opt PyObject modulo) {
        if (modulo == null || modulo == PyNone.NONE) {
            return binary(self, other, Binary.POW, false);
        }
        PyDecimal b = DecimalConversions.operand(self.module, other);
        PyDecimal m = DecimalConversions.operand(self.module, modulo);
        if (b == null || m == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyContext ctx = self.module.context();
        Status st = new Status();
        PyDecimal r = DecimalFunctions.modularPower(self, b, m, ctx, st);
        ctx.apply(st);
        return r;
    }

    @PyMethod
    static PyObject __rpow__(PyDecimal self, PyObject other, @Opt PyObject modulo) {
        if (modulo != null && modulo != PyNone.NONE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return binary(self, other, Binary.POW, true);
    }

    /** {@code plus}, {@code minus} and {@code abs}: the value with a sign, rounded to the context. */
    static PyDecimal signed(PyDecimal self, int which, PyContext ctx, Status st) {
        if (self.isNaN()) {
            return DecimalArith.nans(self, null, ctx, st);
        }
        boolean neg = switch (which) {
            case 0 -> self.negative;
            case 1 -> !self.negative;
            default -> false;
        };
        if (self.isZero() && which != 2) {
            // 0 + x and 0 - x: a zero result is positive unless rounding toward -Infinity.
            neg = neg && ctx.rounding == Rounding.FLOOR;
        }
        if (self.isInfinite()) {
            return DecimalArith.infinity(ctx, neg);
        }
        return DecimalArith.finish(ctx, neg, self.coeff, self.exp, st);
    }

    private static PyObject unary(PyDecimal self, int which) {
        PyContext ctx = self.module.context();
        Status st = new Status();
        PyDecimal r = signed(self, which, ctx, st);
        ctx.apply(st);
        return r;
    }

    @PyMethod
    static PyObject __pos__(PyDecimal self) {
        return unary(self, 0);
    }

    @PyMethod
    static PyObject __neg__(PyDecimal self) {
        return unary(self, 1);
    }

    @PyMethod
    static PyObject __abs__(PyDecimal self) {
        return unary(self, 2);
    }

    @PyMethod
    static PyObject __eq__(PyDecimal self, PyObject other) {
        return DecimalConversions.richCompare(self, other, CompareOp.EQ);
    }

    @PyMethod
    static PyObject __ne__(PyDecimal self, PyObject other) {
        return DecimalConversions.richCompare(self, other, CompareOp.NE);
    }

    @PyMethod
    static PyObject __lt__(PyDecimal self, PyObject other) {
        return DecimalConversions.richCompare(self, other, CompareOp.LT);
    }

    @PyMethod
    static PyObject __le__(PyDecimal self, PyObject other) {
        return DecimalConversions.richCompare(self, other, CompareOp.LE);
    }

    @PyMethod
    static PyObject __gt__(PyDecimal self, PyObject other) {
        return DecimalConversions.richCompare(self, other, CompareOp.GT);
    }

    @PyMethod
    static PyObject __ge__(PyDecimal self, PyObject other) {
        return DecimalConversions.richCompare(self, other, CompareOp.GE);
    }

    @PyMethod
    static long __hash__(PyDecimal self) {
        return DecimalConversions.hash(self);
    }

    @PyMethod
    static boolean __bool__(PyDecimal self) {
        return self.isSpecial() || self.coeff.signum() != 0;
    }

    @PyMethod
    static PyObject __int__(PyDecimal self) {
        return DecimalConversions.toInt(self);
    }

    @PyMethod
    static PyObject __trunc__(PyDecimal self) {
        return DecimalConversions.toInt(self);
    }

    @PyMethod
    static PyObject __float__(PyDecimal self) {
        return PyFloat.of(DecimalConversions.toDouble(self));
    }

    @PyMethod
    static PyObject __complex__(PyDecimal self) {
        return new PyComplex(DecimalConversions.toDouble(self), 0.0);
    }

    /** Rounds to an int by a mode, refusing NaNs and infinities as CPython does. */
    private static PyObject roundToInt(PyDecimal self, int mode) {
        if (self.isSpecial()) {
            return DecimalConversions.toInt(self);
        }
        PyContext ctx = self.module.context();
        return DecimalConversions.toInt(DecimalArith.toIntegral(self, mode, false, ctx, new Status()));
    }

    @PyMethod
    static PyObject __floor__(PyDecimal self) {
        return roundToInt(self, Rounding.FLOOR);
    }

    @PyMethod
    static PyObject __ceil__(PyDecimal self) {
        return roundToInt(self, Rounding.CEILING);
    }

    @PyMethod
    static PyObject __round__(PyDecimal self, @Opt PyObject ndigits) {
        if (ndigits == null) {
            return roundToInt(self, Rounding.HALF_EVEN);
        }
        if (!(ndigits instanceof PyInt n)) {
            throw Errors.typeError("optional arg must be an integer");
        }
        PyContext ctx = self.module.context();
        long e = n.fitsLong() ? -n.longValue() : (n.signum() < 0 ? Long.MAX_VALUE / 4 : Long.MIN_VALUE / 4);
        PyDecimal q = new PyDecimal(self.module, false, java.math.BigInteger.ONE, e, PyDecimal.FINITE);
        Status st = new Status();
        PyDecimal r = DecimalArith.quantize(self, q, ctx.rounding, ctx, st);
        ctx.apply(st);
        return r;
    }

    @PyMethod
    static PyObject __repr__(PyDecimal self) {
        return PyStr.of("Decimal('" + DecimalText.toSci(self, self.module.context().capitals != 0) + "')");
    }

    @PyMethod
    static PyObject __str__(PyDecimal self) {
        return PyStr.of(DecimalText.toSci(self, self.module.context().capitals != 0));
    }

    @PyMethod
    static PyObject __format__(PyDecimal self, String spec, @Opt PyObject override) {
        return PyStr.of(DecimalFormat.format(self, spec, self.module.context()));
    }

    @PyMethod
    static PyObject __reduce__(PyDecimal self) {
        return PyTuple.of(self.getType(), PyTuple.of(PyStr.of(DecimalText.toSci(self, true))));
    }

    @PyMethod
    static PyObject __copy__(PyDecimal self) {
        return self;
    }

    @PyMethod
    static PyObject __deepcopy__(PyDecimal self, PyObject memo) {
        return self;
    }
}

package dev.taipan.modules.decimal;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.CompareOp;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyComplex;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNotImplemented;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;

import java.math.BigInteger;

/**
 * Conversions between decimals and other Python values: construction, operands of mixed
 * arithmetic and comparisons, {@code int()}, {@code float()}, hashing and integer ratios.
 */
// CPython: Modules/_decimal/_decimal.c, PyDecType_FromObjectExact, convert_op, dec_hash
final class DecimalConversions {
    private DecimalConversions() {
    }

    /** The modulus of Python's numeric hash, 2**61 - 1. */
    private static final BigInteger HASH_MODULUS = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);
    private static final BigInteger INVERSE_OF_TEN =
            BigInteger.TEN.modPow(HASH_MODULUS.subtract(BigInteger.TWO), HASH_MODULUS);

    /** The exact value of an int. */
    static PyDecimal fromInt(DecimalModule m, PyInt i) {
        BigInteger v = i.bigValue();
        return new PyDecimal(m, v.signum() < 0, v.abs(), 0, PyDecimal.FINITE);
    }

    /** {@code Decimal(value, context)}: an exact conversion; the context only decides traps. */
    static PyDecimal construct(DecimalModule m, PyObject v, PyContext ctx) {
        if (v instanceof PyDecimal d) {
            return d;
        }
        if (v instanceof PyInt i) {
            return fromInt(m, i);
        }
        if (v instanceof PyFloat f) {
            Status st = new Status();
            st.add(Signals.FLOAT_OPERATION);
            ctx.apply(st);
            return DecimalText.fromDouble(m, f.doubleValue());
        }
        if (v instanceof PyStr s) {
            PyDecimal d = DecimalText.parse(m, s.toString());
            if (d == null || d == DecimalText.OUT_OF_RANGE) {
                Status st = new Status();
                d = DecimalArith.invalid(ctx, st, d == null ? Signals.CONVERSION_SYNTAX : Signals.INVALID_OPERATION);
                ctx.apply(st);
            }
            return d;
        }
        if (v instanceof PyTuple || v instanceof PyList) {
            return fromTuple(m, Abstract.toArray(v));
        }
        throw Errors.typeError("conversion from %s to Decimal is not supported", v.getType().getName());
    }

    /** A value from {@code (sign, digits, exponent)}. */
    static PyDecimal fromTuple(DecimalModule m, PyObject[] t) {
        if (t.length != 3) {
            throw Errors.valueError("argument must be a sequence of length 3");
        }
        if (!(t[0] instanceof PyInt sign) || !(sign.fitsInt() && (sign.intValue() == 0 || sign.intValue() == 1))) {
            throw Errors.valueError("sign must be an integer with the value 0 or 1");
        }
        boolean neg = sign.intValue() == 1;
        byte kind = PyDecimal.FINITE;
        long exp = 0;
        if (t[2] instanceof PyStr s) {
            switch (s.toString()) {
                case "F" -> kind = PyDecimal.INFINITE;
                case "n" -> kind = PyDecimal.QNAN;
                case "N" -> kind = PyDecimal.SNAN;
                default -> throw Errors.valueError("string argument in the third position must be 'F', 'n' or 'N'");
            }
        } else if (t[2] instanceof PyInt e) {
            if (!e.fitsLong()) {
                throw Errors.overflowError("Python int too large to convert to C ssize_t");
            }
            exp = e.longValue();
        } else {
            throw Errors.valueError("exponent must be an integer");
        }
        if (!(t[1] instanceof PyTuple || t[1] instanceof PyList)) {
            throw Errors.valueError("coefficient must be a tuple of digits");
        }
        StringBuilder digits = new StringBuilder();
        for (PyObject d : Abstract.toArray(t[1])) {
            if (!(d instanceof PyInt di) || !di.fitsInt() || di.intValue() < 0 || di.intValue() > 9) {
                throw Errors.valueError("coefficient must be a tuple of digits");
            }
            digits.append((char) ('0' + di.intValue()));
        }
        if (kind == PyDecimal.INFINITE) {
            return new PyDecimal(m, neg, BigInteger.ZERO, 0, kind);
        }
        BigInteger c = digits.length() == 0 ? BigInteger.ZERO : new BigInteger(digits.toString());
        return new PyDecimal(m, neg, c, kind == PyDecimal.FINITE ? exp : 0, kind);
    }

    /** The operand of mixed arithmetic: a Decimal or int, else null (NotImplemented). */
    static PyDecimal operand(DecimalModule m, PyObject o) {
        if (o instanceof PyDecimal d) {
            return d;
        }
        if (o instanceof PyInt i) {
            return fromInt(m, i);
        }
        return null;
    }

    /** The operand of a context method: a Decimal or int, else TypeError. */
    static PyDecimal operandOrError(DecimalModule m, PyObject o) {
        PyDecimal d = operand(m, o);
        if (d == null) {
            throw Errors.typeError("conversion from %s to Decimal is not supported", o.getType().getName());
        }
        return d;
    }

    /** {@code int(d)}: truncates toward zero. */
    static PyInt toInt(PyDecimal d) {
        if (d.isNaN()) {
            throw Errors.valueError("cannot convert NaN to integer");
        }
        if (d.isInfinite()) {
            throw Errors.overflowError("cannot convert Infinity to integer");
        }
        BigInteger v = d.exp >= 0 ? d.coeff.multiply(Rounding.pow10(d.exp))
                : (d.adjusted() < 0 ? BigInteger.ZERO : d.coeff.divide(Rounding.pow10(-d.exp)));
        return PyInt.of(d.negative ? v.negate() : v);
    }

    /** {@code float(d)}: correctly rounded. */
    static double toDouble(PyDecimal d) {
        if (d.kind == PyDecimal.SNAN) {
            throw Errors.valueError("cannot convert signaling NaN to float");
        }
        if (d.kind == PyDecimal.QNAN) {
            return d.negative ? -Double.NaN : Double.NaN;
        }
        if (d.isInfinite()) {
            return d.negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (d.adjusted() > 400) {
            return d.negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (d.adjusted() < -400) {
            return d.negative ? -0.0 : 0.0;
        }
        return Double.parseDouble((d.negative ? "-" : "") + d.coeff + "E" + d.exp);
    }

    /** Python's numeric hash, equal to the hash of an equal int, float or Fraction. */
    static long hash(PyDecimal d) {
        if (d.kind == PyDecimal.SNAN) {
            throw Errors.typeError("Cannot hash a signaling NaN value");
        }
        if (d.kind == PyDecimal.QNAN) {
            return Abstract.identityHash(d);
        }
        if (d.isInfinite()) {
            return d.negative ? -314159 : 314159;
        }
        BigInteger scale = d.exp >= 0 ? BigInteger.TEN.modPow(BigInteger.valueOf(d.exp), HASH_MODULUS)
                : INVERSE_OF_TEN.modPow(BigInteger.valueOf(-d.exp), HASH_MODULUS);
        long h = d.coeff.mod(HASH_MODULUS).multiply(scale).mod(HASH_MODULUS).longValue();
        if (d.negative) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** {@code as_integer_ratio()}: the fraction in lowest terms. */
    static PyObject integerRatio(PyDecimal d) {
        if (d.isNaN()) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (d.isInfinite()) {
            throw Errors.overflowError("cannot convert Infinity to integer ratio");
        }
        BigInteger n;
        BigInteger den;
        if (d.exp >= 0) {
            n = d.coeff.multiply(Rounding.pow10(d.exp));
            den = BigInteger.ONE;
        } else {
            n = d.coeff;
            den = Rounding.pow10(-d.exp);
            BigInteger g = n.gcd(den);
            if (g.signum() != 0) {
                n = n.divide(g);
                den = den.divide(g);
            }
            if (n.signum() == 0) {
                den = BigInteger.ONE;
            }
        }
        return PyTuple.of(PyInt.of(d.negative ? n.negate() : n), PyInt.of(den));
    }

    // ---- comparisons --------------------------------------------------------------------

    /** {@code a <op> b} for a Decimal and anything, with CPython's mixed-type rules. */
    static PyObject richCompare(PyDecimal a, PyObject other, CompareOp op) {
        DecimalModule m = a.module;
        boolean equality = op == CompareOp.EQ || op == CompareOp.NE;
        PyDecimal b = operand(m, other);
        if (b == null) {
            if (other instanceof PyFloat f) {
                PyContext ctx = m.context();
                if (equality) {
                    // Equality with a float is allowed even when trapped; it only raises the flag.
                    ctx.flags |= Signals.FLOAT_OPERATION;
                } else {
                    Status st = new Status();
                    st.add(Signals.FLOAT_OPERATION);
                    ctx.apply(st);
                }
                b = DecimalText.fromDouble(m, f.doubleValue());
            } else if (other instanceof PyComplex c && equality) {
                if (c.imag() != 0.0) {
                    return PyBool.of(op == CompareOp.NE);
                }
                b = DecimalText.fromDouble(m, c.real());
            } else if (isRational(other)) {
                return compareRational(a, other, op);
            } else {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
        }
        if (a.isNaN() || b.isNaN()) {
            boolean signaling = a.kind == PyDecimal.SNAN || b.kind == PyDecimal.SNAN;
            if (signaling || !equality) {
                Status st = new Status();
                st.add(Signals.INVALID_OPERATION);
                m.context().apply(st);
            }
            return PyBool.of(op == CompareOp.NE);
        }
        return PyBool.of(outcome(DecimalArith.compare(a, b), op));
    }

    static boolean outcome(int c, CompareOp op) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    /** Whether a value is a non-int rational with integer numerator and denominator (Fraction). */
    private static boolean isRational(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyDecimal) {
            return false;
        }
        return o.getType().lookup("numerator") != null && o.getType().lookup("denominator") != null
                && o.getType().lookup("as_integer_ratio") != null;
    }

    private static PyObject compareRational(PyDecimal a, PyObject other, CompareOp op) {
        PyObject num = Abstract.getAttr(other, "numerator");
        PyObject den = Abstract.getAttr(other, "denominator");
        if (!(num instanceof PyInt n) || !(den instanceof PyInt dn)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (a.isNaN()) {
            if (a.kind == PyDecimal.SNAN || (op != CompareOp.EQ && op != CompareOp.NE)) {
                Status st = new Status();
                st.add(Signals.INVALID_OPERATION);
                a.module.context().apply(st);
            }
            return PyBool.of(op == CompareOp.NE);
        }
        if (a.isInfinite()) {
            return PyBool.of(outcome(a.negative ? -1 : 1, op));
        }
        BigInteger lhs = a.negative ? a.coeff.negate() : a.coeff;
        BigInteger rhs = n.bigValue();
        lhs = lhs.multiply(dn.bigValue());
        if (a.exp >= 0) {
            lhs = lhs.multiply(Rounding.pow10(a.exp));
        } else {
            rhs = rhs.multiply(Rounding.pow10(-a.exp));
        }
        return PyBool.of(outcome(lhs.compareTo(rhs), op));
    }
}

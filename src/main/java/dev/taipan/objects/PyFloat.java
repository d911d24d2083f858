package dev.taipan.objects;

import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;

/**
 * The Python {@code float}: an IEEE double. Arithmetic accepts ints on either side; division,
 * floor division and modulo follow CPython's rules, including its ZeroDivisionError texts.
 * Conversion, rounding, hashing and hex methods are in {@link FloatMethods}.
 *
 * <p>CPython: Objects/floatobject.c
 */
@PyClass(name = "float", methods = {FloatMethods.class},
        doc = "Convert a string or number to a floating-point number, if possible.")
public class PyFloat extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code float}. */
    public static final PyType TYPE = PyType.fromClass(PyFloat.class, LOOKUP);

    final double value;

    /**
     * Creates a float (use {@link #of(double)}).
     *
     * @param value the value
     */
    protected PyFloat(double value) {
        this.value = value;
    }

    /** A Python subclass instance of {@code float}. */
    static final class Derived extends PyFloat implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type, double v) {
            super(v);
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null && type.hasFlag(PyType.HAS_DICT)) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    /**
     * Returns a float.
     *
     * @param v the value
     * @return the float
     */
    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Returns the value. */
    public double doubleValue() {
        return value;
    }

    @Override
    public String toString() {
        return FloatFormat.repr(value);
    }

    /**
     * Converts an operand of a float method: float, or int (exactly as CPython converts it).
     *
     * @param o the operand
     * @return the double, or NaN-free {@code null} marker via {@link Double#NaN}... see callers
     */
    static boolean isNumber(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    static double toD(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).toDouble();
    }

    // ---- arithmetic ----------------------------------------------------------------------------

    /**
     * Returns {@code a // b}.
     *
     * @param a the dividend
     * @param b the divisor
     * @return the floor quotient
     */
    // CPython: Objects/floatobject.c, _float_div_mod
    public static double floorDiv(double a, double b) {
        if (b == 0) {
            throw Errors.zeroDivisionError(ErrorMessages.FLOAT_FLOORDIV_ZERO);
        }
        return divmod(a, b)[0];
    }

    /**
     * Returns {@code a % b}.
     *
     * @param a the dividend
     * @param b the divisor
     * @return the remainder with the divisor's sign
     */
    // CPython: Objects/floatobject.c, float_rem
    public static double mod(double a, double b) {
        if (b == 0) {
            throw Errors.zeroDivisionError(ErrorMessages.FLOAT_MOD_ZERO);
        }
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /**
     * Returns {@code divmod(a, b)} as a pair of doubles.
     *
     * @param a the dividend
     * @param b the divisor
     * @return quotient and remainder
     */
    // CPython: Objects/floatobject.c, _float_div_mod
    public static double[] divmod(double a, double b) {
        if (b == 0) {
            throw Errors.zeroDivisionError(ErrorMessages.FLOAT_DIVMOD_ZERO);
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return new double[] {floordiv, mod};
    }

    /**
     * Returns {@code a ** b} with CPython's special cases.
     *
     * @param a the base
     * @param b the exponent
     * @return the power
     */
    // CPython: Objects/floatobject.c, float_pow
    public static double pow(double iv, double iw) {
        if (iw == 0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) {
                return 1.0;
            }
            return (iw > 0) == (a > 1.0) ? Math.abs(iw) : 0.0;
        }
        boolean oddInt = Math.rint(iw) == iw && Math.abs(iw) < 0x1p53 && ((long) iw & 1) == 1;
        if (Double.isInfinite(iv)) {
            if (iw > 0) {
                return oddInt ? iv : Math.abs(iv);
            }
            return oddInt ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0) {
            if (iw < 0) {
                throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return oddInt ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0) {
            if (iw != Math.floor(iw)) {
                // The result is complex: callers check for this case first (see powChecked).
                throw Errors.valueError("negative number cannot be raised to a fractional power");
            }
            iv = -iv;
            negate = oddInt;
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("(34, 'Numerical result out of range')");
        }
        return negate ? -r : r;
    }

    @PyMethod
    PyObject __add__(PyObject o) {
        return isNumber(o) ? of(value + toD(o)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __radd__(PyObject o) {
        return isNumber(o) ? of(toD(o) + value) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __sub__(PyObject o) {
        return isNumber(o) ? of(value - toD(o)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __rsub__(PyObject o) {
        return isNumber(o) ? of(toD(o) - value) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __mul__(PyObject o) {
        return isNumber(o) ? of(value * toD(o)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __rmul__(PyObject o) {
        return isNumber(o) ? of(toD(o) * value) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static double div(double a, double b) {
        if (b == 0) {
            throw Errors.zeroDivisionError("float division by zero");
        }
        return a / b;
    }

    @PyMethod
    PyObject __truediv__(PyObject o) {
        return isNumber(o) ? of(div(value, toD(o))) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __rtruediv__(PyObject o) {
        return isNumber(o) ? of(div(toD(o), value)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __floordiv__(PyObject o) {
        return isNumber(o) ? of(floorDiv(value, toD(o))) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __rfloordiv__(PyObject o) {
        return isNumber(o) ? of(floorDiv(toD(o), value)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __mod__(PyObject o) {
        return isNumber(o) ? of(mod(value, toD(o))) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __rmod__(PyObject o) {
        return isNumber(o) ? of(mod(toD(o), value)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static PyObject pair(double[] qr) {
        return PyTuple.of(of(qr[0]), of(qr[1]));
    }

    @PyMethod
    PyObject __divmod__(PyObject o) {
        return isNumber(o) ? pair(divmod(value, toD(o))) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __rdivmod__(PyObject o) {
        return isNumber(o) ? pair(divmod(toD(o), value)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static PyObject powChecked(PyObject a, PyObject b, PyObject mod) {
        if (mod != null && mod != PyNone.NONE) {
            throw Errors.typeError(
                    "pow() 3rd argument not allowed unless all arguments are integers");
        }
        double x = toD(a);
        double y = toD(b);
        if (x < 0 && !Double.isInfinite(x) && !Double.isInfinite(y) && y != Math.floor(y)) {
            // CPython: Objects/floatobject.c, float_pow hands a negative base with a fractional
            // exponent over to complex.
            return Abstract.pow(new PyComplex(x, 0.0), new PyComplex(y, 0.0));
        }
        return of(pow(x, y));
    }

    @PyMethod
    PyObject __pow__(PyObject o, @Opt PyObject mod) {
        return isNumber(o) ? powChecked(this, o, mod) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __rpow__(PyObject o, @Opt PyObject mod) {
        return isNumber(o) ? powChecked(o, this, mod) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    // ---- comparison ----------------------------------------------------------------------------

    /**
     * Compares a double with an int exactly (no rounding of the int).
     *
     * @param d the double, not NaN
     * @param i the int
     * @return negative, zero or positive
     */
    // CPython: Objects/floatobject.c, float_richcompare (the int branch)
    static int compareWithInt(double d, PyInt i) {
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        if (i.fitsLong() && Math.abs(i.longValue()) < (1L << 53)) {
            return Double.compare(d == 0 ? 0.0 : d, (double) i.longValue() == 0 ? 0.0
                    : (double) i.longValue());
        }
        return new BigDecimal(d).compareTo(new BigDecimal(i.bigValue()));
    }

    private PyObject cmp(PyObject o, CompareOp op) {
        if (o instanceof PyFloat f) {
            double b = f.value;
            boolean r = switch (op) {
                case LT -> value < b;
                case LE -> value <= b;
                case EQ -> value == b;
                case NE -> value != b;
                case GT -> value > b;
                case GE -> value >= b;
            };
            return PyBool.of(r);
        } else if (o instanceof PyInt i) {
            if (Double.isNaN(value)) {
                return PyBool.of(op == CompareOp.NE);
            }
            return PyBool.of(op.test(compareWithInt(value, i)));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __eq__(PyObject o) {
        return cmp(o, CompareOp.EQ);
    }

    @PyMethod
    PyObject __ne__(PyObject o) {
        return cmp(o, CompareOp.NE);
    }

    @PyMethod
    PyObject __lt__(PyObject o) {
        return cmp(o, CompareOp.LT);
    }

    @PyMethod
    PyObject __le__(PyObject o) {
        return cmp(o, CompareOp.LE);
    }

    @PyMethod
    PyObject __gt__(PyObject o) {
        return cmp(o, CompareOp.GT);
    }

    @PyMethod
    PyObject __ge__(PyObject o) {
        return cmp(o, CompareOp.GE);
    }

    // ---- construction and basics ---------------------------------------------------------------

    @PyNew
    static PyObject __new__(PyType cls, @Opt PyObject x) {
        double v = x == null ? 0.0 : FloatMethods.fromObject(x);
        return cls == TYPE ? of(v) : new Derived(cls, v);
    }

    @PyMethod
    String __repr__() {
        return FloatFormat.repr(value);
    }

    @PyMethod
    boolean __bool__() {
        return value != 0.0;
    }

    @PyGetter
    PyObject real() {
        return getClass() == PyFloat.class ? this : of(value);
    }

    @PyGetter
    PyObject imag() {
        return of(0.0);
    }
}

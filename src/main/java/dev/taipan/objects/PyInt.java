package dev.taipan.objects;

import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/**
 * The Python {@code int}: a {@code long} when the value fits, a {@link BigInteger} beyond;
 * never wrapping. Values -5..256 are shared instances.
 *
 * <p>The Java methods {@link #add}, {@link #sub}, ... are the fast paths the interpreter calls
 * directly; the {@code __add__} family exposes them to Python with NotImplemented for foreign
 * operands. Division and modulo floor, as Python's do. Unary, bit and conversion methods are
 * in {@link IntMethods}.
 *
 * <p>CPython: Objects/longobject.c
 */
@PyClass(name = "int", methods = {IntMethods.class},
        doc = "int([x]) -> integer\nint(x, base=10) -> integer")
public class PyInt extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final PyInt[] SMALL = makeSmall();
        /** The type {@code int}. */
    public static final PyType TYPE = PyType.fromClass(PyInt.class, LOOKUP);

    /** The value when {@link #big} is {@code null}. */
    final long value;
    /** The value when it does not fit a {@code long}, else {@code null}. */
    final BigInteger big;

    private static PyInt[] makeSmall() {
        PyInt[] a = new PyInt[262];
        for (int i = 0; i < a.length; i++) {
            a[i] = new PyInt(i - 5);
        }
        return a;
    }

    /**
     * Creates an int of a long value (use {@link #of(long)}).
     *
     * @param value the value
     */
    PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    /**
     * Creates an int of a big value that does not fit a long (use {@link #of(BigInteger)}).
     *
     * @param big the value
     */
    PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    /**
     * Creates an int with the representation of another (for subclasses).
     *
     * @param v the value to copy
     */
    protected PyInt(PyInt v) {
        this.value = v.value;
        this.big = v.big;
    }

    /** A Python subclass instance of {@code int}: carries its class and dict. */
    static final class Derived extends PyInt implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type, PyInt v) {
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
     * Returns the int of a long value.
     *
     * @param v the value
     * @return the int (shared for -5..256)
     */
    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) {
            return SMALL[(int) v + 5];
        }
        return new PyInt(v);
    }

    /**
     * Returns the int of a big value, using the long form when it fits.
     *
     * @param v the value
     * @return the int
     */
    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(v);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Returns the exact {@code int} of this value (drops a subclass). */
    public PyInt exact() {
        if (getClass() == PyInt.class) {
            return this;
        }
        return fitsLong() ? of(longValue()) : of(bigValue());
    }

    /** Returns whether the value fits a Java {@code long}. */
    public boolean fitsLong() {
        return big == null;
    }

    /** Returns whether the value fits a Java {@code int}. */
    public boolean fitsInt() {
        return fitsLong() && value == (int) value;
    }

    /** Returns the value as a long (only meaningful when {@link #fitsLong()}). */
    public long longValue() {
        return value;
    }

    /** Returns the value as an int (only meaningful when {@link #fitsInt()}). */
    public int intValue() {
        return (int) value;
    }

    /** Returns the value as a BigInteger. */
    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** Returns -1, 0 or 1. */
    public int signum() {
        return fitsLong() ? Long.signum(value) : bigValue().signum();
    }

    /**
     * Converts to a double, correctly rounded.
     *
     * @return the value
     * @throws PyException OverflowError if too large
     */
    public double toDouble() {
        if (fitsLong()) {
            return value;
        }
        double d = bigValue().doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** Returns CPython's hash of this value. */
    public long hash() {
        return fitsLong() ? IntMath.hash(value) : IntMath.hash(bigValue());
    }

    /** Returns the decimal text, with CPython's 4300-digit limit. */
    @Override
    public String toString() {
        if (fitsLong()) {
            return Long.toString(value);
        }
        BigInteger b = bigValue();
        // 14300 bits is about 4300 decimal digits; check exactly only near the limit.
        if (b.bitLength() > 14000) {
            String s = b.toString();
            if (s.length() - (b.signum() < 0 ? 1 : 0) > IntMath.MAX_STR_DIGITS) {
                throw Errors.valueError("Exceeds the limit (%d digits) for integer string "
                        + "conversion; use sys.set_int_max_str_digits() to increase the limit",
                        IntMath.MAX_STR_DIGITS);
            }
            return s;
        }
        return b.toString();
    }

    /**
     * Returns the int operand of a binary method, or {@code null} for NotImplemented.
     *
     * @param o the operand
     * @return the int or {@code null}
     */
    static PyInt asInt(PyObject o) {
        return o instanceof PyInt i ? i : null;
    }

    // ---- Java fast paths ------------------------------------------------------------------

    /** Returns {@code this + o}. @param o the other int @return the sum */
    public PyInt add(PyInt o) {
        if (fitsLong() && o.fitsLong()) {
            long r = value + o.value;
            if (((value ^ r) & (o.value ^ r)) < 0) {
                return of(bigValue().add(o.bigValue()));
            }
            return of(r);
        }
        return of(bigValue().add(o.bigValue()));
    }

    /** Returns {@code this - o}. @param o the other int @return the difference */
    public PyInt sub(PyInt o) {
        if (fitsLong() && o.fitsLong()) {
            long r = value - o.value;
            if (((value ^ o.value) & (value ^ r)) < 0) {
                return of(bigValue().subtract(o.bigValue()));
            }
            return of(r);
        }
        return of(bigValue().subtract(o.bigValue()));
    }

    /** Returns {@code this * o}. @param o the other int @return the product */
    public PyInt mul(PyInt o) {
        if (fitsLong() && o.fitsLong()) {
            long hi = Math.multiplyHigh(value, o.value);
            long lo = value * o.value;
            if (hi == 0 && lo >= 0 || hi == -1 && lo < 0) {
                return of(lo);
            }
        }
        return of(bigValue().multiply(o.bigValue()));
    }

    /** Returns {@code this // o}. @param o the divisor @return the floor quotient */
    public PyInt floorDiv(PyInt o) {
        if (o.signum() == 0) {
            throw Errors.zeroDivisionError(ErrorMessages.INT_DIV_ZERO);
        }
        if (fitsLong() && o.fitsLong() && !(value == Long.MIN_VALUE && o.value == -1)) {
            return of(Math.floorDiv(value, o.value));
        }
        return of(IntMath.floorDiv(bigValue(), o.bigValue()));
    }

    /** Returns {@code this % o}. @param o the divisor @return the floor remainder */
    public PyInt mod(PyInt o) {
        if (o.signum() == 0) {
            throw Errors.zeroDivisionError("integer modulo by zero");
        }
        if (fitsLong() && o.fitsLong()) {
            return o.value == -1 ? of(0) : of(Math.floorMod(value, o.value));
        }
        return of(IntMath.floorMod(bigValue(), o.bigValue()));
    }

    /** Returns {@code this / o}. @param o the divisor @return the true quotient */
    public double trueDiv(PyInt o) {
        if (o.signum() == 0) {
            throw Errors.zeroDivisionError(ErrorMessages.DIV_ZERO);
        }
        if (fitsLong() && o.fitsLong() && Math.abs(value) < (1L << 53)
                && Math.abs(o.value) < (1L << 53)) {
            return (double) value / (double) o.value;
        }
        return IntMath.trueDivide(bigValue(), o.bigValue());
    }

    /**
     * Returns {@code this ** o}, a float for negative exponents.
     *
     * @param o the exponent
     * @return the power
     */
    public PyObject pow(PyInt o) {
        if (o.signum() < 0) {
            double b = toDouble();
            if (b == 0.0) {
                throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return PyFloat.of(Math.pow(b, o.toDouble()));
        }
        if (!o.fitsInt()) {
            if (fitsLong() && (value == 0 || value == 1)) {
                return this.exact();
            }
            if (fitsLong() && value == -1) {
                return of(o.bigValue().testBit(0) ? -1 : 1);
            }
            throw Errors.memoryError();
        }
        int e = o.intValue();
        if (fitsLong()) {
            long r = 1;
            long b = value;
            int k = e;
            boolean overflow = false;
            // Square-and-multiply in longs while it fits; fall back on overflow.
            while (k > 0 && !overflow) {
                if ((k & 1) != 0) {
                    long hi = Math.multiplyHigh(r, b);
                    long lo = r * b;
                    overflow = !(hi == 0 && lo >= 0 || hi == -1 && lo < 0);
                    r = lo;
                }
                k >>= 1;
                if (k > 0 && !overflow) {
                    long hi = Math.multiplyHigh(b, b);
                    long lo = b * b;
                    overflow = !(hi == 0 && lo >= 0);
                    b = lo;
                }
            }
            if (!overflow) {
                return of(r);
            }
        }
        long bits = (long) bigValue().abs().bitLength() * e;
        if (bits > (1L << 34)) {
            throw Errors.memoryError();
        }
        return of(bigValue().pow(e));
    }

    /** Returns {@code this << o}. @param o the shift count @return the result */
    public PyInt lshift(PyInt o) {
        if (o.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (signum() == 0) {
            return of(0);
        }
        if (!o.fitsInt() || o.intValue() > (1 << 30)) {
            throw Errors.memoryError();
        }
        int n = o.intValue();
        if (fitsLong() && n < 63) {
            long r = value << n;
            if (r >> n == value) {
                return of(r);
            }
        }
        return of(bigValue().shiftLeft(n));
    }

    /** Returns {@code this >> o}. @param o the shift count @return the result */
    public PyInt rshift(PyInt o) {
        if (o.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (!o.fitsInt()) {
            return of(signum() < 0 ? -1 : 0);
        }
        int n = o.intValue();
        if (fitsLong()) {
            return of(value >> Math.min(n, 63));
        }
        return of(bigValue().shiftRight(n));
    }

    /** Returns {@code this & o}. @param o the other int @return the result */
    public PyInt and(PyInt o) {
        return fitsLong() && o.fitsLong() ? of(value & o.value) : of(bigValue().and(o.bigValue()));
    }

    /** Returns {@code this | o}. @param o the other int @return the result */
    public PyInt or(PyInt o) {
        return fitsLong() && o.fitsLong() ? of(value | o.value) : of(bigValue().or(o.bigValue()));
    }

    /** Returns {@code this ^ o}. @param o the other int @return the result */
    public PyInt xor(PyInt o) {
        return fitsLong() && o.fitsLong() ? of(value ^ o.value) : of(bigValue().xor(o.bigValue()));
    }

    /** Returns {@code -this}. @return the negation */
    public PyInt negate() {
        if (fitsLong() && value != Long.MIN_VALUE) {
            return of(-value);
        }
        return of(bigValue().negate());
    }

    /**
     * Compares with another int.
     *
     * @param o the other int
     * @return negative, zero or positive
     */
    public int compareTo(PyInt o) {
        if (fitsLong() && o.fitsLong()) {
            return Long.compare(value, o.value);
        }
        return bigValue().compareTo(o.bigValue());
    }

    // ---- exposed binary methods -------------------------------------------------------------

    @PyMethod
    PyObject __add__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : add(b);
    }

    @PyMethod
    PyObject __radd__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : b.add(this);
    }

    @PyMethod
    PyObject __sub__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : sub(b);
    }

    @PyMethod
    PyObject __rsub__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : b.sub(this);
    }

    @PyMethod
    PyObject __mul__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : mul(b);
    }

    @PyMethod
    PyObject __rmul__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : b.mul(this);
    }

    @PyMethod
    PyObject __floordiv__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : floorDiv(b);
    }

    @PyMethod
    PyObject __rfloordiv__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : b.floorDiv(this);
    }

    @PyMethod
    PyObject __mod__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : mod(b);
    }

    @PyMethod
    PyObject __rmod__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : b.mod(this);
    }

    private PyObject divmod(PyInt b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivisionError(ErrorMessages.INT_DIV_ZERO);
        }
        return PyTuple.of(floorDiv(b), mod(b));
    }

    @PyMethod
    PyObject __divmod__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : divmod(b);
    }

    @PyMethod
    PyObject __rdivmod__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : b.divmod(this);
    }

    @PyMethod
    PyObject __truediv__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : PyFloat.of(trueDiv(b));
    }

    @PyMethod
    PyObject __rtruediv__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : PyFloat.of(b.trueDiv(this));
    }

    private PyObject pow(PyInt e, PyObject mod) {
        if (mod == null || mod == PyNone.NONE) {
            return pow(e);
        }
        PyInt m = asInt(mod);
        if (m == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return of(IntMath.modPow(bigValue(), e.bigValue(), m.bigValue()));
    }

    @PyMethod
    PyObject __pow__(PyObject o, @Opt PyObject mod) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : pow(b, mod);
    }

    @PyMethod
    PyObject __rpow__(PyObject o, @Opt PyObject mod) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : b.pow(this, mod);
    }

    @PyMethod
    PyObject __lshift__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : lshift(b);
    }

    @PyMethod
    PyObject __rlshift__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : b.lshift(this);
    }

    @PyMethod
    PyObject __rshift__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : rshift(b);
    }

    @PyMethod
    PyObject __rrshift__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : b.rshift(this);
    }

    @PyMethod
    PyObject __and__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : and(b);
    }

    @PyMethod
    PyObject __rand__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : b.and(this);
    }

    @PyMethod
    PyObject __or__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : or(b);
    }

    @PyMethod
    PyObject __ror__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : b.or(this);
    }

    @PyMethod
    PyObject __xor__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : xor(b);
    }

    @PyMethod
    PyObject __rxor__(PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : b.xor(this);
    }

    // ---- comparison -------------------------------------------------------------------------

    private PyObject cmp(PyObject o, CompareOp op) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(op.test(compareTo(b)));
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

    // ---- construction -----------------------------------------------------------------------

    // CPython: Objects/longobject.c, long_new_impl
    @PyNew
    static PyObject __new__(PyType cls, @Opt PyObject x, @Name("base") @Opt PyObject base) {
        PyInt v;
        if (x == null) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            v = of(0);
        } else if (base == null) {
            v = IntMethods.fromObject(x);
        } else {
            int b = Abstract.asSize(base);
            if (x instanceof PyStr s) {
                v = IntMath.parse(s.toString(), b);
            } else if (x instanceof PyBytes || x instanceof PyByteArray) {
                v = IntMath.parse(IntMethods.latin1(x), b);
            } else {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
        }
        if (cls == TYPE) {
            return v.exact();
        }
        return new Derived(cls, v);
    }

    @PyMethod
    String __repr__() {
        return toString();
    }

    @PyMethod
    long __hash__() {
        return hash();
    }

    @PyMethod
    boolean __bool__() {
        return signum() != 0;
    }

    @PyGetter
    PyObject real() {
        return exact();
    }

    @PyGetter
    PyObject imag() {
        return of(0);
    }

    @PyGetter
    PyObject numerator() {
        return exact();
    }

    @PyGetter
    PyObject denominator() {
        return of(1);
    }

    @PyMethod
    PyObject to_bytes(@Name("length") @Default("1") int length,
            @Name("byteorder") @Default("'big'") String byteorder,
            @KwOnly("signed") @Default("False") boolean signed) {
        return IntMethods.toBytes(this, length, byteorder, signed);
    }
}

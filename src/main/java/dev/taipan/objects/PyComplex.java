package dev.taipan.objects;

import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;

/**
 * The Python {@code complex}: a pair of doubles. Arithmetic accepts ints and floats on either
 * side; construction and parsing are in {@link ComplexParsing}.
 *
 * <p>CPython: Objects/complexobject.c
 */
@PyClass(name = "complex",
        doc = "Create a complex number from a string or numbers.")
public class PyComplex extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code complex}. */
    public static final PyType TYPE = PyType.fromClass(PyComplex.class, LOOKUP);

    final double real;
    final double imag;

    /**
     * Creates a complex number.
     *
     * @param real the real part
     * @param imag the imaginary part
     */
    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    /** A Python subclass instance of {@code complex}. */
    static final class Derived extends PyComplex implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type, double real, double imag) {
            super(real, imag);
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
     * Returns a complex of the given type ({@code complex} itself or a Python subclass).
     *
     * @param cls  the type
     * @param real the real part
     * @param imag the imaginary part
     * @return the object
     */
    static PyComplex of(PyType cls, double real, double imag) {
        return cls == TYPE ? new PyComplex(real, imag) : new Derived(cls, real, imag);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Returns the real part. */
    public double real() {
        return real;
    }

    /** Returns the imaginary part. */
    public double imag() {
        return imag;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Name("real") @Opt PyObject real, @Name("imag") @Opt PyObject imag) {
        return ComplexParsing.construct(cls, real, imag);
    }

    // ---- arithmetic ----------------------------------------------------------------------------

    /** The operand as a complex, or null when it is not a number complex arithmetic takes. */
    private static PyComplex coerce(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        } else if (o instanceof PyFloat f) {
            return new PyComplex(f.value, 0.0);
        } else if (o instanceof PyInt i) {
            return new PyComplex(i.toDouble(), 0.0);
        }
        return null;
    }

    @PyMethod
    PyObject __add__(PyObject other) {
        PyComplex b = coerce(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : new PyComplex(real + b.real, imag + b.imag);
    }

    @PyMethod
    PyObject __radd__(PyObject other) {
        return __add__(other);
    }

    @PyMethod
    PyObject __sub__(PyObject other) {
        PyComplex b = coerce(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : new PyComplex(real - b.real, imag - b.imag);
    }

    @PyMethod
    PyObject __rsub__(PyObject other) {
        PyComplex a = coerce(other);
        return a == null ? PyNotImplemented.NOT_IMPLEMENTED : new PyComplex(a.real - real, a.imag - imag);
    }

    @PyMethod
    PyObject __mul__(PyObject other) {
        PyComplex b = coerce(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : prod(this, b);
    }

    @PyMethod
    PyObject __rmul__(PyObject other) {
        return __mul__(other);
    }

    @PyMethod
    PyObject __truediv__(PyObject other) {
        PyComplex b = coerce(other);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : divide(this, b);
    }

    @PyMethod
    PyObject __rtruediv__(PyObject other) {
        PyComplex a = coerce(other);
        return a == null ? PyNotImplemented.NOT_IMPLEMENTED : divide(a, this);
    }

    @PyMethod
    PyObject __pow__(PyObject other, @Default("None") PyObject mod) {
        PyComplex b = coerce(other);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return power(this, b, mod);
    }

    @PyMethod
    PyObject __rpow__(PyObject other, @Default("None") PyObject mod) {
        PyComplex a = coerce(other);
        if (a == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return power(a, this, mod);
    }

    // CPython: Objects/complexobject.c, _Py_c_prod
    static PyComplex prod(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    private static PyComplex divide(PyComplex a, PyComplex b) {
        PyComplex q = quot(a, b);
        if (q == null) {
            throw Errors.zeroDivisionError("complex division by zero");
        }
        return q;
    }

    /** Smith's algorithm, with C99's recovery of infinities and zeros; null for division by zero. */
    // CPython: Objects/complexobject.c, _Py_c_quot
    static PyComplex quot(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        double rr;
        double ri;
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            rr = (a.real + a.imag * ratio) / denom;
            ri = (a.imag - a.real * ratio) / denom;
        } else if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            rr = (a.real * ratio + a.imag) / denom;
            ri = (a.imag * ratio - a.real) / denom;
        } else {
            rr = ri = Double.NaN;
        }
        if (Double.isNaN(rr) && Double.isNaN(ri)) {
            if ((Double.isInfinite(a.real) || Double.isInfinite(a.imag))
                    && Double.isFinite(b.real) && Double.isFinite(b.imag)) {
                double x = Math.copySign(Double.isInfinite(a.real) ? 1.0 : 0.0, a.real);
                double y = Math.copySign(Double.isInfinite(a.imag) ? 1.0 : 0.0, a.imag);
                rr = Double.POSITIVE_INFINITY * (x * b.real + y * b.imag);
                ri = Double.POSITIVE_INFINITY * (y * b.real - x * b.imag);
            } else if ((Double.isInfinite(absBr) || Double.isInfinite(absBi))
                    && Double.isFinite(a.real) && Double.isFinite(a.imag)) {
                double x = Math.copySign(Double.isInfinite(b.real) ? 1.0 : 0.0, b.real);
                double y = Math.copySign(Double.isInfinite(b.imag) ? 1.0 : 0.0, b.imag);
                rr = 0.0 * (a.real * x + a.imag * y);
                ri = 0.0 * (a.imag * x - a.real * y);
            }
        }
        return new PyComplex(rr, ri);
    }

    // CPython: Objects/complexobject.c, complex_pow, c_powi, c_powu and _Py_c_pow
    private static PyObject power(PyComplex a, PyComplex b, PyObject mod) {
        if (mod != PyNone.NONE) {
            throw Errors.valueError("complex modulo");
        }
        PyComplex p;
        if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
            long n = (long) b.real;
            p = n > 0 ? powu(a, n) : quot(new PyComplex(1.0, 0.0), powu(a, -n));
            if (p == null) {
                throw Errors.zeroDivisionError("0.0 to a negative or complex power");
            }
        } else if (b.real == 0.0 && b.imag == 0.0) {
            p = new PyComplex(1.0, 0.0);
        } else if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) {
                throw Errors.zeroDivisionError("0.0 to a negative or complex power");
            }
            p = new PyComplex(0.0, 0.0);
        } else {
            double vabs = Math.hypot(a.real, a.imag);
            double len = Math.pow(vabs, b.real);
            double at = Math.atan2(a.imag, a.real);
            double phase = at * b.real;
            if (b.imag != 0.0) {
                len /= Math.exp(at * b.imag);
                phase += b.imag * Math.log(vabs);
            }
            p = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
        }
        if ((Double.isInfinite(p.real) || Double.isInfinite(p.imag))
                && Double.isFinite(a.real) && Double.isFinite(a.imag)
                && Double.isFinite(b.real) && Double.isFinite(b.imag)) {
            throw Errors.overflowError("complex exponentiation");
        }
        return p;
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = new PyComplex(1.0, 0.0);
        PyComplex p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = prod(r, p);
            }
            p = prod(p, p);
        }
        return r;
    }

    @PyMethod
    PyObject __neg__() {
        return new PyComplex(-real, -imag);
    }

    @PyMethod
    PyObject __pos__() {
        return getClass() == PyComplex.class ? this : new PyComplex(real, imag);
    }

    // CPython: Objects/complexobject.c, complex_abs
    @PyMethod
    PyObject __abs__() {
        double r = Math.hypot(real, imag);
        if (Double.isInfinite(r) && Double.isFinite(real) && Double.isFinite(imag)) {
            throw Errors.overflowError("absolute value too large");
        }
        return PyFloat.of(r);
    }

    @PyMethod
    boolean __bool__() {
        return real != 0.0 || imag != 0.0;
    }

    // CPython: Objects/complexobject.c, complex_richcompare: only == and !=; an int compares
    // exactly with the real part.
    private PyObject equality(PyObject other, boolean eq) {
        boolean equal;
        if (other instanceof PyInt i) {
            if (imag != 0.0) {
                equal = false;
            } else {
                equal = Abstract.richCompareBool(PyFloat.of(real), i, CompareOp.EQ);
            }
        } else if (other instanceof PyFloat f) {
            equal = real == f.value && imag == 0.0;
        } else if (other instanceof PyComplex c) {
            equal = real == c.real && imag == c.imag;
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(equal == eq);
    }

    @PyMethod
    PyObject __eq__(PyObject other) {
        return equality(other, true);
    }

    @PyMethod
    PyObject __ne__(PyObject other) {
        return equality(other, false);
    }

    // CPython: Objects/complexobject.c, complex_hash
    @PyMethod
    long __hash__() {
        long hr = FloatMethods.hash(real, this);
        long hi = FloatMethods.hash(imag, this);
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }

    @PyGetter("real")
    PyObject realPart() {
        return PyFloat.of(real);
    }

    @PyGetter("imag")
    PyObject imagPart() {
        return PyFloat.of(imag);
    }

    @PyMethod
    PyObject conjugate() {
        return new PyComplex(real, -imag);
    }

    @PyMethod
    PyObject __complex__() {
        return getClass() == PyComplex.class ? this : new PyComplex(real, imag);
    }

    @PyMethod
    PyObject __getnewargs__() {
        return PyTuple.of(PyFloat.of(real), PyFloat.of(imag));
    }

    /**
     * {@code format(z, spec)}: an empty spec is {@code str(z)}; otherwise each part is formatted
     * as a float, the imaginary one signed, and fill, alignment and width apply to the whole.
     */
    @PyMethod
    PyObject __format__(String spec) {
        if (spec.isEmpty()) {
            return Abstract.str(this);
        }
        return PyStr.of(FormatSpec.parse(spec, "complex").formatComplex(real, imag));
    }

    // CPython: Objects/complexobject.c, complex_repr: the shortest repr of each part without
    // a trailing ".0", in parentheses unless the real part is +0.
    @PyMethod
    PyObject __repr__() {
        return PyStr.of(repr(real, imag));
    }

    static String repr(double real, double imag) {
        String im = part(imag);
        if (real == 0.0 && Math.copySign(1.0, real) == 1.0) {
            return im + "j";
        }
        String re = part(real);
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + re + sign + im + "j)";
    }

    private static String part(double d) {
        String s = FloatFormat.repr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    @Override
    public String toString() {
        return repr(real, imag);
    }
}

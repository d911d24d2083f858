package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.Slot;
import dev.taipan.objects.Slots;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module: the float functions of C's libm with CPython's error rules, and the
 * rounding functions. Integer functions are in {@link MathIntegers}, sums and norms in
 * {@link MathSums}, the special functions in {@link MathSpecial}.
 *
 * <p>Each libm function uses whichever of {@link Math} (intrinsics, nearly always correctly
 * rounded) and {@link StrictMath} (fdlibm) agrees more often with CPython on glibc: exp, log,
 * sin, cos and tan from {@code Math}, the rest from {@code StrictMath}. Results are within one
 * unit in the last place and equal to CPython's for nearly all arguments.
 */
// CPython: Modules/mathmodule.c
public final class MathModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** Creates the module with its functions and constants. */
    public MathModule() {
        super("math");
        put("__doc__", dev.taipan.objects.PyStr.of(
                "This module provides access to the mathematical functions\n"
                        + "defined by the C standard."));
        ModuleExposer.expose(this, MathModule.class, LOOKUP, this::put);
        ModuleExposer.expose(this, MathIntegers.class, MathIntegers.LOOKUP, this::put);
        ModuleExposer.expose(this, MathSums.class, MathSums.LOOKUP, this::put);
        ModuleExposer.expose(this, MathSpecial.class, MathSpecial.LOOKUP, this::put);
        put("pi", PyFloat.of(Math.PI));
        put("e", PyFloat.of(Math.E));
        put("tau", PyFloat.of(2 * Math.PI));
        put("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        put("nan", PyFloat.of(Double.NaN));
    }

    // ---- errors and conversions -----------------------------------------------------------

    /** {@code ValueError: math domain error}. */
    static PyException domainError() {
        return Errors.valueError("math domain error");
    }

    /** {@code OverflowError: math range error}. */
    static PyException rangeError() {
        return Errors.overflowError("math range error");
    }

    /** Converts an argument as {@code PyFloat_AsDouble} does ("must be real number, not str"). */
    static double toDouble(PyObject o) {
        return Abstract.asDouble(o);
    }

    /**
     * Applies a one-argument libm function with CPython's error rules: a NaN from a non-NaN is a
     * domain error; an infinity from a finite value is a range error when the function can
     * overflow, else a domain error (a pole).
     */
    // CPython: Modules/mathmodule.c, math_1
    static PyObject math1(PyObject arg, DoubleUnaryOperator f, boolean canOverflow) {
        double x = toDouble(arg);
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return PyFloat.of(r);
    }

    /** Applies a two-argument libm function with CPython's error rules. */
    // CPython: Modules/mathmodule.c, math_2
    static PyObject math2(PyObject a, PyObject b, DoubleBinaryOperator f) {
        double x = toDouble(a);
        double y = toDouble(b);
        double r = f.applyAsDouble(x, y);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw rangeError();
        }
        return PyFloat.of(r);
    }

    /** Converts an integral double to an int, with CPython's errors for infinities and NaN. */
    // CPython: Objects/longobject.c, PyLong_FromDouble
    static PyInt intFromDouble(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 0x1p63) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    // ---- rounding -------------------------------------------------------------------------

    /** Calls {@code __floor__}/{@code __ceil__} when the type has one, else null. */
    private static PyObject special(PyObject x, Slot slot) {
        PyObject m = x.getType().slot(slot);
        return m == null ? null : Slots.call0(m, x);
    }

    // CPython: Modules/mathmodule.c, math_floor
    @PyFunction
    static PyObject floor(PyObject x) {
        if (x.getClass() != PyFloat.class) {
            PyObject r = special(x, Slot.FLOOR);
            if (r != null) {
                return r;
            }
        }
        return intFromDouble(Math.floor(toDouble(x)));
    }

    // CPython: Modules/mathmodule.c, math_ceil
    @PyFunction
    static PyObject ceil(PyObject x) {
        if (x.getClass() != PyFloat.class) {
            PyObject r = special(x, Slot.CEIL);
            if (r != null) {
                return r;
            }
        }
        return intFromDouble(Math.ceil(toDouble(x)));
    }

    // CPython: Modules/mathmodule.c, math_trunc
    @PyFunction
    static PyObject trunc(PyObject x) {
        if (x.getClass() == PyFloat.class) {
            double d = ((PyFloat) x).doubleValue();
            return intFromDouble(d < 0 ? Math.ceil(d) : Math.floor(d));
        }
        PyObject r = special(x, Slot.TRUNC);
        if (r == null) {
            throw Errors.typeError("type %.100s doesn't define __trunc__ method", x.getType().getName());
        }
        return r;
    }

    // ---- one-argument functions -----------------------------------------------------------

    @PyFunction
    static PyObject sqrt(PyObject x) {
        return math1(x, StrictMath::sqrt, false);
    }

    @PyFunction
    static PyObject cbrt(PyObject x) {
        return math1(x, StrictMath::cbrt, false);
    }

    @PyFunction
    static PyObject exp(PyObject x) {
        return math1(x, Math::exp, true);
    }

    @PyFunction
    static PyObject exp2(PyObject x) {
        return math1(x, v -> StrictMath.pow(2.0, v), true);
    }

    @PyFunction
    static PyObject expm1(PyObject x) {
        return math1(x, StrictMath::expm1, true);
    }

    @PyFunction
    static PyObject log1p(PyObject x) {
        return math1(x, StrictMath::log1p, false);
    }

    @PyFunction
    static PyObject fabs(PyObject x) {
        return math1(x, Math::abs, false);
    }

    @PyFunction
    static PyObject sin(PyObject x) {
        return math1(x, Math::sin, false);
    }

    @PyFunction
    static PyObject cos(PyObject x) {
        return math1(x, Math::cos, false);
    }

    @PyFunction
    static PyObject tan(PyObject x) {
        return math1(x, Math::tan, false);
    }

    @PyFunction
    static PyObject asin(PyObject x) {
        return math1(x, StrictMath::asin, false);
    }

    @PyFunction
    static PyObject acos(PyObject x) {
        return math1(x, StrictMath::acos, false);
    }

    @PyFunction
    static PyObject atan(PyObject x) {
        return math1(x, StrictMath::atan, false);
    }

    @PyFunction
    static PyObject sinh(PyObject x) {
        return math1(x, MathModule::sinhOf, true);
    }

    @PyFunction
    static PyObject cosh(PyObject x) {
        return math1(x, MathModule::coshOf, true);
    }

    @PyFunction
    static PyObject tanh(PyObject x) {
        return math1(x, StrictMath::tanh, false);
    }

    @PyFunction
    static PyObject asinh(PyObject x) {
        return math1(x, MathModule::asinhOf, false);
    }

    @PyFunction
    static PyObject acosh(PyObject x) {
        return math1(x, MathModule::acoshOf, false);
    }

    @PyFunction
    static PyObject atanh(PyObject x) {
        return math1(x, MathModule::atanhOf, false);
    }

    /** sinh through a (nearly correctly rounded) exp, as glibc's computes it. */
    static double sinhOf(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a < 0x1p-28) {
            return x;
        }
        double h = Math.copySign(0.5, x);
        if (a < 22) {
            double t = StrictMath.expm1(a);
            return a < 1 ? h * (2.0 * t - t * t / (t + 1.0)) : h * (t + t / (t + 1.0));
        }
        if (a < 709.78) {
            return h * Math.exp(a);
        }
        double w = Math.exp(0.5 * a); // exp(a) would overflow too early
        return h * w * w;
    }

    /** cosh through a (nearly correctly rounded) exp, as glibc's computes it. */
    static double coshOf(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (a < 0.5 * Math.log(2)) {
            double t = StrictMath.expm1(a);
            double w = 1.0 + t;
            return a < 0x1p-55 ? w : 1.0 + t * t / (w + w);
        }
        if (a < 22) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < 709.78) {
            return 0.5 * Math.exp(a);
        }
        double w = Math.exp(0.5 * a);
        return 0.5 * w * w;
    }

    // Java has no inverse hyperbolic functions; these use the cancellation-free forms.
    // CPython: Python/pymath.c (the fallbacks of _Py_asinh, _Py_acosh, _Py_atanh)
    static double asinhOf(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        double a = Math.abs(x);
        double r;
        if (a > 0x1p28) {
            r = StrictMath.log(a) + Math.log(2);
        } else if (a > 2) {
            r = StrictMath.log(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
        } else if (a < 0x1p-28) {
            r = a;
        } else {
            double t = a * a;
            r = StrictMath.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(r, x);
    }

    static double acoshOf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : StrictMath.log(x) + Math.log(2);
        }
        if (x == 1) {
            return 0;
        }
        if (x > 2) {
            double t = x * x;
            return StrictMath.log(2 * x - 1 / (x + Math.sqrt(t - 1)));
        }
        double t = x - 1;
        return StrictMath.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double atanhOf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a > 1) {
            return Double.NaN;
        }
        if (a == 1) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (a < 0x1p-28) {
            return x;
        }
        double r;
        if (a < 0.5) {
            double t = a + a;
            r = 0.5 * StrictMath.log1p(t + t * a / (1 - a));
        } else {
            r = 0.5 * StrictMath.log1p((a + a) / (1 - a));
        }
        return Math.copySign(r, x);
    }

    @PyFunction
    static PyObject degrees(PyObject x) {
        return PyFloat.of(toDouble(x) * (180.0 / Math.PI));
    }

    @PyFunction
    static PyObject radians(PyObject x) {
        return PyFloat.of(toDouble(x) * (Math.PI / 180.0));
    }

    @PyFunction
    static boolean isfinite(PyObject x) {
        return Double.isFinite(toDouble(x));
    }

    @PyFunction
    static boolean isinf(PyObject x) {
        return Double.isInfinite(toDouble(x));
    }

    @PyFunction
    static boolean isnan(PyObject x) {
        return Double.isNaN(toDouble(x));
    }

    // ---- logarithms -----------------------------------------------------------------------

    /**
     * The natural logarithm of an int or float; ints too large for a double go through their
     * binary exponent, so {@code log(2**10000)} works.
     */
    // CPython: Modules/mathmodule.c, loghelper
    static double logOf(PyObject arg, DoubleUnaryOperator f) {
        if (arg instanceof PyInt i) {
            if (i.signum() <= 0) {
                throw domainError();
            }
            double d = i.fitsLong() ? (double) i.longValue() : i.bigValue().doubleValue();
            if (Double.isFinite(d)) {
                return f.applyAsDouble(d);
            }
            // x = m * 2**e with 0.5 <= m < 1, so log(x) = log(m) + e*log(2).
            BigInteger v = i.bigValue();
            int e = v.bitLength();
            int shift = e - 63;
            long top = v.shiftRight(shift).longValue();
            if (v.getLowestSetBit() < shift) {
                top |= 1; // sticky bit: rounds the 63 bits to 53 correctly
            }
            double m = Math.scalb((double) top, -63);
            return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
        }
        double x = toDouble(arg);
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x) || Double.isInfinite(r) && Double.isFinite(x)) {
            throw domainError();
        }
        return r;
    }

    /** libm's log with C99's special values (log(0) is a pole, negative is a domain error). */
    private static double ln(double x) {
        return x == 0 ? Double.NEGATIVE_INFINITY : Math.log(x);
    }

    // CPython: Modules/mathmodule.c, m_log2 (exact for powers of two; written so that values
    // just above 1 do not lose digits to cancellation)
    static double log2Of(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(x * 0x1p54) - 54;
        }
        e += 1; // x = m * 2**e with 0.5 <= m < 1
        double m = Math.scalb(x, -e);
        if (x >= 1.0) {
            return Math.log(2.0 * m) / Math.log(2.0) + (e - 1);
        }
        return Math.log(m) / Math.log(2.0) + e;
    }

    @PyFunction
    static PyObject log(PyObject x, @Opt PyObject base) {
        double num = logOf(x, MathModule::ln);
        if (base == null) {
            return PyFloat.of(num);
        }
        double den = logOf(base, MathModule::ln);
        if (den == 0) {
            throw Errors.zeroDivisionError("float division by zero");
        }
        return PyFloat.of(num / den);
    }

    @PyFunction
    static PyObject log2(PyObject x) {
        return PyFloat.of(logOf(x, MathModule::log2Of));
    }

    @PyFunction
    static PyObject log10(PyObject x) {
        return PyFloat.of(logOf(x, v -> v == 0 ? Double.NEGATIVE_INFINITY : StrictMath.log10(v)));
    }

    // ---- two-argument functions -----------------------------------------------------------

    @PyFunction
    static PyObject atan2(PyObject y, PyObject x) {
        return math2(y, x, StrictMath::atan2);
    }

    @PyFunction
    static PyObject copysign(PyObject x, PyObject y) {
        return math2(x, y, Math::copySign);
    }

    // CPython: Modules/mathmodule.c, math_fmod_impl
    @PyFunction
    static PyObject fmod(PyObject a, PyObject b) {
        double x = toDouble(a);
        double y = toDouble(b);
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return PyFloat.of(x);
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        return PyFloat.of(r);
    }

    @PyFunction
    static PyObject remainder(PyObject x, PyObject y) {
        return math2(x, y, Math::IEEEremainder);
    }

    // CPython: Modules/mathmodule.c, math_pow_impl (C99 Annex F special values, then libm)
    @PyFunction
    static PyObject pow(PyObject a, PyObject b) {
        double x = toDouble(a);
        double y = toDouble(b);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return PyFloat.of(powSpecial(x, y));
        }
        double r = StrictMath.pow(x, y);
        if (Double.isNaN(r) || Double.isInfinite(r) && x == 0) {
            throw domainError();
        }
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return PyFloat.of(r);
    }

    private static double powSpecial(double x, double y) {
        if (Double.isNaN(x)) {
            return y == 0 ? 1.0 : x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(x)) {
            boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
            if (y > 0) {
                return oddY ? x : Math.abs(x);
            }
            return y == 0 ? 1.0 : oddY ? Math.copySign(0.0, x) : 0.0;
        }
        double ax = Math.abs(x);
        if (ax == 1.0) {
            return 1.0;
        }
        return y > 0 == ax > 1.0 ? Double.POSITIVE_INFINITY : 0.0;
    }

    // CPython: Modules/mathmodule.c, math_fma_impl
    @PyFunction
    static PyObject fma(PyObject a, PyObject b, PyObject c) {
        double x = toDouble(a);
        double y = toDouble(b);
        double z = toDouble(c);
        double r = Math.fma(x, y, z);
        if (!Double.isFinite(r)) {
            if (Double.isNaN(r)) {
                if (!Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(z)) {
                    throw Errors.valueError("invalid operation in fma");
                }
            } else if (Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z)) {
                throw Errors.overflowError("overflow in fma");
            }
        }
        return PyFloat.of(r);
    }

    // ---- representation -------------------------------------------------------------------

    // CPython: Modules/mathmodule.c, math_frexp_impl
    @PyFunction
    static PyObject frexp(PyObject arg) {
        double x = toDouble(arg);
        if (x == 0 || !Double.isFinite(x)) {
            return PyTuple.of(PyFloat.of(x), PyInt.of(0));
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(x * 0x1p54) - 54;
        }
        return PyTuple.of(PyFloat.of(Math.scalb(x, -e - 1)), PyInt.of(e + 1));
    }

    // CPython: Modules/mathmodule.c, math_ldexp_impl
    @PyFunction
    static PyObject ldexp(PyObject arg, PyObject i) {
        double x = toDouble(arg);
        if (!(i instanceof PyInt n)) {
            throw Errors.typeError("Expected an int as second argument to ldexp.");
        }
        if (x == 0 || !Double.isFinite(x)) {
            return PyFloat.of(x);
        }
        long e;
        if (n.fitsLong()) {
            e = n.longValue();
        } else {
            e = n.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        int clamped = (int) Math.max(-10000, Math.min(10000, e));
        double r = Math.scalb(x, clamped);
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return PyFloat.of(r);
    }

    // CPython: Modules/mathmodule.c, math_modf_impl
    @PyFunction
    static PyObject modf(PyObject arg) {
        double x = toDouble(arg);
        if (Double.isInfinite(x)) {
            return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(PyFloat.of(x), PyFloat.of(x));
        }
        double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(PyFloat.of(Math.copySign(x - whole, x)), PyFloat.of(whole));
    }

    // CPython: Modules/mathmodule.c, math_isclose_impl
    @PyFunction
    static boolean isclose(@Name("a") PyObject a, @Name("b") PyObject b,
            @KwOnly("rel_tol") @Default("1e-09") PyObject relTol,
            @KwOnly("abs_tol") @Default("0.0") PyObject absTol) {
        double x = toDouble(a);
        double y = toDouble(b);
        double rel = toDouble(relTol);
        double abs = toDouble(absTol);
        if (rel < 0 || abs < 0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        if (x == y) {
            return true;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return false;
        }
        double diff = Math.abs(y - x);
        return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
    }

    // CPython: Modules/mathmodule.c, math_nextafter_impl
    @PyFunction
    static PyObject nextafter(PyObject a, PyObject b, @KwOnly("steps") @Default("None") PyObject steps) {
        double x = toDouble(a);
        double y = toDouble(b);
        if (steps == dev.taipan.objects.PyNone.NONE) {
            return PyFloat.of(Math.nextAfter(x, y));
        }
        PyInt n = Abstract.index(steps);
        if (n.signum() < 0) {
            throw Errors.valueError("steps must be a non-negative integer");
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return PyFloat.of(Double.isNaN(x) ? x : y);
        }
        if (n.signum() == 0) {
            return PyFloat.of(x);
        }
        // Walk the doubles as ordered integers: one step is one unit of the ordered bits.
        BigInteger ox = BigInteger.valueOf(ordered(x));
        BigInteger oy = BigInteger.valueOf(ordered(y));
        BigInteger dist = oy.subtract(ox).abs();
        if (n.bigValue().compareTo(dist) >= 0) {
            return PyFloat.of(y);
        }
        long step = n.longValue();
        long target = ox.compareTo(oy) < 0 ? ordered(x) + step : ordered(x) - step;
        return PyFloat.of(unordered(target));
    }

    private static long ordered(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return bits >= 0 ? bits : Long.MIN_VALUE - bits;
    }

    private static double unordered(long o) {
        return Double.longBitsToDouble(o >= 0 ? o : Long.MIN_VALUE - o);
    }

    // CPython: Modules/mathmodule.c, math_ulp_impl
    @PyFunction
    static PyObject ulp(PyObject arg) {
        double x = toDouble(arg);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return PyFloat.of(Math.abs(x));
        }
        return PyFloat.of(Math.ulp(x));
    }
}

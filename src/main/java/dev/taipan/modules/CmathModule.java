package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyComplex;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.Slot;
import dev.taipan.objects.Slots;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;

/**
 * The {@code cmath} module: the elementary functions on complex numbers, with CPython's branch
 * cuts, signed zeros and errors. Arguments with an infinite or NaN component take their results
 * from {@link CmathSpecialValues}; finite ones use formulas that avoid overflow and cancellation
 * (W. Kahan, "Branch Cuts for Complex Elementary Functions", for the inverse functions).
 * The trigonometric functions are the hyperbolic ones turned a quarter: sin z = -i sinh(iz).
 */
// CPython: Modules/cmathmodule.c
public final class CmathModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = Math.log(LARGE);
    private static final double SQRT_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double LN2 = 0.6931471805599453;
    private static final double LN10 = 2.302585092994046;

    /** Creates the module with its functions and constants. */
    public CmathModule() {
        super("cmath");
        put("__doc__", PyStr.of("This module provides access to mathematical functions for complex\nnumbers."));
        ModuleExposer.expose(this, CmathModule.class, LOOKUP, this::put);
        put("pi", PyFloat.of(Math.PI));
        put("e", PyFloat.of(Math.E));
        put("tau", PyFloat.of(2 * Math.PI));
        put("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        put("infj", new PyComplex(0.0, Double.POSITIVE_INFINITY));
        put("nan", PyFloat.of(Double.NaN));
        put("nanj", new PyComplex(0.0, Double.NaN));
    }

    /** A complex value as two doubles. */
    private record Z(double re, double im) {
        PyObject box() {
            return new PyComplex(re, im);
        }
    }

    private static PyException domainError() {
        return Errors.valueError("math domain error");
    }

    private static PyException rangeError() {
        return Errors.overflowError("math range error");
    }

    /** Converts an argument as CPython's "D" format does: complex, __complex__, then real. */
    private static Z complexArg(PyObject o) {
        if (o instanceof PyComplex c) {
            return new Z(c.real(), c.imag());
        }
        PyObject method = o.getType().slot(Slot.COMPLEX);
        if (method != null) {
            PyObject r = Slots.call0(method, o);
            if (!(r instanceof PyComplex c)) {
                throw Errors.typeError("__complex__ returned non-complex (type %.200s)", r.getType().getName());
            }
            return new Z(c.real(), c.imag());
        }
        return new Z(Abstract.asDouble(o), 0.0);
    }

    private static boolean finite(Z z) {
        return Double.isFinite(z.re) && Double.isFinite(z.im);
    }

    /** The special-value result, raising for a domain error; null when the caller must compute. */
    private static Z special(CmathSpecialValues.Entry[] table, Z z) {
        CmathSpecialValues.Entry e = CmathSpecialValues.lookup(table, z.re, z.im);
        if (e.kind() == CmathSpecialValues.Entry.DOMAIN) {
            throw domainError();
        }
        return e.kind() == CmathSpecialValues.Entry.VALUE ? new Z(e.re(), e.im()) : null;
    }

    private static Z checkOverflow(Z r) {
        if (Double.isInfinite(r.re) || Double.isInfinite(r.im)) {
            throw rangeError();
        }
        return r;
    }

    // ---- the functions on Z ------------------------------------------------------------

    static Z sqrt(Z z) {
        if (!finite(z)) {
            return special(CmathSpecialValues.SQRT, z);
        }
        if (z.re == 0 && z.im == 0) {
            return new Z(0.0, z.im);
        }
        double ax = Math.abs(z.re);
        double ay = Math.abs(z.im);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // Scale subnormal arguments up by 2**54 so that hypot keeps their precision.
            double sx = Math.scalb(ax, 54);
            s = Math.scalb(Math.sqrt((sx + Math.hypot(sx, Math.scalb(ay, 54))) / 2), -27);
        } else {
            double ax8 = ax / 8;
            s = 2 * Math.sqrt(ax8 + Math.hypot(ax8, ay / 8));
        }
        double d = ay / (2 * s);
        return z.re >= 0 ? new Z(s, Math.copySign(d, z.im)) : new Z(d, Math.copySign(s, z.im));
    }

    static Z exp(Z z) {
        if (!finite(z)) {
            if (Double.isInfinite(z.re) && Double.isFinite(z.im) && z.im != 0) {
                return z.re > 0 ? new Z(Math.copySign(Double.POSITIVE_INFINITY, Math.cos(z.im)),
                        Math.copySign(Double.POSITIVE_INFINITY, Math.sin(z.im)))
                        : new Z(Math.copySign(0.0, Math.cos(z.im)), Math.copySign(0.0, Math.sin(z.im)));
            }
            return special(CmathSpecialValues.EXP, z);
        }
        double re;
        double im;
        if (z.re > LOG_LARGE) {
            double l = Math.exp(z.re - 1);
            re = l * Math.cos(z.im) * Math.E;
            im = l * Math.sin(z.im) * Math.E;
        } else {
            double l = Math.exp(z.re);
            re = l * Math.cos(z.im);
            im = l * Math.sin(z.im);
        }
        return checkOverflow(new Z(re, im));
    }

    static Z log(Z z) {
        if (!finite(z)) {
            return special(CmathSpecialValues.LOG, z);
        }
        double ax = Math.abs(z.re);
        double ay = Math.abs(z.im);
        double re;
        if (ax > LARGE || ay > LARGE) {
            re = Math.log(Math.hypot(ax / 2, ay / 2)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0 && ay == 0) {
                throw domainError();
            }
            re = Math.log(Math.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
        } else {
            double h = Math.hypot(ax, ay);
            if (h >= 0.71 && h <= 1.73) {
                // Near the unit circle log(h) cancels; log1p of h*h - 1 keeps the digits.
                double am = Math.max(ax, ay);
                double an = Math.min(ax, ay);
                re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
            } else {
                re = Math.log(h);
            }
        }
        return new Z(re, Math.atan2(z.im, z.re));
    }

    static Z sinh(Z z) {
        if (!finite(z)) {
            if (Double.isInfinite(z.re) && Double.isFinite(z.im) && z.im != 0) {
                double re = Math.copySign(Double.POSITIVE_INFINITY, Math.cos(z.im));
                return new Z(z.re > 0 ? re : -re, Math.copySign(Double.POSITIVE_INFINITY, Math.sin(z.im)));
            }
            return special(CmathSpecialValues.SINH, z);
        }
        if (Math.abs(z.re) > LOG_LARGE) {
            double x = z.re - Math.copySign(1.0, z.re);
            return checkOverflow(new Z(Math.cos(z.im) * Math.sinh(x) * Math.E,
                    Math.sin(z.im) * Math.cosh(x) * Math.E));
        }
        return checkOverflow(new Z(Math.cos(z.im) * Math.sinh(z.re), Math.sin(z.im) * Math.cosh(z.re)));
    }

    static Z cosh(Z z) {
        if (!finite(z)) {
            if (Double.isInfinite(z.re) && Double.isFinite(z.im) && z.im != 0) {
                double im = Math.copySign(Double.POSITIVE_INFINITY, Math.sin(z.im));
                return new Z(Math.copySign(Double.POSITIVE_INFINITY, Math.cos(z.im)), z.re > 0 ? im : -im);
            }
            return special(CmathSpecialValues.COSH, z);
        }
        if (Math.abs(z.re) > LOG_LARGE) {
            double x = z.re - Math.copySign(1.0, z.re);
            return checkOverflow(new Z(Math.cos(z.im) * Math.cosh(x) * Math.E,
                    Math.sin(z.im) * Math.sinh(x) * Math.E));
        }
        return checkOverflow(new Z(Math.cos(z.im) * Math.cosh(z.re), Math.sin(z.im) * Math.sinh(z.re)));
    }

    static Z tanh(Z z) {
        if (!finite(z)) {
            if (Double.isInfinite(z.re) && Double.isFinite(z.im) && z.im != 0) {
                return new Z(Math.copySign(1.0, z.re), Math.copySign(0.0, 2 * Math.sin(z.im) * Math.cos(z.im)));
            }
            return special(CmathSpecialValues.TANH, z);
        }
        if (Math.abs(z.re) > LOG_LARGE / 2) {
            return new Z(Math.copySign(1.0, z.re),
                    4 * Math.sin(z.im) * Math.cos(z.im) * Math.exp(-2 * Math.abs(z.re)));
        }
        double tx = Math.tanh(z.re);
        double ty = Math.tan(z.im);
        double cx = 1 / Math.cosh(z.re);
        double txty = tx * ty;
        double denom = 1 + txty * txty;
        return new Z(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    static Z asinh(Z z) {
        if (!finite(z)) {
            return special(CmathSpecialValues.ASINH, z);
        }
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            double l = Math.log(Math.hypot(z.re / 2, z.im / 2)) + 2 * LN2;
            double re = z.im >= 0 ? Math.copySign(l, z.re) : -Math.copySign(l, -z.re);
            return new Z(re, Math.atan2(z.im, Math.abs(z.re)));
        }
        Z s1 = sqrt(new Z(1 + z.im, -z.re));
        Z s2 = sqrt(new Z(1 - z.im, z.re));
        return new Z(MathModule.asinhOf(s1.re * s2.im - s2.re * s1.im),
                Math.atan2(z.im, s1.re * s2.re - s1.im * s2.im));
    }

    static Z acos(Z z) {
        if (!finite(z)) {
            return special(CmathSpecialValues.ACOS, z);
        }
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            double re = Math.atan2(Math.abs(z.im), z.re);
            double l = Math.log(Math.hypot(z.re / 2, z.im / 2)) + 2 * LN2;
            double im = z.re < 0 ? -Math.copySign(l, z.im) : Math.copySign(l, -z.im);
            return new Z(re, im);
        }
        Z s1 = sqrt(new Z(1 - z.re, -z.im));
        Z s2 = sqrt(new Z(1 + z.re, z.im));
        return new Z(2 * Math.atan2(s1.re, s2.re), MathModule.asinhOf(s2.re * s1.im - s2.im * s1.re));
    }

    static Z acosh(Z z) {
        if (!finite(z)) {
            return special(CmathSpecialValues.ACOSH, z);
        }
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            return new Z(Math.log(Math.hypot(z.re / 2, z.im / 2)) + 2 * LN2, Math.atan2(z.im, z.re));
        }
        Z s1 = sqrt(new Z(z.re - 1, z.im));
        Z s2 = sqrt(new Z(z.re + 1, z.im));
        return new Z(MathModule.asinhOf(s1.re * s2.re + s1.im * s2.im), 2 * Math.atan2(s1.im, s2.re));
    }

    static Z atanh(Z z) {
        if (!finite(z)) {
            return special(CmathSpecialValues.ATANH, z);
        }
        if (z.re < 0) {
            Z r = atanh(new Z(-z.re, -z.im));
            return new Z(-r.re, -r.im);
        }
        double x = z.re;
        double ay = Math.abs(z.im);
        if (x > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = Math.hypot(x / 2, z.im / 2);
            return new Z(x / 4 / h / h, -Math.copySign(Math.PI / 2, -z.im));
        }
        if (x == 1 && ay < SQRT_MIN) {
            if (ay == 0) {
                throw domainError();
            }
            return new Z(-Math.log(Math.sqrt(ay) / Math.sqrt(Math.hypot(ay, 2))),
                    Math.copySign(Math.atan2(2, -ay) / 2, z.im));
        }
        return new Z(Math.log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4,
                -Math.atan2(-2 * z.im, (1 - x) * (1 + x) - ay * ay) / 2);
    }

    /** i*z. */
    private static Z timesI(Z z) {
        return new Z(-z.im, z.re);
    }

    /** -i*z. */
    private static Z timesMinusI(Z z) {
        return new Z(z.im, -z.re);
    }

    /** a / b by Smith's method; division by zero is a domain error. */
    private static Z divide(Z a, Z b) {
        double abr = Math.abs(b.re);
        double abi = Math.abs(b.im);
        if (abr >= abi) {
            if (abr == 0) {
                throw domainError();
            }
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            return new Z((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
        }
        if (abi >= abr) {
            double ratio = b.re / b.im;
            double denom = b.re * ratio + b.im;
            return new Z((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
        }
        return new Z(Double.NaN, Double.NaN);
    }

    // ---- Python functions ---------------------------------------------------------------

    @PyFunction(doc = "Return the square root of z.")
    static PyObject sqrt(PyObject z) {
        return sqrt(complexArg(z)).box();
    }

    @PyFunction(doc = "Return the exponential value e**z.")
    static PyObject exp(PyObject z) {
        return exp(complexArg(z)).box();
    }

    @PyFunction(doc = "log(z[, base]) -> the logarithm of z to the given base.\n\n"
            + "If the base is not specified, returns the natural logarithm (base e) of z.")
    static PyObject log(PyObject x, @Opt PyObject base) {
        Z r = log(complexArg(x));
        if (base != null) {
            r = divide(r, log(complexArg(base)));
        }
        return r.box();
    }

    @PyFunction(doc = "Return the base-10 logarithm of z.")
    static PyObject log10(PyObject z) {
        Z r = log(complexArg(z));
        return new Z(r.re / LN10, r.im / LN10).box();
    }

    @PyFunction(doc = "Return the sine of z.")
    static PyObject sin(PyObject z) {
        return timesMinusI(sinh(timesI(complexArg(z)))).box();
    }

    @PyFunction(doc = "Return the cosine of z.")
    static PyObject cos(PyObject z) {
        return cosh(timesI(complexArg(z))).box();
    }

    @PyFunction(doc = "Return the tangent of z.")
    static PyObject tan(PyObject z) {
        return timesMinusI(tanh(timesI(complexArg(z)))).box();
    }

    @PyFunction(doc = "Return the arc sine of z.")
    static PyObject asin(PyObject z) {
        return timesMinusI(asinh(timesI(complexArg(z)))).box();
    }

    @PyFunction(doc = "Return the arc cosine of z.")
    static PyObject acos(PyObject z) {
        return acos(complexArg(z)).box();
    }

    @PyFunction(doc = "Return the arc tangent of z.")
    static PyObject atan(PyObject z) {
        return timesMinusI(atanh(timesI(complexArg(z)))).box();
    }

    @PyFunction(doc = "Return the hyperbolic sine of z.")
    static PyObject sinh(PyObject z) {
        return sinh(complexArg(z)).box();
    }

    @PyFunction(doc = "Return the hyperbolic cosine of z.")
    static PyObject cosh(PyObject z) {
        return cosh(complexArg(z)).box();
    }

    @PyFunction(doc = "Return the hyperbolic tangent of z.")
    static PyObject tanh(PyObject z) {
        return tanh(complexArg(z)).box();
    }

    @PyFunction(doc = "Return the inverse hyperbolic sine of z.")
    static PyObject asinh(PyObject z) {
        return asinh(complexArg(z)).box();
    }

    @PyFunction(doc = "Return the inverse hyperbolic cosine of z.")
    static PyObject acosh(PyObject z) {
        return acosh(complexArg(z)).box();
    }

    @PyFunction(doc = "Return the inverse hyperbolic tangent of z.")
    static PyObject atanh(PyObject z) {
        return atanh(complexArg(z)).box();
    }

    @PyFunction(doc = "Return argument, also known as the phase angle, of a complex.")
    static double phase(PyObject z) {
        Z v = complexArg(z);
        return Math.atan2(v.im, v.re);
    }

    @PyFunction(doc = "Convert a complex from rectangular coordinates to polar coordinates.\n\n"
            + "r is the distance from 0 and phi the phase angle.")
    static PyObject polar(PyObject z) {
        Z v = complexArg(z);
        double r = Math.hypot(v.re, v.im);
        if (Double.isInfinite(r) && finite(v)) {
            throw rangeError();
        }
        return PyTuple.of(PyFloat.of(r), PyFloat.of(Math.atan2(v.im, v.re)));
    }

    @PyFunction(doc = "Convert from polar coordinates to rectangular coordinates.")
    static PyObject rect(PyObject r, PyObject phi) {
        double m = Abstract.asDouble(r);
        double p = Abstract.asDouble(phi);
        return rect(m, p).box();
    }

    private static Z rect(double r, double phi) {
        if (Double.isFinite(r) && Double.isFinite(phi)) {
            return new Z(r * Math.cos(phi), r * Math.sin(phi));
        }
        if (Double.isNaN(r)) {
            return phi == 0 ? new Z(Double.NaN, 0.0) : new Z(Double.NaN, Double.NaN);
        }
        if (Double.isInfinite(r)) {
            if (Double.isInfinite(phi)) {
                throw domainError();
            }
            if (Double.isNaN(phi)) {
                return new Z(Double.POSITIVE_INFINITY, Double.NaN);
            }
            if (phi == 0) {
                return new Z(r, r > 0 ? phi : -phi);
            }
            return new Z(r * Math.cos(phi), r * Math.sin(phi));
        }
        // r finite, phi infinite or NaN.
        if (r == 0) {
            return new Z(0.0, 0.0);
        }
        if (Double.isInfinite(phi)) {
            throw domainError();
        }
        return new Z(Double.NaN, Double.NaN);
    }

    @PyFunction(doc = "Return True if both the real and imaginary parts of z are finite, else False.")
    static boolean isfinite(PyObject z) {
        return finite(complexArg(z));
    }

    @PyFunction(doc = "Checks if the real or imaginary part of z is infinite.")
    static boolean isinf(PyObject z) {
        Z v = complexArg(z);
        return Double.isInfinite(v.re) || Double.isInfinite(v.im);
    }

    @PyFunction(doc = "Checks if the real or imaginary part of z not a number (NaN).")
    static boolean isnan(PyObject z) {
        Z v = complexArg(z);
        return Double.isNaN(v.re) || Double.isNaN(v.im);
    }

    @PyFunction(doc = "Determine whether two complex numbers are close in value.")
    static boolean isclose(PyObject a, PyObject b, @KwOnly("rel_tol") @Default("1e-09") double relTol,
            @KwOnly("abs_tol") @Default("0.0") double absTol) {
        Z x = complexArg(a);
        Z y = complexArg(b);
        if (relTol < 0 || absTol < 0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        if (x.re == y.re && x.im == y.im) {
            return true;
        }
        if (Double.isInfinite(x.re) || Double.isInfinite(x.im) || Double.isInfinite(y.re)
                || Double.isInfinite(y.im)) {
            return false;
        }
        double diff = Math.hypot(x.re - y.re, x.im - y.im);
        return diff <= relTol * Math.hypot(y.re, y.im) || diff <= relTol * Math.hypot(x.re, x.im)
                || diff <= absTol;
    }
}

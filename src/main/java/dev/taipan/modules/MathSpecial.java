package dev.taipan.modules;

import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;

/**
 * The special functions of {@code math}: {@code gamma}, {@code lgamma}, {@code erf} and
 * {@code erfc}, with CPython's special values and errors.
 *
 * <p>Java has none of them, so they are computed here: gamma by the Stirling series after
 * shifting the argument up with the recurrence (the shift and the product kept in double-double
 * so rounding does not spread), negative arguments by reflection; erf by its everywhere-positive
 * series, erfc by a continued fraction. Integer arguments of gamma up to 23 are exact. Other
 * results are within a few units in the last place; CPython (a Lanczos sum for gamma, the
 * platform libm for erf) may differ from them in the last digits.
 */
// CPython: Modules/mathmodule.c, m_tgamma, m_lgamma, math_erf, math_erfc
final class MathSpecial {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private static final double LOG_PI = 1.1447298858494002;
    private static final double HALF_LOG_2PI = 0.91893853320467274178;
    private static final double SQRT_2PI = 2.5066282746310002;
    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
    private static final double ONE_OVER_SQRT_PI = 0.5641895835477563;
    /** Below this, Stirling's series is not used directly: the argument is shifted up first. */
    private static final double STIRLING_MIN = 20.0;
    /** {@code (n-1)!} for n = 1..23, the exact results of gamma at small integers. */
    private static final double[] GAMMA_INTEGRAL = gammaIntegral();
    /** Bernoulli numbers B2k/(2k(2k-1)) for Stirling's series, k = 1..8. */
    private static final double[] STIRLING = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156,
        -3617.0 / 122400};

    private MathSpecial() {
    }

    private static double[] gammaIntegral() {
        double[] t = new double[23];
        java.math.BigInteger f = java.math.BigInteger.ONE;
        for (int n = 1; n <= 23; n++) {
            t[n - 1] = f.doubleValue();
            f = f.multiply(java.math.BigInteger.valueOf(n));
        }
        return t;
    }

    // ---- gamma ------------------------------------------------------------------------------

    @PyFunction
    static PyObject gamma(PyObject arg) {
        double x = MathModule.toDouble(arg);
        double r = gammaOf(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw MathModule.domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw MathModule.rangeError();
        }
        return PyFloat.of(r);
    }

    /** Gamma with C99's special values; NaN marks a domain error, infinity an overflow. */
    static double gammaOf(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY || x == 0.0 || x < 0 && x == Math.floor(x)) {
            return Double.NaN;
        }
        if (x == Math.floor(x) && x <= GAMMA_INTEGRAL.length) {
            return GAMMA_INTEGRAL[(int) x - 1];
        }
        if (Math.abs(x) < 1e-20) {
            return 1.0 / x;
        }
        if (x > 200) {
            return Double.POSITIVE_INFINITY;
        }
        if (x >= 0.5) {
            return gammaPositive(x, 0.0);
        }
        // Reflection: gamma(x) = pi / (sin(pi x) gamma(1 - x)), with 1 - x in double-double.
        double y = 1.0 - x;
        double yl = (1.0 - y) - x;
        double s = sinPi(x);
        if (y > 171) {
            double lg = lgammaPositive(y, yl);
            return Math.copySign(StrictMath.exp(LOG_PI - StrictMath.log(Math.abs(s)) - lg), s);
        }
        return Math.PI / (s * gammaPositive(y, yl));
    }

    /** {@code sin(pi x)} with the argument reduced exactly first. */
    static double sinPi(double x) {
        double r = x - 2.0 * Math.rint(x / 2.0); // in [-1, 1], exact
        double sign = 1.0;
        if (r < 0) {
            r = -r;
            sign = -1.0;
        }
        if (r > 0.5) {
            r = 1.0 - r; // sin(pi (1 - r)) = sin(pi r)
        }
        return sign * StrictMath.sin(Math.PI * r);
    }

    /** Gamma of {@code x + xl} (x > 0.5, xl a tiny correction) by shift and Stirling. */
    private static double gammaPositive(double x, double xl) {
        double yh = x;
        double yl = xl;
        double ph = 1.0;
        double pl = 0.0;
        // gamma(x) = gamma(x + n) / (x (x+1) ... (x+n-1)), all in double-double.
        while (yh < STIRLING_MIN) {
            double th = ph * yh;
            double tl = Math.fma(ph, yh, -th) + ph * yl + pl * yh;
            ph = th + tl;
            pl = tl - (ph - th);
            double s = yh + 1.0;
            double bp = s - yh;
            yl += (yh - (s - bp)) + (1.0 - bp);
            yh = s;
        }
        double g = stirlingGamma(yh);
        g *= 1.0 + digammaApprox(yh) * yl;
        return g / ph * (1.0 - pl / ph);
    }

    /** Stirling's approximation of gamma(y) for y >= 20, with care against overflow. */
    private static double stirlingGamma(double y) {
        double p = StrictMath.pow(y, 0.5 * y);
        double front = p * (SQRT_2PI / Math.sqrt(y));
        return front * StrictMath.exp(-y) * StrictMath.exp(stirlingSeries(y)) * p;
    }

    /** The correction series of log-gamma: sum of B2k / (2k (2k-1) y^(2k-1)). */
    private static double stirlingSeries(double y) {
        double inv2 = 1.0 / (y * y);
        double s = 0.0;
        for (int k = STIRLING.length - 1; k >= 0; k--) {
            s = s * inv2 + STIRLING[k];
        }
        return s / y;
    }

    /** The digamma function to a few digits, enough to correct for a tiny change of argument. */
    private static double digammaApprox(double y) {
        return StrictMath.log(y) - 0.5 / y - 1.0 / (12 * y * y);
    }

    // ---- lgamma -----------------------------------------------------------------------------

    @PyFunction
    static PyObject lgamma(PyObject arg) {
        double x = MathModule.toDouble(arg);
        double r = lgammaOf(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw MathModule.domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            // A pole (non-positive integer) is a domain error; otherwise the result overflowed.
            throw x <= 0 ? MathModule.domainError() : MathModule.rangeError();
        }
        return PyFloat.of(r);
    }

    /** Log-gamma with C99's special values; NaN marks a domain error. */
    static double lgammaOf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x <= 0 && x == Math.floor(x)) {
            return Double.NaN;
        }
        if (x == 1.0 || x == 2.0) {
            return 0.0;
        }
        if (Math.abs(x) < 1e-20) {
            return -StrictMath.log(Math.abs(x));
        }
        if (x > 0) {
            return lgammaPositive(x, 0.0);
        }
        if (x > -20) {
            return StrictMath.log(Math.abs(gammaOf(x)));
        }
        double y = 1.0 - x;
        double yl = (1.0 - y) - x;
        return LOG_PI - StrictMath.log(Math.abs(sinPi(x))) - lgammaPositive(y, yl);
    }

    private static double lgammaPositive(double x, double xl) {
        if (x < STIRLING_MIN) {
            return StrictMath.log(gammaPositive(x, xl));
        }
        double lx = StrictMath.log(x);
        double r = (x - 0.5) * lx - x + HALF_LOG_2PI + stirlingSeries(x);
        return r + lx * xl;
    }

    // ---- erf and erfc -----------------------------------------------------------------------

    @PyFunction
    static double erf(PyObject arg) {
        return erfOf(MathModule.toDouble(arg));
    }

    @PyFunction
    static double erfc(PyObject arg) {
        return erfcOf(MathModule.toDouble(arg));
    }

    /** Below this, erf is summed as a series; above, it is 1 - erfc. */
    private static final double ERF_SERIES_MAX = 1.0;

    static double erfOf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < ERF_SERIES_MAX) {
            return erfSeries(x);
        }
        if (a >= 6.0) {
            return Math.copySign(1.0, x);
        }
        return Math.copySign(1.0 - erfcContinuedFraction(a), x);
    }

    static double erfcOf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1.0) {
            if (x > -ERF_SERIES_MAX) {
                return 1.0 - erfSeries(x);
            }
            return x <= -6.0 ? 2.0 : 2.0 - erfcContinuedFraction(-x);
        }
        if (x >= 27.5) {
            return 0.0;
        }
        return erfcContinuedFraction(x);
    }

    /** {@code exp(-x*x)} with the rounding error of {@code x*x} taken into account. */
    private static double expMinusSquare(double x) {
        double sq = x * x;
        double err = Math.fma(x, x, -sq);
        return Math.exp(-sq) * (1.0 - err);
    }

    /**
     * erf(x) = 2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) / (1*3*...*(2n+1)): every term is positive,
     * so nothing cancels.
     */
    private static double erfSeries(double x) {
        double x2 = 2.0 * x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= x2 / (2 * n + 1);
            double next = sum + term;
            if (next == sum) {
                break;
            }
            sum = next;
        }
        return TWO_OVER_SQRT_PI * expMinusSquare(x) * sum;
    }

    /**
     * erfc(x) for x >= 1 by the continued fraction
     * {@code exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))}, evaluated by
     * Lentz's method.
     */
    private static double erfcContinuedFraction(double x) {
        final double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0.0;
        for (int n = 1; n < 5000; n++) {
            double an = n * 0.5;
            d = x + an * d;
            d = d == 0 ? tiny : d;
            c = x + an / c;
            c = c == 0 ? tiny : c;
            d = 1.0 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1.0) < 1e-17) {
                break;
            }
        }
        return ONE_OVER_SQRT_PI * expMinusSquare(x) / f;
    }
}

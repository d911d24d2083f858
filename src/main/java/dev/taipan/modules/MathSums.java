package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The summing functions of {@code math}: {@code fsum} (exact), {@code hypot} and {@code dist}
 * (Euclidean norms, nearly always correctly rounded), {@code sumprod} and {@code prod}.
 */
final class MathSums {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private MathSums() {
    }

    /**
     * {@code fsum(seq)}: the correctly rounded sum, kept exact as a list of non-overlapping
     * partials (Shewchuk's algorithm), with a final fix for round-half-even across partials.
     */
    // CPython: Modules/mathmodule.c, math_fsum
    @PyFunction
    static PyObject fsum(PyObject seq) {
        PyObject it = Abstract.iter(seq);
        double[] p = new double[8];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            double x = MathModule.toDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // Either a summand was inf or nan, or the partial sums overflowed.
                    if (Double.isFinite(xsave)) {
                        throw Errors.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = Arrays.copyOf(p, n * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return PyFloat.of(specialSum);
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            // Sum from the top, stopping at the first inexact addition.
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // Round half-even correctly when the rest of the partials break the tie.
            if (n > 0 && (lo < 0.0 && p[n - 1] < 0.0 || lo > 0.0 && p[n - 1] > 0.0)) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return PyFloat.of(hi);
    }

    /**
     * The Euclidean norm of a vector of magnitudes: scaled by a power of two, squares summed in
     * double-double, and the square root corrected by one Newton step in extended precision.
     */
    // CPython: Modules/mathmodule.c, vector_norm (same special values: inf wins over nan)
    static double vectorNorm(double[] v) {
        double max = 0.0;
        boolean foundNan = false;
        for (double x : v) {
            double a = Math.abs(x);
            if (Double.isInfinite(a)) {
                return Double.POSITIVE_INFINITY;
            }
            foundNan |= Double.isNaN(a);
            if (a > max) {
                max = a;
            }
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || v.length <= 1) {
            return max;
        }
        int e = Math.getExponent(max);
        double hi = 0.0;
        double lo = 0.0;
        for (double x : v) {
            double s = Math.scalb(Math.abs(x), -e);
            double sq = s * s;
            double sqErr = Math.fma(s, s, -sq);
            double sum = hi + sq;
            double bp = sum - hi;
            double err = (hi - (sum - bp)) + (sq - bp);
            hi = sum;
            lo += err + sqErr;
        }
        double total = hi + lo;
        lo -= total - hi;
        hi = total;
        double h = Math.sqrt(hi);
        double hh = h * h;
        double hl = Math.fma(h, h, -hh);
        double residual = ((hi - hh) - hl) + lo;
        h += residual / (2.0 * h);
        return Math.scalb(h, e);
    }

    @PyFunction
    static double hypot(@Args PyObject[] coordinates) {
        double[] v = new double[coordinates.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = MathModule.toDouble(coordinates[i]);
        }
        return vectorNorm(v);
    }

    // CPython: Modules/mathmodule.c, math_dist_impl
    @PyFunction
    static double dist(PyObject p, PyObject q) {
        PyObject[] ps = Abstract.toArray(p);
        PyObject[] qs = Abstract.toArray(q);
        if (ps.length != qs.length) {
            throw Errors.valueError("both points must have the same number of dimensions");
        }
        double[] diffs = new double[ps.length];
        for (int i = 0; i < ps.length; i++) {
            double px = MathModule.toDouble(ps[i]);
            double qx = MathModule.toDouble(qs[i]);
            diffs[i] = Math.abs(px - qx);
        }
        return vectorNorm(diffs);
    }

    // CPython: Modules/mathmodule.c, math_prod_impl (the generic loop; fast paths agree with it)
    @PyFunction
    static PyObject prod(PyObject iterable, @KwOnly("start") @Default("1") PyObject start) {
        PyObject result = start;
        PyObject it = Abstract.iter(iterable);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            result = Abstract.mul(result, item);
        }
        return result;
    }

    /**
     * {@code sumprod(p, q)}: like {@code sum(map(operator.mul, p, q))}, exact while both inputs
     * are ints and correctly rounded once while the pairs are floats (or float and int).
     * As in CPython, the int accumulation ends at the first pair that is not two ints and the
     * float accumulation at the first pair without a float; later pairs use {@code *} and
     * {@code +}.
     */
    // CPython: Modules/mathmodule.c, math_sumprod_impl
    @PyFunction
    static PyObject sumprod(PyObject p, PyObject q) {
        PyObject pit = Abstract.iter(p);
        PyObject qit = Abstract.iter(q);
        PyObject total = PyInt.of(0);
        boolean intPath = true;
        boolean fltPath = true;
        BigInteger intTotal = null;
        BigDecimal fltTotal = null;
        while (true) {
            PyObject pi = Abstract.next(pit);
            PyObject qi = Abstract.next(qit);
            if (pi == null != (qi == null)) {
                throw Errors.valueError("Inputs are not the same length");
            }
            boolean finished = pi == null;
            if (intPath) {
                if (!finished && isExactInt(pi) && isExactInt(qi)) {
                    BigInteger prod = ((PyInt) pi).bigValue().multiply(((PyInt) qi).bigValue());
                    intTotal = intTotal == null ? prod : intTotal.add(prod);
                    continue;
                }
                intPath = false;
                if (intTotal != null) {
                    total = Abstract.add(total, PyInt.of(intTotal));
                    intTotal = null;
                }
            }
            if (fltPath) {
                if (!finished) {
                    double[] pair = floatPair(pi, qi);
                    if (pair != null) {
                        double prod = pair[0] * pair[1];
                        if (Double.isFinite(pair[0]) && Double.isFinite(pair[1]) && Double.isFinite(prod)) {
                            BigDecimal exact = new BigDecimal(pair[0]).multiply(new BigDecimal(pair[1]));
                            BigDecimal next = fltTotal == null ? exact : fltTotal.add(exact);
                            if (Double.isFinite(next.doubleValue())) {
                                fltTotal = next;
                                continue;
                            }
                        }
                    }
                }
                fltPath = false;
                if (fltTotal != null) {
                    total = Abstract.add(total, PyFloat.of(fltTotal.doubleValue()));
                    fltTotal = null;
                }
            }
            if (finished) {
                return total;
            }
            total = Abstract.add(total, Abstract.mul(pi, qi));
        }
    }

    private static boolean isExactInt(PyObject o) {
        return o instanceof PyInt && o.getClass() == PyInt.class;
    }

    /** The pair as doubles when one is an exact float and the other a float, int or bool. */
    private static double[] floatPair(PyObject a, PyObject b) {
        boolean af = a.getClass() == PyFloat.class;
        boolean bf = b.getClass() == PyFloat.class;
        if (af && bf) {
            return new double[] {((PyFloat) a).doubleValue(), ((PyFloat) b).doubleValue()};
        }
        if (af && intOrBool(b)) {
            double d = intToDouble((PyInt) b);
            return Double.isNaN(d) ? null : new double[] {((PyFloat) a).doubleValue(), d};
        }
        if (bf && intOrBool(a)) {
            double d = intToDouble((PyInt) a);
            return Double.isNaN(d) ? null : new double[] {d, ((PyFloat) b).doubleValue()};
        }
        return null;
    }

    private static boolean intOrBool(PyObject o) {
        return isExactInt(o) || o instanceof PyBool;
    }

    /** The int as a double, or NaN when it is too large (CPython then leaves the float path). */
    private static double intToDouble(PyInt i) {
        double d = i.fitsLong() ? (double) i.longValue() : i.bigValue().doubleValue();
        return Double.isInfinite(d) ? Double.NaN : d;
    }
}

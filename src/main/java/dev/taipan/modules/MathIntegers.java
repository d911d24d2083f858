package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/**
 * The integer functions of {@code math}: {@code factorial}, {@code gcd}, {@code lcm},
 * {@code isqrt}, {@code comb} and {@code perm}, exact on ints of any size. Arguments go through
 * {@code __index__}, so floats are refused as CPython refuses them.
 */
// CPython: Modules/mathmodule.c, math_factorial, math_gcd, math_lcm, math_isqrt, math_comb_impl,
// math_perm_impl
final class MathIntegers {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private MathIntegers() {
    }

    /** The product {@code lo * (lo+1) * ... * hi} by binary splitting (1 when empty). */
    static BigInteger rangeProduct(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        long n = hi - lo + 1;
        if (n <= 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = lo + n / 2;
        return rangeProduct(lo, mid - 1).multiply(rangeProduct(mid, hi));
    }

    @PyFunction
    static PyObject factorial(PyObject arg) {
        PyInt n = Abstract.index(arg);
        if (n.signum() < 0) {
            throw Errors.valueError("factorial() not defined for negative values");
        }
        if (!n.fitsLong()) {
            throw Errors.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
        }
        return PyInt.of(rangeProduct(1, n.longValue()));
    }

    @PyFunction
    static PyObject gcd(@Args PyObject[] args) {
        BigInteger g = BigInteger.ZERO;
        long small = 0;
        boolean big = false;
        for (PyObject a : args) {
            PyInt v = Abstract.index(a);
            if (!big && v.fitsLong() && v.longValue() != Long.MIN_VALUE) {
                small = gcdLong(small, Math.abs(v.longValue()));
                continue;
            }
            if (!big) {
                g = BigInteger.valueOf(small);
                big = true;
            }
            g = g.gcd(v.bigValue());
        }
        return big ? PyInt.of(g) : PyInt.of(small);
    }

    private static long gcdLong(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    @PyFunction
    static PyObject lcm(@Args PyObject[] args) {
        if (args.length == 0) {
            return PyInt.of(1);
        }
        BigInteger r = Abstract.index(args[0]).bigValue().abs();
        for (int i = 1; i < args.length; i++) {
            BigInteger v = Abstract.index(args[i]).bigValue().abs();
            if (r.signum() == 0 || v.signum() == 0) {
                r = BigInteger.ZERO;
                continue;
            }
            r = r.divide(r.gcd(v)).multiply(v);
        }
        return PyInt.of(r);
    }

    @PyFunction
    static PyObject isqrt(PyObject arg) {
        PyInt n = Abstract.index(arg);
        if (n.signum() < 0) {
            throw Errors.valueError("isqrt() argument must be nonnegative");
        }
        return PyInt.of(n.bigValue().sqrt());
    }

    @PyFunction
    static PyObject comb(PyObject nArg, PyObject kArg) {
        BigInteger n = Abstract.index(nArg).bigValue();
        BigInteger k = Abstract.index(kArg).bigValue();
        if (n.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return PyInt.of(0);
        }
        BigInteger m = k.min(n.subtract(k));
        if (m.bitLength() > 63) {
            throw Errors.overflowError("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        }
        long kk = m.longValue();
        return PyInt.of(fallingFactorial(n, kk).divide(rangeProduct(1, kk)));
    }

    @PyFunction
    static PyObject perm(PyObject nArg, @Default("None") PyObject kArg) {
        if (kArg == PyNone.NONE) {
            return factorial(nArg);
        }
        BigInteger n = Abstract.index(nArg).bigValue();
        BigInteger k = Abstract.index(kArg).bigValue();
        if (n.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return PyInt.of(0);
        }
        if (k.bitLength() > 63) {
            throw Errors.overflowError("k must not exceed %d", Long.MAX_VALUE);
        }
        return PyInt.of(fallingFactorial(n, k.longValue()));
    }

    /** {@code n * (n-1) * ... * (n-k+1)}, for any n. */
    private static BigInteger fallingFactorial(BigInteger n, long k) {
        if (n.bitLength() < 63) {
            return rangeProduct(n.longValue() - k + 1, n.longValue());
        }
        return fallingBig(n, k);
    }

    private static BigInteger fallingBig(BigInteger top, long k) {
        if (k == 0) {
            return BigInteger.ONE;
        }
        if (k <= 8) {
            BigInteger r = top;
            for (long i = 1; i < k; i++) {
                r = r.multiply(top.subtract(BigInteger.valueOf(i)));
            }
            return r;
        }
        long half = k / 2;
        return fallingBig(top, half).multiply(fallingBig(top.subtract(BigInteger.valueOf(half)), k - half));
    }
}

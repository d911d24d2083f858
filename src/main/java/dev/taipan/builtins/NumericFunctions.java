package dev.taipan.builtins;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.Slot;
import dev.taipan.objects.Slots;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;

/** The builtin functions about numbers: {@code abs bin hex oct divmod pow round sum}. */
// CPython: Python/bltinmodule.c
final class NumericFunctions {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private NumericFunctions() {
    }

    @PyFunction(doc = "Return the absolute value of the argument.")
    static PyObject abs(PyObject x) {
        return Abstract.abs(x);
    }

    @PyFunction(doc = "Return the binary representation of an integer.")
    static PyObject bin(PyObject number) {
        return PyStr.of(radix(number, 2, "0b"));
    }

    @PyFunction(doc = "Return the octal representation of an integer.")
    static PyObject oct(PyObject number) {
        return PyStr.of(radix(number, 8, "0o"));
    }

    @PyFunction(doc = "Return the hexadecimal representation of an integer.")
    static PyObject hex(PyObject number) {
        return PyStr.of(radix(number, 16, "0x"));
    }

    /** {@code -0b101} style text of an integer (via {@code __index__}) in a base. */
    private static String radix(PyObject number, int base, String prefix) {
        PyInt n = Abstract.index(number);
        if (n.fitsLong()) {
            long v = n.longValue();
            // Long.MIN_VALUE negated is itself, and its unsigned text is the right magnitude.
            return v < 0 ? "-" + prefix + Long.toUnsignedString(-v, base) : prefix + Long.toString(v, base);
        }
        java.math.BigInteger b = n.bigValue();
        return b.signum() < 0 ? "-" + prefix + b.negate().toString(base) : prefix + b.toString(base);
    }

    @PyFunction(doc = "Return the tuple (x//y, x%y).")
    static PyObject divmod(PyObject x, PyObject y) {
        return Abstract.divmod(x, y);
    }

    @PyFunction(doc = "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments")
    static PyObject pow(@Name("base") PyObject base, @Name("exp") PyObject exp, @Name("mod") @Default("None") PyObject mod) {
        return mod == PyNone.NONE ? Abstract.pow(base, exp) : Abstract.pow(base, exp, mod);
    }

    // CPython: builtin_round_impl: everything is the type's __round__.
    @PyFunction(doc = "Round a number to a given precision in decimal digits.")
    static PyObject round(@Name("number") PyObject number, @Name("ndigits") @Default("None") PyObject ndigits) {
        PyObject f = number.getType().slot(Slot.ROUND);
        if (f == null) {
            throw Errors.typeError("type %.100s doesn't define __round__ method", number.getType().getName());
        }
        return ndigits == PyNone.NONE ? Slots.call0(f, number) : Slots.call1(f, number, ndigits);
    }

    /**
     * {@code sum(iterable, /, start=0)}. Exact ints are added in a {@code long} while they fit;
     * exact floats are added with Neumaier's compensated summation, as CPython 3.12+ does, so
     * {@code sum([0.1] * 10) == 1.0}.
     */
    // CPython: Python/bltinmodule.c, builtin_sum_impl
    @PyFunction(doc = "Return the sum of a 'start' value (default: 0) plus an iterable of numbers.")
    static PyObject sum(PyObject iterable, @Name("start") @Opt PyObject start) {
        PyObject result = start == null ? PyInt.of(0) : start;
        if (result instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        } else if (result instanceof PyBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        } else if (result instanceof PyByteArray) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Abstract.iter(iterable);
        if (result.getClass() == PyInt.class && ((PyInt) result).fitsLong()) {
            Partial p = sumLongs(it, ((PyInt) result).longValue());
            if (p.done) {
                return p.value;
            }
            result = p.value;
        }
        if (result.getClass() == PyFloat.class) {
            Partial p = sumDoubles(it, ((PyFloat) result).doubleValue());
            if (p.done) {
                return p.value;
            }
            result = p.value;
        }
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            result = Abstract.add(result, item);
        }
        return result;
    }

    /**
     * Where a fast summing loop stopped: {@code done} when the iterator ran out and
     * {@code value} is the sum; otherwise {@code value} is the sum so far, including the first
     * item the loop could not handle itself.
     */
    private record Partial(PyObject value, boolean done) {
    }

    /** Adds exact ints (and bools) in a {@code long} until one does not fit or is not an int. */
    private static Partial sumLongs(PyObject it, long acc) {
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            if ((item.getClass() == PyInt.class || item instanceof PyBool) && ((PyInt) item).fitsLong()) {
                long b = ((PyInt) item).longValue();
                long r = acc + b;
                // Overflow exactly when both operands have the sign the result lacks.
                if (((acc ^ r) & (b ^ r)) >= 0) {
                    acc = r;
                    continue;
                }
            }
            return new Partial(Abstract.add(PyInt.of(acc), item), false);
        }
        return new Partial(PyInt.of(acc), true);
    }

    /** Adds exact floats with Neumaier compensation, and ints that fit a {@code long}. */
    private static Partial sumDoubles(PyObject it, double acc) {
        double c = 0.0;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            if (item.getClass() == PyFloat.class) {
                double x = ((PyFloat) item).doubleValue();
                double t = acc + x;
                if (Math.abs(acc) >= Math.abs(x)) {
                    c += (acc - t) + x;
                } else {
                    c += (x - t) + acc;
                }
                acc = t;
                continue;
            }
            if (item instanceof PyInt i && i.fitsLong()) {
                acc += (double) i.longValue();
                continue;
            }
            return new Partial(Abstract.add(PyFloat.of(compensated(acc, c)), item), false);
        }
        return new Partial(PyFloat.of(compensated(acc, c)), true);
    }

    /** Adds the compensation unless it would turn an infinite or overflowed sum into NaN. */
    private static double compensated(double acc, double c) {
        return c != 0.0 && Double.isFinite(c) ? acc + c : acc;
    }
}

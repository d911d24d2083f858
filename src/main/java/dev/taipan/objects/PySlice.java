package dev.taipan.objects;

import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;

/**
 * The Python {@code slice}: start, stop and step objects, and their resolution against a
 * sequence length ({@link #indices(int)}).
 *
 * <p>CPython: Objects/sliceobject.c
 */
@PyClass(name = "slice", baseType = false)
public final class PySlice extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code slice}. */
    public static final PyType TYPE = PyType.fromClass(PySlice.class, LOOKUP);

    private final PyObject start;
    private final PyObject stop;
    private final PyObject step;

    /** A resolved slice: start, stop, step and the number of items it selects. */
    public record Indices(int start, int stop, int step, int length) {
    }

    /**
     * Creates a slice; {@code null} means None.
     *
     * @param start the start
     * @param stop  the stop
     * @param step  the step
     */
    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start == null ? PyNone.NONE : start;
        this.stop = stop == null ? PyNone.NONE : stop;
        this.step = step == null ? PyNone.NONE : step;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, PyObject a, @Opt PyObject b, @Opt PyObject c) {
        if (b == null) {
            return new PySlice(null, a, null);
        }
        return new PySlice(a, b, c);
    }

    private static long clampIndex(PyObject o) {
        if (o instanceof PyInt i) {
            if (!i.fitsLong()) {
                return i.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
            }
            return i.longValue();
        }
        if (o.getType().slot(Slot.INDEX) == null) {
            throw Errors.typeError(
                    "slice indices must be integers or None or have an __index__ method");
        }
        return clampIndex(Abstract.index(o));
    }

    /**
     * Resolves against a sequence length (CPython's PySlice_Unpack + PySlice_AdjustIndices).
     *
     * @param len the sequence length
     * @return the resolved indices
     */
    public Indices indices(int len) {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = clampIndex(step);
            if (st == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
        }
        long lo;
        long hi;
        if (start == PyNone.NONE) {
            lo = st < 0 ? len - 1 : 0;
        } else {
            lo = clampIndex(start);
            if (lo < 0) {
                lo += len;
                if (lo < 0) {
                    lo = st < 0 ? -1 : 0;
                }
            } else if (lo >= len) {
                lo = st < 0 ? len - 1 : len;
            }
        }
        if (stop == PyNone.NONE) {
            hi = st < 0 ? -1 : len;
        } else {
            hi = clampIndex(stop);
            if (hi < 0) {
                hi += len;
                if (hi < 0) {
                    hi = st < 0 ? -1 : 0;
                }
            } else if (hi >= len) {
                hi = st < 0 ? len - 1 : len;
            }
        }
        long n;
        if (st < 0) {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        int stepI = (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE);
        return new Indices((int) lo, (int) hi, stepI, (int) n);
    }

    /**
     * Resolves against a length of any size (CPython's _PySlice_GetLongIndices).
     *
     * @param length the length, not negative
     * @return start, stop and step
     */
    public java.math.BigInteger[] bigIndices(java.math.BigInteger length) {
        java.math.BigInteger zero = java.math.BigInteger.ZERO;
        java.math.BigInteger one = java.math.BigInteger.ONE;
        java.math.BigInteger st = step == PyNone.NONE ? one : bigIndex(step);
        if (st.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        boolean back = st.signum() < 0;
        java.math.BigInteger lower = back ? one.negate() : zero;
        java.math.BigInteger upper = back ? length.subtract(one) : length;
        java.math.BigInteger lo = start == PyNone.NONE ? (back ? upper : lower)
                : clamp(bigIndex(start), length, lower, upper);
        java.math.BigInteger hi = stop == PyNone.NONE ? (back ? lower : upper)
                : clamp(bigIndex(stop), length, lower, upper);
        return new java.math.BigInteger[] {lo, hi, st};
    }

    private static java.math.BigInteger bigIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.getType().slot(Slot.INDEX) == null) {
            throw Errors.typeError(
                    "slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(o).bigValue();
    }

    private static java.math.BigInteger clamp(java.math.BigInteger v, java.math.BigInteger len,
            java.math.BigInteger lower, java.math.BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(len);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    @PyMethod(value = "indices")
    PyObject indicesMethod(PyObject length) {
        PyInt n = Abstract.index(length);
        if (n.signum() < 0) {
            throw Errors.valueError("length should not be negative");
        }
        Indices ix = indices(n.fitsInt() ? n.intValue() : Integer.MAX_VALUE);
        return PyTuple.of(PyInt.of(ix.start), PyInt.of(ix.stop), PyInt.of(ix.step));
    }

    @PyGetter
    PyObject start() {
        return start;
    }

    @PyGetter
    PyObject stop() {
        return stop;
    }

    @PyGetter
    PyObject step() {
        return step;
    }

    @PyMethod
    String __repr__() {
        return "slice(" + Abstract.repr(start) + ", " + Abstract.repr(stop) + ", "
                + Abstract.repr(step) + ")";
    }

    private PyTuple asTuple() {
        return PyTuple.of(start, stop, step);
    }

    @PyMethod
    PyObject __eq__(PyObject o) {
        return o instanceof PySlice s ? PyTuple.TYPE.slot(Slot.EQ).call(asTuple(), s.asTuple())
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __ne__(PyObject o) {
        return o instanceof PySlice s ? PyTuple.TYPE.slot(Slot.NE).call(asTuple(), s.asTuple())
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    private PyObject order(PyObject o, CompareOp op) {
        return o instanceof PySlice s ? Abstract.richCompare(asTuple(), s.asTuple(), op)
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __lt__(PyObject o) {
        return order(o, CompareOp.LT);
    }

    @PyMethod
    PyObject __le__(PyObject o) {
        return order(o, CompareOp.LE);
    }

    @PyMethod
    PyObject __gt__(PyObject o) {
        return order(o, CompareOp.GT);
    }

    @PyMethod
    PyObject __ge__(PyObject o) {
        return order(o, CompareOp.GE);
    }

    @PyMethod
    long __hash__() {
        return Abstract.hash(asTuple());
    }

    @PyMethod
    PyObject __reduce__() {
        return PyTuple.of(TYPE, asTuple());
    }
}

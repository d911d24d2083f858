package dev.taipan.objects;

import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/**
 * The Python {@code range}: an immutable arithmetic sequence. Start, stop and step are ints of
 * any size; iteration uses longs when they fit.
 *
 * <p>CPython: Objects/rangeobject.c
 */
@PyClass(name = "range", baseType = false)
public final class PyRange extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code range}. */
    public static final PyType TYPE = PyType.fromClass(PyRange.class, LOOKUP);

    private final PyInt start;
    private final PyInt stop;
    private final PyInt step;
    private final BigInteger length;

    /**
     * Creates a range.
     *
     * @param start the start
     * @param stop  the stop
     * @param step  the step, not zero
     */
    public PyRange(PyInt start, PyInt stop, PyInt step) {
        this.start = start.exact();
        this.stop = stop.exact();
        this.step = step.exact();
        this.length = computeLength(start.bigValue(), stop.bigValue(), step.bigValue());
    }

    private static BigInteger computeLength(BigInteger lo, BigInteger hi, BigInteger st) {
        if (st.signum() > 0 ? lo.compareTo(hi) >= 0 : lo.compareTo(hi) <= 0) {
            return BigInteger.ZERO;
        }
        BigInteger diff = hi.subtract(lo);
        if (st.signum() > 0) {
            return diff.subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE);
        }
        return diff.add(BigInteger.ONE).divide(st).add(BigInteger.ONE);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static PyInt idx(PyObject o) {
        return Abstract.index(o);
    }

    @PyNew
    static PyObject __new__(PyType cls, PyObject a, @Opt PyObject b, @Opt PyObject c) {
        if (b == null) {
            return new PyRange(PyInt.of(0), idx(a), PyInt.of(1));
        }
        PyInt st = c == null ? PyInt.of(1) : idx(c);
        if (st.signum() == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(idx(a), idx(b), st);
    }

    private PyInt item(BigInteger i) {
        return PyInt.of(start.bigValue().add(step.bigValue().multiply(i)));
    }

    @PyMethod
    int __len__() {
        if (length.bitLength() > 31) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return length.intValue();
    }

    @PyMethod
    boolean __bool__() {
        return length.signum() != 0;
    }

    @PyMethod
    PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            BigInteger[] ix = s.bigIndices(length);
            PyInt st = PyInt.of(step.bigValue().multiply(ix[2]));
            return new PyRange(item(ix[0]), item(ix[1]), st);
        }
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("range indices must be integers or slices, not %.200s",
                    key.getType().getName());
        }
        BigInteger i = Abstract.index(key).bigValue();
        if (i.signum() < 0) {
            i = i.add(length);
        }
        if (i.signum() < 0 || i.compareTo(length) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return item(i);
    }

    @PyMethod
    boolean __contains__(PyObject x) {
        if (x instanceof PyInt i && (x.getClass() == PyInt.class || x instanceof PyBool)) {
            BigInteger v = i.bigValue();
            BigInteger lo = start.bigValue();
            BigInteger hi = stop.bigValue();
            BigInteger st = step.bigValue();
            boolean inBounds = st.signum() > 0 ? lo.compareTo(v) <= 0 && v.compareTo(hi) < 0
                    : hi.compareTo(v) < 0 && v.compareTo(lo) <= 0;
            return inBounds && v.subtract(lo).mod(st.abs()).signum() == 0;
        }
        PyObject it = __iter__();
        for (PyObject y = Abstract.next(it); y != null; y = Abstract.next(it)) {
            if (Abstract.richCompareBool(y, x, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod
    PyObject __iter__() {
        return new Iterator(this);
    }

    @PyMethod
    PyObject __reversed__() {
        BigInteger last = start.bigValue().add(step.bigValue().multiply(
                length.subtract(BigInteger.ONE)));
        PyRange r = new PyRange(PyInt.of(last), PyInt.of(last.subtract(step.bigValue()
                .multiply(length))), step.negate());
        return new Iterator(r);
    }

    @PyMethod
    String __repr__() {
        if (step.fitsLong() && step.longValue() == 1) {
            return "range(" + start + ", " + stop + ")";
        }
        return "range(" + start + ", " + stop + ", " + step + ")";
    }

    @PyMethod
    PyObject __eq__(PyObject o) {
        if (!(o instanceof PyRange r)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (!length.equals(r.length)) {
            return PyBool.FALSE;
        }
        if (length.signum() == 0) {
            return PyBool.TRUE;
        }
        if (start.compareTo(r.start) != 0) {
            return PyBool.FALSE;
        }
        return PyBool.of(length.equals(BigInteger.ONE) || step.compareTo(r.step) == 0);
    }

    @PyMethod
    PyObject __ne__(PyObject o) {
        PyObject eq = __eq__(o);
        return eq == PyNotImplemented.NOT_IMPLEMENTED ? eq : PyBool.of(eq == PyBool.FALSE);
    }

    @PyMethod
    long __hash__() {
        if (length.signum() == 0) {
            return Abstract.hash(PyTuple.of(PyInt.of(0), PyNone.NONE, PyNone.NONE));
        }
        if (length.equals(BigInteger.ONE)) {
            return Abstract.hash(PyTuple.of(PyInt.of(1), start, PyNone.NONE));
        }
        return Abstract.hash(PyTuple.of(PyInt.of(length), start, step));
    }

    @PyMethod
    int count(PyObject x) {
        return __contains__(x) ? 1 : 0;
    }

    @PyMethod
    PyObject index(PyObject x) {
        if (!__contains__(x)) {
            throw Errors.valueError("%s is not in range", Abstract.repr(x));
        }
        return PyInt.of(((PyInt) x).bigValue().subtract(start.bigValue()).divide(step.bigValue()));
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
    PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }

    /** The iterator over a range ({@code range_iterator}). */
    @PyClass(name = "range_iterator", baseType = false,
            methods = {AbstractIterator.IterMethods.class})
    public static final class Iterator extends AbstractIterator {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        /** The type {@code range_iterator}. */
        public static final PyType TYPE = PyType.fromClass(Iterator.class, LOOKUP);

        private final PyRange range;
        private final boolean small;
        private long next;
        private final long stepL;
        private long remaining;
        private BigInteger index = BigInteger.ZERO;

        Iterator(PyRange r) {
            this.range = r;
            this.small = r.start.fitsLong() && r.step.fitsLong() && r.length.bitLength() < 63
                    && r.item(r.length).fitsLong();
            this.next = r.start.longValue();
            this.stepL = r.step.longValue();
            this.remaining = small ? r.length.longValue() : 0;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject nextOrNull() {
            if (small) {
                if (remaining <= 0) {
                    return null;
                }
                remaining--;
                long v = next;
                next += stepL;
                return PyInt.of(v);
            }
            if (index.compareTo(range.length) >= 0) {
                return null;
            }
            PyInt v = range.item(index);
            index = index.add(BigInteger.ONE);
            return v;
        }

        @PyMethod
        PyObject __length_hint__() {
            return small ? PyInt.of(Math.max(0, remaining)) : PyInt.of(range.length.subtract(index));
        }
    }
}

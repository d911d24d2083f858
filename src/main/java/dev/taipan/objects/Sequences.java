package dev.taipan.objects;

/**
 * Helpers shared by the builtin sequences: index normalisation, lexicographic comparison,
 * search, and repetition size checks.
 *
 * <p>CPython: Objects/listobject.c, list_richcompare; Objects/abstract.c
 */
final class Sequences {
    private Sequences() {
    }

    /**
     * Converts and normalises a subscript index.
     *
     * @param key  the index object (already known to have {@code __index__})
     * @param len  the sequence length
     * @param what the message for out of range, e.g. "list index out of range"
     * @return the index in 0..len-1
     */
    static int index(PyObject key, int len, String what) {
        int i = Abstract.asIndex(key);
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw Errors.indexError(what);
        }
        return i;
    }

    /** Returns whether an object can be used as a sequence index. */
    static boolean isIndex(PyObject key) {
        return key instanceof PyInt || key.getType().slot(Slot.INDEX) != null;
    }

    /**
     * Compares two item arrays lexicographically.
     *
     * @param a  left items
     * @param na left length
     * @param b  right items
     * @param nb right length
     * @param op the comparison
     * @return the result object
     */
    static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        if (na != nb && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        int n = Math.min(na, nb);
        while (i < n && i < a.length && i < b.length) {
            if (!Abstract.richCompareBool(a[i], b[i], CompareOp.EQ)) {
                break;
            }
            i++;
        }
        if (i >= na || i >= nb || i >= a.length || i >= b.length) {
            return PyBool.of(op.test(Integer.compare(na, nb)));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        } else if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(a[i], b[i], op);
    }

    /**
     * Resolves optional start/end arguments as slice indices against a length.
     *
     * @param start the start or {@code null}/None
     * @param end   the end or {@code null}/None
     * @param len   the length
     * @return {start, end} clamped to 0..len
     */
    // CPython: Objects/unicodeobject.c, ADJUST_INDICES with _PyEval_SliceIndex
    static int[] adjust(PyObject start, PyObject end, int len) {
        long s = sliceIndex(start, 0);
        long e = sliceIndex(end, len);
        if (e > len) {
            e = len;
        } else if (e < 0) {
            e += len;
            if (e < 0) {
                e = 0;
            }
        }
        if (s < 0) {
            s += len;
            if (s < 0) {
                s = 0;
            }
        }
        return new int[] {(int) Math.min(s, Integer.MAX_VALUE), (int) e};
    }

    private static long sliceIndex(PyObject o, long dflt) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        if (o instanceof PyInt i) {
            if (!i.fitsLong()) {
                return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            }
            long v = i.longValue();
            return Math.max(Math.min(v, Integer.MAX_VALUE), Integer.MIN_VALUE);
        }
        if (o.getType().slot(Slot.INDEX) == null) {
            throw Errors.typeError(
                    "slice indices must be integers or None or have an __index__ method");
        }
        return sliceIndex(Abstract.index(o), dflt);
    }

    /**
     * Returns the repeat count of {@code seq * n}, or -1 when {@code n} is not an index
     * (the caller returns NotImplemented).
     *
     * @param n       the count object
     * @param itemLen the length of one copy
     * @return the count, 0 for negative
     */
    static int repeatCount(PyObject n, int itemLen) {
        if (!isIndex(n)) {
            return -1;
        }
        PyInt c = Abstract.index(n);
        if (c.signum() <= 0 || itemLen == 0) {
            return 0;
        }
        if (!c.fitsInt() || (long) c.intValue() * itemLen > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError();
        }
        return c.intValue();
    }
}

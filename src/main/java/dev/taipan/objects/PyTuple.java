package dev.taipan.objects;

import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * The Python {@code tuple}: an immutable array of objects.
 *
 * <p>CPython: Objects/tupleobject.c
 */
@PyClass(name = "tuple", doc = "Built-in immutable sequence.")
public class PyTuple extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The empty tuple. */
    public static final PyTuple EMPTY = new PyTuple(EMPTY_ARRAY);
    /** The type {@code tuple}. */
    public static final PyType TYPE = PyType.fromClass(PyTuple.class, LOOKUP);

    private final PyObject[] items;

    /**
     * Creates a tuple owning an array (use {@link #of} or {@link #wrap}).
     *
     * @param items the items, not copied
     */
    protected PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** A Python subclass instance of {@code tuple}. */
    static final class Derived extends PyTuple implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type, PyObject[] items) {
            super(items);
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
     * Returns a tuple of the given items (the array is copied).
     *
     * @param items the items
     * @return the tuple
     */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    /**
     * Returns a tuple that takes ownership of an array (the caller must not change it).
     *
     * @param items the items
     * @return the tuple
     */
    public static PyTuple wrap(PyObject[] items) {
        return items.length == 0 && EMPTY != null ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Returns the items array itself (do not modify). */
    public PyObject[] items() {
        return items;
    }

    /** Returns the number of items. */
    public int size() {
        return items.length;
    }

    /**
     * Returns an item.
     *
     * @param i the index
     * @return the item
     */
    public PyObject get(int i) {
        return items[i];
    }

    @PyNew
    static PyObject __new__(PyType cls, @Opt PyObject iterable) {
        PyObject[] a = iterable == null ? EMPTY_ARRAY
                : iterable.getClass() == PyTuple.class && cls == TYPE ? ((PyTuple) iterable).items
                : Abstract.toArray(iterable).clone();
        if (cls == TYPE) {
            return iterable != null && iterable.getClass() == PyTuple.class ? iterable : wrap(a);
        }
        return new Derived(cls, a);
    }

    @PyMethod
    int __len__() {
        return items.length;
    }

    @PyMethod
    PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(items.length);
            if (ix.step() == 1 && ix.length() == items.length && getClass() == PyTuple.class) {
                return this;
            }
            PyObject[] out = new PyObject[ix.length()];
            for (int k = 0, i = ix.start(); k < out.length; k++, i += ix.step()) {
                out[k] = items[i];
            }
            return wrap(out);
        }
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("tuple indices must be integers or slices, not %.200s",
                    key.getType().getName());
        }
        return items[Sequences.index(key, items.length, "tuple index out of range")];
    }

    @PyMethod
    boolean __contains__(PyObject x) {
        for (PyObject item : items) {
            if (item == x || Abstract.richCompareBool(item, x, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod
    PyObject __iter__() {
        return new PyListIterator.TupleIterator(this);
    }

    @PyMethod
    PyObject __add__(PyObject o) {
        if (!(o instanceof PyTuple t)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject[] out = Arrays.copyOf(items, items.length + t.items.length);
        System.arraycopy(t.items, 0, out, items.length, t.items.length);
        return wrap(out);
    }

    @PyMethod
    PyObject __mul__(PyObject n) {
        int c = Sequences.repeatCount(n, items.length);
        if (c < 0) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (c == 1 && getClass() == PyTuple.class) {
            return this;
        }
        PyObject[] out = new PyObject[items.length * c];
        for (int k = 0; k < c; k++) {
            System.arraycopy(items, 0, out, k * items.length, items.length);
        }
        return wrap(out);
    }

    @PyMethod
    PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    private PyObject cmp(PyObject o, CompareOp op) {
        if (!(o instanceof PyTuple t)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Sequences.compare(items, items.length, t.items, t.items.length, op);
    }

    @PyMethod
    PyObject __eq__(PyObject o) {
        return cmp(o, CompareOp.EQ);
    }

    @PyMethod
    PyObject __ne__(PyObject o) {
        return cmp(o, CompareOp.NE);
    }

    @PyMethod
    PyObject __lt__(PyObject o) {
        return cmp(o, CompareOp.LT);
    }

    @PyMethod
    PyObject __le__(PyObject o) {
        return cmp(o, CompareOp.LE);
    }

    @PyMethod
    PyObject __gt__(PyObject o) {
        return cmp(o, CompareOp.GT);
    }

    @PyMethod
    PyObject __ge__(PyObject o) {
        return cmp(o, CompareOp.GE);
    }

    // CPython: Objects/tupleobject.c, tuplehash (xxHash-based)
    @PyMethod
    long __hash__() {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (PyObject item : items) {
            long lane = Abstract.hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += items.length ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    @PyMethod
    PyObject __repr__() {
        if (items.length == 0) {
            return PyStr.of("()");
        }
        if (!Abstract.reprEnter(this)) {
            return PyStr.of("(...)");
        }
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]));
            }
            if (items.length == 1) {
                sb.append(',');
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            Abstract.reprLeave(this);
        }
    }

    @PyMethod
    int count(PyObject x) {
        int n = 0;
        for (PyObject item : items) {
            if (item == x || Abstract.richCompareBool(item, x, CompareOp.EQ)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod
    int index(PyObject x, @Default("0") PyObject start, @Default("9223372036854775807") PyObject stop) {
        int[] r = Sequences.adjust(start, stop, items.length);
        for (int i = r[0]; i < r[1] && i < items.length; i++) {
            if (items[i] == x || Abstract.richCompareBool(items[i], x, CompareOp.EQ)) {
                return i;
            }
        }
        throw Errors.valueError("tuple.index(x): x not in tuple");
    }

    @PyMethod
    PyObject __getnewargs__() {
        return PyTuple.of(PyTuple.wrap(items));
    }

    @PyClassMethod
    static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }
}

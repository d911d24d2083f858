package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * The Python {@code list}: an object array plus a size.
 *
 * <p>Thread-safety is designed in but not yet enforced: every mutation replaces or writes the
 * array and then the size, so a per-object lock can later wrap the mutators while readers stay
 * lock-free (they read the array and size once, and bound-check against both, so they never
 * see a Java exception, only an older or newer state). The methods named like Python's are in
 * {@link ListMethods}; sorting is {@link ListSort}.
 *
 * <p>CPython: Objects/listobject.c
 */
@PyClass(name = "list", methods = {ListMethods.class}, unhashable = true, doc = "Built-in mutable sequence.")
public class PyList extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code list}. */
    public static final PyType TYPE = PyType.fromClass(PyList.class, LOOKUP);

    PyObject[] items;
    int size;

    /** Creates an empty list. */
    public PyList() {
        this.items = EMPTY_ARRAY;
    }

    /**
     * Creates a list owning an array.
     *
     * @param items the items (not copied)
     * @param size  how many are in use
     */
    PyList(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /** A Python subclass instance of {@code list}. */
    static final class Derived extends PyList implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type) {
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
     * Returns a new list of the given items (copied).
     *
     * @param items the items
     * @return the list
     */
    public static PyList of(PyObject... items) {
        return new PyList(items.clone(), items.length);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Returns the number of items. */
    public int size() {
        return size;
    }

    /**
     * Returns an item.
     *
     * @param i the index, 0 &lt;= i &lt; size
     * @return the item
     */
    public PyObject get(int i) {
        PyObject v = getOrNull(i);
        if (v == null) {
            throw Errors.indexError("list index out of range");
        }
        return v;
    }

    /**
     * Returns an item or {@code null} when the index is out of range (racing readers).
     *
     * @param i the index
     * @return the item or {@code null}
     */
    PyObject getOrNull(int i) {
        PyObject[] a = items;
        int n = size;
        return i >= 0 && i < n && i < a.length ? a[i] : null;
    }

    /** Returns a copy of the items. */
    public PyObject[] toArray() {
        PyObject[] a = items;
        return Arrays.copyOf(a, Math.min(size, a.length));
    }

    private void ensureCapacity(int min) {
        if (min > items.length) {
            // CPython's growth pattern: about 1/8 over, at least 4 more.
            int cap = Math.max(min, min + (min >> 3) + (min < 9 ? 3 : 6));
            items = Arrays.copyOf(items, cap);
        }
    }

    /**
     * Appends an item ({@code list.append}).
     *
     * @param x the item
     */
    public void append(PyObject x) {
        int n = size;
        ensureCapacity(n + 1);
        items[n] = x;
        size = n + 1;
    }

    /**
     * Sets an item.
     *
     * @param i the index, 0 &lt;= i &lt; size
     * @param x the item
     */
    public void set(int i, PyObject x) {
        items[i] = x;
    }

    /**
     * Inserts an item at a position (clamped as {@code list.insert} does).
     *
     * @param i the position
     * @param x the item
     */
    public void insert(int i, PyObject x) {
        int n = size;
        if (i < 0) {
            i = Math.max(0, i + n);
        } else if (i > n) {
            i = n;
        }
        ensureCapacity(n + 1);
        System.arraycopy(items, i, items, i + 1, n - i);
        items[i] = x;
        size = n + 1;
    }

    /**
     * Removes and returns the item at an index.
     *
     * @param i the index, 0 &lt;= i &lt; size
     * @return the item
     */
    public PyObject removeAt(int i) {
        PyObject v = items[i];
        int n = size;
        System.arraycopy(items, i + 1, items, i, n - i - 1);
        items[n - 1] = null;
        size = n - 1;
        return v;
    }

    /**
     * Replaces the range {@code [lo, hi)} with the given items.
     *
     * @param lo  start
     * @param hi  end (exclusive), lo &lt;= hi
     * @param src the new items
     */
    void replaceRange(int lo, int hi, PyObject[] src) {
        int n = size;
        int newSize = n - (hi - lo) + src.length;
        PyObject[] a = new PyObject[Math.max(newSize, 4)];
        System.arraycopy(items, 0, a, 0, lo);
        System.arraycopy(src, 0, a, lo, src.length);
        System.arraycopy(items, hi, a, lo + src.length, n - hi);
        items = a;
        size = newSize;
    }

    /**
     * Appends all items of an iterable ({@code list.extend}).
     *
     * @param iterable the iterable
     */
    public void extend(PyObject iterable) {
        PyObject[] src = iterable == this ? toArray() : Abstract.toArray(iterable);
        ensureCapacity(size + src.length);
        System.arraycopy(src, 0, items, size, src.length);
        size += src.length;
    }

    /**
     * Sorts in place ({@code list.sort}).
     *
     * @param key     the key function, or {@code null}/None
     * @param reverse whether descending
     */
    public void sort(PyObject key, boolean reverse) {
        ListSort.sort(this, key == PyNone.NONE ? null : key, reverse);
    }

    // ---- construction ------------------------------------------------------------------------

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        return cls == TYPE ? new PyList() : new Derived(cls);
    }

    @PyMethod
    void __init__(@Opt PyObject iterable) {
        PyObject[] src = iterable == null ? EMPTY_ARRAY : Abstract.toArray(iterable);
        items = Arrays.copyOf(src, Math.max(src.length, 4));
        size = src.length;
    }

    @PyClassMethod
    static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }

    // ---- sequence protocol -------------------------------------------------------------------

    @PyMethod
    int __len__() {
        return size;
    }

    @PyMethod
    PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            PyObject[] a = items;
            PySlice.Indices ix = s.indices(size);
            PyObject[] out = new PyObject[ix.length()];
            for (int k = 0, i = ix.start(); k < out.length; k++, i += ix.step()) {
                out[k] = a[i];
            }
            return new PyList(out, out.length);
        }
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("list indices must be integers or slices, not %.200s",
                    key.getType().getName());
        }
        return get(Sequences.index(key, size, "list index out of range"));
    }

    @PyMethod
    void __setitem__(PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            ListMethods.setSlice(this, s, value);
            return;
        }
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("list indices must be integers or slices, not %.200s",
                    key.getType().getName());
        }
        items[Sequences.index(key, size, "list assignment index out of range")] = value;
    }

    @PyMethod
    void __delitem__(PyObject key) {
        if (key instanceof PySlice s) {
            ListMethods.deleteSlice(this, s);
            return;
        }
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("list indices must be integers or slices, not %.200s",
                    key.getType().getName());
        }
        removeAt(Sequences.index(key, size, "list assignment index out of range"));
    }

    @PyMethod
    boolean __contains__(PyObject x) {
        for (int i = 0; i < size; i++) {
            PyObject item = getOrNull(i);
            if (item != null && (item == x || Abstract.richCompareBool(item, x, CompareOp.EQ))) {
                return true;
            }
        }
        return false;
    }

    @PyMethod
    PyObject __iter__() {
        return new PyListIterator(this);
    }

    @PyMethod
    PyObject __reversed__() {
        return new PyListIterator.Reverse(this);
    }

    @PyMethod
    PyObject __add__(PyObject o) {
        if (!(o instanceof PyList l)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject[] a = Arrays.copyOf(items, size + l.size);
        System.arraycopy(l.items, 0, a, size, l.size);
        return new PyList(a, a.length);
    }

    @PyMethod
    PyObject __iadd__(PyObject o) {
        extend(o);
        return this;
    }

    @PyMethod
    PyObject __mul__(PyObject n) {
        int c = Sequences.repeatCount(n, size);
        if (c < 0) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        int len = size;
        PyObject[] a = new PyObject[len * c];
        for (int k = 0; k < c; k++) {
            System.arraycopy(items, 0, a, k * len, len);
        }
        return new PyList(a, a.length);
    }

    @PyMethod
    PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @PyMethod
    PyObject __imul__(PyObject n) {
        int c = Sequences.repeatCount(n, size);
        if (c < 0) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyList r = (PyList) __mul__(n);
        items = r.items;
        size = r.size;
        return this;
    }

    private PyObject cmp(PyObject o, CompareOp op) {
        if (!(o instanceof PyList l)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Sequences.compare(items, size, l.items, l.size, op);
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

    @PyMethod
    PyObject __repr__() {
        if (size == 0) {
            return PyStr.of("[]");
        }
        if (!Abstract.reprEnter(this)) {
            return PyStr.of("[...]");
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                PyObject item = getOrNull(i);
                if (item == null) {
                    break;
                }
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(item));
            }
            return PyStr.of(sb.append(']').toString());
        } finally {
            Abstract.reprLeave(this);
        }
    }
}

package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The Python {@code list}: an object array plus a size.
 *
 * <p>Thread-safety (free-threaded engines, and host threads in either mode): every mutation
 * takes the list's own lock ({@link ContainerLock}), writes or replaces the array, and then
 * publishes the size with a release store. Single-item readers ({@code len}, {@code [i]},
 * iteration, {@code in}, {@code index}, {@code count}) take no lock: they read the size, then
 * the array, and bound-check against both, so a racing reader sees an older or newer state and
 * never a Java exception. Whole-list readers ({@link #toArray}, slicing, copy, comparison) copy
 * under the lock, so they never see a half-done insertion or deletion. Python code (item
 * {@code __eq__}, {@code __index__}, iterators, sort keys) always runs with the lock released;
 * an operation that needs both re-validates after taking the lock. The methods named like
 * Python's are in {@link ListMethods}; sorting is {@link ListSort}.
 *
 * <p>CPython: Objects/listobject.c
 */
@PyClass(name = "list", methods = {ListMethods.class}, unhashable = true, doc = "Built-in mutable sequence.")
public class PyList extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code list}. */
    public static final PyType TYPE = PyType.fromClass(PyList.class, LOOKUP);

    private static final VarHandle LOCK;
    private static final VarHandle SIZE;

    static {
        try {
            LOCK = LOOKUP.findVarHandle(PyList.class, "lockWord", int.class);
            SIZE = LOOKUP.findVarHandle(PyList.class, "size", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    PyObject[] items;
    int size;
    /** The mutation lock: 0 free, 1 held (see {@link ContainerLock}). */
    private int lockWord;

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
            PyDict d = dict;
            if (d == null && type.hasFlag(PyType.HAS_DICT)) {
                synchronized (this) {
                    d = dict;
                    if (d == null) {
                        d = new PyDict();
                        dict = d;
                    }
                }
            }
            return d;
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

    /** Takes this list's mutation lock; never call Python code while holding it. */
    final void lock() {
        if (!LOCK.compareAndSet(this, 0, 1)) {
            ContainerLock.acquireSlow(LOCK, this);
        }
    }

    /** Releases the mutation lock. */
    final void unlock() {
        LOCK.setRelease(this, 0);
    }

    /** Publishes a new size after the array writes it covers (lock held). */
    final void publishSize(int n) {
        SIZE.setRelease(this, n);
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
        // Size first (acquire), then the array: the array is at least as new as that size.
        int n = (int) SIZE.getAcquire(this);
        PyObject[] a = items;
        return i >= 0 && i < n && i < a.length ? a[i] : null;
    }

    /** Returns a copy of the items (one consistent state). */
    public PyObject[] toArray() {
        lock();
        try {
            return Arrays.copyOf(items, size);
        } finally {
            unlock();
        }
    }

    /** Grows the array to hold at least {@code min} items (lock held). */
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
        lock();
        try {
            int n = size;
            ensureCapacity(n + 1);
            items[n] = x;
            publishSize(n + 1);
        } finally {
            unlock();
        }
    }

    /**
     * Sets an item.
     *
     * @param i the index, 0 &lt;= i &lt; size
     * @param x the item
     */
    public void set(int i, PyObject x) {
        if (!setIfInRange(i, x)) {
            throw Errors.indexError("list assignment index out of range");
        }
    }

    /** Stores an item if {@code 0 <= i < size}, atomically; returns whether it did. */
    private boolean setIfInRange(int i, PyObject x) {
        lock();
        try {
            if (i < 0 || i >= size) {
                return false;
            }
            items[i] = x;
            return true;
        } finally {
            unlock();
        }
    }

    /**
     * Inserts an item at a position (clamped as {@code list.insert} does).
     *
     * @param i the position
     * @param x the item
     */
    public void insert(int i, PyObject x) {
        lock();
        try {
            int n = size;
            if (i < 0) {
                i = Math.max(0, i + n);
            } else if (i > n) {
                i = n;
            }
            ensureCapacity(n + 1);
            System.arraycopy(items, i, items, i + 1, n - i);
            items[i] = x;
            publishSize(n + 1);
        } finally {
            unlock();
        }
    }

    /**
     * Removes and returns the item at an index.
     *
     * @param i the index, 0 &lt;= i &lt; size
     * @return the item
     */
    public PyObject removeAt(int i) {
        PyObject v;
        lock();
        try {
            v = i >= 0 && i < size ? removeAtLocked(i) : null;
        } finally {
            unlock();
        }
        if (v == null) {
            throw Errors.indexError("list index out of range");
        }
        return v;
    }

    /** Removes the item at a valid index (lock held). */
    PyObject removeAtLocked(int i) {
        PyObject[] a = items;
        PyObject v = a[i];
        int n = size;
        // Size first: a racing reader then stops before the slot that is about to empty.
        publishSize(n - 1);
        System.arraycopy(a, i + 1, a, i, n - i - 1);
        a[n - 1] = null;
        return v;
    }

    /**
     * Replaces the range {@code [lo, hi)} with the given items (lock held).
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
        replaceAll(a, newSize);
    }

    /** Installs a new array and size together (lock held). */
    void replaceAll(PyObject[] a, int n) {
        // A reader that still sees the old size bound-checks against the new array.
        items = a;
        publishSize(n);
    }

    /**
     * Appends all items of an iterable ({@code list.extend}).
     *
     * @param iterable the iterable
     */
    public void extend(PyObject iterable) {
        // The source is read before the lock is taken: iterating can run Python code, and
        // another list's lock is never held together with this one's.
        PyObject[] src = iterable == this || iterable.getClass() == PyList.class
                ? ((PyList) iterable).toArray() : Abstract.toArray(iterable);
        lock();
        try {
            int n = size;
            ensureCapacity(n + src.length);
            System.arraycopy(src, 0, items, n, src.length);
            publishSize(n + src.length);
        } finally {
            unlock();
        }
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
        // As in CPython the list is emptied first, so list.__init__(l, l) leaves it empty.
        PyObject[] src = iterable == null || iterable == this ? EMPTY_ARRAY
                : iterable.getClass() == PyList.class
                        ? ((PyList) iterable).toArray() : Abstract.toArray(iterable);
        lock();
        try {
            replaceAll(Arrays.copyOf(src, Math.max(src.length, 4)), src.length);
        } finally {
            unlock();
        }
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
            return slice(s);
        }
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("list indices must be integers or slices, not %.200s",
                    key.getType().getName());
        }
        int i = Abstract.asIndex(key);
        if (i < 0) {
            i += size;
        }
        return get(i);
    }

    /** Returns a new list of the items a slice selects, from one consistent state. */
    private PyList slice(PySlice s) {
        while (true) {
            // Resolving the slice can run __index__, so it happens unlocked; if the size moved
            // meanwhile, resolve again against the new one.
            int n = size;
            PySlice.Indices ix = s.indices(n);
            lock();
            try {
                if (size == n) {
                    PyObject[] a = items;
                    PyObject[] out = new PyObject[ix.length()];
                    for (int k = 0, i = ix.start(); k < out.length; k++, i += ix.step()) {
                        out[k] = a[i];
                    }
                    return new PyList(out, out.length);
                }
            } finally {
                unlock();
            }
        }
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
        int i = Abstract.asIndex(key);
        boolean done;
        lock();
        try {
            int j = i < 0 ? i + size : i;
            done = j >= 0 && j < size;
            if (done) {
                items[j] = value;
            }
        } finally {
            unlock();
        }
        if (!done) {
            throw Errors.indexError("list assignment index out of range");
        }
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
        int i = Abstract.asIndex(key);
        boolean done;
        lock();
        try {
            int j = i < 0 ? i + size : i;
            done = j >= 0 && j < size;
            if (done) {
                removeAtLocked(j);
            }
        } finally {
            unlock();
        }
        if (!done) {
            throw Errors.indexError("list assignment index out of range");
        }
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
        // Each operand is copied under its own lock in turn, never both at once.
        PyObject[] mine = toArray();
        PyObject[] theirs = l == this ? mine : l.toArray();
        PyObject[] a = Arrays.copyOf(mine, mine.length + theirs.length);
        System.arraycopy(theirs, 0, a, mine.length, theirs.length);
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
        PyObject[] src = toArray();
        return new PyList(repeat(src, src.length, c), src.length * c);
    }

    /** Returns {@code count} copies of the first {@code len} items of {@code src}. */
    private static PyObject[] repeat(PyObject[] src, int len, int count) {
        if ((long) len * count > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError();
        }
        PyObject[] a = new PyObject[len * count];
        for (int k = 0; k < count; k++) {
            System.arraycopy(src, 0, a, k * len, len);
        }
        return a;
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
        lock();
        try {
            int len = size;
            if ((long) len * c <= Integer.MAX_VALUE - 8) {
                PyObject[] a = repeat(items, len, c);
                replaceAll(a, a.length);
                return this;
            }
        } finally {
            unlock();
        }
        throw Errors.memoryError();
    }

    private PyObject cmp(PyObject o, CompareOp op) {
        if (!(o instanceof PyList l)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        // Snapshots taken one lock at a time: a == b racing b == a cannot deadlock, and the
        // item comparisons (Python code) run with no lock held.
        PyObject[] a = toArray();
        PyObject[] b = l == this ? a : l.toArray();
        return Sequences.compare(a, a.length, b, b.length, op);
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

package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * {@code collections.deque}: a ring buffer with O(1) appends and pops at both ends, and an
 * optional maximum length.
 *
 * <p>Thread-safety (free-threaded engines, and host threads in either mode): every operation
 * that touches the buffer runs under the deque's lock ({@link ContainerLock}), so each single
 * operation is atomic, as in CPython. Python code never runs under it: {@code count},
 * {@code index}, {@code remove} and {@code in} fetch one item under the lock and compare it
 * unlocked, checking a mutation counter as CPython does ("deque mutated during iteration"), and
 * {@code extend} reads its iterable unlocked, one append at a time. The methods named like
 * Python's are in {@link DequeMethods}.
 *
 * <p>CPython: Modules/_collectionsmodule.c
 */
@PyClass(name = "deque", module = "collections", methods = {DequeMethods.class}, unhashable = true,
        doc = "A list-like sequence optimized for data accesses near its endpoints.")
public class PyDeque extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code collections.deque}. */
    public static final PyType TYPE = PyType.fromClass(PyDeque.class, LOOKUP);

    private static final VarHandle LOCK;

    static {
        try {
            LOCK = LOOKUP.findVarHandle(PyDeque.class, "lockWord", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The ring buffer; its length is a power of two. */
    private PyObject[] buf = new PyObject[8];
    private int head;
    private int size;
    /** The maximum length, or -1 for unbounded. */
    private int maxlen = -1;
    /** Changes on every mutation; iterators and searches compare it. */
    private int state;
    /** The lock: 0 free, 1 held (see {@link ContainerLock}). */
    private int lockWord;

    /** Creates an empty unbounded deque. */
    public PyDeque() {
    }

    /** A Python subclass instance of {@code deque}. */
    static final class Derived extends PyDeque implements HasDict {
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

    @Override
    public PyType getType() {
        return TYPE;
    }

    final void lock() {
        if (!LOCK.compareAndSet(this, 0, 1)) {
            ContainerLock.acquireSlow(LOCK, this);
        }
    }

    final void unlock() {
        LOCK.setRelease(this, 0);
    }

    /** Returns the number of items. */
    public int size() {
        return size;
    }

    /** Returns the maximum length, or -1 if unbounded. */
    int maxlen() {
        return maxlen;
    }

    /** Returns the mutation counter. */
    int state() {
        return state;
    }

    // ---- primitives, all with the lock held --------------------------------------------------

    private int slot(int i) {
        return (head + i) & (buf.length - 1);
    }

    private void grow() {
        PyObject[] a = new PyObject[buf.length * 2];
        for (int i = 0; i < size; i++) {
            a[i] = buf[slot(i)];
        }
        buf = a;
        head = 0;
    }

    private void pushRight(PyObject x) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            takeLeft();
        }
        if (size == buf.length) {
            grow();
        }
        buf[slot(size)] = x;
        size++;
        state++;
    }

    private void pushLeft(PyObject x) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            takeRight();
        }
        if (size == buf.length) {
            grow();
        }
        head = (head - 1) & (buf.length - 1);
        buf[head] = x;
        size++;
        state++;
    }

    private PyObject takeLeft() {
        PyObject x = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        state++;
        return x;
    }

    private PyObject takeRight() {
        int s = slot(size - 1);
        PyObject x = buf[s];
        buf[s] = null;
        size--;
        state++;
        return x;
    }

    /** Replaces the content with the first {@code n} items of an array (lock held). */
    private void install(PyObject[] items, int n) {
        int cap = 8;
        while (cap < n) {
            cap <<= 1;
        }
        buf = Arrays.copyOf(items, cap);
        head = 0;
        size = n;
        state++;
    }

    private PyObject[] copyLocked() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) {
            out[i] = buf[slot(i)];
        }
        return out;
    }

    // ---- atomic operations ---------------------------------------------------------------------

    /**
     * Appends at the right end ({@code deque.append}).
     *
     * @param x the item
     */
    public void append(PyObject x) {
        lock();
        try {
            pushRight(x);
        } finally {
            unlock();
        }
    }

    /**
     * Appends at the left end ({@code deque.appendleft}).
     *
     * @param x the item
     */
    public void appendLeft(PyObject x) {
        lock();
        try {
            pushLeft(x);
        } finally {
            unlock();
        }
    }

    /**
     * Removes and returns the rightmost item, or {@code null} if empty.
     *
     * @return the item or {@code null}
     */
    public PyObject popRight() {
        lock();
        try {
            return size == 0 ? null : takeRight();
        } finally {
            unlock();
        }
    }

    /**
     * Removes and returns the leftmost item, or {@code null} if empty.
     *
     * @return the item or {@code null}
     */
    public PyObject popLeft() {
        lock();
        try {
            return size == 0 ? null : takeLeft();
        } finally {
            unlock();
        }
    }

    /**
     * Appends items at one end in one atomic step.
     *
     * @param items the items
     * @param left  whether at the left end (each item in turn, reversing them)
     */
    void pushAll(PyObject[] items, boolean left) {
        lock();
        try {
            for (PyObject x : items) {
                if (left) {
                    pushLeft(x);
                } else {
                    pushRight(x);
                }
            }
        } finally {
            unlock();
        }
    }

    /** Removes every item. */
    public void clear() {
        lock();
        try {
            buf = new PyObject[8];
            head = 0;
            size = 0;
            state++;
        } finally {
            unlock();
        }
    }

    /**
     * Replaces the content and the maximum length ({@code __init__}, {@code *=}).
     *
     * @param items  the new items, already trimmed to {@code maxlen}
     * @param newMax the maximum length, or -1
     */
    void reset(PyObject[] items, int newMax) {
        lock();
        try {
            maxlen = newMax;
            install(items, items.length);
        } finally {
            unlock();
        }
    }

    /** Returns the items left to right (one consistent state). */
    public PyObject[] toArray() {
        lock();
        try {
            return copyLocked();
        } finally {
            unlock();
        }
    }

    /**
     * Returns the item at an index (negative counts from the right), or {@code null} if out of
     * range.
     *
     * @param i the index
     * @return the item or {@code null}
     */
    PyObject getOrNull(int i) {
        lock();
        try {
            int j = i < 0 ? i + size : i;
            return j >= 0 && j < size ? buf[slot(j)] : null;
        } finally {
            unlock();
        }
    }

    /**
     * Returns the item at an index if the deque is still at mutation state {@code expected};
     * throws RuntimeError if it changed, returns {@code null} past the end.
     */
    PyObject itemAtState(int i, int expected) {
        boolean mutated;
        lock();
        try {
            mutated = state != expected;
            if (!mutated) {
                return i >= 0 && i < size ? buf[slot(i)] : null;
            }
        } finally {
            unlock();
        }
        throw Errors.runtimeError("deque mutated during iteration");
    }

    /** Stores an item at an index; returns whether it was in range. */
    boolean setAt(int i, PyObject x) {
        lock();
        try {
            int j = i < 0 ? i + size : i;
            if (j < 0 || j >= size) {
                return false;
            }
            buf[slot(j)] = x;
            return true;
        } finally {
            unlock();
        }
    }

    /**
     * Deletes the item at an index; with {@code expected} >= 0 only if the mutation state is
     * still that. Returns whether it deleted.
     */
    boolean deleteAt(int i, long expected) {
        lock();
        try {
            int j = i < 0 ? i + size : i;
            if (j < 0 || j >= size || expected >= 0 && state != (int) expected) {
                return false;
            }
            PyObject[] items = copyLocked();
            PyObject[] out = new PyObject[size - 1];
            System.arraycopy(items, 0, out, 0, j);
            System.arraycopy(items, j + 1, out, j, size - j - 1);
            install(out, out.length);
            return true;
        } finally {
            unlock();
        }
    }

    /** Inserts before an index (clamped as list.insert); returns false if at maxlen. */
    boolean insertAt(int i, PyObject x) {
        lock();
        try {
            if (maxlen >= 0 && size >= maxlen) {
                return false;
            }
            int j = i < 0 ? Math.max(0, i + size) : Math.min(i, size);
            if (j == size) {
                pushRight(x);
                return true;
            }
            if (j == 0) {
                pushLeft(x);
                return true;
            }
            PyObject[] items = copyLocked();
            PyObject[] out = new PyObject[size + 1];
            System.arraycopy(items, 0, out, 0, j);
            out[j] = x;
            System.arraycopy(items, j, out, j + 1, size - j);
            install(out, out.length);
            return true;
        } finally {
            unlock();
        }
    }

    /**
     * Rotates {@code n} steps to the right (negative: left).
     *
     * @param n the steps
     */
    void rotate(long n) {
        lock();
        try {
            if (size <= 1) {
                return;
            }
            int k = (int) Math.floorMod(n, (long) size);
            if (k <= size / 2) {
                for (int s = 0; s < k; s++) {
                    pushLeft(takeRight());
                }
            } else {
                for (int s = size - k; s > 0; s--) {
                    pushRight(takeLeft());
                }
            }
        } finally {
            unlock();
        }
    }

    /** Reverses in place. */
    void reverse() {
        lock();
        try {
            PyObject[] items = copyLocked();
            for (int i = 0, j = items.length - 1; i < j; i++, j--) {
                PyObject t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
            install(items, items.length);
        } finally {
            unlock();
        }
    }

    // ---- construction ------------------------------------------------------------------------

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        return cls == TYPE ? new PyDeque() : new Derived(cls);
    }

    @PyMethod
    void __init__(@Name("iterable") @Default("None") PyObject iterable,
            @Name("maxlen") @Default("None") PyObject maxlenArg) {
        int m = -1;
        if (maxlenArg != PyNone.NONE) {
            if (!(maxlenArg instanceof PyInt)) {
                throw Errors.typeError("an integer is required");
            }
            m = Abstract.asIndex(maxlenArg);
            if (m < 0) {
                throw Errors.valueError("maxlen must be non-negative");
            }
        }
        PyObject[] items = iterable == PyNone.NONE || iterable == this ? EMPTY_ARRAY
                : DequeMethods.itemsOf(iterable);
        if (m >= 0 && items.length > m) {
            items = Arrays.copyOfRange(items, items.length - m, items.length);
        }
        reset(items, m);
    }

    @PyClassMethod
    static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }

    @PyGetter(value = "maxlen", doc = "maximum size of a deque or None if unbounded")
    PyObject maxlenAttribute() {
        int m = maxlen;
        return m < 0 ? PyNone.NONE : PyInt.of(m);
    }
}

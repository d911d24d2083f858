package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The Python {@code dict}: an insertion-ordered hash table in CPython's compact layout, an
 * index array of open-addressed slots pointing into dense entry arrays (hash, key, value).
 *
 * <p>All state lives in one {@link Table} reached through one volatile field; growth and
 * {@code clear} install a new table. Within a table an entry position is never reused, an
 * entry's hash, value and key are written before the index slot that points at it (a release
 * store), and an index slot only changes from empty to an entry or from an entry to a deleted
 * marker, so a probe chain never breaks under a racing reader.
 *
 * <p>Thread-safety (free-threaded engines, and host threads in either mode): lookups take no
 * lock. Mutations take the dict's own lock ({@link ContainerLock}), which is never held while
 * Python code runs: keys are hashed before it is taken, and when a probe meets a stored key
 * whose equality could run Python code ({@code __eq__} of a non-builtin key), the lock is
 * dropped, the key is located unlocked, and the mutation is applied only if no key was added or
 * removed meanwhile ({@link #keysVersion()} unchanged), else retried, as CPython restarts a
 * lookup when the table changes under it. {@link #keysVersion()} changes whenever a key is
 * added or removed (not when a value is replaced). Methods named as in Python are in
 * {@link DictMethods}.
 *
 * <p>CPython: Objects/dictobject.c
 */
@PyClass(name = "dict", methods = {DictMethods.class}, unhashable = true)
public class PyDict extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code dict}. */
    public static final PyType TYPE = PyType.fromClass(PyDict.class, LOOKUP);

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    /** A locked probe met a key whose comparison could run Python code. */
    private static final int NEEDS_CALL = -3;

    private static final VarHandle LOCK;
    private static final VarHandle INDEX = MethodHandles.arrayElementVarHandle(int[].class);
    private static final VarHandle VALUES = MethodHandles.arrayElementVarHandle(PyObject[].class);

    static {
        try {
            LOCK = LOOKUP.findVarHandle(PyDict.class, "lockWord", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The table: indices into the entry arrays, and the entries in insertion order. */
    static final class Table {
        final int[] index;
        final long[] hashes;
        final PyObject[] keys;
        final PyObject[] values;
        /** Entries used so far (including deleted ones, whose key is null). */
        int used;
        /** Live entries. */
        int live;

        Table(int slots, int entries) {
            index = new int[slots];
            Arrays.fill(index, EMPTY);
            hashes = new long[entries];
            keys = new PyObject[entries];
            values = new PyObject[entries];
        }
    }

    private volatile Table table = new Table(8, 5);
    private int keysVersion;
    /** The mutation lock: 0 free, 1 held (see {@link ContainerLock}). */
    private int lockWord;

    /** Creates an empty dict. */
    public PyDict() {
    }

    /** A Python subclass instance of {@code dict}. */
    static final class Derived extends PyDict implements HasDict {
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

    private void lock() {
        if (!LOCK.compareAndSet(this, 0, 1)) {
            ContainerLock.acquireSlow(LOCK, this);
        }
    }

    private void unlock() {
        LOCK.setRelease(this, 0);
    }

    /** Returns the number of items. */
    public int size() {
        return table.live;
    }

    /** Returns a number that changes whenever a key is added or removed. */
    public int keysVersion() {
        return keysVersion;
    }

    Table table() {
        return table;
    }

    private static long hashOf(PyObject key) {
        return Abstract.hash(key);
    }

    private static boolean keyEquals(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return ((PyStr) a).equalsStr((PyStr) b);
        }
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return ((PyInt) a).compareTo((PyInt) b) == 0;
        }
        return Abstract.richCompareBool(a, b, CompareOp.EQ);
    }

    /**
     * Whether comparing two keys runs only builtin Java code: both are exact builtin scalars
     * (whose {@code __eq__} never calls out), so the comparison may run under the lock.
     */
    static boolean comparesWithoutCalls(PyObject a, PyObject b) {
        return a == b || isScalar(a.getClass()) && isScalar(b.getClass());
    }

    private static boolean isScalar(Class<?> c) {
        return c == PyStr.class || c == PyInt.class || c == PyFloat.class || c == PyBool.class
                || c == PyBytes.class;
    }

    /** Returns the entry index of a key in a table, or -1. */
    private static int find(Table t, PyObject key, long hash) {
        int[] index = t.index;
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = (int) INDEX.getAcquire(index, i);
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && t.hashes[ix] == hash) {
                PyObject k = t.keys[ix];
                if (k != null && keyEquals(k, key)) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /**
     * Like {@link #find} for use under the lock: returns {@link #NEEDS_CALL} instead of
     * comparing keys whose equality could run Python code.
     */
    private static int findLocked(Table t, PyObject key, long hash) {
        int[] index = t.index;
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && t.hashes[ix] == hash) {
                PyObject k = t.keys[ix];
                if (k != null) {
                    if (!comparesWithoutCalls(k, key)) {
                        return NEEDS_CALL;
                    }
                    if (keyEquals(k, key)) {
                        return ix;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private static int findSlotForInsert(Table t, long hash) {
        int mask = t.index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (t.index[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** Returns a table sized for {@code minLive} entries. */
    private static Table newTable(int minLive) {
        int slots = 8;
        while (slots * 2 < minLive * 3) {
            slots <<= 1;
        }
        return new Table(slots, slots * 2 / 3);
    }

    /** Appends an entry for a key known to be absent, with room known to be there. */
    private static void insertClean(Table t, PyObject key, long h, PyObject value) {
        int e = t.used;
        t.hashes[e] = h;
        t.values[e] = value;
        t.keys[e] = key;
        // The release store publishes the entry's fields before the slot that leads to it.
        INDEX.setRelease(t.index, findSlotForInsert(t, h), e);
        t.used = e + 1;
        t.live++;
    }

    /** Installs a compacted copy with room for {@code minLive} entries (lock held). */
    private void resize(int minLive) {
        Table old = table;
        Table t = newTable(minLive);
        for (int e = 0; e < old.used; e++) {
            PyObject k = old.keys[e];
            if (k != null) {
                insertClean(t, k, old.hashes[e], old.values[e]);
            }
        }
        table = t;
    }

    /**
     * Returns the value for a key, or {@code null}.
     *
     * @param key the key
     * @return the value or {@code null}
     */
    public PyObject get(PyObject key) {
        long h = hashOf(key);
        Table t = table;
        int ix = find(t, key, h);
        return ix < 0 ? null : t.values[ix];
    }

    /**
     * Returns the value for a str key given as a Java string, or {@code null}.
     *
     * @param key the key
     * @return the value or {@code null}
     */
    public PyObject getStr(String key) {
        return get(PyStr.of(key));
    }

    /**
     * Returns the value for a key or raises KeyError.
     *
     * @param key the key
     * @return the value
     */
    public PyObject getItem(PyObject key) {
        PyObject v = get(key);
        if (v == null) {
            throw Errors.keyError(key);
        }
        return v;
    }

    /**
     * Returns the entry index of a key (for inline caches), or -1.
     *
     * @param key the key
     * @return the index
     */
    public int entryIndex(PyObject key) {
        return find(table, key, hashOf(key));
    }

    /**
     * Returns the value stored at an entry index, or {@code null} if deleted or out of range.
     *
     * @param ix the entry index
     * @return the value or {@code null}
     */
    public PyObject valueAt(int ix) {
        Table t = table;
        return ix >= 0 && ix < t.used && ix < t.keys.length && t.keys[ix] != null
                ? t.values[ix] : null;
    }

    /**
     * Returns the key stored at an entry index (for inline caches), or {@code null}.
     *
     * @param ix the entry index, from {@link #entryIndex}
     * @return the key object the dict holds there, or {@code null}
     */
    public PyObject keyAt(int ix) {
        PyObject[] keys = table.keys;
        return ix >= 0 && ix < keys.length ? keys[ix] : null;
    }

    /**
     * Returns the value at an entry index if the key stored there is still {@code key} (the very
     * object {@link #keyAt} gave), else {@code null}: an inline cache's fast read, right even
     * when the table was rebuilt since the index was taken.
     *
     * @param ix  the entry index
     * @param key the key object found there
     * @return the value or {@code null}
     */
    public PyObject valueIfKeyAt(int ix, PyObject key) {
        Table t = table;
        PyObject[] keys = t.keys;
        return ix < keys.length && keys[ix] == key ? t.values[ix] : null;
    }

    /**
     * Sets a key's value.
     *
     * @param key   the key
     * @param value the value
     */
    public void put(PyObject key, PyObject value) {
        put(key, hashOf(key), value);
    }

    void put(PyObject key, long h, PyObject value) {
        store(key, h, value, false);
    }

    /**
     * Returns the value of a key, first storing {@code dflt} if the key is absent, in one atomic
     * step ({@code dict.setdefault}).
     *
     * @param key  the key
     * @param dflt the value to store if absent
     * @return the value now stored
     */
    public PyObject setDefault(PyObject key, PyObject dflt) {
        PyObject old = store(key, hashOf(key), dflt, true);
        return old == null ? dflt : old;
    }

    /**
     * Stores a value (or, if {@code onlyIfAbsent}, only adds a missing key) and returns the
     * value the key had, or {@code null}.
     */
    private PyObject store(PyObject key, long h, PyObject value, boolean onlyIfAbsent) {
        lock();
        try {
            Table t = table;
            int ix = findLocked(t, key, h);
            if (ix != NEEDS_CALL) {
                return storeLocked(t, ix, key, h, value, onlyIfAbsent);
            }
        } finally {
            unlock();
        }
        while (true) {
            int version = keysVersion;
            Table t = table;
            int ix = find(t, key, h);
            lock();
            try {
                if (table == t && keysVersion == version) {
                    return storeLocked(t, ix, key, h, value, onlyIfAbsent);
                }
            } finally {
                unlock();
            }
        }
    }

    /** Applies a store whose lookup gave {@code ix} in the current table (lock held). */
    private PyObject storeLocked(Table t, int ix, PyObject key, long h, PyObject value,
            boolean onlyIfAbsent) {
        if (ix >= 0) {
            PyObject old = t.values[ix];
            if (!onlyIfAbsent) {
                VALUES.setRelease(t.values, ix, value);
            }
            return old;
        }
        if (t.used >= t.keys.length) {
            resize(t.live + 1);
            t = table;
        }
        insertClean(t, key, h, value);
        keysVersion++;
        return null;
    }

    /**
     * Removes a key.
     *
     * @param key the key
     * @return the removed value, or {@code null} if absent
     */
    public PyObject remove(PyObject key) {
        long h = hashOf(key);
        lock();
        try {
            Table t = table;
            int ix = findLocked(t, key, h);
            if (ix != NEEDS_CALL) {
                return ix < 0 ? null : removeEntry(t, ix);
            }
        } finally {
            unlock();
        }
        while (true) {
            int version = keysVersion;
            Table t = table;
            int ix = find(t, key, h);
            lock();
            try {
                if (table == t && keysVersion == version) {
                    return ix < 0 ? null : removeEntry(t, ix);
                }
            } finally {
                unlock();
            }
        }
    }

    /** Deletes a live entry (lock held) and returns its value. */
    private PyObject removeEntry(Table t, int ix) {
        PyObject v = t.values[ix];
        long h = t.hashes[ix];
        int mask = t.index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (t.index[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        t.index[i] = DUMMY;
        t.keys[ix] = null;
        t.values[ix] = null;
        t.live--;
        keysVersion++;
        return v;
    }

    /**
     * Removes and returns the most recently inserted item ({@code dict.popitem}), atomically.
     *
     * @return the key and value, or {@code null} if empty
     */
    PyObject[] popLast() {
        lock();
        try {
            Table t = table;
            for (int e = t.used - 1; e >= 0; e--) {
                PyObject k = t.keys[e];
                if (k != null) {
                    PyObject v = removeEntry(t, e);
                    // Trailing deleted entries are dropped, so repeated popitem stays O(1).
                    t.used = e;
                    return new PyObject[] {k, v};
                }
            }
            return null;
        } finally {
            unlock();
        }
    }

    /**
     * Removes a str key given as a Java string.
     *
     * @param key the key
     * @return the removed value, or {@code null}
     */
    public PyObject delStr(String key) {
        return remove(PyStr.of(key));
    }

    /** Removes everything. */
    public void clear() {
        lock();
        try {
            table = new Table(8, 5);
            keysVersion++;
        } finally {
            unlock();
        }
    }

    /**
     * The live entries of one consistent state: keys, values and hashes side by side.
     *
     * @param keys   the keys in insertion order
     * @param values the values
     * @param hashes the hashes
     */
    record Entries(PyObject[] keys, PyObject[] values, long[] hashes) {
    }

    /** Returns the live entries, copied under the lock. */
    Entries entries() {
        lock();
        try {
            Table t = table;
            int n = t.live;
            PyObject[] ks = new PyObject[n];
            PyObject[] vs = new PyObject[n];
            long[] hs = new long[n];
            int j = 0;
            for (int e = 0; e < t.used && j < n; e++) {
                if (t.keys[e] != null) {
                    ks[j] = t.keys[e];
                    vs[j] = t.values[e];
                    hs[j] = t.hashes[e];
                    j++;
                }
            }
            return new Entries(ks, vs, hs);
        } finally {
            unlock();
        }
    }

    /** Returns the keys in order (a snapshot). */
    public PyObject[] keysArray() {
        return entries().keys();
    }

    /** Returns the values in order (a snapshot). */
    public PyObject[] valuesArray() {
        return entries().values();
    }

    /**
     * Returns the next live entry at or after a position of a table, for iterators.
     *
     * @param t   the table
     * @param pos the entry position
     * @return the entry position, or -1 at the end
     */
    static int nextEntry(Table t, int pos) {
        int used = Math.min(t.used, t.keys.length);
        for (int e = pos; e < used; e++) {
            if (t.keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    /** Returns a shallow copy. */
    public PyDict copy() {
        Entries es = entries();
        PyDict d = new PyDict();
        Table t = newTable(es.keys().length);
        for (int i = 0; i < es.keys().length; i++) {
            insertClean(t, es.keys()[i], es.hashes()[i], es.values()[i]);
        }
        d.table = t;
        return d;
    }

    /**
     * Merges a mapping or iterable of pairs into this dict ({@code dict.update}).
     *
     * <p>From another dict the merge is one atomic step when every key compares without
     * calling Python code (str, int, float, bytes keys); otherwise key by key.
     *
     * @param other a dict, an object with {@code keys()}, or an iterable of pairs
     */
    public void update(PyObject other) {
        if (other instanceof PyDict d) {
            if (d == this) {
                return;
            }
            // The source is copied under its own lock first: two dicts' locks are never held
            // together, so d1.update(d2) racing d2.update(d1) cannot deadlock.
            Entries es = d.entries();
            int done = mergeLocked(es);
            for (int i = done; i < es.keys().length; i++) {
                put(es.keys()[i], es.hashes()[i], es.values()[i]);
            }
        } else if (Abstract.lookupAttr(other, "keys") != null) {
            PyObject keys = Abstract.callMethod(other, "keys");
            PyObject it = Abstract.iter(keys);
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                put(k, Abstract.getItem(other, k));
            }
        } else {
            PyObject it = Abstract.iter(other);
            int n = 0;
            for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it), n++) {
                PyObject[] pair;
                if (item.getType().slot(Slot.ITER) == null
                        && item.getType().slot(Slot.GETITEM) == null) {
                    throw Errors.typeError(
                            "cannot convert dictionary update sequence element #%d to a sequence",
                            n);
                }
                pair = Abstract.toArray(item);
                if (pair.length != 2) {
                    throw Errors.valueError("dictionary update sequence element #%d has length %d;"
                            + " 2 is required", n, pair.length);
                }
                put(pair[0], pair[1]);
            }
        }
    }

    /**
     * Stores entries under one hold of the lock until one needs a Python-level comparison;
     * returns how many were stored.
     */
    private int mergeLocked(Entries es) {
        PyObject[] ks = es.keys();
        lock();
        try {
            if (table.live == 0 && ks.length > 0) {
                resize(ks.length);
            }
            for (int i = 0; i < ks.length; i++) {
                Table t = table;
                int ix = findLocked(t, ks[i], es.hashes()[i]);
                if (ix == NEEDS_CALL) {
                    return i;
                }
                storeLocked(t, ix, ks[i], es.hashes()[i], es.values()[i], false);
            }
            return ks.length;
        } finally {
            unlock();
        }
    }

    // ---- exposed core -------------------------------------------------------------------------

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        return cls == TYPE ? new PyDict() : new Derived(cls);
    }

    @PyMethod
    void __init__(@Args PyObject[] args, @Kwargs PyDict kw) {
        if (args.length > 1) {
            throw Errors.typeError("dict expected at most 1 argument, got %d", args.length);
        }
        if (args.length == 1) {
            update(args[0]);
        }
        if (kw != null) {
            update(kw);
        }
    }

    @PyMethod
    int __len__() {
        return size();
    }

    @PyMethod
    PyObject __getitem__(PyObject key) {
        PyObject v = get(key);
        if (v != null) {
            return v;
        }
        if (getClass() != PyDict.class) {
            PyObject missing = getType().slot(Slot.MISSING);
            if (missing != null) {
                return Slots.call1(missing, this, key);
            }
        }
        throw Errors.keyError(key);
    }

    @PyMethod
    void __setitem__(PyObject key, PyObject value) {
        put(key, value);
    }

    @PyMethod
    void __delitem__(PyObject key) {
        if (remove(key) == null) {
            throw Errors.keyError(key);
        }
    }

    @PyMethod
    boolean __contains__(PyObject key) {
        return get(key) != null;
    }

    @PyMethod
    PyObject __repr__() {
        if (size() == 0) {
            return PyStr.of("{}");
        }
        if (!Abstract.reprEnter(this)) {
            return PyStr.of("{...}");
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            Entries es = entries();
            for (int i = 0; i < es.keys().length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(es.keys()[i])).append(": ")
                        .append(Abstract.repr(es.values()[i]));
            }
            return PyStr.of(sb.append('}').toString());
        } finally {
            Abstract.reprLeave(this);
        }
    }
}

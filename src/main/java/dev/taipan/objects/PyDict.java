package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * The Python {@code dict}: an insertion-ordered hash table in CPython's compact layout, an
 * index array of open-addressed slots pointing into dense entry arrays (hash, key, value).
 *
 * <p>All state lives in one {@link Table} reached through one field, and growth builds a new
 * table, so a per-object lock can later guard mutations while lookups read the field once and
 * stay lock-free. {@link #keysVersion()} changes whenever a key is added or removed (not when a
 * value is replaced): inline caches for globals can key on it together with
 * {@link #entryIndex}. Methods named as in Python are in {@link DictMethods}.
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

    private Table table = new Table(8, 5);
    private int keysVersion;

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

    @Override
    public PyType getType() {
        return TYPE;
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

    /** Returns the entry index of a key in a table, or -1. */
    private static int find(Table t, PyObject key, long hash) {
        int mask = t.index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = t.index[i];
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

    private void resize(int minLive) {
        int slots = 8;
        while (slots * 2 < minLive * 3) {
            slots <<= 1;
        }
        Table old = table;
        Table t = new Table(slots, slots * 2 / 3);
        int j = 0;
        for (int e = 0; e < old.used; e++) {
            PyObject k = old.keys[e];
            if (k != null) {
                t.hashes[j] = old.hashes[e];
                t.keys[j] = k;
                t.values[j] = old.values[e];
                t.index[findSlotForInsert(t, old.hashes[e])] = j;
                j++;
            }
        }
        t.used = j;
        t.live = j;
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
        return ix >= 0 && ix < t.used && t.keys[ix] != null ? t.values[ix] : null;
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
        Table t = table;
        int ix = find(t, key, h);
        if (ix >= 0) {
            t.values[ix] = value;
            return;
        }
        if (t != table) {
            t = table;
        }
        if (t.used >= t.keys.length) {
            resize(t.live + 1);
            t = table;
        }
        int e = t.used;
        t.hashes[e] = h;
        t.keys[e] = key;
        t.values[e] = value;
        t.index[findSlotForInsert(t, h)] = e;
        t.used = e + 1;
        t.live++;
        keysVersion++;
    }

    /**
     * Removes a key.
     *
     * @param key the key
     * @return the removed value, or {@code null} if absent
     */
    public PyObject remove(PyObject key) {
        long h = hashOf(key);
        Table t = table;
        int ix = find(t, key, h);
        if (ix < 0) {
            return null;
        }
        PyObject v = t.values[ix];
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
        table = new Table(8, 5);
        keysVersion++;
    }

    /** Returns the keys in order (a snapshot). */
    public PyObject[] keysArray() {
        Table t = table;
        PyObject[] out = new PyObject[t.live];
        int j = 0;
        for (int e = 0; e < t.used && j < out.length; e++) {
            if (t.keys[e] != null) {
                out[j++] = t.keys[e];
            }
        }
        return j == out.length ? out : Arrays.copyOf(out, j);
    }

    /** Returns the values in order (a snapshot). */
    public PyObject[] valuesArray() {
        Table t = table;
        PyObject[] out = new PyObject[t.live];
        int j = 0;
        for (int e = 0; e < t.used && j < out.length; e++) {
            if (t.keys[e] != null) {
                out[j++] = t.values[e];
            }
        }
        return j == out.length ? out : Arrays.copyOf(out, j);
    }

    /**
     * Returns the next live entry at or after a position, for iterators.
     *
     * @param pos the entry position
     * @return the entry position, or -1 at the end
     */
    int nextEntry(int pos) {
        Table t = table;
        for (int e = pos; e < t.used; e++) {
            if (t.keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    /** Returns the value at an entry position found by {@link #nextEntry}. */
    PyObject valueAtEntry(int e) {
        return table.values[e];
    }

    /** Returns the key at an entry position found by {@link #nextEntry}. */
    PyObject keyAt(int e) {
        return table.keys[e];
    }

    /** Returns a shallow copy. */
    public PyDict copy() {
        PyDict d = new PyDict();
        Table t = table;
        d.resize(t.live);
        for (int e = 0; e < t.used; e++) {
            if (t.keys[e] != null) {
                d.put(t.keys[e], t.hashes[e], t.values[e]);
            }
        }
        return d;
    }

    /**
     * Merges a mapping or iterable of pairs into this dict ({@code dict.update}).
     *
     * @param other a dict, an object with {@code keys()}, or an iterable of pairs
     */
    public void update(PyObject other) {
        if (other instanceof PyDict d) {
            Table t = d.table;
            for (int e = 0; e < t.used; e++) {
                if (t.keys[e] != null) {
                    put(t.keys[e], t.hashes[e], t.values[e]);
                }
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
            boolean first = true;
            for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) {
                Table t = table;
                PyObject k = t.keys[e];
                PyObject v = t.values[e];
                if (k == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.repr(k)).append(": ").append(Abstract.repr(v));
            }
            return PyStr.of(sb.append('}').toString());
        } finally {
            Abstract.reprLeave(this);
        }
    }
}

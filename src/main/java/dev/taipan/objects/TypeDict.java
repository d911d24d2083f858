package dev.taipan.objects;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The dictionary of a {@link PyType}: an insertion-ordered map from attribute name to value.
 *
 * <p>Reads are lock-free: the whole content is one immutable snapshot published through a
 * volatile field, replaced on every write (type dicts are read constantly and written rarely,
 * at class creation and by monkey-patching). Writers synchronize on this object. Keys are Java
 * strings because CPython only honours {@code str} keys in a type dict.
 */
public final class TypeDict {
    private record Snapshot(String[] keys, PyObject[] values, HashMap<String, Integer> index) {
        Snapshot(String[] keys, PyObject[] values) {
            this(keys, values, indexOf(keys));
        }

        private static HashMap<String, Integer> indexOf(String[] keys) {
            HashMap<String, Integer> m = new HashMap<>(keys.length * 2);
            for (int i = 0; i < keys.length; i++) {
                m.put(keys[i], i);
            }
            return m;
        }

        int indexOf(String key) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
    }

    private static final Snapshot EMPTY = new Snapshot(new String[0], new PyObject[0]);

    private volatile Snapshot snapshot = EMPTY;

    /** Creates an empty type dict. */
    public TypeDict() {
    }

    /**
     * Returns the value for a name.
     *
     * @param name the attribute name
     * @return the value or {@code null} if absent
     */
    public PyObject get(String name) {
        Snapshot s = snapshot;
        int i = s.indexOf(name);
        return i < 0 ? null : s.values[i];
    }

    /**
     * Sets a name, keeping its position if present and appending otherwise.
     *
     * @param name  the attribute name
     * @param value the value, not {@code null}
     */
    public synchronized void put(String name, PyObject value) {
        Snapshot s = snapshot;
        int i = s.indexOf(name);
        if (i >= 0) {
            PyObject[] vals = s.values.clone();
            vals[i] = value;
            snapshot = new Snapshot(s.keys, vals, s.index);
        } else {
            int n = s.keys.length;
            String[] keys = Arrays.copyOf(s.keys, n + 1);
            PyObject[] vals = Arrays.copyOf(s.values, n + 1);
            keys[n] = name.intern();
            vals[n] = value;
            snapshot = new Snapshot(keys, vals);
        }
    }

    /**
     * Adds many entries at once (class creation), in the map's iteration order.
     *
     * @param entries the entries
     */
    public synchronized void putAll(Map<String, PyObject> entries) {
        for (Map.Entry<String, PyObject> e : entries.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    /**
     * Removes a name.
     *
     * @param name the attribute name
     * @return whether it was present
     */
    public synchronized boolean remove(String name) {
        Snapshot s = snapshot;
        int i = s.indexOf(name);
        if (i < 0) {
            return false;
        }
        int n = s.keys.length;
        String[] keys = new String[n - 1];
        PyObject[] vals = new PyObject[n - 1];
        System.arraycopy(s.keys, 0, keys, 0, i);
        System.arraycopy(s.keys, i + 1, keys, i, n - i - 1);
        System.arraycopy(s.values, 0, vals, 0, i);
        System.arraycopy(s.values, i + 1, vals, i, n - i - 1);
        snapshot = new Snapshot(keys, vals);
        return true;
    }

    /**
     * Returns whether a name is present.
     *
     * @param name the attribute name
     * @return whether present
     */
    public boolean containsKey(String name) {
        return snapshot.indexOf(name) >= 0;
    }

    /** Returns the number of entries. */
    public int size() {
        return snapshot.keys.length;
    }

    /**
     * Visits the entries in insertion order (of one consistent snapshot).
     *
     * @param action receives each name and value
     */
    public void forEach(BiConsumer<String, PyObject> action) {
        Snapshot s = snapshot;
        for (int i = 0; i < s.keys.length; i++) {
            action.accept(s.keys[i], s.values[i]);
        }
    }

    /** Returns a copy of the names in insertion order. */
    public String[] keys() {
        return snapshot.keys.clone();
    }
}

package dev.taipan.objects;

/**
 * The hash table shared by {@code set} and {@code frozenset}: CPython's layout and probing
 * (linear probes, then perturbation), so that iteration order matches CPython's for values
 * whose hashes match (ints, floats, tuples of them).
 *
 * <p>Like {@link PyList} and {@link PyDict}, mutation replaces the table on growth and readers
 * read the table field once, so a per-object lock can be added around mutators later.
 *
 * <p>CPython: Objects/setobject.c
 */
public abstract class PySetBase extends PyObject {
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot. */
    private static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType getType() {
            return PyNone.TYPE;
        }
    };

    /** Keys per slot: {@code null} unused, {@link #DUMMY} deleted. */
    PyObject[] keys = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    /** Slots used by live or dummy entries. */
    int fill;
    /** Live entries. */
    int used;

    /** Creates an empty set. */
    protected PySetBase() {
    }

    /** Returns the number of elements. */
    public int size() {
        return used;
    }

    /**
     * Returns whether an element is present.
     *
     * @param key the element
     * @return whether present
     */
    public boolean contains(PyObject key) {
        return find(key, hashOf(key)) >= 0;
    }

    static long hashOf(PyObject key) {
        return Abstract.hash(key);
    }

    private static boolean eq(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return ((PyStr) a).equalsStr((PyStr) b);
        }
        return Abstract.richCompareBool(a, b, CompareOp.EQ);
    }

    /** Returns the slot of a key, or -1. */
    int find(PyObject key, long hash) {
        PyObject[] k = keys;
        long[] h = hashes;
        int mask = k.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject sk = k[j];
                if (sk == null) {
                    return -1;
                }
                if (sk != DUMMY && h[j] == hash && eq(sk, key)) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /**
     * Adds an element.
     *
     * @param key the element
     * @return whether it was added (not already present)
     */
    // CPython: Objects/setobject.c, set_add_entry
    public boolean add(PyObject key) {
        return add(key, hashOf(key));
    }

    boolean add(PyObject key, long hash) {
        PyObject[] k = keys;
        long[] h = hashes;
        int mask = k.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeslot = -1;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject sk = k[j];
                if (sk == null) {
                    if (freeslot >= 0) {
                        k[freeslot] = key;
                        h[freeslot] = hash;
                        used++;
                        return true;
                    }
                    k[j] = key;
                    h[j] = hash;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (sk == DUMMY) {
                    if (freeslot < 0) {
                        freeslot = j;
                    }
                } else if (h[j] == hash && eq(sk, key)) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    // CPython: Objects/setobject.c, set_table_resize and set_insert_clean
    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        PyObject[] k = new PyObject[newsize];
        long[] h = new long[newsize];
        int mask = newsize - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            PyObject key = oldKeys[s];
            if (key == null || key == DUMMY) {
                continue;
            }
            long hash = oldHashes[s];
            long perturb = hash;
            int i = (int) (hash & mask);
            outer:
            while (true) {
                if (k[i] == null) {
                    k[i] = key;
                    h[i] = hash;
                    break;
                }
                if (i + LINEAR_PROBES <= mask) {
                    for (int j = 1; j <= LINEAR_PROBES; j++) {
                        if (k[i + j] == null) {
                            k[i + j] = key;
                            h[i + j] = hash;
                            break outer;
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
        hashes = h;
        keys = k;
        fill = used;
    }

    /**
     * Removes an element if present.
     *
     * @param key the element
     * @return whether it was present
     */
    public boolean discard(PyObject key) {
        int s = find(key, hashOf(key));
        if (s < 0) {
            return false;
        }
        keys[s] = DUMMY;
        hashes[s] = -1;
        used--;
        return true;
    }

    private int finger;

    /**
     * Removes and returns some element (the next live slot after the last one popped, as
     * CPython's set.pop does), or {@code null} if empty.
     *
     * @return the element or {@code null}
     */
    PyObject popAny() {
        if (used == 0) {
            return null;
        }
        PyObject[] k = keys;
        int i = finger & (k.length - 1);
        while (k[i] == null || k[i] == DUMMY) {
            i = (i + 1) & (k.length - 1);
        }
        PyObject key = k[i];
        k[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    /** Removes every element. */
    void clearTable() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        fill = 0;
        used = 0;
    }

    /**
     * Adds all elements of an iterable ({@code set.update}).
     *
     * @param iterable the iterable
     */
    // CPython: Objects/setobject.c, set_update_internal / set_merge
    public void addAll(PyObject iterable) {
        if (iterable instanceof PySetBase other) {
            if (other == this) {
                return;
            }
            if ((long) (fill + other.used) * 5 >= (long) (keys.length - 1) * 3) {
                resize((used + other.used) * 2);
            }
            // An empty table of the same size takes the other's layout as it is when that has
            // no dummies; colliding keys can then sit in another order than adding gives.
            if (fill == 0 && keys.length == other.keys.length && other.fill == other.used) {
                hashes = other.hashes.clone();
                keys = other.keys.clone();
                fill = other.used;
                used = other.used;
                return;
            }
            PyObject[] k = other.keys;
            long[] h = other.hashes;
            for (int s = 0; s < k.length; s++) {
                if (k[s] != null && k[s] != DUMMY) {
                    add(k[s], h[s]);
                }
            }
            return;
        }
        if (iterable instanceof PyDict d) {
            for (PyObject key : d.keysArray()) {
                add(key);
            }
            return;
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            add(x);
        }
    }

    /** Returns the elements in table order (a snapshot). */
    public PyObject[] toArray() {
        PyObject[] k = keys;
        PyObject[] out = new PyObject[used];
        int j = 0;
        for (PyObject key : k) {
            if (key != null && key != DUMMY && j < out.length) {
                out[j++] = key;
            }
        }
        return j == out.length ? out : java.util.Arrays.copyOf(out, j);
    }

    /**
     * Returns whether two sets have the same elements.
     *
     * @param o the other set
     * @return whether equal
     */
    public boolean equalsSet(PySetBase o) {
        return used == o.used && isSubsetOf(o);
    }

    /**
     * Returns whether every element is in another set.
     *
     * @param o the other set
     * @return whether a subset
     */
    public boolean isSubsetOf(PySetBase o) {
        if (used > o.used) {
            return false;
        }
        for (PyObject x : toArray()) {
            if (!o.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the frozenset hash of the elements (CPython's frozenset_hash). */
    long frozenHash() {
        long hash = 0;
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != null && keys[s] != DUMMY) {
                hash ^= shuffle(hashes[s]);
            }
        }
        if (((fill - used) & 1) != 0) {
            hash ^= shuffle(-1);
        }
        hash ^= (used + 1L) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /**
     * Makes an empty set or frozenset of the same Java kind as this one.
     *
     * @return the new set
     */
    abstract PySetBase emptyLike();
}

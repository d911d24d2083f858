package dev.taipan.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The hash table shared by {@code set} and {@code frozenset}: CPython's layout and probing
 * (linear probes, then perturbation), so that iteration order matches CPython's for values
 * whose hashes match (ints, floats, tuples of them).
 *
 * <p>Thread-safety (free-threaded engines, and host threads in either mode): the slots live in
 * one {@link Table} reached through a volatile field, replaced on growth. Lookups take no lock:
 * a slot's hash is written before its key (a release store), and a slot only changes from
 * empty to a key, from a key to the deleted marker, or from the marker to a key, so a racing
 * probe never runs off its chain. Mutations take the set's lock ({@link ContainerLock}), never
 * held while Python code runs: elements are hashed first, and when a probe meets an element
 * whose equality could run Python code the lock is dropped, the element located unlocked, and
 * the change applied only if the set's {@link #version} did not move meanwhile (else retried).
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
    /** A locked probe met an element whose comparison could run Python code. */
    private static final int NEEDS_CALL = -2;

    private static final VarHandle LOCK;
    private static final VarHandle KEYS = MethodHandles.arrayElementVarHandle(PyObject[].class);

    static {
        try {
            LOCK = MethodHandles.lookup().findVarHandle(PySetBase.class, "lockWord", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The slots: keys ({@code null} unused, {@link #DUMMY} deleted) and their hashes. */
    static final class Table {
        final PyObject[] keys;
        final long[] hashes;

        Table(int size) {
            keys = new PyObject[size];
            hashes = new long[size];
        }

        Table(PyObject[] keys, long[] hashes) {
            this.keys = keys;
            this.hashes = hashes;
        }
    }

    private volatile Table table = new Table(MINSIZE);
    /** Slots used by live or dummy entries (lock held to change). */
    private int fill;
    /** Live entries. */
    private int used;
    /** Changes whenever an element is added or removed, or the table replaced. */
    private int version;
    /** Where the next {@code pop} starts looking (lock held). */
    private int finger;
    /** The mutation lock: 0 free, 1 held (see {@link ContainerLock}). */
    private int lockWord;

    /** Creates an empty set. */
    protected PySetBase() {
    }

    private void lock() {
        if (!LOCK.compareAndSet(this, 0, 1)) {
            ContainerLock.acquireSlow(LOCK, this);
        }
    }

    private void unlock() {
        LOCK.setRelease(this, 0);
    }

    /** Returns the number of elements. */
    public int size() {
        return used;
    }

    /** Returns the number of slots (for {@code __sizeof__}). */
    int capacity() {
        return table.keys.length;
    }

    /**
     * Returns whether an element is present.
     *
     * @param key the element
     * @return whether present
     */
    public boolean contains(PyObject key) {
        return find(table, key, hashOf(key)) >= 0;
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

    /** Returns the slot of a key in a table, or -1 (lock-free; may run {@code __eq__}). */
    private static int find(Table t, PyObject key, long hash) {
        PyObject[] k = t.keys;
        long[] h = t.hashes;
        int mask = k.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject sk = (PyObject) KEYS.getAcquire(k, j);
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
     * Finds where a key is, or where it would be added (lock held): returns the slot of an
     * equal key, or {@code -3 - slot} of the slot to fill, or {@link #NEEDS_CALL} when a
     * comparison could run Python code. Without {@code compare} (the key is known to be
     * absent) it only looks for the slot to fill.
     */
    private static int probe(Table t, PyObject key, long hash, boolean compare) {
        PyObject[] k = t.keys;
        long[] h = t.hashes;
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
                    return -3 - (freeslot >= 0 ? freeslot : j);
                }
                if (sk == DUMMY) {
                    if (freeslot < 0) {
                        freeslot = j;
                    }
                } else if (compare && h[j] == hash) {
                    if (!PyDict.comparesWithoutCalls(sk, key)) {
                        return NEEDS_CALL;
                    }
                    if (eq(sk, key)) {
                        return j;
                    }
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
        lock();
        try {
            int r = probe(table, key, hash, true);
            if (r != NEEDS_CALL) {
                return r >= 0 ? false : insertAt(-3 - r, key, hash);
            }
        } finally {
            unlock();
        }
        while (true) {
            int v = version;
            Table t = table;
            int found = find(t, key, hash);
            lock();
            try {
                if (version == v && table == t) {
                    return found >= 0 ? false : insertAt(-3 - probe(t, key, hash, false), key, hash);
                }
            } finally {
                unlock();
            }
        }
    }

    /** Stores a new key in a free slot of the current table (lock held). */
    private boolean insertAt(int slot, PyObject key, long hash) {
        Table t = table;
        boolean fresh = t.keys[slot] == null;
        t.hashes[slot] = hash;
        // The release store publishes the hash before the key that makes the slot live.
        KEYS.setRelease(t.keys, slot, key);
        used++;
        version++;
        if (fresh) {
            fill++;
            int mask = t.keys.length - 1;
            if ((long) fill * 5 >= (long) mask * 3) {
                resize(used > 50000 ? used * 2 : used * 4);
            }
        }
        return true;
    }

    // CPython: Objects/setobject.c, set_table_resize and set_insert_clean
    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        Table old = table;
        Table nt = new Table(newsize);
        PyObject[] k = nt.keys;
        long[] h = nt.hashes;
        int mask = newsize - 1;
        for (int s = 0; s < old.keys.length; s++) {
            PyObject key = old.keys[s];
            if (key == null || key == DUMMY) {
                continue;
            }
            long hash = old.hashes[s];
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
        table = nt;
        fill = used;
        version++;
    }

    /**
     * Removes an element if present.
     *
     * @param key the element
     * @return whether it was present
     */
    public boolean discard(PyObject key) {
        long hash = hashOf(key);
        lock();
        try {
            int r = probe(table, key, hash, true);
            if (r != NEEDS_CALL) {
                return r >= 0 && deleteAt(r);
            }
        } finally {
            unlock();
        }
        while (true) {
            int v = version;
            Table t = table;
            int found = find(t, key, hash);
            lock();
            try {
                if (version == v && table == t) {
                    return found >= 0 && deleteAt(found);
                }
            } finally {
                unlock();
            }
        }
    }

    /** Deletes the live key in a slot of the current table (lock held). */
    private boolean deleteAt(int slot) {
        Table t = table;
        t.keys[slot] = DUMMY;
        t.hashes[slot] = -1;
        used--;
        version++;
        return true;
    }

    /**
     * Removes and returns some element (the next live slot after the last one popped, as
     * CPython's set.pop does), or {@code null} if empty.
     *
     * @return the element or {@code null}
     */
    PyObject popAny() {
        lock();
        try {
            if (used == 0) {
                return null;
            }
            PyObject[] k = table.keys;
            int i = finger & (k.length - 1);
            while (k[i] == null || k[i] == DUMMY) {
                i = (i + 1) & (k.length - 1);
            }
            PyObject key = k[i];
            deleteAt(i);
            finger = i + 1;
            return key;
        } finally {
            unlock();
        }
    }

    /** Removes every element. */
    void clearTable() {
        lock();
        try {
            table = new Table(MINSIZE);
            fill = 0;
            used = 0;
            version++;
        } finally {
            unlock();
        }
    }

    /** The live elements of one consistent state, with their hashes. */
    record Elements(PyObject[] keys, long[] hashes, int version) {
    }

    /** Returns the live elements in table order, copied under the lock. */
    Elements elements() {
        lock();
        try {
            PyObject[] k = table.keys;
            long[] h = table.hashes;
            PyObject[] out = new PyObject[used];
            long[] hs = new long[used];
            int j = 0;
            for (int s = 0; s < k.length && j < out.length; s++) {
                if (k[s] != null && k[s] != DUMMY) {
                    hs[j] = h[s];
                    out[j++] = k[s];
                }
            }
            return new Elements(out, hs, version);
        } finally {
            unlock();
        }
    }

    /**
     * Replaces the whole content with another set's, if this set has not changed since
     * {@code expectedVersion}; returns whether it did.
     *
     * @param r               the new content (a set no other thread sees)
     * @param expectedVersion the version the new content was computed from
     * @return whether replaced
     */
    boolean replaceIfUnchanged(PySetBase r, int expectedVersion) {
        Elements es = r.elements();
        lock();
        try {
            if (version != expectedVersion) {
                return false;
            }
            table = new Table(MINSIZE);
            fill = 0;
            used = 0;
            finger = 0;
            for (int i = 0; i < es.keys().length; i++) {
                insertAt(-3 - probe(table, es.keys()[i], es.hashes()[i], false), es.keys()[i],
                        es.hashes()[i]);
            }
            return true;
        } finally {
            unlock();
        }
    }

    /** Returns the current version (see {@link #replaceIfUnchanged}). */
    int version() {
        return version;
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
            if (fill == 0 && adoptLayout(other)) {
                return;
            }
            // The other set is copied under its own lock first, so two sets' locks are never
            // held together; the merge then runs under this set's lock as far as it can.
            Elements es = other.elements();
            PyObject[] ks = es.keys();
            int done = 0;
            lock();
            try {
                if ((long) (fill + ks.length) * 5 >= (long) (table.keys.length - 1) * 3) {
                    resize((used + ks.length) * 2);
                }
                for (; done < ks.length; done++) {
                    int r = probe(table, ks[done], es.hashes()[done], true);
                    if (r == NEEDS_CALL) {
                        break;
                    }
                    if (r < 0) {
                        insertAt(-3 - r, ks[done], es.hashes()[done]);
                    }
                }
            } finally {
                unlock();
            }
            for (; done < ks.length; done++) {
                add(ks[done], es.hashes()[done]);
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

    /**
     * Makes this empty set a copy of another's table, as CPython's set_merge does when the
     * table it would grow to has the other's size and the other has no deleted slots: colliding
     * elements then keep the other's order (which differs from adding them one by one).
     * Returns whether it did.
     */
    private boolean adoptLayout(PySetBase other) {
        Table copy;
        int n;
        other.lock();
        try {
            if (other.fill != other.used) {
                return false;
            }
            copy = new Table(other.table.keys.clone(), other.table.hashes.clone());
            n = other.used;
        } finally {
            other.unlock();
        }
        lock();
        try {
            int cap = table.keys.length;
            if (fill != 0) {
                return false;
            }
            if ((long) n * 5 >= (long) (cap - 1) * 3) {
                cap = MINSIZE;
                while (cap <= (used + n) * 2) {
                    cap <<= 1;
                }
            }
            if (cap != copy.keys.length) {
                return false;
            }
            table = copy;
            fill = n;
            used = n;
            version++;
            return true;
        } finally {
            unlock();
        }
    }

    /** Returns the elements in table order (a snapshot). */
    public PyObject[] toArray() {
        return elements().keys();
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
        int fillNow;
        int usedNow;
        Table t;
        lock();
        try {
            t = table;
            fillNow = fill;
            usedNow = used;
        } finally {
            unlock();
        }
        for (int s = 0; s < t.keys.length; s++) {
            if (t.keys[s] != null && t.keys[s] != DUMMY) {
                hash ^= shuffle(t.hashes[s]);
            }
        }
        if (((fillNow - usedNow) & 1) != 0) {
            hash ^= shuffle(-1);
        }
        hash ^= (usedNow + 1L) * 1927868237L;
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

package dev.taipan.builtins;

import dev.taipan.objects.PyObject;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The values of {@code id()} for one interpreter: a number given to an object the first time it
 * is asked for, unique among the objects alive at the same time, as CPython's addresses are.
 *
 * <p>Java's identity hash codes are not unique, and code such as {@code copy.deepcopy} keys memo
 * dicts by {@code id()}, so ids come from a counter, kept in a map with weak keys that forgets
 * objects once they are collected.
 */
final class ObjectIds {
    private final ConcurrentHashMap<Object, Long> ids = new ConcurrentHashMap<>();
    private final ReferenceQueue<PyObject> collected = new ReferenceQueue<>();
    // Start where CPython's heap addresses typically are, so ids look like ids, and step by 16
    // as allocations do.
    private final AtomicLong next = new AtomicLong(0x7f0000000000L);

    /** The id of {@code o}. */
    long idOf(PyObject o) {
        Long id = ids.get(new Probe(o));
        if (id != null) {
            return id;
        }
        expunge();
        return ids.computeIfAbsent(new Key(o, collected), k -> next.addAndGet(16));
    }

    private void expunge() {
        for (Object k; (k = collected.poll()) != null; ) {
            ids.remove(k);
        }
    }

    /** A weak, identity-compared key. */
    private static final class Key extends WeakReference<PyObject> {
        private final int hash;

        Key(PyObject o, ReferenceQueue<PyObject> q) {
            super(o, q);
            hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            PyObject mine = get();
            return mine != null && (other instanceof Key k && k.get() == mine || other instanceof Probe p && p.o == mine);
        }
    }

    /** A strong key for lookups, equal to the {@link Key} of the same object. */
    private record Probe(PyObject o) {
        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.get() == o || other instanceof Probe p && p.o == o;
        }
    }
}

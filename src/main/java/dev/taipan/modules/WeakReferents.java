package dev.taipan.modules;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.TracebackPrinter;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One interpreter's table of weakly referenced objects: for each referent, the Python weak
 * reference and proxy objects that point to it (CPython keeps this list in the object itself).
 * Keys hold their referent weakly and are registered with a {@link ReferenceQueue}, so the
 * referents the JVM has collected can be found cheaply and their callbacks run.
 *
 * <p>The JVM clears weak references during a collection but runs no code then, so callbacks run
 * later, on the interpreter's own thread: when {@link #poll()} is called (on creating or reading
 * weak references) or after {@link #collect()} ({@code gc.collect()}), which also finds referents
 * cleared since the last collection even before the JVM has queued them.
 */
final class WeakReferents {
    /** A weak reference object is the table's basic reference (no callback, exact type). */
    static final int BASIC_REF = 0;
    /** A weak reference object is the table's basic proxy (no callback). */
    static final int BASIC_PROXY = 1;
    /** Any other weak reference object (with a callback or of a subclass). */
    static final int OTHER = 2;

    /** The builtin types whose instances may be weakly referenced (CPython's tp_weaklistoffset). */
    private static final Set<String> WEAKREFABLE_BUILTINS = Set.of(
            "type", "set", "frozenset", "function", "builtin_function_or_method", "generator",
            "coroutine", "async_generator", "module", "code", "method", "memoryview");
    /** Builtin bases of variable size: CPython cannot add a weak reference list to their subclasses. */
    private static final Set<String> VARIABLE_SIZE_BUILTINS = Set.of("int", "bool", "tuple", "bytes");

    /** A referent's identity, held weakly; equal to another key for the same live object. */
    private static final class Key extends WeakReference<PyObject> {
        private final int hash;

        Key(PyObject referent, ReferenceQueue<PyObject> queue) {
            super(referent, queue);
            hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Key k)) {
                return false;
            }
            PyObject mine = get();
            return mine != null && k.refersTo(mine);
        }
    }

    /** Looks a referent up without making a JVM weak reference (which costs the collector work). */
    private record Probe(PyObject referent, int hash) {
        Probe(PyObject referent) {
            this(referent, System.identityHashCode(referent));
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.refersTo(referent);
        }
    }

    /**
     * One weak reference object, reached through its handle, which is held weakly (as CPython's
     * list holds its references borrowed): a reference object nobody keeps, or whose callback
     * refers back to it, is collected with its handle and its callback never runs, as in CPython.
     */
    private static final class Holder extends WeakReference<WeakHandle> {
        final int kind;

        Holder(WeakHandle handle, int kind) {
            super(handle);
            this.kind = kind;
        }

        /** The Python weak reference or proxy object, or null once collected. */
        PyObject owner() {
            WeakHandle h = get();
            return h == null ? null : h.owner;
        }
    }

    private final Interpreter interp;
    private final ReferenceQueue<PyObject> queue = new ReferenceQueue<>();
    private final Map<Key, List<Holder>> table = new HashMap<>();
    /** Holders of collected referents found while adding, whose callbacks the next poll runs. */
    private final List<Holder> pending = new ArrayList<>();

    WeakReferents(Interpreter interp) {
        this.interp = interp;
    }

    /** Throws CPython's TypeError if {@code obj} cannot be weakly referenced. */
    static void checkReferenceable(PyObject obj) {
        PyType type = obj.getType();
        PyType base = type.staticBase();
        boolean ok;
        if (!"builtins".equals(base.getModule())) {
            ok = type.hasFlag(PyType.HEAPTYPE) && type.lookup("__weakref__") != null;
        } else if (VARIABLE_SIZE_BUILTINS.contains(base.getName())) {
            ok = false;
        } else if (type.hasFlag(PyType.HEAPTYPE)) {
            ok = type.lookup("__weakref__") != null || WEAKREFABLE_BUILTINS.contains(base.getName());
        } else {
            ok = WEAKREFABLE_BUILTINS.contains(base.getName());
        }
        if (!ok) {
            throw Errors.typeError("cannot create weak reference to '%s' object", typeName(type));
        }
    }

    /** CPython's {@code tp_name}: the module-qualified name for builtin types outside builtins. */
    static String typeName(PyType type) {
        String module = type.getModule();
        if (type.hasFlag(PyType.HEAPTYPE) || module == null || module.equals("builtins")) {
            return type.getName();
        }
        return module + "." + type.getName();
    }

    /**
     * Records a new weak reference object for a referent.
     *
     * @param referent the object referred to
     * @param owner the Python weak reference or proxy object
     * @param callback its callback, or None
     * @param kind {@link #BASIC_REF}, {@link #BASIC_PROXY} or {@link #OTHER}
     * @return the handle the owner reads its referent through
     */
    synchronized WeakHandle add(PyObject referent, PyObject owner, PyObject callback, int kind) {
        drainQueue();
        WeakHandle handle = new WeakHandle(referent, callback, owner);
        List<Holder> holders = table.get(new Probe(referent));
        if (holders == null) {
            holders = new ArrayList<>(2);
            table.put(new Key(referent, queue), holders);
        }
        Holder h = new Holder(handle, kind);
        if (kind == OTHER) {
            holders.add(h);
        } else {
            // CPython keeps the basic reference first, then the basic proxy, then the rest.
            int at = 0;
            while (at < holders.size() && holders.get(at).kind < kind) {
                at++;
            }
            holders.add(at, h);
        }
        return handle;
    }

    /** The live basic reference or proxy of a referent ({@code kind}), or null. */
    synchronized PyObject find(PyObject referent, int kind) {
        List<Holder> holders = live(referent);
        for (Holder h : holders) {
            PyObject o = h.owner();
            if (h.kind == kind && o != null) {
                return o;
            }
        }
        return null;
    }

    /** The live weak reference and proxy objects of a referent. */
    synchronized List<PyObject> owners(PyObject referent) {
        List<PyObject> result = new ArrayList<>();
        for (Holder h : live(referent)) {
            PyObject o = h.owner();
            if (o != null) {
                result.add(o);
            }
        }
        return result;
    }

    private List<Holder> live(PyObject referent) {
        List<Holder> holders = table.get(new Probe(referent));
        if (holders == null) {
            return List.of();
        }
        holders.removeIf(h -> h.refersTo(null));
        return holders;
    }

    /**
     * Runs the callbacks of the weak references whose referents the JVM has queued as collected.
     *
     * @return the number of collected referents found
     */
    int poll() {
        List<Holder> dead = new ArrayList<>();
        int found;
        synchronized (this) {
            found = drainQueue(dead);
        }
        runCallbacks(dead);
        return found;
    }

    /**
     * Asks the JVM for a full collection, then runs the callbacks of every weak reference whose
     * referent is gone, queued yet or not.
     *
     * @return the number of collected referents found
     */
    int collect() {
        System.gc();
        List<Holder> dead = new ArrayList<>();
        int found = 0;
        synchronized (this) {
            found += drainQueue(dead);
            for (Iterator<Map.Entry<Key, List<Holder>>> it = table.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Key, List<Holder>> e = it.next();
                if (e.getKey().refersTo(null)) {
                    dead.addAll(e.getValue());
                    it.remove();
                    found++;
                } else {
                    e.getValue().removeIf(h -> h.refersTo(null));
                }
            }
        }
        runCallbacks(dead);
        return found;
    }

    private void drainQueue() {
        drainQueue(null);
    }

    /** Removes the entries of queued (collected) referents, keeping their holders in {@code dead}. */
    private int drainQueue(List<Holder> dead) {
        int found = 0;
        for (Reference<? extends PyObject> r; (r = queue.poll()) != null; ) {
            List<Holder> holders = table.remove(r);
            if (holders != null) {
                found++;
                if (dead != null) {
                    dead.addAll(holders);
                } else {
                    pending.addAll(holders);
                }
            }
        }
        if (dead != null && !pending.isEmpty()) {
            dead.addAll(pending);
            pending.clear();
        }
        return found;
    }

    /** Calls each callback with its weak reference object, most recently made first as CPython. */
    private void runCallbacks(List<Holder> dead) {
        for (int i = dead.size() - 1; i >= 0; i--) {
            Holder h = dead.get(i);
            WeakHandle handle = h.get();
            if (handle == null) {
                continue;
            }
            PyObject owner = handle.owner;
            PyObject callback = handle.takeCallback();
            if (callback != PyNone.NONE) {
                try {
                    callback.call(new PyObject[] {owner}, null);
                } catch (PyException e) {
                    reportUnraisable(callback, e);
                }
            }
        }
    }

    /** Writes what CPython's default unraisable hook writes for an exception in a callback. */
    // CPython: Python/errors.c, write_unraisable_exc
    private void reportUnraisable(PyObject callback, PyException e) {
        try {
            String text = "Exception ignored in: " + Abstract.repr(callback) + "\n"
                    + TracebackPrinter.format(e.getValue());
            PyObject stderr = interp.sys().get("stderr");
            if (stderr == null || stderr == PyNone.NONE) {
                interp.streams().stderr().writeString(text);
            } else {
                Abstract.callMethod(stderr, "write", PyStr.of(text));
            }
        } catch (PyException ignored) {
            // Nothing is left to report a failing report to, as in CPython.
        }
    }
}

package dev.taipan.modules;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.PyModule;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyComplex;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyRange;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;

/**
 * The {@code gc} module of one interpreter. Memory is managed by the JVM's collector, so this
 * module keeps CPython's interface and bookkeeping: {@code collect()} asks the JVM for a full
 * collection ({@code System.gc()}), then runs the callbacks of weak references whose referents
 * were collected, and calls {@code gc.callbacks} before and after.
 */
// CPython: Modules/gcmodule.c
public final class GcModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final String DOC = """
            This module provides access to the garbage collector for reference cycles.

            On Taipan the JVM's collector manages memory: collect() runs a full JVM collection and
            then the callbacks of weak references whose referents are gone. The JVM does not let a
            program enumerate its heap, so get_objects(), get_referrers() and get_referents() are
            not supported and return an empty list; freeze() freezes nothing and get_freeze_count()
            is 0; get_count() counts collections requested, not allocations.
            """;
    private static final int GENERATIONS = 3;

    private final Interpreter interp;
    private boolean enabled = true;
    private final int[] thresholds = {2000, 10, 10};
    private final int[] collections = new int[GENERATIONS];
    private final int[] collected = new int[GENERATIONS];
    private int debug;
    private final PyList callbacks = new PyList();
    private final PyList garbage = new PyList();

    /**
     * Creates the module for an interpreter.
     *
     * @param interp the interpreter whose weak reference callbacks a collection runs
     */
    public GcModule(Interpreter interp) {
        super("gc");
        this.interp = interp;
        put("__doc__", PyStr.of(DOC));
        ModuleExposer.expose(this, GcModule.class, LOOKUP, this::put);
        put("callbacks", callbacks);
        put("garbage", garbage);
        put("DEBUG_STATS", PyInt.of(1));
        put("DEBUG_COLLECTABLE", PyInt.of(2));
        put("DEBUG_UNCOLLECTABLE", PyInt.of(4));
        put("DEBUG_SAVEALL", PyInt.of(32));
        put("DEBUG_LEAK", PyInt.of(38));
    }

    /**
     * {@code collect(generation=2)}: runs a full collection; returns the number of weakly
     * referenced objects found collected.
     */
    @PyFunction
    PyObject collect(@Name("generation") @Default("2") int generation) {
        if (generation < 0 || generation >= GENERATIONS) {
            throw Errors.valueError("invalid generation");
        }
        runCallbacks("start", generation, 0);
        int found = ((WeakrefModule) interp.importModule("_weakref")).collect();
        collections[generation]++;
        collected[generation] += found;
        runCallbacks("stop", generation, found);
        return PyInt.of(found);
    }

    private void runCallbacks(String phase, int generation, int found) {
        if (callbacks.size() == 0) {
            return;
        }
        PyDict info = new PyDict();
        info.put(PyStr.of("generation"), PyInt.of(generation));
        info.put(PyStr.of("collected"), PyInt.of(found));
        info.put(PyStr.of("uncollectable"), PyInt.of(0));
        for (PyObject cb : Abstract.toArray(callbacks)) {
            try {
                cb.call(PyStr.of(phase), info);
            } catch (PyException e) {
                interp.streams().stderr().writeString("Exception ignored in garbage collector callback "
                        + Abstract.repr(cb) + ":\n" + dev.taipan.interp.TracebackPrinter.format(e.getValue()));
            }
        }
    }

    /** {@code enable()}: enables automatic collection. */
    @PyFunction
    void enable() {
        enabled = true;
    }

    /** {@code disable()}: disables automatic collection. */
    @PyFunction
    void disable() {
        enabled = false;
    }

    /** {@code isenabled()}: whether automatic collection is enabled. */
    @PyFunction
    boolean isenabled() {
        return enabled;
    }

    /** {@code get_count()}: the collection counts of the three generations. */
    @PyFunction
    PyObject get_count() {
        return PyTuple.of(PyInt.of(collections[0]), PyInt.of(collections[1]), PyInt.of(collections[2]));
    }

    /** {@code get_threshold()}: the three collection thresholds. */
    @PyFunction
    PyObject get_threshold() {
        return PyTuple.of(PyInt.of(thresholds[0]), PyInt.of(thresholds[1]), PyInt.of(thresholds[2]));
    }

    /** {@code set_threshold(threshold0[, threshold1[, threshold2]])}. */
    @PyFunction
    PyObject set_threshold(@Args PyObject[] args) {
        if (args.length < 1 || args.length > GENERATIONS) {
            throw Errors.typeError("gc.set_threshold requires 1 to 3 arguments");
        }
        for (int i = 0; i < args.length; i++) {
            thresholds[i] = Abstract.asSize(args[i]);
        }
        return PyNone.NONE;
    }

    /** {@code get_debug()}: the debugging flags. */
    @PyFunction
    int get_debug() {
        return debug;
    }

    /** {@code set_debug(flags)}: sets the debugging flags (they change nothing here). */
    @PyFunction
    void set_debug(int flags) {
        debug = flags;
    }

    /** {@code get_stats()}: per generation, the collections run and the objects found collected. */
    @PyFunction
    PyObject get_stats() {
        PyList stats = new PyList();
        for (int g = 0; g < GENERATIONS; g++) {
            PyDict d = new PyDict();
            d.put(PyStr.of("collections"), PyInt.of(collections[g]));
            d.put(PyStr.of("collected"), PyInt.of(collected[g]));
            d.put(PyStr.of("uncollectable"), PyInt.of(0));
            stats.append(d);
        }
        return stats;
    }

    /** {@code freeze()}: does nothing; the JVM has no permanent generation to move objects to. */
    @PyFunction
    void freeze() {
    }

    /** {@code unfreeze()}: does nothing. */
    @PyFunction
    void unfreeze() {
    }

    /** {@code get_freeze_count()}: always 0. */
    @PyFunction
    int get_freeze_count() {
        return 0;
    }

    /** {@code get_objects(generation=None)}: unsupported on the JVM; an empty list. */
    @PyFunction
    PyObject get_objects(@Name("generation") @Default("None") PyObject generation) {
        if (generation != PyNone.NONE) {
            int g = Abstract.asSize(generation);
            if (g >= GENERATIONS) {
                throw Errors.valueError("generation parameter must be less than the number of available generations (%d)",
                        GENERATIONS);
            }
            if (g < 0) {
                throw Errors.valueError("generation parameter cannot be negative");
            }
        }
        return new PyList();
    }

    /** {@code get_referrers(*objs)}: unsupported on the JVM; an empty list. */
    @PyFunction
    PyObject get_referrers(@Args PyObject[] objs) {
        return new PyList();
    }

    /** {@code get_referents(*objs)}: unsupported on the JVM; an empty list. */
    @PyFunction
    PyObject get_referents(@Args PyObject[] objs) {
        return new PyList();
    }

    /**
     * {@code is_tracked(obj)}: whether CPython's collector would track the object once it has
     * run: never atoms (numbers, strings, bytes, None), tuples and dicts only when they hold a
     * tracked object, every other object always.
     */
    @PyFunction
    static boolean is_tracked(PyObject obj) {
        return tracked(obj);
    }

    private static boolean tracked(PyObject obj) {
        if (obj == PyNone.NONE || obj instanceof PyBool || obj.getClass() == PyInt.class
                || obj.getClass() == PyFloat.class || obj.getClass() == PyStr.class
                || obj.getClass() == PyBytes.class || obj.getClass() == PyComplex.class
                || obj.getClass() == PyByteArray.class || obj instanceof PyRange) {
            return false;
        }
        if (obj.getClass() == PyTuple.class) {
            // CPython untracks a tuple of untracked items at its first collection.
            for (PyObject item : ((PyTuple) obj).items()) {
                if (tracked(item)) {
                    return true;
                }
            }
            return false;
        }
        if (obj.getClass() == PyDict.class) {
            PyDict d = (PyDict) obj;
            for (PyObject k : d.keysArray()) {
                if (tracked(k)) {
                    return true;
                }
            }
            for (PyObject v : d.valuesArray()) {
                if (tracked(v)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** {@code is_finalized(obj)}: whether the object's finalizer has run; always False here. */
    @PyFunction
    static boolean is_finalized(PyObject obj) {
        return false;
    }
}

package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;

/**
 * The async generator hooks of one interpreter ({@code sys.set_asyncgen_hooks}), kept per thread
 * as CPython keeps them: an event loop sets {@code firstiter} to learn of every async generator
 * that starts iterating in its thread, so it can close them when it shuts down. {@code finalizer}
 * is recorded but never called, as garbage-collected generators are not finalized.
 */
// CPython: Python/sysmodule.c, sys_set_asyncgen_hooks; Objects/genobject.c, async_gen_init_hooks
final class AsyncGenHooks {
    /** The {@code asyncgen_hooks} type that {@code sys.get_asyncgen_hooks()} returns. */
    static final PyType HOOKS_TYPE = StructSeq.newType("builtins", "asyncgen_hooks", "",
            "firstiter", "finalizer");

    /** One thread's hooks; replaced, never changed in place. */
    private record Pair(PyObject firstiter, PyObject finalizer) {
    }

    private static final Pair NONE = new Pair(PyNone.NONE, PyNone.NONE);

    private final ThreadLocal<Pair> hooks = ThreadLocal.withInitial(() -> NONE);

    /** {@code sys.get_asyncgen_hooks()}: the calling thread's (firstiter, finalizer). */
    PyObject get() {
        Pair pair = hooks.get();
        return StructSeq.of(HOOKS_TYPE, pair.firstiter(), pair.finalizer());
    }

    /**
     * {@code sys.set_asyncgen_hooks(firstiter, finalizer)} for the calling thread; a null argument
     * leaves that hook as it is.
     */
    void set(PyObject newFirstiter, PyObject newFinalizer) {
        checkHook("finalizer", newFinalizer);
        checkHook("firstiter", newFirstiter);
        Pair pair = hooks.get();
        hooks.set(new Pair(newFirstiter != null ? newFirstiter : pair.firstiter(),
                newFinalizer != null ? newFinalizer : pair.finalizer()));
    }

    private static void checkHook(String name, PyObject hook) {
        if (hook != null && hook != PyNone.NONE && !Abstract.isCallable(hook)) {
            throw Errors.typeError("callable %s expected, got %s", name, hook.getType().getName());
        }
    }

    /** The calling thread's hook for an async generator's first iteration, or None. */
    PyObject firstiter() {
        return hooks.get().firstiter();
    }
}

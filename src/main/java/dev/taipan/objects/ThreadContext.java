package dev.taipan.objects;

import java.util.function.Supplier;

/**
 * What the object model may ask of the thread running Python code: for now, the
 * {@code __name__} of the calling frame's globals, which {@code type(name, bases, ns)} uses as
 * the new class's {@code __module__} when the namespace has none (as CPython's type_new does).
 *
 * <p>The interpreter installs a supplier per thread when the thread starts running Python
 * (the state is per thread, like CPython's thread state, not per JVM); without one the module
 * is left unset.
 */
public final class ThreadContext {
    private static final ThreadLocal<Supplier<PyObject>> MODULE_NAME = new ThreadLocal<>();

    private ThreadContext() {
    }

    /**
     * Installs, for the current thread, the supplier of the calling frame's module name.
     *
     * @param supplier returns the current globals' {@code __name__}, or {@code null}; pass
     *                 {@code null} to remove
     */
    public static void setModuleNameSupplier(Supplier<PyObject> supplier) {
        if (supplier == null) {
            MODULE_NAME.remove();
        } else {
            MODULE_NAME.set(supplier);
        }
    }

    /** Returns the calling frame's module name on this thread, or {@code null}. */
    static PyObject currentModuleName() {
        Supplier<PyObject> s = MODULE_NAME.get();
        return s == null ? null : s.get();
    }
}

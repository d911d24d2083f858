package dev.taipan.interop;

import dev.taipan.interp.Interpreter;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyException;

/**
 * The entry points an embedding uses: {@link #install} gives an interpreter its host class
 * lookup, and {@link #javaThrowable} finds the Java exception behind a Python one.
 */
public final class HostInterop {
    private HostInterop() {
    }

    /**
     * Lets scripts of an interpreter look up the Java classes the boundary allows
     * ({@code from java.util import ArrayList}). Call once per interpreter, before it runs
     * scripts; without it (or when the boundary allows no class) Java packages cannot be imported.
     *
     * @param interp   the interpreter
     * @param boundary the rules
     * @param loader   where classes are loaded from
     */
    public static void install(Interpreter interp, Boundary boundary, ClassLoader loader) {
        interp.setModuleFinder(new JavaPackages(boundary, loader));
    }

    /**
     * The Java exception a host method threw, where a Python exception stands for one.
     *
     * @param e a Python exception object
     * @return the Java exception, or null
     */
    public static Throwable javaThrowable(PyBaseException e) {
        return e instanceof HostException h ? h.javaThrowable() : null;
    }

    /**
     * The Java exception a host method threw, where the Python exception travelling as {@code e}
     * stands for one.
     *
     * @param e a Python exception in Java
     * @return the Java exception, or null
     */
    public static Throwable javaThrowable(PyException e) {
        return javaThrowable(e.getValue());
    }
}

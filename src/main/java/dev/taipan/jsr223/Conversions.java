package dev.taipan.jsr223;

import dev.taipan.api.HostAccess;
import dev.taipan.api.PythonObject;
import dev.taipan.interop.Boundary;
import dev.taipan.interop.HostInterop;
import dev.taipan.interop.JavaValues;
import dev.taipan.interp.Interpreter;
import dev.taipan.objects.PyObject;

/**
 * How values cross the boundary between Java and Python in the engine: the conversions of
 * {@link JavaValues} (scalars convert, containers are live views both ways, other Java objects are
 * host objects), with {@link PythonObject} as the handle of a Python object that has no Java
 * counterpart (passing it back hands the very same object to Python).
 *
 * <p>The host access policy decides what host objects reveal: under every policy but
 * {@link HostAccess#ALL} the reflection barrier holds. Values converted without a policy get
 * {@link HostAccess#NONE}'s rules.
 */
final class Conversions {
    private static final Boundary DEFAULT = boundary(HostAccess.NONE);

    private Conversions() {
    }

    /** The boundary rules of a host access policy, with {@link PythonObject} handles. */
    static Boundary boundary(HostAccess access) {
        return Boundary.NONE.withHandles(PythonObject::new, v -> v instanceof PythonObject p ? p.unwrap() : null)
                .withAccess(access::allowsClass, access.allowsReflection());
    }

    /** The Python value for a Java value, under {@link HostAccess#NONE}. */
    static PyObject toPython(Object value) {
        return JavaValues.toPython(value, DEFAULT);
    }

    /** The Python value for a Java value, under a boundary's rules. */
    static PyObject toPython(Object value, Boundary boundary) {
        return JavaValues.toPython(value, boundary);
    }

    /** The Java value for a Python value; never fails. */
    static Object toJava(PyObject value) {
        return JavaValues.toJava(value, DEFAULT);
    }

    /** The Java value for a Python value, under a boundary's rules; never fails. */
    static Object toJava(PyObject value, Boundary boundary) {
        return JavaValues.toJava(value, boundary);
    }

    /**
     * Rules that follow the engine's: those {@code engineRules} supplies once the engine has
     * started, {@link HostAccess#NONE}'s before (for bindings filled before the first evaluation).
     */
    static Boundary following(java.util.function.Supplier<Boundary> engineRules) {
        return Boundary.following(() -> {
            Boundary b = engineRules.get();
            return b != null ? b : DEFAULT;
        });
    }

    /**
     * Gives an interpreter the class lookup a policy allows (none for {@link HostAccess#NONE}).
     * Call once per interpreter, before it runs scripts.
     *
     * @return the boundary rules to convert this engine's values with: host calls release the
     *     interpreter's GIL, Python callables handed to Java enter it
     */
    static Boundary install(Interpreter interp, HostAccess access) {
        Boundary b = boundary(access).withInterpreter(interp);
        if (access != HostAccess.NONE) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            HostInterop.install(interp, b, loader != null ? loader : Conversions.class.getClassLoader());
        }
        return b;
    }
}

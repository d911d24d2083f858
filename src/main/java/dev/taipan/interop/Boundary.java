package dev.taipan.interop;

import dev.taipan.interp.Interpreter;
import dev.taipan.objects.PyObject;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The rules one engine applies where values cross between Java and Python: which Java classes
 * scripts may look up by name, whether reflection is open, how a Python object with no Java
 * counterpart is handed to Java (an opaque handle the embedding API defines) and recognised when
 * it comes back, and which interpreter host calls leave and callbacks enter (so a host method
 * runs with the GIL released, and a Python callable called from any Java thread takes it).
 * Immutable, so host objects carry it and any thread may read it.
 *
 * <p>{@link #NONE} is the secure default: no class lookup, no reflection, Python objects without
 * a counterpart reach Java as themselves, and no interpreter. Rules made with {@link #following}
 * answer with whatever rules a supplier gives at the time of asking, for values converted before
 * the engine has settled its own (bindings filled before the first evaluation).
 */
public final class Boundary {
    /** No class lookup, no reflection; Python objects reach Java unwrapped. */
    public static final Boundary NONE = new Boundary(name -> false, false, v -> v, x -> null, null, null);

    private final Predicate<String> classFilter;
    private final boolean reflection;
    private final Function<PyObject, Object> handleOut;
    private final Function<Object, PyObject> handleIn;
    private final Interpreter interpreter;
    private final Supplier<Boundary> source;

    private Boundary(Predicate<String> classFilter, boolean reflection, Function<PyObject, Object> handleOut,
            Function<Object, PyObject> handleIn, Interpreter interpreter, Supplier<Boundary> source) {
        this.classFilter = classFilter;
        this.reflection = reflection;
        this.handleOut = handleOut;
        this.handleIn = handleIn;
        this.interpreter = interpreter;
        this.source = source;
    }

    /**
     * Rules that are always those {@code source} gives when asked (or {@link #NONE}'s while it
     * gives null).
     *
     * @param source supplies the rules in force
     * @return the rules
     */
    public static Boundary following(Supplier<Boundary> source) {
        return new Boundary(null, false, null, null, null, Objects.requireNonNull(source, "source"));
    }

    private Boundary current() {
        if (source == null) {
            return this;
        }
        Boundary b = source.get();
        return b == null || b.source != null ? NONE : b;
    }

    /**
     * Rules for a class filter and reflection switch, keeping this boundary's handles.
     *
     * @param classes    accepts the binary names of classes scripts may look up
     * @param reflection whether reflection and the classes that reach outside the engine are open
     * @return the new rules
     */
    public Boundary withAccess(Predicate<String> classes, boolean reflection) {
        Boundary b = current();
        return new Boundary(Objects.requireNonNull(classes, "classes"), reflection, b.handleOut, b.handleIn,
                b.interpreter, null);
    }

    /**
     * Rules that hand Python objects without a Java counterpart to Java as handles.
     *
     * @param wrap   makes the handle for a Python object
     * @param unwrap gives the Python object a handle holds, or null when the value is no handle
     * @return the new rules
     */
    public Boundary withHandles(Function<PyObject, Object> wrap, Function<Object, PyObject> unwrap) {
        Boundary b = current();
        return new Boundary(b.classFilter, b.reflection, Objects.requireNonNull(wrap, "wrap"),
                Objects.requireNonNull(unwrap, "unwrap"), b.interpreter, null);
    }

    /**
     * Rules whose host calls run with the interpreter's GIL released and whose Python callables,
     * called back from Java, enter the interpreter first (on whatever thread calls them).
     *
     * @param interp the engine's interpreter
     * @return the new rules
     */
    public Boundary withInterpreter(Interpreter interp) {
        Boundary b = current();
        return new Boundary(b.classFilter, b.reflection, b.handleOut, b.handleIn,
                Objects.requireNonNull(interp, "interp"), null);
    }

    /**
     * Whether scripts may look a class up by name. Classes behind the reflection barrier need
     * {@link #allowsReflection()} as well.
     *
     * @param className a binary class name such as {@code java.util.ArrayList}
     * @return true when allowed
     */
    public boolean allowsClass(String className) {
        Boundary b = current();
        return b.classFilter.test(className) && (b.reflection || !Barrier.isGuardedName(className));
    }

    /** Whether reflection and the classes that reach outside the engine are open. */
    public boolean allowsReflection() {
        return current().reflection;
    }

    /** The interpreter host calls leave and callbacks enter, or null. */
    Interpreter interpreter() {
        return current().interpreter;
    }

    Object handleOut(PyObject value) {
        return current().handleOut.apply(value);
    }

    PyObject handleIn(Object value) {
        return current().handleIn.apply(value);
    }
}

package dev.taipan.interop;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNotImplemented;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A Java object the host handed to Python. Its Python type is made per Java class (see
 * {@link HostTypes}) and derives from {@code JavaObject}, this class's type, which gives every host
 * object its attributes: public methods (as {@link JavaMethod}s), public fields and bean
 * properties, read and (where public and writable) assigned. Equality and hashing are Java's
 * {@code equals} and {@code hashCode}, {@code str()} is {@code toString()}, and the repr is
 * {@code <java object java.util.Date>}. Python code cannot make instances or subclasses.
 *
 * <p>Unless the host allows all access, the reflection barrier ({@link Barrier}) hides the
 * members of reflective and process-wide objects, and members such as {@code getClass}.
 */
@PyClass(name = "JavaObject", module = "java")
public class HostObject extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code JavaObject}, base of every host object's type. */
    public static final PyType TYPE = PyType.fromClass(HostObject.class, LOOKUP);

    final Object target;
    final Boundary boundary;
    private final PyType type;

    HostObject(Object target, Boundary boundary) {
        this.target = Objects.requireNonNull(target);
        this.boundary = boundary;
        this.type = HostTypes.of(target.getClass());
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** The Java object. */
    public Object target() {
        return target;
    }

    /** The Java class's name, as messages show it. */
    String javaName() {
        return target.getClass().getName();
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        throw Errors.typeError("cannot create '%s' instances", cls.getName());
    }

    @PyClassMethod
    static void __init_subclass__(PyType cls, @Kwargs PyDict kw) {
        throw Errors.typeError("a Java type cannot be subclassed in Python ('%s')", cls.getName());
    }

    @PyMethod
    PyObject __getattr__(PyObject name) {
        String n = Abstract.attrName(name);
        PyObject v = HostMembers.get(this, n);
        if (v == null) {
            throw Errors.attributeError(this, n,
                    String.format("'%s' object has no attribute '%s'", type.getName(), n));
        }
        return v;
    }

    @PyMethod
    void __setattr__(PyObject name, PyObject value) {
        HostMembers.set(this, Abstract.attrName(name), value);
    }

    @PyMethod
    void __delattr__(PyObject name) {
        String n = Abstract.attrName(name);
        throw Errors.attributeError(this, n, String.format("cannot delete attribute '%s' of a Java object", n));
    }

    @PyMethod
    PyObject __dir__() {
        PyList out = new PyList();
        if (boundary.allowsReflection() || !Barrier.isGuarded(target.getClass())) {
            for (String n : MemberTable.of(target.getClass()).names(false)) {
                if (boundary.allowsReflection() || !Barrier.isGuardedMember(n)) {
                    out.append(PyStr.of(n));
                }
            }
        }
        return out;
    }

    @PyMethod
    PyObject __eq__(PyObject other) {
        if (!(other instanceof HostObject h)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(guard(() -> target.equals(h.target)));
    }

    @PyMethod
    PyObject __ne__(PyObject other) {
        PyObject eq = __eq__(other);
        return eq == PyNotImplemented.NOT_IMPLEMENTED ? eq : PyBool.of(eq != PyBool.TRUE);
    }

    @PyMethod
    long __hash__() {
        return guard(target::hashCode);
    }

    @PyMethod
    PyObject __str__() {
        return PyStr.of(String.valueOf(guard(target::toString)));
    }

    @PyMethod
    PyObject __repr__() {
        return PyStr.of("<java object " + javaName() + ">");
    }

    @PyMethod
    boolean __bool__() {
        return switch (target) {
            case Collection<?> c -> guard(() -> !c.isEmpty());
            case Map<?, ?> m -> guard(() -> !m.isEmpty());
            default -> !target.getClass().isArray() || Array.getLength(target) > 0;
        };
    }

    /** Runs Java code of the host object, turning what it throws into a {@code JavaException}. */
    static <T> T guard(java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (PyException | StackOverflowError | OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw HostException.of(e);
        }
    }
}

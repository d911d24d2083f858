package dev.taipan.objects;

import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;

/**
 * The Python {@code bool}: a subclass of {@code int} with exactly two instances,
 * {@link #TRUE} and {@link #FALSE}.
 *
 * <p>CPython: Objects/boolobject.c
 */
@PyClass(name = "bool", baseType = false)
public final class PyBool extends PyInt {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** {@code True}. */
    public static final PyBool TRUE = new PyBool(1);
    /** {@code False}. */
    public static final PyBool FALSE = new PyBool(0);
    /** The type {@code bool}. */
    public static final PyType TYPE = PyType.fromClass(PyBool.class, LOOKUP, PyInt.TYPE);

    private PyBool(long v) {
        super(v);
    }

    /**
     * Returns the bool of a Java boolean.
     *
     * @param b the truth
     * @return True or False
     */
    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Opt PyObject x) {
        return x == null ? FALSE : of(Abstract.isTrue(x));
    }

    @PyMethod
    String __repr__() {
        return this == TRUE ? "True" : "False";
    }

    @PyMethod
    PyObject __and__(PyObject o) {
        if (o instanceof PyBool b) {
            return of(this == TRUE && b == TRUE);
        }
        return super.__and__(o);
    }

    @PyMethod
    PyObject __rand__(PyObject o) {
        return __and__(o);
    }

    @PyMethod
    PyObject __or__(PyObject o) {
        if (o instanceof PyBool b) {
            return of(this == TRUE || b == TRUE);
        }
        return super.__or__(o);
    }

    @PyMethod
    PyObject __ror__(PyObject o) {
        return __or__(o);
    }

    @PyMethod
    PyObject __xor__(PyObject o) {
        if (o instanceof PyBool b) {
            return of(this != b);
        }
        return super.__xor__(o);
    }

    @PyMethod
    PyObject __rxor__(PyObject o) {
        return __xor__(o);
    }
}

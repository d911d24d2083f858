package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;

/** The Python {@code None}, sole instance of {@code NoneType}. */
@PyClass(name = "NoneType", baseType = false)
public final class PyNone extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The single instance. */
    public static final PyNone NONE = new PyNone();
    /** The type {@code NoneType}. */
    public static final PyType TYPE = PyType.fromClass(PyNone.class, LOOKUP);

    private PyNone() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        if (args.length > 0 || kw != null && kw.size() > 0) {
            throw Errors.typeError("NoneType takes no arguments");
        }
        return NONE;
    }

    @PyMethod
    String __repr__() {
        return "None";
    }

    @PyMethod
    PyObject __reduce__() {
        return PyStr.of("None");
    }

    @PyMethod
    boolean __bool__() {
        return false;
    }

    // CPython 3.12+: None hashes to a constant rather than by address.
    @PyMethod
    long __hash__() {
        return 0xFCA86420L;
    }
}

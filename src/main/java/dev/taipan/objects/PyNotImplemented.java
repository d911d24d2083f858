package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;

/** The Python {@code NotImplemented}, sole instance of {@code NotImplementedType}, returned by binary special methods that do not handle their operand. */
@PyClass(name = "NotImplementedType", baseType = false)
public final class PyNotImplemented extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The single instance. */
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();
    /** The type {@code NotImplementedType}. */
    public static final PyType TYPE = PyType.fromClass(PyNotImplemented.class, LOOKUP);

    private PyNotImplemented() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        if (args.length > 0 || kw != null && kw.size() > 0) {
            throw Errors.typeError("NotImplementedType takes no arguments");
        }
        return NOT_IMPLEMENTED;
    }

    @PyMethod
    String __repr__() {
        return "NotImplemented";
    }

    @PyMethod
    PyObject __reduce__() {
        return PyStr.of("NotImplemented");
    }

    // 3.13 warns (DeprecationWarning) and answers True; 3.14 will raise TypeError.
    // TODO(warnings): issue the DeprecationWarning once the warnings module exists.
    @PyMethod
    boolean __bool__() {
        return true;
    }
}

package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;

/** The Python {@code Ellipsis} ({@code ...}), sole instance of {@code ellipsis}. */
@PyClass(name = "ellipsis", baseType = false)
public final class PyEllipsis extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The single instance. */
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();
    /** The type {@code ellipsis}. */
    public static final PyType TYPE = PyType.fromClass(PyEllipsis.class, LOOKUP);

    private PyEllipsis() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        if (args.length > 0 || kw != null && kw.size() > 0) {
            throw Errors.typeError("ellipsis takes no arguments");
        }
        return ELLIPSIS;
    }

    @PyMethod
    String __repr__() {
        return "Ellipsis";
    }

    @PyMethod
    PyObject __reduce__() {
        return PyStr.of("Ellipsis");
    }
}

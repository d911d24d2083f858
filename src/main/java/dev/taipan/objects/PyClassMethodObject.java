package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;

/**
 * The builtin {@code classmethod}: a wrapper whose {@code __get__} binds the callable to the
 * class. Python may subclass it ({@code abc.abstractclassmethod} does); {@code __init__} sets
 * the callable and instances have a {@code __dict__} ({@link CallableWrapper}).
 *
 * <p>CPython: Objects/funcobject.c, classmethod
 */
@PyClass(name = "classmethod", methods = {CallableWrapperMethods.class})
public class PyClassMethodObject extends CallableWrapper {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code classmethod}. */
    public static final PyType TYPE = PyType.fromClass(PyClassMethodObject.class, LOOKUP);

    /**
     * Wraps a callable.
     *
     * @param callable the callable
     */
    public PyClassMethodObject(PyObject callable) {
        this(TYPE, callable);
    }

    private PyClassMethodObject(PyType type, PyObject callable) {
        super(type, callable);
    }

    @Override
    String kindName() {
        return "classmethod";
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        return new PyClassMethodObject(cls, args.length == 1 ? args[0] : null);
    }

    @PyMethod
    PyObject __get__(PyObject obj, @Opt PyObject type) {
        PyObject t = type == null || type == PyNone.NONE ? obj.getType() : type;
        return new PyBoundMethod(getCallable(), t);
    }
}

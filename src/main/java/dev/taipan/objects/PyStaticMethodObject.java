package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;

/**
 * The builtin {@code staticmethod}: a wrapper whose {@code __get__} gives the callable itself.
 * Python may subclass it; {@code __init__} sets the callable, as in CPython, and instances have
 * a {@code __dict__} (where {@code functools.wraps} copies attributes) ({@link CallableWrapper}).
 *
 * <p>CPython: Objects/funcobject.c, staticmethod
 */
@PyClass(name = "staticmethod", methods = {CallableWrapperMethods.class})
public class PyStaticMethodObject extends CallableWrapper {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code staticmethod}. */
    public static final PyType TYPE = PyType.fromClass(PyStaticMethodObject.class, LOOKUP);

    /**
     * Wraps a callable.
     *
     * @param callable the callable
     */
    public PyStaticMethodObject(PyObject callable) {
        this(TYPE, callable);
    }

    private PyStaticMethodObject(PyType type, PyObject callable) {
        super(type, callable);
    }

    @Override
    String kindName() {
        return "staticmethod";
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        return new PyStaticMethodObject(cls, args.length == 1 ? args[0] : null);
    }

    @PyMethod
    PyObject __get__(PyObject obj, @Opt PyObject type) {
        return getCallable();
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (getType() != TYPE) {
            return super.call(args, kwnames);
        }
        return getCallable().call(args, kwnames);
    }

    @PyMethod
    PyObject __call__(@Args PyObject[] args, @Kwargs PyDict kwargs) {
        return Abstract.callWithDict(getCallable(), args, kwargs);
    }
}

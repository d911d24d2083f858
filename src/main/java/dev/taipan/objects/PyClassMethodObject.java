package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;

/**
 * The builtin {@code classmethod}: a wrapper whose {@code __get__} binds the callable to the
 * class. Python may subclass it ({@code abc.abstractclassmethod} does); {@code __init__} sets
 * the callable and instances have a {@code __dict__}.
 *
 * <p>CPython: Objects/funcobject.c, classmethod
 */
@PyClass(name = "classmethod")
public class PyClassMethodObject extends PyObject implements HasDict {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code classmethod}. */
    public static final PyType TYPE = PyType.fromClass(PyClassMethodObject.class, LOOKUP);

    private final PyType type;
    private PyObject callable;
    private PyDict dict;

    /**
     * Wraps a callable.
     *
     * @param callable the callable
     */
    public PyClassMethodObject(PyObject callable) {
        this(TYPE, callable);
    }

    private PyClassMethodObject(PyType type, PyObject callable) {
        this.type = type;
        this.callable = callable;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    /** Returns the wrapped callable ({@code __func__}). */
    public PyObject getCallable() {
        if (callable == null) {
            throw Errors.runtimeError("uninitialized classmethod object");
        }
        return callable;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        return new PyClassMethodObject(cls, args.length == 1 ? args[0] : null);
    }

    @PyMethod
    void __init__(@Args PyObject[] args, @Kwargs PyDict kw) {
        if (args.length != 1) {
            throw Errors.typeError("classmethod expected 1 argument, got %d", args.length);
        }
        callable = args[0];
    }

    @PyMethod
    PyObject __get__(PyObject obj, @Opt PyObject type) {
        PyObject t = type == null || type == PyNone.NONE ? obj.getType() : type;
        return new PyBoundMethod(getCallable(), t);
    }

    @PyGetter
    PyObject __func__() {
        return getCallable();
    }

    @PyGetter
    PyObject __wrapped__() {
        return getCallable();
    }

    @PyGetter
    PyObject __isabstractmethod__() {
        PyObject a = callable == null ? null : Abstract.lookupAttr(callable, "__isabstractmethod__");
        return PyBool.of(a != null && Abstract.isTrue(a));
    }

    @PyGetter
    PyObject __dict__() {
        return getDict();
    }

    @PyMethod
    String __repr__() {
        return "<classmethod(" + Abstract.repr(getCallable()) + ")>";
    }
}

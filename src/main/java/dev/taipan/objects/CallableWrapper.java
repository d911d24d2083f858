package dev.taipan.objects;

/**
 * What {@code classmethod} and {@code staticmethod} share: a wrapped callable that
 * {@code __init__} sets, the type of the instance (Python may subclass both), and an instance
 * {@code __dict__}. The members Python sees are in {@link CallableWrapperMethods}; each subclass
 * adds its own {@code __new__} and {@code __get__}.
 *
 * <p>CPython: Objects/funcobject.c, cm_init and sm_init
 */
public abstract class CallableWrapper extends PyObject implements HasDict {
    private final PyType type;
    PyObject callable;
    private PyDict dict;

    CallableWrapper(PyType type, PyObject callable) {
        this.type = type;
        this.callable = callable;
    }

    /** The Python type name, {@code classmethod} or {@code staticmethod}, as messages use it. */
    abstract String kindName();

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
            throw Errors.runtimeError("uninitialized %s object", kindName());
        }
        return callable;
    }
}

package dev.taipan.objects;

import dev.taipan.objects.expose.JavaCall;

/**
 * The {@code __new__} of a builtin type: a builtin method of the type whose first argument is
 * the class to instantiate, checked as CPython's {@code tp_new_wrapper} checks it.
 */
public final class PyNewFunction extends PyBuiltinFunction {
    private final PyType owner;

    /**
     * Creates the {@code __new__} of a type.
     *
     * @param owner the type defining it
     * @param impl  the Java method (its self parameter is {@code cls})
     */
    public PyNewFunction(PyType owner, JavaCall impl) {
        super(impl, owner);
        this.owner = owner;
    }

    /**
     * Runs {@code __new__} for a class already known to be a proper subtype (from type_call).
     *
     * @param cls     the class to instantiate
     * @param args    the constructor arguments (without cls)
     * @param kwnames keyword names or {@code null}
     * @return the new object
     */
    public PyObject callNew(PyType cls, PyObject[] args, String[] kwnames) {
        return impl.call(cls, args, 0, kwnames);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        String o = owner.getName();
        // CPython: Objects/typeobject.c, tp_new_wrapper
        if (args.length - nkw < 1) {
            throw Errors.typeError("%s.__new__(): not enough arguments", o);
        }
        if (!(args[0] instanceof PyType cls)) {
            throw Errors.typeError("%s.__new__(X): X is not a type object (%s)", o,
                    args[0].getType().getName());
        }
        if (!cls.isSubtypeOf(owner)) {
            throw Errors.typeError("%s.__new__(%s): %s is not a subtype of %s", o, cls.getName(),
                    cls.getName(), o);
        }
        PyType staticBase = cls.staticBase();
        if (staticBase.lookup("__new__") != this) {
            throw Errors.typeError("%s.__new__(%s) is not safe, use %s.__new__()", o,
                    cls.getName(), staticBase.getName());
        }
        return impl.call(cls, args, 1, kwnames);
    }

    @Override
    public PyObject call() {
        return call(EMPTY_ARRAY, null);
    }

    @Override
    public PyObject call(PyObject a) {
        return call(new PyObject[] {a}, null);
    }

    @Override
    public PyObject call(PyObject a, PyObject b) {
        return call(new PyObject[] {a, b}, null);
    }

    @Override
    public PyObject call(PyObject a, PyObject b, PyObject c) {
        return call(new PyObject[] {a, b, c}, null);
    }
}

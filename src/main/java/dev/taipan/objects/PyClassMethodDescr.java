package dev.taipan.objects;

import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.JavaCall;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * A builtin class method in its type's dict ({@code classmethod_descriptor}), for example
 * {@code dict.__dict__['fromkeys']}; access binds it to the class.
 */
@PyClass(name = "classmethod_descriptor", baseType = false)
public final class PyClassMethodDescr extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code classmethod_descriptor}. */
    public static final PyType TYPE = PyType.fromClass(PyClassMethodDescr.class, LOOKUP);

    private final PyType objclass;
    private final String name;
    private final JavaCall impl;

    /**
     * Creates a descriptor.
     *
     * @param objclass the defining type
     * @param name     the name
     * @param impl     the Java method, whose self parameter is the class
     */
    public PyClassMethodDescr(PyType objclass, String name, JavaCall impl) {
        this.objclass = objclass;
        this.name = name;
        this.impl = impl;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /**
     * Binds to a class.
     *
     * @param obj  the instance or None
     * @param type the class, or {@code null} to use the instance's
     * @return the bound builtin method
     */
    public PyObject bind(PyObject obj, PyObject type) {
        PyObject t = type == null || type == PyNone.NONE ? obj.getType() : type;
        if (!(t instanceof PyType cls) || !cls.isSubtypeOf(objclass)) {
            throw Errors.typeError("descriptor '%s' for type '%s' needs a subtype of '%s', not '%s'",
                    name, objclass.getName(), objclass.getName(), t.getType().getName());
        }
        return new PyBuiltinFunction(impl, cls);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw Errors.typeError("descriptor '%s' of '%s' object needs an argument", name,
                    objclass.getName());
        }
        if (!(args[0] instanceof PyType cls) || !cls.isSubtypeOf(objclass)) {
            throw Errors.typeError("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                    name, objclass.getName(), args[0].getType().getName());
        }
        return impl.call(cls, args, 1, kwnames);
    }

    @PyMethod
    PyObject __get__(PyObject obj, @Opt PyObject type) {
        return bind(obj, type);
    }

    @PyMethod
    PyObject __call__(@Args PyObject[] args, @Kwargs PyDict kwargs) {
        return Abstract.callWithDict(this, args, kwargs);
    }

    @PyMethod
    String __repr__() {
        return "<method '" + name + "' of '" + objclass.getName() + "' objects>";
    }

    @PyGetter
    String __name__() {
        return name;
    }

    @PyGetter
    String __qualname__() {
        return impl.qualname();
    }

    @PyGetter
    PyObject __objclass__() {
        return objclass;
    }

    @PyGetter
    PyObject __doc__() {
        return PyBuiltinFunction.docOf(impl);
    }
}

package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.JavaCall;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * A builtin special method bound to an instance ({@code method-wrapper}), for example
 * {@code (1).__add__}; it calls like a {@link PyBuiltinFunction}. The nested holder gives the
 * unbound form's type, {@code wrapper_descriptor}, whose instances are {@link PyMethodDescr}s.
 *
 * <p>CPython: Objects/descrobject.c, wrapperobject and PyWrapperDescr_Type
 */
@PyClass(name = "method-wrapper", baseType = false)
public final class PyMethodWrapper extends PyBuiltinFunction {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code method-wrapper}. */
    public static final PyType TYPE = PyType.fromClass(PyMethodWrapper.class, LOOKUP);
    /** The type {@code wrapper_descriptor} (the unbound slot wrappers). */
    public static final PyType DESCR_TYPE = PyType.fromClass(WrapperDescr.class, WrapperDescr.LOOKUP);

    private final String name;

    /**
     * Binds a special method.
     *
     * @param impl the Java method
     * @param self the instance
     * @param name the special method's name
     */
    PyMethodWrapper(JavaCall impl, PyObject self, String name) {
        super(impl, self);
        this.name = name;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyMethod(value = "__repr__")
    String wrapperRepr() {
        return "<method-wrapper '" + name + "' of " + self.getType().getName() + " object at "
                + Abstract.addressOf(self) + ">";
    }

    @PyMethod(value = "__call__")
    PyObject wrapperCall(@Args PyObject[] args, @Kwargs PyDict kwargs) {
        return Abstract.callWithDict(this, args, kwargs);
    }

    @PyGetter(value = "__name__")
    String wrapperName() {
        return name;
    }

    @PyGetter(value = "__qualname__")
    String wrapperQualname() {
        return impl.qualname();
    }

    @PyGetter(value = "__doc__")
    PyObject wrapperDoc() {
        return docOf(impl);
    }

    @PyGetter(value = "__self__")
    PyObject wrapperSelf() {
        return self;
    }

    /** The Python-visible methods of {@code wrapper_descriptor}, delegating to the descriptor. */
    @PyClass(name = "wrapper_descriptor", baseType = false)
    static final class WrapperDescr {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        private WrapperDescr() {
        }

        @PyMethod
        static PyObject __get__(PyMethodDescr self, PyObject obj, @Opt PyObject type) {
            return self.bind(obj == PyNone.NONE ? null : obj);
        }

        @PyMethod
        static PyObject __call__(PyMethodDescr self, @Args PyObject[] args,
                @Kwargs PyDict kwargs) {
            return Abstract.callWithDict(self, args, kwargs);
        }

        @PyMethod
        static PyObject __repr__(PyMethodDescr self) {
            return PyMethodDescr.TYPE.lookup("__repr__").call(self);
        }

        @PyGetter
        static String __name__(PyMethodDescr self) {
            return self.getName();
        }

        @PyGetter
        static PyObject __qualname__(PyMethodDescr self) {
            return PyMethodDescr.TYPE.lookup("__qualname__") instanceof PyGetSetDescr g
                    ? g.get(self) : PyNone.NONE;
        }

        @PyGetter
        static PyObject __objclass__(PyMethodDescr self) {
            return self.getObjclass();
        }

        @PyGetter
        static PyObject __doc__(PyMethodDescr self) {
            return self.doc();
        }
    }
}

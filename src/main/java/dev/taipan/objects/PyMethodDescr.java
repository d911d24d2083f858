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
 * A builtin instance method as found in its type's dict ({@code method_descriptor}), for
 * example {@code list.__dict__['append']}. Special methods that stand for CPython type slots
 * show as {@code wrapper_descriptor} ("slot wrapper") and bind to {@code method-wrapper}
 * objects, as CPython's do; they behave the same.
 *
 * <p>Called with self first it checks self's class and runs the Java method; the fixed-arity
 * {@code call} shapes reach the Java method without binding or allocating. Accessed through an
 * instance it gives a bound {@link PyBuiltinFunction}.
 */
@PyClass(name = "method_descriptor", baseType = false)
public final class PyMethodDescr extends PyObject implements UnboundMethod {
    // Declared first: the wrapper types are made while this class is initialized.
    private static final java.util.Set<String> NOT_SLOT_WRAPPERS = java.util.Set.of(
            "__format__", "__dir__", "__set_name__", "__length_hint__", "__missing__",
            "__reversed__", "__round__", "__trunc__", "__floor__", "__ceil__", "__bytes__",
            "__complex__", "__enter__", "__exit__", "__aenter__", "__aexit__",
            "__instancecheck__", "__subclasscheck__");

    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code method_descriptor}. */
    public static final PyType TYPE = PyType.fromClass(PyMethodDescr.class, LOOKUP);

    private final PyType objclass;
    private final String name;
    private final Class<?> selfClass;
    private final JavaCall impl;
    private final boolean slotWrapper;

    /**
     * Creates a descriptor.
     *
     * @param objclass  the type it belongs to
     * @param name      the Python name
     * @param selfClass the Java class self must be
     * @param impl      the invocable method
     */
    public PyMethodDescr(PyType objclass, String name, Class<?> selfClass, JavaCall impl) {
        this.objclass = objclass;
        this.name = name;
        this.selfClass = selfClass;
        this.impl = impl;
        this.slotWrapper = Slot.forName(name) != null && !NOT_SLOT_WRAPPERS.contains(name);
    }

    @Override
    public PyType getType() {
        return slotWrapper ? PyMethodWrapper.DESCR_TYPE : TYPE;
    }

    /** Returns the Python name. */
    public String getName() {
        return name;
    }

    /** Returns the type this method belongs to. */
    public PyType getObjclass() {
        return objclass;
    }

    private PyObject checkSelf(PyObject self) {
        if (!selfClass.isInstance(self)) {
            throw Errors.typeError(ErrorMessages.DESCR_DOESNT_APPLY, name, objclass.getName(),
                    self.getType().getName());
        }
        return self;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw Errors.typeError("unbound method %s() needs an argument", impl.qualname());
        }
        return impl.call(checkSelf(args[0]), args, 1, kwnames);
    }

    @Override
    public PyObject call() {
        throw Errors.typeError("unbound method %s() needs an argument", impl.qualname());
    }

    @Override
    public PyObject call(PyObject self) {
        return impl.call0(checkSelf(self));
    }

    @Override
    public PyObject call(PyObject self, PyObject a) {
        return impl.call1(checkSelf(self), a);
    }

    @Override
    public PyObject call(PyObject self, PyObject a, PyObject b) {
        return impl.call2(checkSelf(self), a, b);
    }

    /**
     * Binds to an instance, as attribute access does.
     *
     * @param obj the instance, or {@code null}/None for access through the type
     * @return the bound method, or this descriptor
     */
    public PyObject bind(PyObject obj) {
        if (obj == null) {
            return this;
        }
        return slotWrapper ? new PyMethodWrapper(impl, checkSelf(obj), name)
                : new PyBuiltinFunction(impl, checkSelf(obj));
    }

    /**
     * Implements {@code __get__}.
     *
     * @param obj  the instance or None
     * @param type the owner type, or absent
     * @return the bound method or this
     */
    @PyMethod
    PyObject __get__(PyObject obj, @Opt PyObject type) {
        // From Python, None means access through the class (CPython's method_get).
        return bind(obj == PyNone.NONE ? null : obj);
    }

    @PyMethod
    PyObject __call__(@Args PyObject[] args, @Kwargs PyDict kwargs) {
        return Abstract.callWithDict(this, args, kwargs);
    }

    @PyMethod
    String __repr__() {
        return (slotWrapper ? "<slot wrapper '" : "<method '") + name + "' of '"
                + objclass.getName() + "' objects>";
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
        return doc();
    }

    /** Returns {@code __doc__}, a str or None (also for the {@code wrapper_descriptor} type). */
    PyObject doc() {
        return PyBuiltinFunction.docOf(impl);
    }
}

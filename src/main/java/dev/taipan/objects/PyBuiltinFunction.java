package dev.taipan.objects;

import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.JavaCall;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * A builtin function or bound builtin method ({@code builtin_function_or_method}): a Java
 * method with an optional {@code __self__} passed as its receiver.
 */
@PyClass(name = "builtin_function_or_method", baseType = false)
public class PyBuiltinFunction extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code builtin_function_or_method}. */
    public static final PyType TYPE = PyType.fromClass(PyBuiltinFunction.class, LOOKUP);

    /** The invocable Java method. */
    protected final JavaCall impl;
    /** The receiver ({@code __self__}), or {@code null} for a plain function. */
    protected final PyObject self;

    /**
     * Creates a function.
     *
     * @param impl the Java method
     * @param self the receiver, or {@code null}
     */
    public PyBuiltinFunction(JavaCall impl, PyObject self) {
        this.impl = impl;
        this.self = self;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Returns the receiver, or {@code null}. */
    public PyObject getSelf() {
        return self;
    }

    /** Returns the Python name. */
    public String getName() {
        return impl.name();
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return impl.call(self, args, 0, kwnames);
    }

    @Override
    public PyObject call() {
        return impl.call0(self);
    }

    @Override
    public PyObject call(PyObject a) {
        return impl.call1(self, a);
    }

    @Override
    public PyObject call(PyObject a, PyObject b) {
        return impl.call2(self, a, b);
    }

    @Override
    public PyObject call(PyObject a, PyObject b, PyObject c) {
        return impl.call3(self, a, b, c);
    }

    @PyMethod
    PyObject __call__(@Args PyObject[] args, @Kwargs PyDict kwargs) {
        return Abstract.callWithDict(this, args, kwargs);
    }

    @PyMethod
    String __repr__() {
        // Functions of a module (and plain functions) show as functions, as in CPython.
        if (self == null || self.getType().getName().equals("module")) {
            return "<built-in function " + impl.name() + ">";
        }
        return "<built-in method " + impl.name() + " of " + self.getType().getName()
                + " object at " + Abstract.addressOf(self) + ">";
    }

    @PyGetter
    String __name__() {
        return impl.name();
    }

    @PyGetter
    String __qualname__() {
        return self == null ? impl.name() : impl.qualname();
    }

    // CPython: Objects/methodobject.c, meth_get__doc__ (the doc of the PyMethodDef, so a bound
    // method such as [].append shows the doc of list.append).
    @PyGetter
    PyObject __doc__() {
        return docOf(impl);
    }

    /**
     * Returns a builtin's {@code __doc__}: its docstring, or None when it has none.
     *
     * @param impl the Java method
     * @return a str or None
     */
    static PyObject docOf(JavaCall impl) {
        return impl.doc().isEmpty() ? PyNone.NONE : PyStr.of(impl.doc());
    }

    @PyGetter
    PyObject __self__() {
        return self == null ? PyNone.NONE : self;
    }
}

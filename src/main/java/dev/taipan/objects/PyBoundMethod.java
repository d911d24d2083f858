package dev.taipan.objects;

import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyNew;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * A callable bound to a first argument ({@code method}, Python's {@code types.MethodType}):
 * calling it calls {@code __func__} with {@code __self__} prepended.
 */
@PyClass(name = "method", baseType = false)
public final class PyBoundMethod extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code method}. */
    public static final PyType TYPE = PyType.fromClass(PyBoundMethod.class, LOOKUP);

    private final PyObject func;
    private final PyObject self;

    /**
     * Binds a callable.
     *
     * @param func the callable
     * @param self the first argument
     */
    public PyBoundMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    // CPython: Objects/classobject.c, method_new
    @PyNew
    static PyObject __new__(PyType cls, PyObject func, PyObject self) {
        if (!Abstract.isCallable(func)) {
            throw Errors.typeError("first argument must be callable");
        }
        if (self == PyNone.NONE) {
            throw Errors.typeError("instance must not be None");
        }
        return new PyBoundMethod(func, self);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Returns the callable. */
    public PyObject getFunction() {
        return func;
    }

    /** Returns the bound first argument. */
    public PyObject getSelf() {
        return self;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return func.call(all, kwnames);
    }

    @Override
    public PyObject call() {
        return func.call(self);
    }

    @Override
    public PyObject call(PyObject a) {
        return func.call(self, a);
    }

    @Override
    public PyObject call(PyObject a, PyObject b) {
        return func.call(self, a, b);
    }

    // CPython: Objects/classobject.c, method_getattro: what the method type does not have is
    // looked up on the function (__name__, __doc__, __module__, ...).
    @PyMethod
    PyObject __getattribute__(PyObject nameObj) {
        String name = Abstract.attrName(nameObj);
        PyObject descr = TYPE.lookup(name);
        if (descr != null) {
            return Descriptors.get(descr, this, TYPE);
        }
        return Abstract.getAttr(func, name);
    }

    @PyGetter
    PyObject __func__() {
        return func;
    }

    @PyGetter
    PyObject __self__() {
        return self;
    }

    @PyMethod
    PyObject __call__(@Args PyObject[] args, @Kwargs PyDict kwargs) {
        return Abstract.callWithDict(this, args, kwargs);
    }

    @PyMethod
    String __repr__() {
        PyObject name = Abstract.lookupAttr(func, "__qualname__");
        if (name == null) {
            name = Abstract.lookupAttr(func, "__name__");
        }
        String n = name instanceof PyStr s ? s.toString() : "?";
        return "<bound method " + n + " of " + Abstract.repr(self) + ">";
    }

    @PyMethod
    PyObject __eq__(PyObject other) {
        if (!(other instanceof PyBoundMethod m)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(self == m.self && Abstract.richCompareBool(func, m.func, CompareOp.EQ));
    }

    @PyMethod
    PyObject __ne__(PyObject other) {
        PyObject eq = __eq__(other);
        return eq == PyNotImplemented.NOT_IMPLEMENTED ? eq : PyBool.of(eq != PyBool.TRUE);
    }

    @PyMethod
    long __hash__() {
        return Abstract.hash(func) ^ System.identityHashCode(self);
    }
}

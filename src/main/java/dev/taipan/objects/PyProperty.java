package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;

/** The builtin {@code property}: a data descriptor calling {@code fget}, {@code fset}, {@code fdel}. */
@PyClass(name = "property")
public class PyProperty extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code property}. */
    public static final PyType TYPE = PyType.fromClass(PyProperty.class, LOOKUP);

    private PyObject fget;
    private PyObject fset;
    private PyObject fdel;
    private PyObject doc;
    private volatile String name;

    /** A Python subclass instance of {@code property}. */
    static final class Derived extends PyProperty implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type) {
            super(null, null, null, null);
            this.type = type;
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
    }

    /**
     * Creates a property; absent functions are {@code null} or None.
     *
     * @param fget the getter
     * @param fset the setter
     * @param fdel the deleter
     * @param doc  the docstring
     */
    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        init(fget, fset, fdel, doc);
    }

    private void init(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget == PyNone.NONE ? null : fget;
        this.fset = fset == PyNone.NONE ? null : fset;
        this.fdel = fdel == PyNone.NONE ? null : fdel;
        PyObject d = doc;
        if ((d == null || d == PyNone.NONE) && this.fget != null) {
            d = Abstract.lookupAttr(this.fget, "__doc__");
        }
        this.doc = d == null ? PyNone.NONE : d;
        // CPython: Objects/descrobject.c, property_init_impl: a subclass instance keeps its
        // docstring in its __dict__, where it shadows the subclass's own docstring.
        if (this instanceof HasDict hd && this.doc != PyNone.NONE) {
            hd.getDict().put(PyStr.of("__doc__"), this.doc);
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        return cls == TYPE ? new PyProperty(null, null, null, null) : new Derived(cls);
    }

    @PyMethod
    void __init__(@Name("fget") @Default("None") PyObject fget,
            @Name("fset") @Default("None") PyObject fset,
            @Name("fdel") @Default("None") PyObject fdel,
            @Name("doc") @Default("None") PyObject doc) {
        init(fget, fset, fdel, doc);
    }

    /** Copies this property with one function replaced, keeping a subclass's type. */
    private PyObject copyWith(PyObject g, PyObject s, PyObject d) {
        // A new getter brings its own docstring; a new setter or deleter keeps the current one.
        PyObject docArg = g != fget || doc == null ? PyNone.NONE : doc;
        PyObject r = getType().call(new PyObject[] {orNone(g), orNone(s), orNone(d), docArg}, null);
        if (r instanceof PyProperty p) {
            p.name = name;
        }
        return r;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private String qualifiedName(PyObject obj) {
        String n = name;
        return n == null ? "property of '" + obj.getType().getName() + "' object"
                : "property '" + n + "' of '" + obj.getType().getName() + "' object";
    }

    /**
     * Reads through the getter.
     *
     * @param obj the instance, or {@code null}/None for class access
     * @return the value, or this property for class access
     */
    public PyObject get(PyObject obj) {
        if (obj == null) {
            return this;
        }
        if (fget == null) {
            throw Errors.attributeError(obj, name, qualifiedName(obj) + " has no getter");
        }
        return fget.call(obj);
    }

    /**
     * Writes or deletes through the setter or deleter.
     *
     * @param obj   the instance
     * @param value the value, or {@code null} to delete
     */
    public void set(PyObject obj, PyObject value) {
        PyObject f = value == null ? fdel : fset;
        if (f == null) {
            throw Errors.attributeError(obj, name, qualifiedName(obj)
                    + (value == null ? " has no deleter" : " has no setter"));
        }
        if (value == null) {
            f.call(obj);
        } else {
            f.call(obj, value);
        }
    }

    @PyMethod
    PyObject __get__(PyObject obj, @Opt PyObject type) {
        return get(obj == PyNone.NONE ? null : obj);
    }

    @PyMethod
    void __set__(PyObject obj, PyObject value) {
        set(obj, value);
    }

    @PyMethod
    void __delete__(PyObject obj) {
        set(obj, null);
    }

    @PyMethod
    void __set_name__(PyObject owner, PyObject name) {
        if (name instanceof PyStr s) {
            this.name = s.toString();
        }
    }

    @PyMethod
    PyObject getter(PyObject f) {
        return copyWith(f, fset, fdel);
    }

    @PyMethod
    PyObject setter(PyObject f) {
        return copyWith(fget, f, fdel);
    }

    @PyMethod
    PyObject deleter(PyObject f) {
        return copyWith(fget, fset, f);
    }

    @PyGetter
    PyObject fget() {
        return fget == null ? PyNone.NONE : fget;
    }

    @PyGetter
    PyObject fset() {
        return fset == null ? PyNone.NONE : fset;
    }

    @PyGetter
    PyObject fdel() {
        return fdel == null ? PyNone.NONE : fdel;
    }

    @PyGetter
    PyObject __name__() {
        String n = name;
        if (n != null) {
            return PyStr.of(n);
        }
        if (fget != null) {
            return Abstract.getAttr(fget, "__name__");
        }
        throw Errors.attributeError(this, "__name__",
                "'property' object has no attribute '__name__'");
    }

    @PyGetter
    PyObject __doc__() {
        return doc;
    }

    @PyGetter
    PyObject __isabstractmethod__() {
        for (PyObject f : new PyObject[] {fget, fset, fdel}) {
            if (f != null) {
                PyObject a = Abstract.lookupAttr(f, "__isabstractmethod__");
                if (a != null && Abstract.isTrue(a)) {
                    return PyBool.TRUE;
                }
            }
        }
        return PyBool.FALSE;
    }
}

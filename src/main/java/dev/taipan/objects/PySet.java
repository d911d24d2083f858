package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;

/**
 * The Python {@code set}: a mutable {@link PySetBase}. The shared methods are in
 * {@link SetMethods}; the mutating ones are here.
 *
 * <p>CPython: Objects/setobject.c
 */
@PyClass(name = "set", methods = {SetMethods.class}, unhashable = true)
public class PySet extends PySetBase {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code set}. */
    public static final PyType TYPE = PyType.fromClass(PySet.class, LOOKUP);

    /** Creates an empty set. */
    public PySet() {
    }

    /** A Python subclass instance of {@code set}. */
    static final class Derived extends PySet implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            PyDict d = dict;
            if (d == null && type.hasFlag(PyType.HAS_DICT)) {
                synchronized (this) {
                    d = dict;
                    if (d == null) {
                        d = new PyDict();
                        dict = d;
                    }
                }
            }
            return d;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    /**
     * Returns a new set of the given elements.
     *
     * @param items the elements
     * @return the set
     */
    public static PySet of(PyObject... items) {
        PySet s = new PySet();
        for (PyObject x : items) {
            s.add(x);
        }
        return s;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    PySetBase emptyLike() {
        return new PySet();
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        return cls == TYPE ? new PySet() : new Derived(cls);
    }

    @PyMethod
    void __init__(@Opt PyObject iterable) {
        clearTable();
        if (iterable != null) {
            addAll(iterable);
        }
    }

    @PyMethod(value = "add")
    void addMethod(PyObject x) {
        add(x);
    }

    @PyMethod
    void clear() {
        clearTable();
    }

    @PyMethod(value = "discard")
    void discardMethod(PyObject x) {
        discard(SetMethods.lookupKey(x));
    }

    @PyMethod
    void remove(PyObject x) {
        if (!discard(SetMethods.lookupKey(x))) {
            throw Errors.keyError(x);
        }
    }

    @PyMethod
    PyObject pop() {
        PyObject k = popAny();
        if (k == null) {
            throw Errors.keyError("pop from an empty set");
        }
        return k;
    }

    @PyMethod
    void update(@Args PyObject[] others) {
        for (PyObject o : others) {
            addAll(o);
        }
    }

    @PyMethod
    void intersection_update(@Args PyObject[] others) {
        // Computed from a snapshot and installed only if nothing changed meanwhile, so a racing
        // add is never lost.
        PyObject[] sets = new PyObject[others.length];
        for (int i = 0; i < others.length; i++) {
            sets[i] = others[i] instanceof PySetBase ? others[i] : materialize(others[i]);
        }
        while (true) {
            int v = version();
            if (replaceIfUnchanged(SetMethods.intersection(this, sets), v)) {
                return;
            }
        }
    }

    @PyMethod
    void difference_update(@Args PyObject[] others) {
        for (PyObject o : others) {
            if (o == this) {
                clearTable();
                continue;
            }
            PyObject it = Abstract.iter(o);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                discard(x);
            }
        }
    }

    @PyMethod
    void symmetric_difference_update(PyObject other) {
        PyObject o = other instanceof PySetBase ? other : materialize(other);
        while (true) {
            int v = version();
            if (replaceIfUnchanged(SetMethods.symmetric_difference(this, o), v)) {
                return;
            }
        }
    }

    /** Reads an iterable once into a set, so that a retried computation can read it again. */
    private static PySet materialize(PyObject iterable) {
        PySet s = new PySet();
        s.addAll(iterable);
        return s;
    }

    @PyMethod
    PyObject __ior__(PyObject other) {
        if (!(other instanceof PySetBase)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        addAll(other);
        return this;
    }

    @PyMethod
    PyObject __iand__(PyObject other) {
        if (!(other instanceof PySetBase)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        intersection_update(new PyObject[] {other});
        return this;
    }

    @PyMethod
    PyObject __isub__(PyObject other) {
        if (!(other instanceof PySetBase)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        difference_update(new PyObject[] {other});
        return this;
    }

    @PyMethod
    PyObject __ixor__(PyObject other) {
        if (!(other instanceof PySetBase)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        symmetric_difference_update(other);
        return this;
    }
}

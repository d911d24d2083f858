package dev.taipan.objects;

import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;

/**
 * The Python {@code frozenset}: an immutable, hashable {@link PySetBase}.
 *
 * <p>CPython: Objects/setobject.c
 */
@PyClass(name = "frozenset", methods = {SetMethods.class})
public class PyFrozenSet extends PySetBase {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code frozenset}. */
    public static final PyType TYPE = PyType.fromClass(PyFrozenSet.class, LOOKUP);

    private long hash;
    private boolean hashed;

    /** Creates an empty frozenset (filled only by its creator). */
    public PyFrozenSet() {
    }

    /** A Python subclass instance of {@code frozenset}. */
    static final class Derived extends PyFrozenSet implements HasDict {
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
            if (dict == null && type.hasFlag(PyType.HAS_DICT)) {
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
     * Returns a frozenset of the given elements.
     *
     * @param items the elements
     * @return the frozenset
     */
    public static PyFrozenSet of(PyObject... items) {
        PyFrozenSet s = new PyFrozenSet();
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
        return new PyFrozenSet();
    }

    @PyNew
    static PyObject __new__(PyType cls, @Opt PyObject iterable) {
        if (cls == TYPE && iterable != null && iterable.getClass() == PyFrozenSet.class) {
            return iterable;
        }
        PyFrozenSet s = cls == TYPE ? new PyFrozenSet() : new Derived(cls);
        if (iterable != null) {
            s.addAll(iterable);
        }
        return s;
    }

    @PyMethod
    long __hash__() {
        if (!hashed) {
            hash = frozenHash();
            hashed = true;
        }
        return hash;
    }
}

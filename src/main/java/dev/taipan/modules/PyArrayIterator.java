package dev.taipan.modules;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyIterator;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/** The iterator over an {@code array.array} ({@code arrayiterator}); sees later changes. */
@PyClass(name = "arrayiterator", module = "array", baseType = false)
public final class PyArrayIterator extends PyObject implements PyIterator {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code array.arrayiterator}. */
    public static final PyType TYPE = PyType.fromClass(PyArrayIterator.class, LOOKUP);

    private PyArray array;
    private int index;

    PyArrayIterator(PyArray array) {
        this.array = array;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public synchronized PyObject nextOrNull() {
        if (array == null) {
            return null;
        }
        PyObject v = array.itemOrNull(index);
        if (v == null) {
            // Exhausted for good, as CPython's iterator drops its array.
            array = null;
            return null;
        }
        index++;
        return v;
    }

    @PyMethod
    PyObject __iter__() {
        return this;
    }

    @PyMethod
    PyObject __next__() {
        PyObject v = nextOrNull();
        if (v == null) {
            throw Errors.stopIteration(null);
        }
        return v;
    }
}

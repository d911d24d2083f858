package dev.taipan.builtins;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;

/** Python's {@code map}: a function applied to the items of one or more iterables, stopping at the shortest. */
// CPython: Python/bltinmodule.c, map_new and map_next
@PyClass(name = "map", methods = {BuiltinIterator.IterMethods.class},
        doc = "Make an iterator that computes the function using arguments from each of the iterables.")
public final class PyMap extends BuiltinIterator implements HasDict {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code map} type. */
    public static final PyType TYPE = PyType.fromClass(PyMap.class, LOOKUP);

    private final PyType type;
    private PyDict dict;
    private final PyObject function;
    /** The iterators, or null once one is exhausted. */
    private PyObject[] iterators;

    private PyMap(PyType type, PyObject function, PyObject[] iterators) {
        this.type = type;
        this.function = function;
        this.iterators = iterators;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args) {
        if (args.length < 2) {
            throw Errors.typeError("map() must have at least two arguments.");
        }
        PyObject[] its = new PyObject[args.length - 1];
        for (int i = 0; i < its.length; i++) {
            its[i] = Abstract.iter(args[i + 1]);
        }
        return new PyMap(cls, args[0], its);
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

    @Override
    public PyObject nextOrNull() {
        PyObject[] its = iterators;
        if (its == null) {
            return null;
        }
        if (its.length == 1) {
            PyObject item = Abstract.next(its[0]);
            if (item == null) {
                iterators = null;
                return null;
            }
            return function.call(item);
        }
        PyObject[] args = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject item = Abstract.next(its[i]);
            if (item == null) {
                iterators = null;
                return null;
            }
            args[i] = item;
        }
        return function.call(args, null);
    }
}

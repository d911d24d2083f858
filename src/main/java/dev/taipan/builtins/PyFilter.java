package dev.taipan.builtins;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;

/** Python's {@code filter}: the items of an iterable for which a function (or, for None, the item itself) is true. */
// CPython: Python/bltinmodule.c, filter_new and filter_next
@PyClass(name = "filter", methods = {BuiltinIterator.IterMethods.class},
        doc = "Return an iterator yielding those items of iterable for which function(item) is true.")
public final class PyFilter extends BuiltinIterator implements HasDict {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code filter} type. */
    public static final PyType TYPE = PyType.fromClass(PyFilter.class, LOOKUP);

    private final PyType type;
    private PyDict dict;
    /** The predicate, or null to test the items' own truth (function None or bool). */
    private final PyObject function;
    private PyObject iterator;

    private PyFilter(PyType type, PyObject function, PyObject iterator) {
        this.type = type;
        this.function = function;
        this.iterator = iterator;
    }

    @PyNew
    static PyObject __new__(PyType cls, PyObject function, PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        // CPython: filter(bool, ...) tests truth directly, as filter(None, ...) does.
        boolean plainTruth = function == PyNone.NONE || function == PyBool.TYPE;
        return new PyFilter(cls, plainTruth ? null : function, it);
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
        if (iterator == null) {
            return null;
        }
        for (PyObject item = Abstract.next(iterator); item != null; item = Abstract.next(iterator)) {
            boolean ok = function == null ? Abstract.isTrue(item) : Abstract.isTrue(function.call(item));
            if (ok) {
                return item;
            }
        }
        iterator = null;
        return null;
    }
}

package dev.taipan.builtins;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;

/**
 * Python's {@code zip}: tuples of the next item of each iterable, stopping at the shortest; with
 * {@code strict=True}, iterables of unequal length raise ValueError (PEP 618).
 */
// CPython: Python/bltinmodule.c, zip_new and zip_next
@PyClass(name = "zip", methods = {BuiltinIterator.IterMethods.class},
        doc = "The zip object yields n-length tuples, where n is the number of iterables passed as"
                + " positional arguments to zip().")
public final class PyZip extends BuiltinIterator implements HasDict {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code zip} type. */
    public static final PyType TYPE = PyType.fromClass(PyZip.class, LOOKUP);

    private final PyType type;
    private PyDict dict;
    /** The iterators, or null once exhausted. */
    private PyObject[] iterators;
    private final boolean strict;

    private PyZip(PyType type, PyObject[] iterators, boolean strict) {
        this.type = type;
        this.iterators = iterators;
        this.strict = strict;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] iterables, @KwOnly("strict") @Default("False") boolean strict) {
        PyObject[] its = new PyObject[iterables.length];
        for (int i = 0; i < its.length; i++) {
            its[i] = Abstract.iter(iterables[i]);
        }
        return new PyZip(cls, its, strict);
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
        if (its == null || its.length == 0) {
            return null;
        }
        PyObject[] items = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject item = Abstract.next(its[i]);
            if (item == null) {
                iterators = null;
                if (strict) {
                    checkStrict(its, i);
                }
                return null;
            }
            items[i] = item;
        }
        return PyTuple.wrap(items);
    }

    /** Iterator {@code i} ran out under {@code strict=True}: it is an error unless all did at once. */
    private static void checkStrict(PyObject[] its, int i) {
        if (i > 0) {
            throw Errors.valueError("zip() argument %d is shorter than argument%s%d", i + 1, i == 1 ? " " : "s 1-", i);
        }
        for (int j = 1; j < its.length; j++) {
            if (Abstract.next(its[j]) != null) {
                throw Errors.valueError("zip() argument %d is longer than argument%s%d", j + 1, j == 1 ? " " : "s 1-", j);
            }
        }
    }
}

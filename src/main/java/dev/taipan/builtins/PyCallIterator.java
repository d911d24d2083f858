package dev.taipan.builtins;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.CompareOp;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;

import java.lang.invoke.MethodHandles;

/** The iterator of {@code iter(callable, sentinel)}: calls the callable until it returns the sentinel. */
// CPython: Objects/iterobject.c, calliter_iternext
@PyClass(name = "callable_iterator", baseType = false, methods = {BuiltinIterator.IterMethods.class})
public final class PyCallIterator extends BuiltinIterator {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code callable_iterator} type. */
    public static final PyType TYPE = PyType.fromClass(PyCallIterator.class, LOOKUP);

    /** The callable, or null once the sentinel was seen. */
    private PyObject callable;
    private final PyObject sentinel;

    /** Creates the iterator of {@code iter(callable, sentinel)}. */
    public PyCallIterator(PyObject callable, PyObject sentinel) {
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject nextOrNull() {
        PyObject c = callable;
        if (c == null) {
            return null;
        }
        PyObject result;
        try {
            result = c.call();
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopIteration)) {
                callable = null;
                return null;
            }
            throw e;
        }
        if (Abstract.richCompareBool(result, sentinel, CompareOp.EQ)) {
            callable = null;
            return null;
        }
        return result;
    }
}

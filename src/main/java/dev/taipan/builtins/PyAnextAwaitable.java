package dev.taipan.builtins;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.Slot;
import dev.taipan.objects.Slots;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/**
 * The awaitable of {@code anext(aiterator, default)}: awaits the iterator's {@code __anext__()}
 * and turns its StopAsyncIteration into the default value.
 */
// CPython: Objects/iterobject.c, anextawaitable_*
@PyClass(name = "anext_awaitable", baseType = false)
final class PyAnextAwaitable extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code anext_awaitable} type. */
    static final PyType TYPE = PyType.fromClass(PyAnextAwaitable.class, LOOKUP);

    private final PyObject awaitable;
    private final PyObject dflt;
    /** The iterator of {@code awaitable.__await__()}, made on first use. */
    private PyObject iterator;

    PyAnextAwaitable(PyObject awaitable, PyObject dflt) {
        this.awaitable = awaitable;
        this.dflt = dflt;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private PyObject iterator() {
        if (iterator == null) {
            PyObject f = awaitable.getType().slot(Slot.AWAIT);
            if (f == null) {
                throw Errors.typeError("'%.200s' object can't be awaited", awaitable.getType().getName());
            }
            PyObject it = Slots.call0(f, awaitable);
            if (it.getType().slot(Slot.NEXT) == null) {
                throw Errors.typeError("__await__() returned non-iterator of type '%.100s'", it.getType().getName());
            }
            iterator = it;
        }
        return iterator;
    }

    /** Runs one step of the inner iterator, turning its end-of-iteration into our default. */
    private PyObject step(String method, PyObject[] args) {
        try {
            PyObject it = iterator();
            if (method == null) {
                // Through the slot, not Abstract.next: the StopIteration carries the result.
                return Slots.call0(it.getType().slot(Slot.NEXT), it);
            }
            return Abstract.getAttr(it, method).call(args, null);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopAsyncIteration)) {
                throw Errors.stopIteration(dflt);
            }
            throw e;
        }
    }

    @PyMethod
    PyObject __await__() {
        return this;
    }

    @PyMethod
    PyObject __iter__() {
        return this;
    }

    @PyMethod
    PyObject __next__() {
        return step(null, EMPTY_ARRAY);
    }

    @PyMethod
    PyObject send(PyObject value) {
        if (value == PyNone.NONE) {
            return step(null, EMPTY_ARRAY);
        }
        return step("send", new PyObject[] {value});
    }

    @PyMethod("throw")
    PyObject throw_(PyObject type, @Opt PyObject value, @Opt PyObject tb) {
        PyObject[] args = value == null ? new PyObject[] {type}
                : tb == null ? new PyObject[] {type, value} : new PyObject[] {type, value, tb};
        return step("throw", args);
    }

    @PyMethod
    PyObject close() {
        PyObject close = Abstract.lookupAttr(iterator(), "close");
        return close == null ? PyNone.NONE : close.call();
    }
}

package dev.taipan.interp;

import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/** The iterator {@code coroutine.__await__()} returns: sends and throws go to the coroutine. */
@PyClass(name = "coroutine_wrapper", baseType = false)
final class CoroutineWrapper extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    static final PyType TYPE = PyType.fromClass(CoroutineWrapper.class, LOOKUP);

    final PyCoroutine coroutine;

    CoroutineWrapper(PyCoroutine coroutine) {
        this.coroutine = coroutine;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyMethod
    PyObject __iter__() {
        return this;
    }

    @PyMethod
    PyObject __next__() {
        return coroutine.send(PyNone.NONE);
    }

    @PyMethod
    PyObject send(PyObject value) {
        return coroutine.send(value);
    }

    @PyMethod("throw")
    PyObject throwMethod(PyObject typ, @Opt PyObject val, @Opt PyObject tb) {
        return coroutine.throwIn(typ, val, tb);
    }

    @PyMethod
    PyObject close() {
        return coroutine.close();
    }
}

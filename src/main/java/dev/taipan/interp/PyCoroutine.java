package dev.taipan.interp;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/** Python's {@code coroutine}: the object an {@code async def} function returns. */
@PyClass(name = "coroutine", baseType = false, methods = {GeneratorMethods.class})
public final class PyCoroutine extends GeneratorBase {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code coroutine} type. */
    public static final PyType TYPE = PyType.fromClass(PyCoroutine.class, LOOKUP);

    PyCoroutine(Interpreter interp, Frame frame) {
        super(interp, frame);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    String kindName() {
        return "coroutine";
    }

    @Override
    PyException reuseError() {
        return Errors.runtimeError("cannot reuse already awaited coroutine");
    }

    @PyMethod("send")
    PyObject sendMethod(PyObject value) {
        return send(value);
    }

    @PyMethod("throw")
    PyObject throwMethod(PyObject typ, @Opt PyObject val, @Opt PyObject tb) {
        return throwIn(typ, val, tb);
    }

    @PyMethod("close")
    PyObject closeMethod() {
        return close();
    }

    @PyMethod
    PyObject __await__() {
        return new CoroutineWrapper(this);
    }

    @PyGetter
    PyObject cr_frame() {
        return frame.finished ? PyNone.NONE : frame.frameObject();
    }

    @PyGetter
    boolean cr_running() {
        return running;
    }

    @PyGetter
    PyObject cr_await() {
        return frame.yieldFrom == null ? PyNone.NONE : frame.yieldFrom;
    }

    @PyGetter
    boolean cr_suspended() {
        return suspended();
    }

    /** Where the coroutine was created: always None, as origin tracking is never switched on. */
    @PyGetter
    PyObject cr_origin() {
        return PyNone.NONE;
    }

    @PyGetter
    PyObject cr_code() {
        return frame.function != null ? frame.function.code : new PyCode(frame.code);
    }
}

package dev.taipan.interp;

import dev.taipan.objects.PyIterator;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/** Python's {@code generator}: the object a generator function returns. */
@PyClass(name = "generator", baseType = false, methods = {GeneratorMethods.class})
public final class PyGenerator extends GeneratorBase {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code generator} type. */
    public static final PyType TYPE = PyType.fromClass(PyGenerator.class, LOOKUP);

    PyGenerator(Interpreter interp, Frame frame) {
        super(interp, frame);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    String kindName() {
        return "generator";
    }

    /** The next value, or null when the generator is exhausted (for FOR_ITER and builtins). */
    PyObject nextOrNull() {
        if (frame.finished) {
            return null;
        }
        PyObject result = resume(interp.threadState(), PyNone.NONE, null);
        return frame.finished ? null : result;
    }

    @PyMethod
    PyObject __iter__() {
        return this;
    }

    @PyMethod
    PyObject __next__() {
        // As send(None): a return value must reach the caller as StopIteration.value.
        return send(PyNone.NONE);
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

    @PyGetter
    PyObject gi_frame() {
        return frame.finished ? PyNone.NONE : frame.frameObject();
    }

    @PyGetter
    boolean gi_running() {
        return running;
    }

    @PyGetter
    boolean gi_suspended() {
        return suspended();
    }

    @PyGetter
    PyObject gi_code() {
        return frame.function != null ? frame.function.code : new PyCode(frame.code);
    }

    @PyGetter
    PyObject gi_yieldfrom() {
        return frame.yieldFrom == null ? PyNone.NONE : frame.yieldFrom;
    }
}

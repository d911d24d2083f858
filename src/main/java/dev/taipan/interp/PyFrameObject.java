package dev.taipan.interp;

import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;

import java.lang.invoke.MethodHandles;

/** Python's {@code frame}: a view of a running or finished {@link Frame} for tracebacks and {@code sys._getframe}. */
@PyClass(name = "frame", baseType = false)
public final class PyFrameObject extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code frame} type. */
    public static final PyType TYPE = PyType.fromClass(PyFrameObject.class, LOOKUP);

    final Frame frame;
    private PyObject back;

    PyFrameObject(Frame frame) {
        this.frame = frame;
        if (frame.back != null) {
            back = frame.back.frameObject();
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The underlying frame. */
    public Frame frame() {
        return frame;
    }

    @PyGetter
    PyObject f_code() {
        PyFunction fn = frame.function;
        return fn != null ? fn.code : new PyCode(frame.code);
    }

    @PyGetter
    PyObject f_globals() {
        return frame.globals;
    }

    @PyGetter
    PyObject f_builtins() {
        return frame.builtins;
    }

    @PyGetter
    PyObject f_locals() {
        return Locals.of(frame);
    }

    /**
     * The instruction the frame is running: for a frame that is still running, the call it is in
     * (the eval loop saves {@code ip} before each call, not {@code lasti}); otherwise the
     * instruction it last stopped at.
     */
    public int currentInstruction() {
        return !frame.finished && frame.ip > 0 ? frame.ip - 1 : frame.lasti;
    }

    @PyGetter
    int f_lineno() {
        int line = frame.code.lineOf(currentInstruction());
        return line >= 0 ? line : frame.currentLine();
    }

    @PyGetter
    int f_lasti() {
        return Math.max(frame.lasti, 0) * 2;
    }

    @PyGetter
    PyObject f_back() {
        return back == null ? PyNone.NONE : back;
    }

    @Override
    public String toString() {
        return "<frame of " + frame.code.qualname() + ">";
    }

    static PyStr name(Frame f) {
        return PyStr.of(f.code.name());
    }

    static PyDict globals(Frame f) {
        return f.globals;
    }
}

package dev.taipan.interp;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyObject;

/** Exception unwinding for the eval loop: tracebacks, handler lookup, re-raising. */
final class Unwind {
    private Unwind() {
    }

    /**
     * Records that {@code e} passed through {@code f} and finds the handler for the instruction
     * at {@code f.lasti}.
     *
     * @return the handler's entry in the exception table, or -1 when the frame has none
     */
    static int handle(ThreadState ts, Frame f, PyException e) {
        PyBaseException value = e.getValue();
        if (ts.reraising == value) {
            ts.reraising = null;
        } else {
            if (value.getTraceback() == null) {
                // First frame of an exception the runtime raised (RAISE chains its own): chain it to
                // the exception being handled, as CPython's _PyErr_SetObject does for every new one.
                Exceptions.chainContext(ts, value);
            }
            value.setTraceback(new PyTraceback(value.getTraceback(), f.frameObject(), f.lasti, f.currentLine()));
        }
        return f.code.handlerFor(f.lasti);
    }

    /** Re-raises an exception object without adding a traceback entry for this frame. */
    static PyException reraise(ThreadState ts, PyObject exc) {
        if (exc instanceof PyBaseException be) {
            ts.reraising = be;
            return be.toJava();
        }
        return Errors.systemError("RERAISE of a non-exception: %s", exc.getType().getName());
    }

    /** Reports a Java exception escaping the runtime (a bug) as Python's SystemError. */
    static PyException javaError(RuntimeException e) {
        if (Boolean.getBoolean("taipan.debug")) {
            e.printStackTrace();
        }
        return Errors.systemError("internal error: %s", e.toString());
    }

    /** Turns a Java stack overflow into Python's RecursionError. */
    static PyException stackOverflow(ThreadState ts) {
        return Errors.recursionError("maximum recursion depth exceeded");
    }
}

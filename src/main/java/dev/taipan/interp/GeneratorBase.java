package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyTuple;

/**
 * What generators, coroutines and async generators share: a suspended {@link Frame} that
 * {@code send}, {@code throw} and {@code close} resume, and the delegation of {@code yield from}
 * and {@code await} to a sub-iterator.
 */
// CPython: Objects/genobject.c, gen_send_ex2, _gen_throw, gen_close
abstract class GeneratorBase extends PyObject {
    final Interpreter interp;
    final Frame frame;
    String name;
    String qualname;
    boolean running;
    /** The exception being handled inside the generator while it is suspended. */
    private PyBaseException savedHandled;

    GeneratorBase(Interpreter interp, Frame frame) {
        this.interp = interp;
        this.frame = frame;
        this.name = frame.code.name();
        this.qualname = frame.code.qualname();
    }

    /** "generator", "coroutine" or "async generator", as messages name it. */
    abstract String kindName();

    boolean started() {
        return frame.lasti >= 0;
    }

    boolean finished() {
        return frame.finished;
    }

    /**
     * Resumes the frame with a sent value or a thrown exception.
     *
     * @return the yielded value, or the returned value when {@link #finished()} is then true (None
     *     when the frame had finished already)
     */
    PyObject resume(ThreadState ts, PyObject sent, PyException thrown) {
        if (running) {
            throw Errors.valueError("%s already executing", kindName());
        }
        if (frame.finished) {
            if (thrown != null) {
                throw thrown;
            }
            // A finished generator returns None again; a coroutine refuses (CPython: gen_send_ex2).
            PyException reuse = reuseError();
            if (reuse != null) {
                throw reuse;
            }
            return PyNone.NONE;
        }
        if (thrown == null) {
            if (!started() && sent != PyNone.NONE) {
                throw Errors.typeError("can't send non-None value to a just-started %s", kindName());
            }
            frame.slots[frame.sp++] = sent;
        } else if (started()) {
            // As CPython's gen_send_ex2, a throw also pushes the value a send would (None): the
            // handler around a suspended SEND/YIELD_VALUE keeps two values under the exception.
            frame.slots[frame.sp++] = PyNone.NONE;
        }
        frame.yieldFrom = null;
        running = true;
        PyBaseException outer = ts.handled();
        if (savedHandled != null) {
            ts.setHandled(savedHandled);
        }
        try {
            return Eval.run(ts, frame, thrown);
        } finally {
            running = false;
            PyBaseException inner = ts.handled();
            savedHandled = inner != outer ? inner : null;
            ts.setHandled(outer == null ? PyNone.NONE : outer);
        }
    }

    /** Whether the frame has started and not finished, and is not running now. */
    boolean suspended() {
        return started() && !frame.finished && !running;
    }

    /** The error for resuming a finished frame, or null where it just returns None again. */
    PyException reuseError() {
        return null;
    }

    /**
     * The exception that tells a caller of {@code send} the frame has returned {@code value}:
     * StopIteration carrying it (async generators override this).
     */
    // CPython: Objects/genobject.c, gen_send_ex
    PyException returned(PyObject value) {
        return stopIteration(value);
    }

    /** {@code send(value)}: the next yielded value, or StopIteration carrying the return value. */
    PyObject send(PyObject value) {
        ThreadState ts = interp.threadState();
        PyObject result = resume(ts, value, null);
        if (frame.finished) {
            throw returned(result);
        }
        return result;
    }

    /** StopIteration carrying {@code value}; a bare {@code StopIteration()} for None, as CPython raises it. */
    static PyException stopIteration(PyObject value) {
        if (value == PyNone.NONE) {
            return ((PyBaseException) ExceptionTypes.StopIteration.call()).toJava();
        }
        return Errors.stopIteration(value);
    }

    /** {@code throw(exc)}: raises {@code exc} where the frame is suspended, delegating to a sub-iterator first. */
    PyObject throwIn(PyObject typ, PyObject val, PyObject tb) {
        PyBaseException exc = throwArgument(typ, val, tb);
        return throwException(exc);
    }

    PyObject throwException(PyBaseException exc) {
        return throwException(exc, true);
    }

    /**
     * Raises {@code exc} where the frame is suspended. A GeneratorExit closes the sub-iterator of
     * {@code yield from} or {@code await} when {@code closeOnGenExit}; otherwise (an async
     * generator's {@code aclose}) it is thrown into the sub-iterator like any other exception.
     */
    // CPython: Objects/genobject.c, _gen_throw
    PyObject throwException(PyBaseException exc, boolean closeOnGenExit) {
        ThreadState ts = interp.threadState();
        PyObject yf = frame.yieldFrom;
        if (yf != null && !frame.finished) {
            if (closeOnGenExit && exc.getType().isSubtypeOf(ExceptionTypes.GeneratorExit)) {
                try {
                    closeSubIterator(yf);
                } catch (PyException e) {
                    return finishResume(ts, null, e);
                }
            } else {
                PyObject ret;
                try {
                    if (yf instanceof GeneratorBase g) {
                        running = true;
                        try {
                            ret = g.throwException(exc, closeOnGenExit);
                        } finally {
                            running = false;
                        }
                    } else {
                        PyObject meth = Abstract.lookupAttr(yf, "throw");
                        if (meth == null) {
                            return finishResume(ts, null, exc.toJava());
                        }
                        ret = meth.call(exc);
                    }
                } catch (PyException e) {
                    return finishResume(ts, null, e);
                }
                return ret;
            }
        }
        return finishResume(ts, null, exc.toJava());
    }

    private PyObject finishResume(ThreadState ts, PyObject sent, PyException thrown) {
        if (!started() && !frame.finished) {
            frame.finished = true;
            throw thrown;
        }
        PyObject result = resume(ts, sent, thrown);
        if (frame.finished) {
            throw returned(result);
        }
        return result;
    }

    private static void closeSubIterator(PyObject yf) {
        if (yf instanceof GeneratorBase g) {
            g.close();
            return;
        }
        PyObject close = Abstract.lookupAttr(yf, "close");
        if (close != null) {
            close.call();
        }
    }

    /** {@code close()}: raises GeneratorExit inside; returns the return value, if any (3.13). */
    PyObject close() {
        if (frame.finished) {
            return PyNone.NONE;
        }
        if (!started()) {
            frame.finished = true;
            return PyNone.NONE;
        }
        PyBaseException exit = (PyBaseException) ExceptionTypes.GeneratorExit.call();
        try {
            throwException(exit);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.GeneratorExit)) {
                return PyNone.NONE;
            }
            if (e.matches(ExceptionTypes.StopIteration)) {
                PyObject value = Abstract.lookupAttr(e.getValue(), "value");
                return value == null ? PyNone.NONE : value;
            }
            throw e;
        }
        throw Errors.runtimeError("%s ignored GeneratorExit", kindName());
    }

    /** Turns {@code throw}'s arguments (CPython still takes the old three-argument form) into an exception. */
    static PyBaseException throwArgument(PyObject typ, PyObject val, PyObject tb) {
        PyBaseException exc;
        if (typ instanceof dev.taipan.objects.PyType t) {
            if (!t.isSubtypeOf(ExceptionTypes.BaseException)) {
                throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not type");
            }
            if (val == null || val == PyNone.NONE) {
                exc = (PyBaseException) t.call();
            } else if (val instanceof PyBaseException be && be.getType().isSubtypeOf(t)) {
                exc = be;
            } else {
                exc = (PyBaseException) (val instanceof PyTuple tup ? t.call(tup.items(), null) : t.call(val));
            }
        } else if (typ instanceof PyBaseException be) {
            if (val != null && val != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            exc = be;
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                    typ.getType().getName());
        }
        if (tb != null && tb != PyNone.NONE) {
            exc.setTraceback(tb);
        }
        return exc;
    }
}

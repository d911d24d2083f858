package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/**
 * Python's {@code async_generator}. Its frame yields two kinds of values: those of its own
 * {@code yield} (wrapped by the ASYNC_GEN_WRAP intrinsic) end an {@code asend} awaitable with
 * StopIteration; anything else comes from an {@code await} inside and passes out to the event loop.
 */
// CPython: Objects/genobject.c, async_gen_asend_send and async_gen_athrow_send
@PyClass(name = "async_generator", baseType = false)
public final class PyAsyncGenerator extends GeneratorBase {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code async_generator} type. */
    public static final PyType TYPE = PyType.fromClass(PyAsyncGenerator.class, LOOKUP);

    PyAsyncGenerator(Interpreter interp, Frame frame) {
        super(interp, frame);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    String kindName() {
        return "async generator";
    }

    @PyMethod
    PyObject __aiter__() {
        return this;
    }

    @PyMethod
    PyObject __anext__() {
        return new Step(this, PyNone.NONE, null, false);
    }

    @PyMethod
    PyObject asend(PyObject value) {
        return new Step(this, value, null, false);
    }

    @PyMethod
    PyObject athrow(PyObject typ, @Opt PyObject val, @Opt PyObject tb) {
        return new Step(this, null, throwArgument(typ, val, tb), false);
    }

    @PyMethod
    PyObject aclose() {
        return new Step(this, null, (PyBaseException) ExceptionTypes.GeneratorExit.call(), true);
    }

    @PyMethod
    PyObject __repr__() {
        return PyStr.of("<async_generator object " + qualname + " at " + Abstract.addressOf(this) + ">");
    }

    @PyGetter
    PyObject __name__() {
        return PyStr.of(name);
    }

    @PyGetter
    PyObject __qualname__() {
        return PyStr.of(qualname);
    }

    @PyGetter
    PyObject ag_frame() {
        return frame.finished ? PyNone.NONE : frame.frameObject();
    }

    @PyGetter
    boolean ag_running() {
        return running;
    }

    /** Unwraps one resumption's outcome for an awaitable step. */
    PyObject outcome(PyObject result, boolean closing) {
        if (frame.finished) {
            throw closing ? GeneratorBase.stopIteration(PyNone.NONE) : ((dev.taipan.objects.PyBaseException) ExceptionTypes.StopAsyncIteration.call()).toJava();
        }
        if (result instanceof WrappedValue w) {
            if (closing) {
                throw Errors.runtimeError("async generator ignored GeneratorExit");
            }
            throw GeneratorBase.stopIteration(w.value);
        }
        return result;
    }

    /** The awaitable of {@code __anext__}, {@code asend}, {@code athrow} and {@code aclose}. */
    @PyClass(name = "async_generator_asend", baseType = false)
    static final class Step extends PyObject {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(Step.class, LOOKUP);

        private final PyAsyncGenerator gen;
        private PyObject firstValue;
        private PyBaseException firstThrow;
        private final boolean closing;
        private boolean started;
        private boolean done;

        Step(PyAsyncGenerator gen, PyObject value, PyBaseException thrown, boolean closing) {
            this.gen = gen;
            this.firstValue = value;
            this.firstThrow = thrown;
            this.closing = closing;
        }

        @Override
        public PyType getType() {
            return TYPE;
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
            return send(PyNone.NONE);
        }

        @PyMethod
        PyObject send(PyObject value) {
            if (done) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            ThreadState ts = gen.interp.threadState();
            try {
                PyObject result;
                if (!started) {
                    started = true;
                    if (firstThrow != null) {
                        if (closing && (gen.finished() || !gen.started())) {
                            gen.frame.finished = true;
                            throw GeneratorBase.stopIteration(PyNone.NONE);
                        }
                        result = gen.resume(ts, null, firstThrow.toJava());
                    } else {
                        result = gen.resume(ts, firstValue == PyNone.NONE ? value : firstValue, null);
                    }
                } else {
                    result = gen.resume(ts, value, null);
                }
                return gen.outcome(result, closing);
            } catch (PyException e) {
                done = true;
                if (closing && (e.matches(ExceptionTypes.StopAsyncIteration) || e.matches(ExceptionTypes.GeneratorExit))) {
                    throw GeneratorBase.stopIteration(PyNone.NONE);
                }
                throw e;
            }
        }

        @PyMethod("throw")
        PyObject throwMethod(PyObject typ, @Opt PyObject val, @Opt PyObject tb) {
            PyBaseException exc = throwArgument(typ, val, tb);
            ThreadState ts = gen.interp.threadState();
            started = true;
            return gen.outcome(gen.resume(ts, null, exc.toJava()), closing);
        }

        @PyMethod
        PyObject close() {
            done = true;
            return PyNone.NONE;
        }
    }

    /** The marker the ASYNC_GEN_WRAP intrinsic puts around an async generator's own yields. */
    static final class WrappedValue extends PyObject {
        final PyObject value;

        WrappedValue(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType getType() {
            return PyType.OBJECT_TYPE;
        }
    }
}

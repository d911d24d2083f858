package dev.taipan.interp;

import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/**
 * The awaitables an async generator's methods return. Each drives the generator through one
 * step: it starts in {@code INIT}, is {@code ITER} while the generator awaits something, and is
 * {@code CLOSED} once it has produced its result, when it cannot be awaited again.
 */
// CPython: Objects/genobject.c, async_gen_asend_* and async_gen_athrow_*
final class AsyncGenAwaitables {
    private AsyncGenAwaitables() {
    }

    private enum State { INIT, ITER, CLOSED }

    /** The awaitable of {@code __anext__()} and {@code asend(value)}. */
    @PyClass(name = "async_generator_asend", baseType = false)
    static final class ASend extends PyObject {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(ASend.class, LOOKUP);

        private final PyAsyncGenerator gen;
        private final PyObject sendValue;
        private State state = State.INIT;

        ASend(PyAsyncGenerator gen, PyObject sendValue) {
            this.gen = gen;
            this.sendValue = sendValue;
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
            enter();
            if (state == State.INIT) {
                state = State.ITER;
                if (value == PyNone.NONE) {
                    value = sendValue;
                }
            }
            gen.runningAsync = true;
            try {
                return gen.sendUnwrapped(value);
            } catch (PyException e) {
                state = State.CLOSED;
                throw e;
            }
        }

        @PyMethod("throw")
        PyObject throwMethod(PyObject typ, @Opt PyObject val, @Opt PyObject tb) {
            enter();
            if (state == State.INIT) {
                state = State.ITER;
                gen.runningAsync = true;
            }
            try {
                return gen.throwUnwrapped(GeneratorBase.throwArgument(typ, val, tb), true);
            } catch (PyException e) {
                state = State.CLOSED;
                throw e;
            }
        }

        @PyMethod
        PyObject close() {
            state = State.CLOSED;
            return PyNone.NONE;
        }

        private void enter() {
            if (state == State.CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == State.INIT && gen.runningAsync) {
                state = State.CLOSED;
                throw Errors.runtimeError("anext(): asynchronous generator is already running");
            }
        }
    }

    /**
     * The awaitable of {@code athrow(...)} and, with no exception to throw, of {@code aclose()}.
     * Closing throws GeneratorExit in; the generator ending (by that exception or by
     * StopAsyncIteration) ends the awaitable with StopIteration, and a generator that yields
     * instead has ignored GeneratorExit.
     */
    @PyClass(name = "async_generator_athrow", baseType = false)
    static final class AThrow extends PyObject {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(AThrow.class, LOOKUP);

        private final PyAsyncGenerator gen;
        /** athrow's arguments; {@code typ} is null for aclose. */
        private final PyObject typ;
        private final PyObject val;
        private final PyObject tb;
        private State state = State.INIT;

        AThrow(PyAsyncGenerator gen, PyObject typ, PyObject val, PyObject tb) {
            this.gen = gen;
            this.typ = typ;
            this.val = val;
            this.tb = tb;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        private boolean closing() {
            return typ == null;
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
            checkReuse();
            if (gen.finished()) {
                state = State.CLOSED;
                throw GeneratorBase.stopIteration(PyNone.NONE);
            }
            if (state == State.INIT) {
                checkRunning();
                if (gen.closed) {
                    state = State.CLOSED;
                    throw PyAsyncGenerator.stopAsyncIteration();
                }
                if (value != PyNone.NONE) {
                    throw Errors.runtimeError("can't send non-None value to a just-started coroutine");
                }
                state = State.ITER;
                gen.runningAsync = true;
                try {
                    if (closing()) {
                        gen.closed = true;
                        PyBaseException exit = (PyBaseException) ExceptionTypes.GeneratorExit.call();
                        return checkClosed(gen.throwException(exit, false));
                    }
                    return gen.throwUnwrapped(GeneratorBase.throwArgument(typ, val, tb), false);
                } catch (PyException e) {
                    throw checkError(e);
                }
            }
            try {
                return closing() ? checkClosed(gen.send(value)) : gen.sendUnwrapped(value);
            } catch (PyException e) {
                throw checkError(e);
            }
        }

        @PyMethod("throw")
        PyObject throwMethod(PyObject t, @Opt PyObject v, @Opt PyObject traceback) {
            checkReuse();
            if (state == State.INIT) {
                checkRunning();
                state = State.ITER;
                gen.runningAsync = true;
            }
            PyBaseException exc = GeneratorBase.throwArgument(t, v, traceback);
            if (!closing()) {
                try {
                    return gen.throwUnwrapped(exc, true);
                } catch (PyException e) {
                    state = State.CLOSED;
                    throw e;
                }
            }
            try {
                return checkClosed(gen.throwException(exc, true));
            } catch (PyException e) {
                throw closedByError(e) ? GeneratorBase.stopIteration(PyNone.NONE) : e;
            }
        }

        @PyMethod
        PyObject close() {
            state = State.CLOSED;
            return PyNone.NONE;
        }

        private void checkReuse() {
            if (state == State.CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
        }

        private void checkRunning() {
            if (gen.runningAsync) {
                state = State.CLOSED;
                throw Errors.runtimeError("%s(): asynchronous generator is already running",
                        closing() ? "aclose" : "athrow");
            }
        }

        /** While closing, a value of the generator's own yield means it ignored GeneratorExit. */
        private PyObject checkClosed(PyObject result) {
            if (result instanceof PyAsyncGenerator.WrappedValue) {
                gen.runningAsync = false;
                state = State.CLOSED;
                throw Errors.runtimeError("async generator ignored GeneratorExit");
            }
            return result;
        }

        private PyException checkError(PyException e) {
            gen.runningAsync = false;
            state = State.CLOSED;
            // aclose() is done when the generator ended: its await completes rather than raising.
            return closing() && closedByError(e) ? GeneratorBase.stopIteration(PyNone.NONE) : e;
        }

        private static boolean closedByError(PyException e) {
            return e.matches(ExceptionTypes.StopAsyncIteration) || e.matches(ExceptionTypes.GeneratorExit);
        }
    }
}

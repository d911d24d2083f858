package dev.taipan.interp;

import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
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
 * The awaitables {@code asend}/{@code __anext__} and {@code athrow}/{@code aclose} return are
 * {@link AsyncGenAwaitables.ASend} and {@link AsyncGenAwaitables.AThrow}.
 */
// CPython: Objects/genobject.c, async_gen_unwrap_value and the async_gen_* functions
@PyClass(name = "async_generator", baseType = false, methods = {GeneratorMethods.class})
public final class PyAsyncGenerator extends GeneratorBase {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code async_generator} type. */
    public static final PyType TYPE = PyType.fromClass(PyAsyncGenerator.class, LOOKUP);

    /** An asend/athrow awaitable is being driven (CPython's ag_running_async; what ag_running shows). */
    boolean runningAsync;
    /** The generator has been closed (aclose, or it ended with StopAsyncIteration/GeneratorExit). */
    boolean closed;
    /** The firstiter hook has been offered this generator (on the first asend/athrow/aclose). */
    private boolean hooksInited;

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

    @Override
    PyException returned(PyObject value) {
        // An async generator cannot return a value: returning ends the iteration.
        return stopAsyncIteration();
    }

    static PyException stopAsyncIteration() {
        return ((PyBaseException) ExceptionTypes.StopAsyncIteration.call()).toJava();
    }

    /**
     * Sends {@code value} into the frame and unwraps the outcome: a value of the generator's own
     * {@code yield} ends the awaitable with StopIteration carrying it; a value from an inner
     * {@code await} passes out.
     */
    PyObject sendUnwrapped(PyObject value) {
        try {
            return unwrap(send(value));
        } catch (PyException e) {
            throw unwrapError(e);
        }
    }

    /** Throws {@code exc} into the frame and unwraps the outcome as {@link #sendUnwrapped} does. */
    PyObject throwUnwrapped(PyBaseException exc, boolean closeOnGenExit) {
        try {
            return unwrap(throwException(exc, closeOnGenExit));
        } catch (PyException e) {
            throw unwrapError(e);
        }
    }

    // CPython: Objects/genobject.c, async_gen_unwrap_value
    private PyObject unwrap(PyObject result) {
        if (result instanceof WrappedValue w) {
            runningAsync = false;
            throw stopIteration(w.value);
        }
        return result;
    }

    private PyException unwrapError(PyException e) {
        if (e.matches(ExceptionTypes.StopAsyncIteration) || e.matches(ExceptionTypes.GeneratorExit)) {
            closed = true;
        }
        runningAsync = false;
        return e;
    }

    @PyMethod
    PyObject __aiter__() {
        return this;
    }

    /** Tells the event loop (through sys.set_asyncgen_hooks' firstiter) that iteration starts. */
    // CPython: Objects/genobject.c, async_gen_init_hooks
    private void initHooks() {
        if (hooksInited) {
            return;
        }
        hooksInited = true;
        PyObject firstiter = ((SysModule) interp.sys()).asyncGenHooks.firstiter();
        if (firstiter != PyNone.NONE) {
            firstiter.call(this);
        }
    }

    @PyMethod
    PyObject __anext__() {
        initHooks();
        return new AsyncGenAwaitables.ASend(this, PyNone.NONE);
    }

    @PyMethod
    PyObject asend(PyObject value) {
        initHooks();
        return new AsyncGenAwaitables.ASend(this, value);
    }

    @PyMethod
    PyObject athrow(PyObject typ, @Opt PyObject val, @Opt PyObject tb) {
        initHooks();
        return new AsyncGenAwaitables.AThrow(this, typ, val, tb);
    }

    @PyMethod
    PyObject aclose() {
        initHooks();
        return new AsyncGenAwaitables.AThrow(this, null, null, null);
    }

    @PyGetter
    PyObject ag_frame() {
        return frame.finished ? PyNone.NONE : frame.frameObject();
    }

    @PyGetter
    boolean ag_running() {
        return runningAsync;
    }

    @PyGetter
    boolean ag_suspended() {
        return suspended();
    }

    @PyGetter
    PyObject ag_await() {
        return frame.yieldFrom == null ? PyNone.NONE : frame.yieldFrom;
    }

    @PyGetter
    PyObject ag_code() {
        return frame.function != null ? frame.function.code : new PyCode(frame.code);
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

package dev.taipan.interp;

import dev.taipan.code.CodeObject;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.Slot;

/** The generator and coroutine instructions of the eval loop. */
final class Coroutines {
    private Coroutines() {
    }

    /** RETURN_GENERATOR: wraps the (already set up) frame in the object its code's kind calls for. */
    static PyObject makeGenerator(ThreadState ts, Frame f) {
        int flags = f.code.flags();
        if ((flags & CodeObject.CO_COROUTINE) != 0) {
            return new PyCoroutine(ts.interp, f);
        }
        if ((flags & CodeObject.CO_ASYNC_GENERATOR) != 0) {
            return new PyAsyncGenerator(ts.interp, f);
        }
        return new PyGenerator(ts.interp, f);
    }

    /**
     * SEND: resumes the sub-iterator with the value on top. When it yields, the value replaces the
     * sent one and the loop goes on (to YIELD_VALUE); when it returns, its return value does and
     * the loop jumps to {@code target}.
     *
     * @return the next instruction
     */
    static int send(ThreadState ts, Frame f, PyObject[] s, int sp, int target, int next) {
        PyObject receiver = s[sp - 2];
        PyObject v = s[sp - 1];
        PyObject result;
        boolean returned;
        if (receiver instanceof GeneratorBase g && !(receiver instanceof PyAsyncGenerator)) {
            result = g.resume(ts, v, null);
            returned = g.finished();
        } else {
            try {
                PyObject method = v == PyNone.NONE ? receiver.getType().slot(Slot.NEXT) : null;
                result = method != null
                        ? Abstract.callMethod(receiver, "__next__")
                        : Abstract.callMethod(receiver, "send", v);
                returned = false;
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.StopIteration)) {
                    throw e;
                }
                result = stopIterationValue(e.getValue());
                returned = true;
            }
        }
        s[sp - 1] = result;
        if (returned) {
            f.yieldFrom = null;
            return target;
        }
        f.yieldFrom = receiver;
        return next;
    }

    static PyObject stopIterationValue(PyBaseException e) {
        PyObject value = Abstract.lookupAttr(e, "value");
        return value == null ? PyNone.NONE : value;
    }

    /** GET_YIELD_FROM_ITER. */
    static PyObject getYieldFromIter(Frame f, PyObject o) {
        if (o instanceof PyCoroutine) {
            if ((f.code.flags() & (CodeObject.CO_COROUTINE | CodeObject.CO_ITERABLE_COROUTINE)) == 0) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return o;
        }
        if (o instanceof PyGenerator) {
            return o;
        }
        return Abstract.iter(o);
    }

    /** GET_AWAITABLE: the iterator an {@code await} drives; {@code where} 1 and 2 name async with's calls. */
    static PyObject getAwaitable(PyObject o, int where) {
        if (o instanceof PyCoroutine c) {
            if (c.frame.yieldFrom != null && c.running) {
                throw Errors.runtimeError("coroutine is being awaited already");
            }
            return o;
        }
        if (o instanceof PyGenerator g && (g.frame.code.flags() & CodeObject.CO_ITERABLE_COROUTINE) != 0) {
            return o;
        }
        PyObject await = o.getType().slot(Slot.AWAIT);
        if (await == null) {
            if (where == 1) {
                throw Errors.typeError("'async with' received an object from __aenter__ that does not implement __await__: %s",
                        o.getType().getName());
            }
            if (where == 2) {
                throw Errors.typeError("'async with' received an object from __aexit__ that does not implement __await__: %s",
                        o.getType().getName());
            }
            throw Errors.typeError("object %s can't be used in 'await' expression", o.getType().getName());
        }
        PyObject it = Abstract.callMethod(o, "__await__");
        if (it instanceof PyCoroutine) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (it.getType().slot(Slot.NEXT) == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '%s'", it.getType().getName());
        }
        return it;
    }

    /** GET_AITER. */
    static PyObject getAIter(PyObject o) {
        if (o.getType().slot(Slot.AITER) == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got %s", o.getType().getName());
        }
        PyObject it = Abstract.callMethod(o, "__aiter__");
        if (it.getType().slot(Slot.ANEXT) == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: %s",
                    it.getType().getName());
        }
        return it;
    }

    /** GET_ANEXT: the awaitable of {@code aiter.__anext__()}. */
    static PyObject getANext(PyObject aiter) {
        if (aiter.getType().slot(Slot.ANEXT) == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got %s",
                    aiter.getType().getName());
        }
        PyObject awaitable = Abstract.callMethod(aiter, "__anext__");
        if (awaitable instanceof AsyncGenAwaitables.ASend || awaitable instanceof PyCoroutine) {
            return awaitable;
        }
        try {
            return getAwaitable(awaitable, 0);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw Errors.typeError("'async for' received an invalid object from __anext__: %s",
                        awaitable.getType().getName());
            }
            throw e;
        }
    }

    /** END_ASYNC_FOR: StopAsyncIteration ends the loop; anything else goes on unwinding. */
    static int endAsyncFor(ThreadState ts, PyObject[] s, int sp) {
        PyObject exc = s[sp - 1];
        if (exc instanceof PyBaseException be && be.getType().isSubtypeOf(ExceptionTypes.StopAsyncIteration)) {
            return EvalOps.clear(s, sp, 2);
        }
        throw Unwind.reraise(ts, exc);
    }

    /** CLEANUP_THROW: a StopIteration thrown through {@code yield from} ends it with its value. */
    static int cleanupThrow(ThreadState ts, PyObject[] s, int sp) {
        PyObject exc = s[sp - 1];
        if (exc instanceof PyBaseException be && be.getType().isSubtypeOf(ExceptionTypes.StopIteration)) {
            PyObject value = stopIterationValue(be);
            sp = EvalOps.clear(s, sp, 3);
            s[sp++] = PyNone.NONE;
            s[sp++] = value;
            return sp;
        }
        throw Unwind.reraise(ts, exc);
    }

    /** BEFORE_ASYNC_WITH: pushes the bound {@code __aexit__} and the awaitable of {@code __aenter__()}. */
    static int beforeAsyncWith(PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyType type = mgr.getType();
        PyObject enter = type.lookup("__aenter__");
        PyObject exit = type.lookup("__aexit__");
        if (enter == null || exit == null) {
            throw Errors.typeError(enter == null
                    ? "'%s' object does not support the asynchronous context manager protocol"
                    : "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                    type.getName());
        }
        s[sp - 1] = Methods.bind(exit, mgr);
        s[sp] = Methods.bind(enter, mgr).call();
        return sp + 1;
    }
}

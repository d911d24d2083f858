package dev.taipan.interp;

import dev.taipan.code.CodeObject;
import dev.taipan.code.Intrinsics;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyTuple;

/** The runtime functions behind CALL_INTRINSIC_1 and CALL_INTRINSIC_2 ({@link Intrinsics} numbers them). */
final class Intrinsic {
    private Intrinsic() {
    }

    static PyObject call1(ThreadState ts, Frame f, int which, PyObject arg) {
        return switch (which) {
            case Intrinsics.PRINT -> ts.interp.displayHook(arg);
            case Intrinsics.IMPORT_STAR -> Imports.importStar(f, arg);
            case Intrinsics.STOPITERATION_ERROR -> stopIterationError(f, arg);
            case Intrinsics.ASYNC_GEN_WRAP -> new PyAsyncGenerator.WrappedValue(arg);
            case Intrinsics.LIST_TO_TUPLE -> PyTuple.of(((PyList) arg).toArray());
            case Intrinsics.TYPEVAR, Intrinsics.PARAMSPEC, Intrinsics.TYPEVARTUPLE, Intrinsics.SUBSCRIPT_GENERIC,
                 Intrinsics.TYPEALIAS -> TypeParams.call1(ts, which, arg);
            default -> throw Errors.systemError("unknown intrinsic %d", which);
        };
    }

    static PyObject call2(ThreadState ts, Frame f, int which, PyObject a, PyObject b) {
        return switch (which) {
            case Intrinsics.PREP_RERAISE_STAR -> Exceptions.prepReraiseStar(a, b);
            case Intrinsics.SET_FUNCTION_TYPE_PARAMS -> {
                ((PyFunction) a).typeParams = b;
                yield a;
            }
            case Intrinsics.TYPEVAR_WITH_BOUND, Intrinsics.TYPEVAR_WITH_CONSTRAINTS, Intrinsics.SET_TYPEPARAM_DEFAULT ->
                    TypeParams.call2(ts, which, a, b);
            default -> throw Errors.systemError("unknown intrinsic %d", which);
        };
    }

    /** PEP 479: a StopIteration escaping a generator becomes RuntimeError. */
    private static PyObject stopIterationError(Frame f, PyObject exc) {
        int flags = f.code.flags();
        String kind = (flags & CodeObject.CO_COROUTINE) != 0 ? "coroutine"
                : (flags & CodeObject.CO_ASYNC_GENERATOR) != 0 ? "async generator" : "generator";
        String message = null;
        if (exc instanceof PyBaseException be) {
            if (be.getType().isSubtypeOf(ExceptionTypes.StopIteration)) {
                message = kind + " raised StopIteration";
            } else if ((flags & CodeObject.CO_ASYNC_GENERATOR) != 0
                    && be.getType().isSubtypeOf(ExceptionTypes.StopAsyncIteration)) {
                message = kind + " raised StopAsyncIteration";
            }
            if (message != null) {
                PyBaseException error = Errors.runtimeError("%s", message).getValue();
                error.setCause(be);
                error.setContext(be);
                error.setSuppressContext(true);
                return error;
            }
        }
        return exc;
    }

    static PyObject listToTuple(PyObject list) {
        return PyTuple.of(Abstract.toArray(list));
    }
}

package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyObject;

/** The {@code blocking} and {@code timeout} arguments of the {@code _thread} locks' {@code acquire}. */
// CPython: Modules/_threadmodule.c, lock_acquire_parse_args
final class LockTimeouts {
    /** {@code _thread.TIMEOUT_MAX}: the longest timeout, in seconds. */
    static final double TIMEOUT_MAX = 9223372036.0;
    /** Wait without a time limit. */
    static final long FOREVER = -1;

    private LockTimeouts() {
    }

    /**
     * Checks the arguments and returns how long to wait: {@link #FOREVER}, 0 for a non-blocking
     * try, or a number of nanoseconds.
     */
    static long nanos(boolean blocking, PyObject timeout) {
        double t = timeout == null ? -1 : Abstract.asDouble(timeout);
        if (Double.isNaN(t)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (!blocking && t != -1) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (t < 0 && t != -1) {
            throw Errors.valueError("timeout value must be a non-negative number");
        }
        if (!blocking) {
            return 0;
        }
        if (t == -1) {
            return FOREVER;
        }
        if (t > TIMEOUT_MAX) {
            throw Errors.of(ExceptionTypes.OverflowError, "timestamp out of range for platform time_t");
        }
        return (long) (t * 1e9);
    }
}

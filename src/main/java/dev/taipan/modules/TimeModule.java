package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The clocks of the {@code time} module and {@code sleep}. Calendar functions ({@code strftime},
 * {@code localtime}...) come with the standard-library issue.
 */
// CPython: Modules/timemodule.c
public final class TimeModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** Creates the module with its functions. */
    public TimeModule() {
        super("time");
        ModuleExposer.expose(this, TimeModule.class, LOOKUP, this::put);
    }

    private static long epochNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * NANOS_PER_SECOND + now.getNano();
    }

    @PyFunction
    static PyObject time() {
        return PyFloat.of(epochNanos() / 1e9);
    }

    @PyFunction
    static PyObject time_ns() {
        return PyInt.of(epochNanos());
    }

    @PyFunction
    static PyObject perf_counter() {
        return PyFloat.of(System.nanoTime() / 1e9);
    }

    @PyFunction
    static PyObject perf_counter_ns() {
        return PyInt.of(System.nanoTime());
    }

    @PyFunction
    static PyObject monotonic() {
        return PyFloat.of(System.nanoTime() / 1e9);
    }

    @PyFunction
    static PyObject monotonic_ns() {
        return PyInt.of(System.nanoTime());
    }

    @PyFunction
    static PyObject process_time() {
        return PyFloat.of(cpuNanos() / 1e9);
    }

    @PyFunction
    static PyObject process_time_ns() {
        return PyInt.of(cpuNanos());
    }

    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    @PyFunction
    static PyObject sleep(PyObject seconds) {
        double s = Abstract.asDouble(seconds);
        if (Double.isNaN(s)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (s < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        long nanos = (long) (s * 1e9);
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.of(dev.taipan.objects.ExceptionTypes.KeyboardInterrupt, "");
        }
        return PyNone.NONE;
    }
}

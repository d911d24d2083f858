package dev.taipan.interp;

import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyException;

/**
 * Runs Java code that may block (sleeping, waiting for a lock, a queue, a thread, a file, a
 * socket, a host call) with the calling thread's GIL released, so other Python threads of its
 * interpreter run meanwhile, and takes the GIL back afterwards (waiting its turn).
 *
 * <p>Use it around every call that can wait, in native modules and host bridges:
 *
 * <pre>{@code
 * Item next = Blocking.call(() -> queue.take());
 * boolean got = Blocking.call(() -> semaphore.tryAcquire(timeout, TimeUnit.NANOSECONDS));
 * byte[] data = Blocking.call(() -> readQuietly(channel));   // I/O: catch IOException inside
 * }</pre>
 *
 * <p>{@link Interpreter#releaseGil} does the same for a known interpreter.
 *
 * <p>The blocking code must not touch Python objects (other threads may be changing them) nor
 * call back into Python; it gets its inputs before and returns its result. In free-threaded mode,
 * and on a thread that does not hold a GIL, the operation simply runs. An interrupt of the
 * waiting Java thread ends the wait with {@code KeyboardInterrupt}.
 */
public final class Blocking {
    /** The innermost interpreter state the current thread entered through {@link ThreadEntry}. */
    private static final ThreadLocal<ThreadState> ACTIVE = new ThreadLocal<>();

    private Blocking() {
    }

    /** A blocking operation with a result. */
    @FunctionalInterface
    public interface Op<T> {
        /**
         * Runs the operation.
         *
         * @return its result
         * @throws InterruptedException when the waiting thread is interrupted
         */
        T run() throws InterruptedException;
    }

    /** A blocking operation without a result. */
    @FunctionalInterface
    public interface VoidOp {
        /**
         * Runs the operation.
         *
         * @throws InterruptedException when the waiting thread is interrupted
         */
        void run() throws InterruptedException;
    }

    /**
     * Runs {@code op} with the current thread's GIL released.
     *
     * @param op  the blocking operation
     * @param <T> its result type
     * @return what {@code op} returned
     */
    public static <T> T call(Op<T> op) {
        return callReleasing(ACTIVE.get(), op);
    }

    /**
     * Runs {@code op} with {@code ts}'s GIL released if it holds it, taking it back afterwards.
     * An interrupt ends the wait with {@code SystemExit} when the interpreter is stopping the
     * thread, else with {@code KeyboardInterrupt}.
     */
    static <T> T callReleasing(ThreadState ts, Op<T> op) {
        boolean release = ts != null && ts.holdsGil;
        if (release) {
            ts.interp.gil().release(ts);
        }
        try {
            return op.run();
        } catch (InterruptedException e) {
            if (ts != null && ts.stopRequested) {
                throw shuttingDown();
            }
            throw Errors.of(ExceptionTypes.KeyboardInterrupt, "");
        } finally {
            if (release) {
                ts.interp.gil().acquire(ts);
            }
        }
    }

    /** What a thread the shutting-down interpreter stops raises: quiet, and not an Exception. */
    static PyException shuttingDown() {
        return Errors.of(ExceptionTypes.SystemExit, "the interpreter is shutting down");
    }

    /**
     * Runs {@code op} with the current thread's GIL released.
     *
     * @param op the blocking operation
     */
    public static void run(VoidOp op) {
        call(() -> {
            op.run();
            return null;
        });
    }

    /** The interpreter state the current thread runs in through an entry, or null. */
    static ThreadState active() {
        return ACTIVE.get();
    }

    static void setActive(ThreadState ts) {
        if (ts == null) {
            ACTIVE.remove();
        } else {
            ACTIVE.set(ts);
        }
    }
}

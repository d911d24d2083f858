package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyObject;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The threads Python code of one {@link Interpreter} started ({@code _thread.start_new_thread},
 * {@code threading.Thread.start}): each is a Java platform thread that enters the interpreter
 * (taking the GIL in GIL mode), runs its function and leaves. A thread's identity
 * ({@code threading.get_ident()}) is its Java thread id.
 */
public final class PythonThreads {
    /**
     * The stack of a new thread when {@code _thread.stack_size()} set none: Python calls recurse on
     * the Java stack, and this lets a thread reach the default recursion limit. Only the pages a
     * thread touches are committed.
     */
    public static final long DEFAULT_STACK_BYTES = 256L * 1024 * 1024;

    private final Interpreter interp;
    private final ConcurrentHashMap<Long, Thread> running = new ConcurrentHashMap<>();
    /** The interpreter state of each running thread, for stopping them. */
    private final ConcurrentHashMap<Long, ThreadState> states = new ConcurrentHashMap<>();
    private final long mainIdent = Thread.currentThread().threadId();
    private volatile long stackSize;

    PythonThreads(Interpreter interp) {
        this.interp = interp;
    }

    /**
     * Starts a thread that calls {@code function(*args, **kwargs)}. An exception it does not handle
     * is reported on {@code sys.stderr} as CPython's {@code _thread} does ({@code threading}
     * handles its own first).
     *
     * @param function the callable
     * @param args     positional arguments
     * @param kwargs   keyword arguments, or null
     * @param daemon   whether the JVM may exit while it runs
     * @param name     the Java thread's name
     * @return the new thread's identity
     */
    public long start(PyObject function, PyObject[] args, PyDict kwargs, boolean daemon, String name) {
        long size = stackSize == 0 ? DEFAULT_STACK_BYTES : stackSize;
        Thread thread;
        try {
            thread = Thread.ofPlatform().name(name).daemon(daemon).stackSize(size)
                    .unstarted(() -> body(function, args, kwargs));
        } catch (IllegalArgumentException e) {
            throw dev.taipan.objects.Errors.runtimeError("can't start new thread");
        }
        long ident = thread.threadId();
        running.put(ident, thread);
        try {
            thread.start();
        } catch (OutOfMemoryError | IllegalThreadStateException e) {
            running.remove(ident);
            throw dev.taipan.objects.Errors.runtimeError("can't start new thread");
        }
        return ident;
    }

    private void body(PyObject function, PyObject[] args, PyDict kwargs) {
        long ident = Thread.currentThread().threadId();
        try (ThreadEntry entry = interp.enterThread()) {
            ThreadState ts = entry.threadState();
            states.put(ident, ts);
            if (interp.isShutDown()) {
                // Started while the interpreter was shutting down: stop before running anything.
                return;
            }
            try {
                Abstract.callWithDict(function, args, kwargs);
            } catch (PyException e) {
                reportUncaught(function, e.getValue());
            } catch (StackOverflowError e) {
                reportUncaught(function, dev.taipan.objects.Errors.recursionError(
                        "maximum recursion depth exceeded").getValue());
            } catch (RuntimeException e) {
                reportUncaught(function, Unwind.javaError(e).getValue());
            } finally {
                interp.streams().flush();
            }
        } finally {
            states.remove(ident);
            running.remove(ident);
        }
    }

    /**
     * Asks every thread started here to stop: each raises {@code SystemExit} at its next safe
     * point, and a blocking wait is interrupted. Then waits for them.
     *
     * @param waitMillis the longest to wait for them all, in milliseconds
     * @return true when none is still running
     */
    boolean stopAll(long waitMillis) {
        for (ThreadState ts : states.values()) {
            ts.stopRequested = true;
            ts.pollRequested = true;
        }
        for (Thread t : running.values()) {
            t.interrupt();
        }
        long deadline = System.nanoTime() + waitMillis * 1_000_000L;
        for (Thread t : running.values()) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                break;
            }
            try {
                t.join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return running.isEmpty();
    }

    /** What CPython prints for an exception that ends a {@code _thread} thread (SystemExit is quiet). */
    private void reportUncaught(PyObject function, PyBaseException exc) {
        if (exc.getType().isSubtypeOf(ExceptionTypes.SystemExit)) {
            return;
        }
        try {
            String text = "Exception ignored in thread started by: " + Abstract.repr(function) + "\n"
                    + TracebackPrinter.format(exc, interp.sys().get("tracebacklimit"));
            interp.streams().stderr().writeString(text);
        } catch (RuntimeException e) {
            // Reporting failed as well (a broken repr or stream); there is nobody left to tell.
        }
    }

    /** How many threads started here are still running ({@code _thread._count()}). */
    public int count() {
        return running.size();
    }

    /** The identity of the thread that created the interpreter, Python's main thread. */
    public long mainIdent() {
        return mainIdent;
    }

    /** The stack size for new threads in bytes, 0 for the default ({@code _thread.stack_size()}). */
    public long stackSize() {
        return stackSize;
    }

    /** Sets the stack size for new threads ({@code _thread.stack_size(size)}), 0 for the default. */
    public void setStackSize(long bytes) {
        stackSize = bytes;
    }
}

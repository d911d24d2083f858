package dev.taipan.interp;

/**
 * A thread's stay inside an {@link Interpreter}, from {@link Interpreter#enterThread()} to
 * {@link #close()}. In GIL mode the thread holds the interpreter's lock for the stay (entering
 * waits for it); in free-threaded mode entering costs next to nothing. Entries nest: only the
 * outermost one of a thread takes and gives back the lock.
 *
 * <pre>{@code
 * try (ThreadEntry entry = interp.enterThread()) {
 *     ... run Python: interp.exec(...), pyFunction.call(...), conversions of Python objects ...
 * }
 * }</pre>
 *
 * <p>Close it on the thread that opened it, exactly once.
 */
public final class ThreadEntry implements AutoCloseable {
    private final ThreadState ts;
    private final ThreadState outer;
    private final boolean acquired;
    private boolean closed;

    ThreadEntry(ThreadState ts, ThreadState outer, boolean acquired) {
        this.ts = ts;
        this.outer = outer;
        this.acquired = acquired;
    }

    /** The state of the entered thread in the interpreter. */
    public ThreadState threadState() {
        return ts;
    }

    /** Leaves the interpreter: gives back the GIL if this entry took it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (acquired && ts.holdsGil) {
            ts.interp.gil().release(ts);
        }
        Blocking.setActive(outer);
    }
}

package dev.taipan.interp;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock of one {@link Interpreter} in GIL mode: the thread that holds it is
 * the only one running Python in that interpreter.
 *
 * <p>It is handed over first come, first served. A releasing thread with waiters gives it
 * straight to the longest waiter (ownership moves inside {@link #release}), so it cannot take it
 * back ahead of them. The longest waiter watches the holder: once the holder has had it for the
 * switch interval, the waiter sets the holder's {@link ThreadState#gilDropRequested} and
 * {@link ThreadState#pollRequested} flags, and the
 * holder's eval loop, at its next safe point (a backward jump or a function entry), calls
 * {@link #yieldToWaiter}, which hands the lock to the waiter and queues the holder behind the
 * others. A CPU-bound thread thus runs at most about one interval while another waits, and an
 * I/O-bound thread that wakes up gets the lock within an interval.
 *
 * <p>Blocking is done with {@link ReentrantLock} conditions, never {@code synchronized}, so a
 * virtual thread that waits here unmounts from its carrier.
 */
// CPython: Python/ceval_gil.c (the switch interval and the drop request); the FIFO hand-off is Taipan's
final class Gil {
    /** One thread waiting for the lock. */
    private static final class Waiter {
        final ThreadState ts;
        final Condition wakeUp;
        boolean granted;

        Waiter(ThreadState ts, Condition wakeUp) {
            this.ts = ts;
            this.wakeUp = wakeUp;
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private final Interpreter interp;
    /** The thread holding the lock, or null; guarded by {@link #lock}. */
    private ThreadState holder;
    /** When {@link #holder} got it ({@link System#nanoTime()}); guarded by {@link #lock}. */
    private long heldSince;
    /** Hand-offs so far, for tests and statistics. */
    private volatile long switches;

    Gil(Interpreter interp) {
        this.interp = interp;
    }

    /** Takes the lock for {@code ts}'s thread, waiting in line behind earlier waiters. */
    void acquire(ThreadState ts) {
        lock.lock();
        try {
            if (holder == null) {
                holder = ts;
                heldSince = System.nanoTime();
            } else {
                awaitTurn(ts);
            }
            ts.gilDropRequested = false;
            ts.holdsGil = true;
        } finally {
            lock.unlock();
        }
    }

    /** Gives up the lock, handing it to the longest waiter if there is one. */
    void release(ThreadState ts) {
        lock.lock();
        try {
            ts.holdsGil = false;
            handOff();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The safe-point slow path: when another thread waits, gives it the lock and waits for a turn
     * again, behind every thread already waiting.
     */
    void yieldToWaiter(ThreadState ts) {
        lock.lock();
        try {
            if (holder != ts || waiters.isEmpty()) {
                return;
            }
            handOff();
            awaitTurn(ts);
            ts.gilDropRequested = false;
        } finally {
            lock.unlock();
        }
    }

    /** How many threads are waiting for the lock now. */
    int waiting() {
        lock.lock();
        try {
            return waiters.size();
        } finally {
            lock.unlock();
        }
    }

    /** How many times the lock went from one thread to a waiting one. */
    long switches() {
        return switches;
    }

    /** Passes the lock to the head waiter, or frees it; the caller holds {@link #lock}. */
    private void handOff() {
        Waiter next = waiters.pollFirst();
        if (next == null) {
            holder = null;
            return;
        }
        holder = next.ts;
        heldSince = System.nanoTime();
        next.granted = true;
        next.wakeUp.signal();
        switches++;
        Waiter head = waiters.peekFirst();
        if (head != null) {
            // The new head times the new holder's turn.
            head.wakeUp.signal();
        }
    }

    /** Queues {@code ts} and waits until {@link #handOff} picks it; the caller holds {@link #lock}. */
    private void awaitTurn(ThreadState ts) {
        Waiter me = new Waiter(ts, lock.newCondition());
        waiters.addLast(me);
        boolean interrupted = false;
        while (!me.granted) {
            try {
                if (waiters.peekFirst() == me && holder != null) {
                    long remaining = heldSince + interp.switchIntervalNanos() - System.nanoTime();
                    if (remaining <= 0) {
                        // Ask the holder to hand over at its next safe point; the hand-off (or its
                        // release at a blocking call) is what wakes us.
                        holder.gilDropRequested = true;
                        holder.pollRequested = true;
                        me.wakeUp.await(interp.switchIntervalNanos(), TimeUnit.NANOSECONDS);
                    } else {
                        me.wakeUp.awaitNanos(remaining);
                    }
                } else {
                    me.wakeUp.await();
                }
            } catch (InterruptedException e) {
                // Waiting for the lock is not cancellable; keep the interrupt for the code that runs next.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

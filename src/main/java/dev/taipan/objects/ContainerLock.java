package dev.taipan.objects;

import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * The contended path of the per-object locks that guard mutations of the builtin containers
 * ({@code list}, {@code dict}, {@code set}, {@code bytearray}, {@code deque}).
 *
 * <p>Each container keeps its lock in an {@code int} field (0 free, 1 held) reached through a
 * {@code static final} {@link VarHandle}, so the uncontended case is one compare-and-set to lock
 * and one release store to unlock, with no lock object to allocate. The lock is not reentrant
 * and is held only for short critical sections that never run Python code ({@code __eq__},
 * {@code __hash__}, {@code __del__}, key functions) and never block; a thread that finds it
 * held spins briefly, then yields, then parks for short intervals. Yielding and parking (rather
 * than blocking on a monitor) keep virtual threads from pinning their carrier, and because no
 * critical section waits for anything, two containers can never deadlock each other.
 */
final class ContainerLock {
    private static final int SPINS = 64;
    private static final int YIELDS = 256;
    private static final long PARK_NANOS = 20_000;

    private ContainerLock() {
    }

    /**
     * Waits until the lock word of {@code owner} can be taken, and takes it. Called after a
     * failed fast-path compare-and-set.
     *
     * @param handle the lock word's handle (an {@code int} field, 0 free, 1 held)
     * @param owner  the container
     */
    static void acquireSlow(VarHandle handle, Object owner) {
        for (int round = 0;; round++) {
            if ((int) handle.getOpaque(owner) == 0 && handle.weakCompareAndSetAcquire(owner, 0, 1)) {
                return;
            }
            if (round < SPINS) {
                Thread.onSpinWait();
            } else if (round < SPINS + YIELDS) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(PARK_NANOS);
            }
        }
    }
}

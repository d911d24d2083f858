package dev.taipan.modules;

import dev.taipan.interp.Blocking;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * {@code _thread.lock} ({@code threading.Lock}): a lock that any thread may release, not only the
 * one that acquired it. A thread that has to wait for it gives up its GIL meanwhile.
 */
// CPython: Modules/_threadmodule.c, lockobject
@PyClass(name = "lock", module = "_thread", baseType = false,
        doc = "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().")
public final class PyLock extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code _thread.lock}. */
    public static final PyType TYPE = PyType.fromClass(PyLock.class, LOOKUP);

    /** State 0 is unlocked, 1 locked; no owner is kept. */
    private static final class Sync extends AbstractQueuedSynchronizer {
        @Override
        protected boolean tryAcquire(int unused) {
            return compareAndSetState(0, 1);
        }

        @Override
        protected boolean tryRelease(int unused) {
            return compareAndSetState(1, 0);
        }

        boolean isLocked() {
            return getState() != 0;
        }

        /** Unlocks and wakes a waiter; false when it was not locked. */
        boolean unlockIfLocked() {
            return release(1);
        }
    }

    private final Sync sync = new Sync();

    /** Creates an unlocked lock. */
    public PyLock() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        if (args.length > 0 || kwargs != null && kwargs.size() > 0) {
            throw Errors.typeError("lock() takes no arguments");
        }
        return new PyLock();
    }

    /** Acquires the lock: waits up to {@code nanos} ({@link LockTimeouts#FOREVER}, or 0 to try). */
    boolean acquire(long nanos) {
        if (sync.tryAcquire(1)) {
            return true;
        }
        if (nanos == 0) {
            return false;
        }
        return Blocking.call(() -> {
            if (nanos == LockTimeouts.FOREVER) {
                sync.acquireInterruptibly(1);
                return true;
            }
            return sync.tryAcquireNanos(1, nanos);
        });
    }

    /** Releases the lock; false when it was not locked. */
    boolean release() {
        return sync.unlockIfLocked();
    }

    /** Whether the lock is held now. */
    boolean isLocked() {
        return sync.isLocked();
    }

    @PyMethod(doc = "Lock the lock.")
    PyObject acquire(@Name("blocking") @Default("True") boolean blocking,
            @Name("timeout") @Default("-1") PyObject timeout) {
        return PyBool.of(acquire(LockTimeouts.nanos(blocking, timeout)));
    }

    @PyMethod(doc = "An obsolete synonym of acquire().")
    PyObject acquire_lock(@Name("blocking") @Default("True") boolean blocking,
            @Name("timeout") @Default("-1") PyObject timeout) {
        return acquire(blocking, timeout);
    }

    @PyMethod(doc = "Lock the lock.")
    PyObject __enter__() {
        return PyBool.of(acquire(LockTimeouts.FOREVER));
    }

    @PyMethod(value = "release", doc = "Release the lock, allowing another thread that is blocked waiting for\n"
            + "the lock to acquire the lock.  The lock must be in the locked state,\n"
            + "but it needn't be locked by the same thread that unlocks it.")
    PyObject releasePy() {
        if (!release()) {
            throw Errors.runtimeError("release unlocked lock");
        }
        return PyNone.NONE;
    }

    @PyMethod(doc = "An obsolete synonym of release().")
    PyObject release_lock() {
        return releasePy();
    }

    @PyMethod(doc = "Release the lock.")
    PyObject __exit__(@Args PyObject[] excInfo) {
        return releasePy();
    }

    @PyMethod(doc = "Test whether the lock is currently locked.")
    PyObject locked() {
        return PyBool.of(isLocked());
    }

    @PyMethod(doc = "An obsolete synonym of locked().")
    PyObject locked_lock() {
        return locked();
    }

    @PyMethod
    PyObject _at_fork_reinit() {
        release();
        return PyNone.NONE;
    }

    @PyMethod
    PyObject __repr__() {
        return PyStr.of("<" + (isLocked() ? "locked" : "unlocked") + " _thread.lock object at "
                + Abstract.addressOf(this) + ">");
    }
}

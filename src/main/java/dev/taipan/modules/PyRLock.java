package dev.taipan.modules;

import dev.taipan.interp.Blocking;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
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
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code _thread.RLock} ({@code threading.RLock}): a lock its owner may acquire again, released
 * when each acquisition is matched by a release. A thread that has to wait gives up its GIL.
 */
// CPython: Modules/_threadmodule.c, rlockobject
@PyClass(name = "RLock", module = "_thread")
public class PyRLock extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code _thread.RLock}. */
    public static final PyType TYPE = PyType.fromClass(PyRLock.class, LOOKUP);

    private final ReentrantLock lock = new ReentrantLock();
    /** The owner's thread identity, 0 when unowned; for {@code repr} seen from other threads. */
    private volatile long owner;

    /** An instance of a Python subclass. */
    static final class Derived extends PyRLock implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    /** Creates an unowned lock. */
    public PyRLock() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        return cls == TYPE ? new PyRLock() : new Derived(cls);
    }

    private boolean acquire(long nanos) {
        if (lock.tryLock()) {
            owner = Thread.currentThread().threadId();
            return true;
        }
        if (nanos == 0) {
            return false;
        }
        boolean got = Blocking.call(() -> {
            if (nanos == LockTimeouts.FOREVER) {
                lock.lockInterruptibly();
                return true;
            }
            return lock.tryLock(nanos, TimeUnit.NANOSECONDS);
        });
        if (got) {
            owner = Thread.currentThread().threadId();
        }
        return got;
    }

    private void releaseOnce() {
        if (!lock.isHeldByCurrentThread()) {
            throw Errors.runtimeError("cannot release un-acquired lock");
        }
        if (lock.getHoldCount() == 1) {
            owner = 0;
        }
        lock.unlock();
    }

    @PyMethod(doc = "Lock the lock.  `blocking` indicates whether we should wait\n"
            + "for the lock to be available or not.")
    PyObject acquire(@Name("blocking") @Default("True") boolean blocking,
            @Name("timeout") @Default("-1") PyObject timeout) {
        return PyBool.of(acquire(LockTimeouts.nanos(blocking, timeout)));
    }

    @PyMethod(doc = "Lock the lock.")
    PyObject __enter__(@Args PyObject[] args, @Kwargs PyDict kwargs) {
        return PyBool.of(acquire(LockTimeouts.FOREVER));
    }

    @PyMethod(doc = "Release the lock, allowing another thread that is blocked waiting for\n"
            + "the lock to acquire the lock.  The lock must be in the locked state,\n"
            + "and must be locked by the same thread that unlocks it; otherwise a\n"
            + "`RuntimeError` is raised.")
    PyObject release() {
        releaseOnce();
        return PyNone.NONE;
    }

    @PyMethod(doc = "Release the lock.")
    PyObject __exit__(@Args PyObject[] excInfo) {
        releaseOnce();
        return PyNone.NONE;
    }

    @PyMethod(doc = "For internal use by `threading.Condition`.")
    PyObject _is_owned() {
        return PyBool.of(lock.isHeldByCurrentThread());
    }

    @PyMethod(doc = "For internal use by reentrancy checks.")
    PyObject _recursion_count() {
        return PyInt.of(lock.isHeldByCurrentThread() ? lock.getHoldCount() : 0);
    }

    @PyMethod(doc = "For internal use by `threading.Condition`.")
    PyObject _release_save() {
        if (!lock.isHeldByCurrentThread()) {
            throw Errors.runtimeError("cannot release un-acquired lock");
        }
        long me = owner;
        int count = lock.getHoldCount();
        owner = 0;
        for (int i = 0; i < count; i++) {
            lock.unlock();
        }
        return PyTuple.of(PyInt.of(count), PyInt.of(me));
    }

    @PyMethod(doc = "For internal use by `threading.Condition`.")
    PyObject _acquire_restore(PyObject state) {
        PyObject[] parts = Abstract.toArray(state);
        if (parts.length != 2) {
            throw Errors.typeError("_acquire_restore() argument must be a (count, owner) tuple");
        }
        int count = Abstract.asSize(parts[0]);
        acquire(LockTimeouts.FOREVER);
        for (int i = 1; i < count; i++) {
            lock.lock();
        }
        return PyNone.NONE;
    }

    @PyMethod
    PyObject _at_fork_reinit() {
        return PyNone.NONE;
    }

    @PyMethod
    PyObject __repr__() {
        long who = owner;
        int count = who == 0 ? 0 : Math.max(1, lock.getHoldCount());
        return PyStr.of("<" + (lock.isLocked() ? "locked" : "unlocked") + " " + getType().getFullName()
                + " object owner=" + who + " count=" + (lock.isLocked() ? count : 0) + " at "
                + Abstract.addressOf(this) + ">");
    }
}

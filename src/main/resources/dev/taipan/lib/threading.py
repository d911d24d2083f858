"""Thread objects and synchronization primitives, built on the _thread module.

Threads are Java platform threads; in an interpreter with a GIL they take turns running Python
(blocking calls let others run), in a free-threaded one they run in parallel. Every waiting
primitive here ends in a _thread lock acquisition, which gives up the GIL while it waits.
"""

import _thread
import sys as _sys
from time import monotonic as _monotonic

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'ExceptHookArgs', 'gettrace', 'getprofile', 'setprofile_all_threads',
           'settrace_all_threads', 'get_native_id']

_start_thread = _thread._start_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.lock
_CRLock = _thread.RLock
local = _thread._local
stack_size = _thread.stack_size

# ---- tracing and profiling hooks (kept, never installed: there is no sys.settrace) ----------

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    """Set a trace function for all threads started from the threading module."""
    settrace(func)


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    """Set a profile function for all threads started from the threading module."""
    setprofile(func)


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


# ---- locks and conditions ---------------------------------------------------------------------

def RLock(*args, **kwargs):
    """Make a reentrant lock: the thread that holds it may acquire it again."""
    return _CRLock(*args, **kwargs)


class Condition:
    """A condition variable: threads wait on it until another notifies them.

    Each waiting thread blocks on a lock of its own, which notify() releases; the waiters are
    kept in arrival order, so notify() wakes the longest waiter first.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: it is ours if we cannot take it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until the timeout (seconds) runs out; True unless it ran out."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout runs out; returns the last result."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _monotonic() + remaining
                else:
                    remaining = deadline - _monotonic()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        """Wake every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """An old name of notify_all()."""
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead',
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting while it is zero; False if not blocking or timed out."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _monotonic() + timeout
                    remaining = deadline - _monotonic()
                    if remaining <= 0:
                        return False
                    self._cond.wait(remaining)
                else:
                    self._cond.wait()
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking up to n waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never go above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Increment the counter by n; ValueError if that passes the initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait for until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond = Condition(Lock())

    def is_set(self):
        """Whether the flag is set."""
        return self._flag

    def isSet(self):
        """An old name of is_set()."""
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead',
                      DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        """Set the flag, waking every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is set or the timeout runs out; returns the flag."""
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


class BrokenBarrierError(RuntimeError):
    """Raised by Barrier.wait() when the barrier is broken or reset while a thread waits."""


class Barrier:
    """Lets a fixed number of threads wait for each other, then releases them all together.

    A barrier goes through cycles: it fills while threads arrive, drains while they leave, and
    can be broken (abort(), a timeout, a failing action) or reset.
    """

    _FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = self._FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the other parties; returns this thread's arrival index (0 .. parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._wait_for_filling()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _wait_for_filling(self):
        # Threads of the previous cycle are still leaving, or a reset is going on.
        while self._state in (self._DRAINING, self._RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._state = self._DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != self._FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        if self._count == 0 and self._state in (self._RESETTING, self._DRAINING):
            self._state = self._FILLING
            self._cond.notify_all()

    def reset(self):
        """Put the barrier back to its empty state; waiting threads get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == self._FILLING:
                    self._state = self._RESETTING
                elif self._state == self._BROKEN:
                    self._state = self._RESETTING
            else:
                self._state = self._FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and later wait() calls raise BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = self._BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting at the barrier now."""
        if self._state == self._FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._state == self._BROKEN


# ---- threads ----------------------------------------------------------------------------------

_registry_lock = _allocate_lock()
_active = {}        # ident -> Thread, for threads running now
_starting = {}      # Thread -> Thread, between start() and the new thread's first step
_name_counter = 0
_threading_atexits = []
_SHUTTING_DOWN = False


def _newname(template="Thread-%d"):
    global _name_counter
    with _registry_lock:
        _name_counter += 1
        return template % _name_counter


class Thread:
    """A thread of control: run() runs in a new thread once start() is called."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done = None
        self._initialized = True
        self._stderr = _sys.stderr
        self._excepthook = None

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity; at most once per thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _starting[self] = self
        self._done = _allocate_lock()
        self._done.acquire()
        try:
            _start_thread(self._bootstrap, self._daemonic, self._name)
        except Exception:
            with _registry_lock:
                del _starting[self]
            raise
        self._started.wait()

    def run(self):
        """What the thread does: calls the target with the arguments; subclasses override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            with _registry_lock:
                _active[self._ident] = self
                del _starting[self]
            self._started.set()
            try:
                self.run()
            except:
                self._report_exception()
        finally:
            self._stop()

    def _report_exception(self):
        exc_type, exc_value, exc_tb = _sys.exc_info()
        hook = excepthook
        try:
            hook(ExceptHookArgs((exc_type, exc_value, exc_tb, self)))
        except SystemExit:
            pass
        except BaseException as error:
            _sys.excepthook(type(error), error, error.__traceback__)

    def _stop(self):
        with _registry_lock:
            self._is_stopped = True
            _active.pop(self._ident, None)
        done = self._done
        if done is not None and done.locked():
            done.release()

    def join(self, timeout=None):
        """Wait until the thread ends, or until the timeout (seconds) runs out."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        done = self._done
        if timeout is None:
            got = done.acquire()
        else:
            got = done.acquire(True, max(timeout, 0))
        if got:
            done.release()

    @property
    def name(self):
        """The thread's name, for identification only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier (see get_ident()), or None before it started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The thread's native identifier, or None before it started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Whether the thread has started and not yet ended."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        """Whether the program may end while this thread still runs."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """An old name of the daemon property's getter."""
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        """An old name of the daemon property's setter."""
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        """An old name of the name property's getter."""
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        """An old name of the name property's setter."""
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


class ExceptHookArgs(tuple):
    """What excepthook receives: exc_type, exc_value, exc_traceback and thread."""

    __slots__ = ()
    n_fields = 4

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(seq)}-sequence given)")
        return super().__new__(cls, seq)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % tuple(self))


excepthook = _thread._excepthook
__excepthook__ = excepthook


class Timer(Thread):
    """A thread that calls a function after a delay, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = _thread._get_main_thread_ident()
        self._native_id = self._ident
        self._done = _allocate_lock()
        self._done.acquire()
        with _registry_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """A thread not started by this module (a host thread, a raw _thread one)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()

    def is_alive(self):
        return not self._is_stopped

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


# A foreign thread's dummy lives in a thread-local, so it goes away with the thread.
_dummies = local()


def current_thread():
    """The Thread object of the calling thread (a dummy one for threads not started here)."""
    try:
        return _active[get_ident()]
    except KeyError:
        dummy = getattr(_dummies, "thread", None)
        if dummy is None:
            dummy = _dummies.thread = _DummyThread()
        return dummy


def currentThread():
    """An old name of current_thread()."""
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def _live_threads():
    with _registry_lock:
        threads = list(_active.values()) + list(_starting.values())
    dummy = getattr(_dummies, "thread", None)
    if dummy is not None:
        threads.append(dummy)
    return threads


def enumerate():
    """The Thread objects alive now: the main thread, started ones, and the caller's dummy."""
    return _live_threads()


def active_count():
    """The number of Thread objects alive now (len(enumerate()))."""
    return len(_live_threads())


def activeCount():
    """An old name of active_count()."""
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


def main_thread():
    """The main Thread object: the thread that started the interpreter."""
    return _main_thread


def _register_atexit(func, *args, **kwargs):
    """Call func(*args, **kwargs) when the program ends, before non-daemon threads are joined."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*args, **kwargs))


def _shutdown():
    """What the interpreter runs at the end of the program: waits for non-daemon threads."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    _main_thread._stop()
    me = current_thread()
    while True:
        with _registry_lock:
            waiting = [t for t in list(_active.values()) + list(_starting.values())
                       if not t.daemon and t is not me]
        if not waiting:
            break
        for t in waiting:
            t.join()


_main_thread = _MainThread()

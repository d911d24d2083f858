"""Synchronization primitives for tasks: Lock, Event, Condition, Semaphore,
BoundedSemaphore and Barrier. None of them is safe across threads."""

__all__ = ("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore",
           "Barrier")

import collections
import enum

from . import events
from . import exceptions


class _LoopBound:
    """Binds an object to the first running loop that uses it."""

    _loop = None

    def _get_loop(self):
        loop = events.get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f"{self!r} is bound to a different event loop")
        return loop


class _AcquireOnEnter:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _describe(obj, extra):
    base = object.__repr__(obj)
    return f"<{base[1:-1]} [{extra}]>"


class Lock(_AcquireOnEnter, _LoopBound):
    """A mutual-exclusion lock for tasks; waiters get it in FIFO order."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = "locked" if self._locked else "unlocked"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return _describe(self, extra)

    def locked(self):
        return self._locked

    async def acquire(self):
        """Waits until the lock is free, then takes it; returns True."""
        if not self._locked and (self._waiters is None or
                                 all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            # We may have been woken as the next owner: pass the turn on.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Frees the lock and wakes the first waiter."""
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if not self._waiters:
            return
        first = self._waiters[0]
        if not first.done():
            first.set_result(True)


class Event(_LoopBound):
    """A flag that tasks can wait to become set."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        extra = "set" if self._value else "unset"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return _describe(self, extra)

    def is_set(self):
        return self._value

    def set(self):
        """Sets the flag and wakes every waiter."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        """Waits until the flag is set; returns True."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_AcquireOnEnter, _LoopBound):
    """A condition variable: tasks wait on it, holding its lock, until
    another task notifies them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        extra = "locked" if self.locked() else "unlocked"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return _describe(self, extra)

    async def wait(self):
        """Releases the lock, waits to be notified, takes the lock again."""
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        error = None
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        except BaseException as exc:
            error = exc
        finally:
            # The lock must be held again on the way out, even if cancelled.
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError as exc:
                    error = exc
            if error is not None:
                try:
                    raise error
                finally:
                    error = None

    async def wait_for(self, predicate):
        """Waits until predicate() is true; returns its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wakes up to n tasks waiting on the condition."""
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        self._notify(n)

    def _notify(self, n):
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        """Wakes every task waiting on the condition."""
        self.notify(len(self._waiters))


class Semaphore(_AcquireOnEnter, _LoopBound):
    """A counter that acquire() decrements, waiting while it is zero, and
    release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = "locked" if self.locked() else f"unlocked, value:{self._value}"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return _describe(self, extra)

    def locked(self):
        """Whether acquire() would have to wait."""
        return self._value == 0 or any(
            not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        """Decrements the counter, first waiting while it is zero."""
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if fut.done() and not fut.cancelled():
                # We were given a unit but are leaving without it: return it.
                self._value += 1
            raise
        finally:
            while self._value > 0:
                if not self._wake_up_next():
                    break
        return True

    def release(self):
        """Increments the counter and wakes a waiter."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class _BarrierState(enum.Enum):
    FILLING = "filling"
    DRAINING = "draining"
    RESETTING = "resetting"
    BROKEN = "broken"


class Barrier(_LoopBound):
    """Makes a fixed number of tasks wait until all of them have arrived."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition()
        self._parties = parties
        self._state = _BarrierState.FILLING
        self._count = 0

    def __repr__(self):
        extra = f"{self._state.value}"
        if not self.broken:
            extra += f", waiters:{self.n_waiting}/{self.parties}"
        return _describe(self, extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Waits for the other parties; returns this task's arrival index."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(
            lambda: self._state not in (_BarrierState.DRAINING,
                                        _BarrierState.RESETTING))
        if self._state is _BarrierState.BROKEN:
            raise exceptions.BrokenBarrierError("Barrier aborted")

    def _release(self):
        self._state = _BarrierState.DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)
        if self._state in (_BarrierState.BROKEN, _BarrierState.RESETTING):
            raise exceptions.BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in (_BarrierState.RESETTING, _BarrierState.DRAINING):
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def reset(self):
        """Returns the barrier to its empty state; waiters get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state is not _BarrierState.RESETTING:
                    self._state = _BarrierState.RESETTING
            else:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def abort(self):
        """Breaks the barrier: present and future waiters get BrokenBarrierError."""
        async with self._cond:
            self._state = _BarrierState.BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state is _BarrierState.FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state is _BarrierState.BROKEN

"""Futures, the Executor interface, wait() and as_completed()."""

import sys as _sys
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]
_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become unusable (a worker failed to start)."""


class Future:
    """The result of a call that runs asynchronously: pending, running, then done."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []          # conditions of wait() and as_completed() calls
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            where = f"<{self.__class__.__name__} at {id(self):#x} state="
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception:
                    return f"{where}{state} raised {self._exception.__class__.__name__}>"
                return f"{where}{state} returned {self._result.__class__.__name__}>"
            return f"{where}{state}>"

    def _finish(self):
        """Wakes wait()/as_completed() callers and runs the callbacks; called without the lock."""
        for waiter in self._waiters[:]:
            with waiter:
                waiter.notify_all()
        callbacks = self._done_callbacks
        self._done_callbacks = []
        for callback in callbacks:
            self._run_callback(callback)

    def _run_callback(self, callback):
        try:
            callback(self)
        except Exception as error:
            try:
                _sys.stderr.write(f"exception calling callback for {self!r}\n")
                _sys.excepthook(type(error), error, error.__traceback__)
            except Exception:
                pass

    def cancel(self):
        """Cancel the call if it has not started; True if it is (or was already) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._finish()
        return True

    def cancelled(self):
        """Whether the call was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Whether the call is running now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Whether the call finished or was cancelled."""
        with self._condition:
            return self._state in _DONE_STATES

    def _value(self):
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (at once if it is done already)."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        self._run_callback(fn)

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds; raises what the call raised.

        CancelledError if it was cancelled, TimeoutError if it did not finish in time.
        """
        try:
            with self._condition:
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self._value()
                self._condition.wait(timeout)
                if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                    raise CancelledError()
                if self._state == FINISHED:
                    return self._value()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to timeout seconds."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # For executors.

    def set_running_or_notify_cancel(self):
        """Mark the future running, or return False if it was cancelled (executors only)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Store the call's result (executors and tests only)."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            self._condition.notify_all()
        self._finish()

    def set_exception(self, exception):
        """Store the exception the call raised (executors and tests only)."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            self._condition.notify_all()
        self._finish()

    __class_getitem__ = classmethod(types.GenericAlias)


def _watch(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.append(waiter)


def _unwatch(fs, waiter):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass


def as_completed(fs, timeout=None):
    """Yield the futures in fs as they complete (finished or cancelled).

    TimeoutError if some are not done timeout seconds after the call.
    """
    deadline = None if timeout is None else timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    waiter = threading.Condition(threading.Lock())
    _watch(fs, waiter)
    try:
        pending = set(fs)
        while pending:
            with waiter:
                while True:
                    ready = [f for f in pending if f._state in _DONE_STATES]
                    if ready:
                        break
                    remaining = None
                    if deadline is not None:
                        remaining = deadline - time.monotonic()
                        if remaining <= 0:
                            raise TimeoutError(
                                '%d (of %d) futures unfinished' % (len(pending), total))
                    waiter.wait(remaining)
            for f in ready:
                pending.discard(f)
                yield f
    finally:
        _unwatch(fs, waiter)


class DoneAndNotDoneFutures(tuple):
    """wait()'s result: the set of done futures and the set of the others."""

    __slots__ = ()

    def __new__(cls, done, not_done):
        return super().__new__(cls, (done, not_done))

    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])

    def __repr__(self):
        return f"DoneAndNotDoneFutures(done={self[0]!r}, not_done={self[1]!r})"


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until futures in fs are done, as return_when says, or timeout seconds pass.

    return_when: FIRST_COMPLETED, FIRST_EXCEPTION (or all done) or ALL_COMPLETED.
    Returns (done, not_done) sets.
    """
    fs = set(fs)
    deadline = None if timeout is None else timeout + time.monotonic()
    waiter = threading.Condition(threading.Lock())
    _watch(fs, waiter)
    try:
        with waiter:
            while True:
                done = {f for f in fs if f._state in _DONE_STATES}
                if len(done) == len(fs):
                    break
                if return_when == FIRST_COMPLETED and done:
                    break
                if return_when == FIRST_EXCEPTION and any(
                        f._state == FINISHED and f._exception is not None for f in done):
                    break
                remaining = None
                if deadline is not None:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                waiter.wait(remaining)
    finally:
        _unwatch(fs, waiter)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Executor:
    """The interface of executors: submit(), map() and shutdown(), usable in a with block."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls run by the executor.

        The calls are all submitted at once; the results come back in order, each re-raising
        what its call raised. TimeoutError if a result is not ready timeout seconds after the
        map() call.
        """
        if timeout is not None:
            deadline = timeout + time.monotonic()
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                futures.reverse()
                while futures:
                    if timeout is None:
                        yield _result_or_cancel(futures.pop())
                    else:
                        yield _result_or_cancel(futures.pop(), deadline - time.monotonic())
            finally:
                for future in futures:
                    future.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting work; with wait, return when the submitted calls are done."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False

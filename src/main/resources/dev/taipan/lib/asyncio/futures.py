"""Future: the result of an operation that completes later on an event loop."""

__all__ = ("Future", "wrap_future", "isfuture")

import contextvars
from types import GenericAlias

from . import coroutines
from . import events
from . import exceptions

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    """Returns True for Future-like objects (asyncio's or compatible ones)."""
    return (hasattr(type(obj), "_asyncio_future_blocking") and
            obj._asyncio_future_blocking is not None)


class Future:
    """A value that an event loop provides later, with callbacks to run then.

    Awaiting a pending Future suspends the awaiting task until the Future is
    done; ``_asyncio_future_blocking`` tells the task it must wait for it.
    """

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _log_traceback = False
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events.get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f"exception={self._exception!r}")
            else:
                info.append(f"result={coroutines._short_repr(self._result)}")
        if self._callbacks:
            info.append(self._format_callbacks())
        return info

    def _format_callbacks(self):
        names = [events._format_callback_source(cb, ()) for cb, _ in self._callbacks]
        if len(names) > 2:
            names = [names[0], f"<{len(names) - 2} more>", names[-1]]
        return f"cb=[{', '.join(names)}]"

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def get_loop(self):
        """Returns the event loop the Future is bound to."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        """Makes the CancelledError that result() and exception() raise."""
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = exceptions.CancelledError()
        else:
            exc = exceptions.CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        """Cancels the Future and schedules its callbacks.

        Returns False if it was already done, else True.
        """
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        """Returns the result, or raises the exception the Future holds."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError("Result is not set.")
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        """Returns the exception the Future holds, or None."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError("Exception is not set.")
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Arranges for fn(future) to be called (soon) once the Future is done."""
        if context is None:
            context = contextvars.copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Removes every registration of fn; returns how many there were."""
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        """Marks the Future done with a result."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        """Marks the Future done with an exception."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError("invalid exception object")
        if isinstance(exception, StopIteration):
            replacement = RuntimeError("StopIteration interacts badly with "
                                       "generators and cannot be raised into "
                                       "a Future")
            replacement.__cause__ = exception
            replacement.__context__ = exception
            exception = replacement
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    __class_getitem__ = classmethod(GenericAlias)


def _get_loop(fut):
    """Returns the loop of a Future-like object."""
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    """Sets fut's result unless it was cancelled first."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _concurrent_futures():
    """The concurrent.futures module, or None where there is none."""
    try:
        import concurrent.futures
    except ImportError:
        return None
    return concurrent.futures


def _convert_future_exc(exc):
    """Maps concurrent.futures' CancelledError/InvalidStateError to asyncio's."""
    cf = _concurrent_futures()
    if cf is not None:
        if type(exc) is cf.CancelledError:
            return exceptions.CancelledError(*exc.args).with_traceback(exc.__traceback__)
        if type(exc) is cf.InvalidStateError:
            return exceptions.InvalidStateError(*exc.args).with_traceback(exc.__traceback__)
    return exc


def _copy_state_to_asyncio(done, dest):
    """Gives dest (an asyncio Future) the outcome of the done future."""
    if dest.cancelled():
        return
    if done.cancelled():
        dest.cancel()
        return
    exc = done.exception()
    if exc is not None:
        dest.set_exception(_convert_future_exc(exc))
    else:
        dest.set_result(done.result())


def _copy_state_to_concurrent(done, dest):
    """Gives dest (a concurrent.futures.Future) the outcome of done."""
    if done.cancelled():
        dest.cancel()
    if not dest.set_running_or_notify_cancel():
        return
    exc = done.exception()
    if exc is not None:
        dest.set_exception(_convert_future_exc(exc))
    else:
        dest.set_result(done.result())


def _chain_future(source, destination):
    """Makes destination end as source ends, and cancelling destination
    cancel source; each may be an asyncio or a concurrent.futures Future,
    and their loops may run in different threads."""
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def copy_state(dest, done):
        if isfuture(dest):
            _copy_state_to_asyncio(done, dest)
        else:
            _copy_state_to_concurrent(done, dest)

    def destination_done(dest):
        if not dest.cancelled():
            return
        if source_loop is None or source_loop is dest_loop:
            source.cancel()
        else:
            source_loop.call_soon_threadsafe(source.cancel)

    def source_done(done):
        if dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            copy_state(destination, done)
        else:
            dest_loop.call_soon_threadsafe(copy_state, destination, done)

    destination.add_done_callback(destination_done)
    source.add_done_callback(source_done)


def wrap_future(future, *, loop=None):
    """Wraps a concurrent.futures.Future in an asyncio Future of loop."""
    if isfuture(future):
        return future
    cf = _concurrent_futures()
    if cf is None or not isinstance(future, cf.Future):
        raise AssertionError(f"concurrent.futures.Future is expected, got {future!r}")
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future

"""asyncio.timeout(): a context manager that cancels the enclosing task when
its deadline passes and turns that cancellation into TimeoutError."""

__all__ = ("Timeout", "timeout", "timeout_at")

import enum

from . import events
from . import exceptions
from . import tasks


class _State(enum.Enum):
    CREATED = "created"
    ENTERED = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    EXITED = "finished"


class Timeout:
    """An async context manager with a deadline in loop time (None: none)."""

    def __init__(self, when):
        self._state = _State.CREATED
        self._timer = None
        self._task = None
        self._when = when

    def when(self):
        """The deadline in loop time, or None."""
        return self._when

    def reschedule(self, when):
        """Moves the deadline to when (None: no deadline)."""
        if self._state is not _State.ENTERED:
            if self._state is _State.CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(
                f"Cannot change state of {self._state.value} Timeout")
        self._when = when
        if self._timer is not None:
            self._timer.cancel()
        if when is None:
            self._timer = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timer = loop.call_soon(self._on_timeout)
            else:
                self._timer = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Whether the deadline passed (and the task was cancelled for it)."""
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        extra = ""
        if self._state is _State.ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            extra = f" when={when}"
        return f"<Timeout [{self._state.value}]{extra}>"

    async def __aenter__(self):
        if self._state is not _State.CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _State.ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is not None:
                if issubclass(exc_type, exceptions.CancelledError):
                    raise TimeoutError from exc_val
                if exc_val is not None:
                    self._replace_cancellation(exc_val)
                    if isinstance(exc_val, BaseExceptionGroup):
                        for inner in exc_val.exceptions:
                            self._replace_cancellation(inner)
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _State.EXPIRING
        self._timer = None

    @staticmethod
    def _replace_cancellation(exc):
        """Where our cancellation is the context of another exception, shows
        a TimeoutError there instead."""
        while exc.__context__ is not None:
            if isinstance(exc.__context__, exceptions.CancelledError):
                timeout_error = TimeoutError()
                timeout_error.__context__ = exc.__context__
                cause = exc.__cause__
                exc.__context__ = timeout_error
                exc.__cause__ = cause
                break
            exc = exc.__context__


def timeout(delay):
    """A Timeout that expires delay seconds from now (None: never)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout that expires at loop time when (None: never)."""
    return Timeout(when)

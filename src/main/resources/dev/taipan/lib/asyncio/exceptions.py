"""The exceptions asyncio raises."""

__all__ = ("BrokenBarrierError", "CancelledError", "InvalidStateError",
           "TimeoutError", "IncompleteReadError", "LimitOverrunError",
           "SendfileNotAvailableError")


class CancelledError(BaseException):
    """The Task or Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in the Task or Future's current state."""


class SendfileNotAvailableError(RuntimeError):
    """Sendfile is not available for the given socket or file type."""


class IncompleteReadError(EOFError):
    """A read ended before the expected number of bytes arrived."""

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of '
                         f'{r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A stream's buffer limit was reached while looking for a separator."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or broken while a task waited on it."""

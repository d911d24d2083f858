"""Callback handles, the event loop's abstract interface, and the policy that
decides which loop get_event_loop() answers."""

__all__ = (
    "AbstractEventLoopPolicy", "AbstractEventLoop", "AbstractServer",
    "Handle", "TimerHandle", "get_event_loop_policy", "set_event_loop_policy",
    "get_event_loop", "set_event_loop", "new_event_loop",
    "get_running_loop", "_get_running_loop", "_set_running_loop",
    "DefaultEventLoopPolicy", "BaseDefaultEventLoopPolicy",
)

import contextvars
import sys

from . import coroutines


def _format_args(args, keywords=None, debug=False):
    # Arguments are shown only in debug mode (they may hold private data).
    if not debug:
        return "()"
    pieces = [coroutines._short_repr(arg) for arg in args or ()]
    if keywords:
        pieces.extend(f"{k}={coroutines._short_repr(v)}" for k, v in keywords.items())
    return "(" + ", ".join(pieces) + ")"


def _format_callback(callback, args, keywords=None, debug=False, suffix=""):
    """Describes a callback and its arguments like a call expression."""
    import functools
    if isinstance(callback, functools.partial):
        suffix = _format_args(args, keywords, debug) + suffix
        return _format_callback(callback.func, callback.args, callback.keywords,
                                debug, suffix)
    name = getattr(callback, "__qualname__", None) or getattr(callback, "__name__", None)
    if not name:
        name = repr(callback)
    return name + _format_args(args, keywords, debug) + suffix


def _format_callback_source(callback, args, debug=False):
    text = _format_callback(callback, args, None, debug)
    source = _function_source(callback)
    if source is not None:
        text += f" at {source[0]}:{source[1]}"
    return text


def _function_source(func):
    """(file, first line) of a plain Python function, seen through
    functools.partial and __wrapped__; None for anything else."""
    import functools
    import types
    while True:
        if isinstance(func, functools.partial):
            func = func.func
        elif hasattr(func, "__wrapped__") and isinstance(func, types.FunctionType):
            func = func.__wrapped__
        else:
            break
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    return None


class Handle:
    """A callback scheduled on an event loop, with the means to cancel it."""

    __slots__ = ("_callback", "_args", "_cancelled", "_loop", "_repr",
                 "_context", "__weakref__")

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args,
                                                self._loop.get_debug()))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return "<{}>".format(" ".join(self._repr_info()))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            description = _format_callback_source(self._callback, self._args,
                                                  self._loop.get_debug())
            self._loop.call_exception_handler({
                "message": f"Exception in callback {description}",
                "exception": exc,
                "handle": self,
            })


class TimerHandle(Handle):
    """A Handle for a callback due at a given loop time."""

    __slots__ = ("_scheduled", "_when")

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(1 + self._cancelled, f"when={self._when}")
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """The loop time at which the callback is due."""
        return self._when


class AbstractServer:
    """A server listening on sockets (not available here: there is no I/O)."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class AbstractEventLoop:
    """The interface of an event loop."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, **kwargs):
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError

    def set_default_executor(self, executor):
        raise NotImplementedError

    def set_task_factory(self, factory):
        raise NotImplementedError

    def get_task_factory(self):
        raise NotImplementedError

    def get_exception_handler(self):
        raise NotImplementedError

    def set_exception_handler(self, handler):
        raise NotImplementedError

    def default_exception_handler(self, context):
        raise NotImplementedError

    def call_exception_handler(self, context):
        raise NotImplementedError

    def get_debug(self):
        raise NotImplementedError

    def set_debug(self, enabled):
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Decides the current event loop and how new ones are made."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


try:
    from _thread import _local as _ThreadLocal
except ImportError:
    _ThreadLocal = object


def _thread_name():
    try:
        import threading
    except ImportError:
        return "MainThread"
    return threading.current_thread().name


def _in_main_thread():
    try:
        import threading
    except ImportError:
        return True
    return threading.current_thread() is threading.main_thread()


def _warn_implicit_loop():
    try:
        import warnings
    except ImportError:
        return
    # Points at the caller of asyncio.get_event_loop().
    warnings.warn("There is no current event loop", DeprecationWarning, stacklevel=4)


class _PolicyLocal(_ThreadLocal):
    loop = None
    set_called = False


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: each thread has its own current loop, which the
    main thread creates on demand in get_event_loop() until
    set_event_loop() has been called."""

    _loop_factory = None

    def __init__(self):
        self._local = _PolicyLocal()

    def get_event_loop(self):
        local = self._local
        if local.loop is None and not local.set_called and _in_main_thread():
            _warn_implicit_loop()
            self.set_event_loop(self.new_event_loop())
        if local.loop is None:
            raise RuntimeError(
                f"There is no current event loop in thread {_thread_name()!r}.")
        return local.loop

    def set_event_loop(self, loop):
        self._local.set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(
                f"loop must be an instance of AbstractEventLoop or None, "
                f"not '{type(loop).__name__}'")
        self._local.loop = loop

    def new_event_loop(self):
        return self._loop_factory()


class DefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    """The policy asyncio uses unless told otherwise."""

    @staticmethod
    def _loop_factory():
        from .base_events import EventLoop
        return EventLoop()


class _RunningLoop(_ThreadLocal):
    loop = None


class _Policy:
    __slots__ = ("policy",)

    def __init__(self):
        self.policy = None


# The loop running in each thread, and the interpreter's policy.
_running = _RunningLoop()
_state = _Policy()


def get_running_loop():
    """Returns the running event loop; raises RuntimeError if there is none."""
    loop = _running.loop
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def _get_running_loop():
    """Returns the running event loop, or None."""
    return _running.loop


def _set_running_loop(loop):
    """Sets (or with None clears) the running event loop."""
    _running.loop = loop


def get_event_loop_policy():
    """Returns the current event loop policy."""
    if _state.policy is None:
        _state.policy = DefaultEventLoopPolicy()
    return _state.policy


def set_event_loop_policy(policy):
    """Sets the event loop policy; None restores the default."""
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(
            f"policy must be an instance of AbstractEventLoopPolicy or None, "
            f"not '{type(policy).__name__}'")
    _state.policy = policy


def get_event_loop():
    """Returns the running loop, or else the policy's current loop."""
    loop = _running.loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Makes loop the current event loop."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """Creates a new event loop (the policy decides its kind)."""
    return get_event_loop_policy().new_event_loop()

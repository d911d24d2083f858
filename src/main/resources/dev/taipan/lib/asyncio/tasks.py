"""Task (a coroutine driven by an event loop) and the functions that combine
awaitables: gather, wait, wait_for, as_completed, shield, sleep."""

__all__ = (
    "Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION",
    "ALL_COMPLETED", "wait", "wait_for", "as_completed", "sleep", "gather",
    "shield", "ensure_future", "current_task", "all_tasks",
    "create_eager_task_factory", "eager_task_factory",
    "run_coroutine_threadsafe",
    "_register_task", "_unregister_task", "_enter_task", "_leave_task",
)

import contextvars
import functools
import itertools
import types

from . import coroutines
from . import events
from . import exceptions
from . import futures

_task_numbers = itertools.count(1)

# Pending tasks of every loop (a task leaves when it is done), and the task
# each running loop is stepping right now.
_pending_tasks = set()
_eager_tasks = set()
_current_tasks = {}


class Task(futures.Future):
    """A Future that runs a coroutine: each step sends into the coroutine
    until it awaits a pending Future, and the Future's completion wakes the
    task for its next step."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None,
                 eager_start=False):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            self._name = f"Task-{next(_task_numbers)}"
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        if eager_start and self._loop.is_running():
            self.__eager_start()
        else:
            self._loop.call_soon(self.__step, context=self._context)
            _register_task(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and not self.done():
            info[0] = "cancelling"
        info.insert(1, f"name={self._name!r}")
        if self._fut_waiter is not None:
            info.insert(2, f"wait_for={self._fut_waiter!r}")
        if self._coro is not None:
            info.insert(2, f"coro=<{coroutines._format_coroutine(self._coro)}>")
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def get_stack(self, *, limit=None):
        """Returns the frames of the suspended coroutine (at most one here)."""
        frame = getattr(self._coro, "cr_frame", None)
        if frame is None or limit == 0:
            return []
        return [frame]

    def print_stack(self, *, limit=None, file=None):
        import sys
        out = sys.stderr if file is None else file
        frames = self.get_stack(limit=limit)
        if not frames:
            print(f"No stack for {self!r}", file=out)
            return
        print(f"Stack for {self!r} (most recent call last):", file=out)
        for frame in frames:
            code = frame.f_code
            print(f'  File "{code.co_filename}", line {frame.f_lineno}, in {code.co_name}',
                  file=out)

    def cancel(self, msg=None):
        """Requests cancellation: CancelledError is thrown into the coroutine
        at its next step. Returns False if the task is already done."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The waiter's callback wakes the task with CancelledError.
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """The number of cancellation requests not yet withdrawn by uncancel()."""
        return self._num_cancels_requested

    def uncancel(self):
        """Withdraws one cancellation request; returns how many remain."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
            if self._num_cancels_requested == 0:
                self._must_cancel = False
        return self._num_cancels_requested

    def __eager_start(self):
        loop = self._loop
        previous = _current_tasks.get(loop)
        _current_tasks[loop] = self
        _eager_tasks.add(self)
        try:
            self._context.run(self.__step_body, None)
        finally:
            _eager_tasks.discard(self)
            if previous is None:
                del _current_tasks[loop]
            else:
                _current_tasks[loop] = previous
        if self.done():
            self._coro = None
        else:
            _register_task(self)

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(
                f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            self.__step_body(exc)
        finally:
            _leave_task(self._loop, self)

    def __step_body(self, exc):
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
            _pending_tasks.discard(self)
        except exceptions.CancelledError as cancelled:
            self._cancelled_exc = cancelled
            super().cancel()
            _pending_tasks.discard(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            super().set_exception(fatal)
            _pending_tasks.discard(self)
            raise
        except BaseException as error:
            super().set_exception(error)
            _pending_tasks.discard(self)
        else:
            self.__wait_on(result)

    def __wait_on(self, result):
        """Arranges the next step after the coroutine yielded result."""
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                error = RuntimeError(
                    f"Task {self!r} got Future {result!r} attached to a different loop")
            elif not blocking:
                error = RuntimeError(
                    f"yield was used instead of yield from in task {self!r} with {result!r}")
            elif result is self:
                error = RuntimeError(f"Task cannot await on itself: {self!r}")
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self.__wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel:
                    if result.cancel(msg=self._cancel_message):
                        self._must_cancel = False
                return
        elif result is None:
            # A bare yield (sleep(0)): give other callbacks a turn.
            self._loop.call_soon(self.__step, context=self._context)
            return
        elif isinstance(result, types.GeneratorType):
            error = RuntimeError(
                f"yield was used instead of yield from for generator in task {self!r} with {result!r}")
        else:
            error = RuntimeError(f"Task got bad yield: {result!r}")
        self._loop.call_soon(self.__step, error, context=self._context)

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()

    __wakeup.__qualname__ = "Task.task_wakeup"


def create_task(coro, *, name=None, context=None):
    """Schedules coro as a Task on the running loop and returns the Task."""
    loop = events.get_running_loop()
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


def create_eager_task_factory(custom_task_constructor):
    """Returns a task factory whose tasks start running at once, in
    create_task(), until their first suspension."""

    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name,
                                       context=context, eager_start=True)

    return factory


eager_task_factory = create_eager_task_factory(Task)


def current_task(loop=None):
    """Returns the Task the loop (by default the running one) is running."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """Returns the set of tasks of the loop (by default the running one)
    that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    candidates = list(_pending_tasks) + list(_eager_tasks)
    return {t for t in candidates if futures._get_loop(t) is loop and not t.done()}


def _register_task(task):
    _pending_tasks.add(task)


def _unregister_task(task):
    _pending_tasks.discard(task)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {current!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {current!r}.")
    del _current_tasks[loop]


def ensure_future(coro_or_future, *, loop=None):
    """Returns coro_or_future if it is a Future, else wraps it in a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError("The future belongs to a different loop than "
                             "the one specified as the loop argument")
        return coro_or_future
    close_on_failure = True
    if not coroutines.iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), "__await__"):
            coro_or_future = _wrap_awaitable(coro_or_future)
            close_on_failure = False
        else:
            raise TypeError("An asyncio.Future, a coroutine or an awaitable "
                            "is required")
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if close_on_failure:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


@types.coroutine
def _yield_once():
    yield


async def sleep(delay, result=None):
    """Suspends the calling task for delay seconds; returns result."""
    if delay <= 0:
        await _yield_once()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled,
                            future, result)
    try:
        return await future
    finally:
        timer.cancel()


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    """Cancels fut and waits until it is really done."""
    loop = events.get_running_loop()
    waiter = loop.create_future()
    release = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Waits for fut with a time limit; cancels it and raises TimeoutError
    when the time runs out."""
    from . import timeouts
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError from exc
    async with timeouts.timeout(timeout):
        return await fut


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the Futures and Tasks in fs; returns (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_completion(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled()
                 and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done = set()
    pending = set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


class _AsCompletedIterator:
    """What as_completed returns: iterating it plainly gives awaitables of
    the next result; iterating it asynchronously gives the next done task
    or future itself."""

    def __init__(self, aws, timeout):
        from . import queues
        self._done = queues.Queue()
        self._timer = None
        loop = events.get_event_loop()
        todo = {ensure_future(aw, loop=loop) for aw in set(aws)}
        for f in todo:
            f.add_done_callback(self._handle_completion)
        if todo and timeout is not None:
            self._timer = loop.call_later(timeout, self._handle_timeout)
        self._todo = todo
        self._todo_left = len(todo)

    def __aiter__(self):
        return self

    def __iter__(self):
        return self

    async def __anext__(self):
        if not self._todo_left:
            raise StopAsyncIteration
        self._todo_left -= 1
        return await self._wait_for_one()

    def __next__(self):
        if not self._todo_left:
            raise StopIteration
        self._todo_left -= 1
        return self._wait_for_one(resolve=True)

    def _handle_timeout(self):
        for f in self._todo:
            f.remove_done_callback(self._handle_completion)
            # None tells the waiting consumer that the time is up.
        self._done.put_nowait(None)
        self._todo.clear()

    def _handle_completion(self, f):
        if not self._todo:
            return
        self._todo.remove(f)
        self._done.put_nowait(f)
        if not self._todo and self._timer is not None:
            self._timer.cancel()

    async def _wait_for_one(self, resolve=False):
        f = await self._done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result() if resolve else f


def as_completed(fs, *, timeout=None):
    """Iterates over the awaitables in fs in the order they complete."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expects an iterable of awaitables, not {type(fs).__name__}")
    return _AsCompletedIterator(fs, timeout)


class _GatheringFuture(futures.Future):
    """The Future gather() returns: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            # The children's callbacks then end this Future as cancelled.
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """Runs the awaitables concurrently; the result is the list of their
    results in argument order."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    state = {"finished": 0}
    outer = None

    def child_done(fut):
        state["finished"] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["finished"] == len(by_arg):
            results = []
            for child in children:
                if child.cancelled():
                    message = child._cancel_message
                    results.append(exceptions.CancelledError(
                        "" if message is None else message))
                else:
                    exc = child.exception()
                    results.append(child.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    by_arg = {}
    children = []
    loop = None
    for arg in coros_or_futures:
        if arg in by_arg:
            fut = by_arg[arg]
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            by_arg[arg] = fut
            fut.add_done_callback(child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Protects an awaitable from cancellation of the task awaiting it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()
    _shielded_tasks.add(inner)

    def inner_done(inner):
        _shielded_tasks.discard(inner)
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


# Tasks shielded from cancellation, kept alive until they finish.
_shielded_tasks = set()


def run_coroutine_threadsafe(coro, loop):
    """Submits coro to loop (running in another thread); returns a
    concurrent.futures.Future of its result."""
    if not coroutines.iscoroutine(coro):
        raise TypeError("A coroutine object is required")
    cf = futures._concurrent_futures()
    if cf is None:
        raise RuntimeError("run_coroutine_threadsafe() needs concurrent.futures")
    result = cf.Future()

    def start():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), result)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if result.set_running_or_notify_cancel():
                result.set_exception(exc)
            raise

    loop.call_soon_threadsafe(start)
    return result

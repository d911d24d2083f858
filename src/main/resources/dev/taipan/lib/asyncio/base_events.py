"""The event loop: a queue of ready callbacks and a heap of timers.

The loop has no I/O to wait for, so between iterations it sleeps until the
earliest timer is due, or until another thread hands it a callback through
call_soon_threadsafe (where the threading module is available).
"""

__all__ = ("BaseEventLoop", "EventLoop", "SelectorEventLoop")

import heapq
import sys
import time

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

# Purge cancelled timers when there are more than this many timers and
# more than this fraction of them is cancelled.
_MIN_SCHEDULED_TIMERS_TO_PURGE = 100
_MIN_CANCELLED_FRACTION_TO_PURGE = 0.5
# The longest single sleep while nothing at all is scheduled.
_IDLE_SLEEP = 1.0
_CLOCK_RESOLUTION = 1e-09
# The longest single wait for a timer (a day, as CPython's selector timeout).
_LONGEST_WAIT = 24 * 3600.0


def _new_wakeup_event():
    try:
        import threading
    except ImportError:
        return None
    return threading.Event()


def _check_callback(callback, method):
    if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
        raise TypeError(f"coroutines cannot be used with {method}()")
    if not callable(callback):
        raise TypeError(
            f"a callable object was expected by {method}(), got {callback!r}")


def _stop_when_done(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # That exception leaves run_forever() by itself.
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):
    """An event loop that runs callbacks and timers on the calling thread."""

    def __init__(self):
        # Handles to run in the next iteration; _run_once swaps in a fresh list.
        self._ready = []
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        self._default_executor = None
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._old_agen_hooks = None
        self.slow_callback_duration = 0.1
        # Handles from call_soon_threadsafe; appended by any thread, drained
        # by pop(0) in _run_once (both atomic list operations).
        self._threadsafe = []
        self._wakeup = _new_wakeup_event()

    def __repr__(self):
        return (f"<{type(self).__name__} running={self.is_running()} "
                f"closed={self.is_closed()} debug={self.get_debug()}>")

    # ----- futures and tasks

    def create_future(self):
        """Returns a new Future bound to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedules coro as a Task of this loop and returns the Task."""
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ----- running and stopping

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if events._get_running_loop() is not None:
            raise RuntimeError(
                "Cannot run the event loop while another loop is running")

    def run_forever(self):
        """Runs callbacks and timers until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        self._old_agen_hooks = sys.get_asyncgen_hooks() if hasattr(sys, "get_asyncgen_hooks") else None
        if self._old_agen_hooks is not None:
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            if self._old_agen_hooks is not None:
                sys.set_asyncgen_hooks(*self._old_agen_hooks)
                self._old_agen_hooks = None

    def run_until_complete(self, future):
        """Runs until future (a Future, coroutine or awaitable) is done and
        returns its result or raises its exception."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_stop_when_done)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The exception leaves here; do not log it as never retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_when_done)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        """Stops run_forever() once the current iteration is over."""
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        """Closes the loop, dropping pending callbacks; it cannot run again."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._threadsafe.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    async def shutdown_asyncgens(self):
        """Closes (aclose) every async generator this loop started."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = [agen for agen in self._asyncgens if agen.ag_frame is not None]
        self._asyncgens.clear()
        results = await tasks.gather(*[agen.aclose() for agen in closing],
                                     return_exceptions=True)
        for agen, result in zip(closing, results):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    "message": f"an error occurred during closing of "
                               f"asynchronous generator {agen!r}",
                    "exception": result,
                    "asyncgen": agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        """Shuts the default executor down, waiting (in another thread, at
        most timeout seconds) for its work to finish."""
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is None:
            return
        import threading
        from . import timeouts
        done = self.create_future()

        def shut_down():
            try:
                executor.shutdown(wait=True)
                if not self.is_closed():
                    self.call_soon_threadsafe(futures._set_result_unless_cancelled,
                                              done, None)
            except Exception as exc:
                if not self.is_closed() and not done.cancelled():
                    self.call_soon_threadsafe(done.set_exception, exc)

        thread = threading.Thread(target=shut_down)
        thread.start()
        try:
            async with timeouts.timeout(timeout):
                await done
        except TimeoutError:
            print(f"The executor did not finish joining its threads within "
                  f"{timeout} seconds.", file=sys.stderr)
            executor.shutdown(wait=False)
        else:
            thread.join()

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            try:
                import warnings
            except ImportError:
                pass
            else:
                warnings.warn(f"asynchronous generator {agen!r} was scheduled after "
                              f"loop.shutdown_asyncgens() call", ResourceWarning,
                              source=self)
        if len(self._asyncgens) >= 64 and len(self._asyncgens) & 63 == 0:
            # There are no weak references: drop generators that have ended.
            self._asyncgens = {g for g in self._asyncgens if g.ag_frame is not None}
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    # ----- scheduling callbacks

    def time(self):
        """The loop's clock (time.monotonic)."""
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        """Schedules callback(*args) for the next iteration; returns a Handle."""
        self._check_closed()
        if self._debug:
            _check_callback(callback, "call_soon")
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon, and safe to call from another thread: it wakes
        the loop if it is waiting."""
        self._check_closed()
        if self._debug:
            _check_callback(callback, "call_soon_threadsafe")
        handle = events.Handle(callback, args, self, context)
        self._threadsafe.append(handle)
        if self._wakeup is not None:
            self._wakeup.set()
        return handle

    def _wait(self, timeout):
        """Sleeps for timeout seconds (None: until woken), or until another
        thread calls call_soon_threadsafe."""
        wakeup = self._wakeup
        if wakeup is None:
            time.sleep(_IDLE_SLEEP if timeout is None else timeout)
        else:
            wakeup.wait(timeout)
            wakeup.clear()

    def call_later(self, delay, callback, *args, context=None):
        """Schedules callback(*args) in delay seconds; returns a TimerHandle."""
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Schedules callback(*args) at loop time when; returns a TimerHandle."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            _check_callback(callback, "call_at")
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _drop_cancelled_timers(self):
        scheduled = self._scheduled
        count = len(scheduled)
        if (count > _MIN_SCHEDULED_TIMERS_TO_PURGE and
                self._timer_cancelled_count / count > _MIN_CANCELLED_FRACTION_TO_PURGE):
            live = []
            for timer in scheduled:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    live.append(timer)
            heapq.heapify(live)
            self._scheduled = live
            self._timer_cancelled_count = 0
            return
        while scheduled and scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            timer = heapq.heappop(scheduled)
            timer._scheduled = False

    def _run_once(self):
        """One iteration: wait for the first timer if nothing is ready, move
        due timers to the ready queue, then run the callbacks that were ready
        when the iteration began."""
        self._drop_cancelled_timers()
        ready = self._ready
        if not ready and not self._stopping and not self._threadsafe:
            if self._scheduled:
                delay = self._scheduled[0]._when - self.time()
                if delay > 0:
                    self._wait(min(delay, _LONGEST_WAIT))
            else:
                # Nothing can happen on this thread: wait (as CPython would
                # block in its selector) for another thread to call us.
                self._wait(None)
        incoming = self._threadsafe
        while incoming:
            ready.append(incoming.pop(0))
        scheduled = self._scheduled
        if scheduled:
            deadline = self.time() + _CLOCK_RESOLUTION
            while scheduled and scheduled[0]._when < deadline:
                timer = heapq.heappop(scheduled)
                timer._scheduled = False
                ready.append(timer)
        # Callbacks scheduled from here on wait for the next iteration.
        self._ready = []
        for index, handle in enumerate(ready):
            if handle._cancelled:
                continue
            try:
                handle._run()
            except BaseException:
                # Keep the handles not yet run (as CPython's deque keeps them).
                self._ready[:0] = ready[index + 1:]
                raise

    # ----- executors (they need concurrent.futures)

    def run_in_executor(self, executor, func, *args):
        """Runs func(*args) in executor (by default a ThreadPoolExecutor of
        the loop's) and returns an asyncio Future of its result."""
        self._check_closed()
        if self._debug:
            _check_callback(func, "run_in_executor")
        if executor is None:
            if self._executor_shutdown_called:
                raise RuntimeError("Executor shutdown has been called")
            executor = self._default_executor
            if executor is None:
                cf = futures._concurrent_futures()
                if cf is None:
                    raise RuntimeError("run_in_executor() needs concurrent.futures")
                executor = cf.ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        cf = futures._concurrent_futures()
        if cf is not None and not isinstance(executor, cf.ThreadPoolExecutor):
            raise TypeError("executor must be ThreadPoolExecutor")
        self._default_executor = executor

    # ----- errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Sets handler(loop, context) to be called for unhandled errors."""
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Reports an unhandled error on standard error."""
        message = context.get("message") or "Unhandled exception in event loop"
        exception = context.get("exception")
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            lines.append(f"{key}: {context[key]!r}")
        print("\n".join(lines), file=sys.stderr)
        if exception is not None:
            hook = getattr(sys, "excepthook", None)
            if hook is not None:
                hook(type(exception), exception, exception.__traceback__)
            else:
                print(f"{type(exception).__name__}: {exception}", file=sys.stderr)

    def call_exception_handler(self, context):
        """Passes context (a dict with 'message', 'exception', ...) to the
        exception handler, falling back on the default one."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                print("Exception in default exception handler", file=sys.stderr)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    "message": "Unhandled error in exception handler",
                    "exception": exc,
                    "context": context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                print("Exception in default exception handler while handling "
                      "an unexpected error in custom exception handler",
                      file=sys.stderr)

    # ----- debug mode

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The default event loop, named as CPython's on Unix (so reprs and
    type names match), though it has no selector."""


EventLoop = _UnixSelectorEventLoop
SelectorEventLoop = _UnixSelectorEventLoop

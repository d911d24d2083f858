"""TaskGroup: structured concurrency with ExceptionGroup errors."""

__all__ = ("TaskGroup",)

from . import events
from . import exceptions
from . import tasks


def _is_base_error(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """An async context manager that waits for every task created in it.

    The first task to fail cancels the others and the enclosing task; when
    all are done, the failures leave the ``async with`` as one
    (Base)ExceptionGroup.
    """

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        parts = [""]
        if self._tasks:
            parts.append(f"tasks={len(self._tasks)}")
        if self._errors:
            parts.append(f"errors={len(self._errors)}")
        if self._aborting:
            parts.append("cancelling")
        elif self._entered:
            parts.append("entered")
        return f"<TaskGroup{' '.join(parts)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        try:
            return await self._exit(et, exc)
        finally:
            self._parent_task = None
            self._errors = None
            self._base_error = None
            exc = None

    async def _exit(self, et, exc):
        self._exiting = True
        if exc is not None and _is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation = None
        if et is not None and issubclass(et, exceptions.CancelledError):
            propagate_cancellation = exc
        if et is not None and not self._aborting:
            # The body failed (or its task is being cancelled): stop the tasks.
            self._abort()

        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except exceptions.CancelledError as cancelled:
                if not self._aborting:
                    # The parent task is cancelled while waiting: pass that
                    # on once the tasks have finished.
                    propagate_cancellation = cancelled
                    self._abort()
            self._on_completed_fut = None

        if self._base_error is not None:
            raise self._base_error

        if self._parent_cancel_requested:
            # Withdraw the cancellation we asked for when a task failed; if
            # nobody else cancelled the parent, do not propagate it.
            if self._parent_task.uncancel() == 0:
                propagate_cancellation = None

        if propagate_cancellation is not None and not self._errors:
            try:
                raise propagate_cancellation
            finally:
                propagate_cancellation = None

        if et is not None and not issubclass(et, exceptions.CancelledError):
            self._errors.append(exc)

        if self._errors:
            errors = self._errors
            self._errors = None
            try:
                raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None
            finally:
                errors = None
        return None

    def create_task(self, coro, *, name=None, context=None):
        """Creates a task that the group waits for."""
        if not self._entered:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is None:
            task = self._loop.create_task(coro, name=name)
        else:
            task = self._loop.create_task(coro, name=name, context=context)
        if task.done():
            # An eager task that finished at once.
            self._on_task_done(task)
        else:
            self._tasks.add(task)
            task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                "message": f"Task {task!r} has errored out but its parent "
                           f"task {self._parent_task} is already completed",
                "exception": exc,
                "task": task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Cancel the parent so that a body still running (not yet in
            # __aexit__) stops too.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()

"""ProcessPoolExecutor: not available in Taipan, which cannot start Python processes."""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process of a ProcessPoolExecutor ended abruptly."""


class ProcessPoolExecutor(_base.Executor):
    """An executor running calls in other processes; constructing one raises NotImplementedError."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        raise NotImplementedError(
            "ProcessPoolExecutor is not supported by Taipan; use ThreadPoolExecutor")

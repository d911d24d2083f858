"""ThreadPoolExecutor: runs submitted calls on a pool of worker threads."""

import itertools
import queue
import sys as _sys
import threading
import types
from concurrent.futures import _base

__all__ = ['ThreadPoolExecutor', 'BrokenThreadPool']

# Every pool's work queue, so the end of the program can tell its workers to finish.
_queues_of_threads = {}
_interpreter_ending = False
_ending_lock = threading.Lock()


def _at_interpreter_end():
    # Runs before the interpreter joins non-daemon threads: let the workers finish what was
    # submitted, then leave.
    global _interpreter_ending
    with _ending_lock:
        _interpreter_ending = True
    items = list(_queues_of_threads.items())
    for _, work_queue in items:
        work_queue.put(None)
    for thread, _ in items:
        thread.join()


threading._register_atexit(_at_interpreter_end)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread of a ThreadPoolExecutor failed to initialize."""


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Drop the reference cycle exception -> frame -> self.
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as error:
            try:
                _sys.stderr.write("Exception in initializer:\n")
                _sys.excepthook(type(error), error, error.__traceback__)
            except Exception:
                pass
            executor._initializer_failed()
            return
    while True:
        item = work_queue.get(block=True)
        if item is not None:
            item.run()
            del item
            executor._idle_semaphore.release()
            continue
        # None is the signal to leave; pass it on to the next worker.
        work_queue.put(None)
        return


class ThreadPoolExecutor(_base.Executor):
    """An executor that runs calls on up to max_workers threads, started as work arrives."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker and return its Future."""
        with self._shutdown_lock, _ending_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _interpreter_ending:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the new item.
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, count)
            t = threading.Thread(name=name, target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _queues_of_threads[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Accept no more calls; with wait, return when the workers have finished.

        With cancel_futures, the calls that have not started are cancelled.
        """
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
        for t in list(self._threads):
            if not t.is_alive():
                _queues_of_threads.pop(t, None)

    shutdown.__doc__ = _base.Executor.shutdown.__doc__


def _cpu_count():
    try:
        import os
        count = os.process_cpu_count() if hasattr(os, 'process_cpu_count') else os.cpu_count()
    except Exception:
        count = None
    return count or 1

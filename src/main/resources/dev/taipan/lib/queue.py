"""Queues for handing items from thread to thread: FIFO, LIFO, priority and simple queues."""

import threading
from collections import deque as _deque
from types import GenericAlias as _GenericAlias
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _monotonic

__all__ = ['Empty', 'Full', 'ShutDown', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by a non-blocking get() (or one that timed out) on an empty queue."""


class Full(Exception):
    """Raised by a non-blocking put() (or one that timed out) on a full queue."""


class ShutDown(Exception):
    """Raised by put() or get() on a queue that was shut down."""


class Queue:
    """A first-in, first-out queue, bounded when maxsize > 0.

    One lock guards the items; three conditions on it wake getters (not_empty), putters
    (not_full) and join() callers (all_tasks_done).
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0
        self.is_shutdown = False

    def task_done(self):
        """Mark one item got from the queue as processed; join() returns when all are."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Wait until every item put has been got and marked done with task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate number of items (others may change it right after)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether the queue looks empty now."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Whether the queue looks full now."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item, waiting for room when the queue is bounded and full (unless not block)."""
        with self.not_full:
            if self.is_shutdown:
                raise ShutDown
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                        if self.is_shutdown:
                            raise ShutDown
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = _monotonic() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _monotonic()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
                        if self.is_shutdown:
                            raise ShutDown
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one when empty (unless not block)."""
        with self.not_empty:
            if self.is_shutdown and not self._qsize():
                raise ShutDown
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
                    if self.is_shutdown and not self._qsize():
                        raise ShutDown
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _monotonic() + timeout
                while not self._qsize():
                    remaining = deadline - _monotonic()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
                    if self.is_shutdown and not self._qsize():
                        raise ShutDown
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def shutdown(self, immediate=False):
        """Refuse further put()s; get() raises ShutDown once the queue is empty.

        With immediate, the queue is emptied at once (the items count as done) and every
        waiting get() raises ShutDown.
        """
        with self.mutex:
            self.is_shutdown = True
            if immediate:
                while self._qsize():
                    self._get()
                    if self.unfinished_tasks > 0:
                        self.unfinished_tasks -= 1
                self.all_tasks_done.notify_all()
            self.not_empty.notify_all()
            self.not_full.notify_all()

    # The storage; subclasses replace these four.

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_GenericAlias)


class PriorityQueue(Queue):
    """A queue that gives back the lowest item first (items are often (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """A queue that gives back the most recently put item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking; put() never blocks."""

    def __init__(self):
        self._items = _deque()
        self._ready = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        """Put an item; never blocks (block and timeout are for compatibility with Queue)."""
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        """put(item, block=False)."""
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one when empty (unless not block)."""
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        with self._ready:
            if not block:
                if not len(self._items):
                    raise Empty
            elif timeout is None:
                while not len(self._items):
                    self._ready.wait()
            else:
                deadline = _monotonic() + timeout
                while not len(self._items):
                    remaining = deadline - _monotonic()
                    if remaining <= 0.0:
                        raise Empty
                    self._ready.wait(remaining)
            return self._items.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def empty(self):
        """Whether the queue looks empty now."""
        return len(self._items) == 0

    def qsize(self):
        """The approximate number of items."""
        return len(self._items)

    __class_getitem__ = classmethod(_GenericAlias)

"""Asynchronous programming with coroutines: the event loop, tasks, futures,
and the tools built on them (gather, wait, timeouts, TaskGroup, queues, locks).

This asyncio has the event loop without I/O: callbacks, timers (kept in a
heap; the loop sleeps until the next one is due), tasks, async generators,
and, where concurrent.futures is available, executors (run_in_executor,
to_thread) and calls from other threads (call_soon_threadsafe,
run_coroutine_threadsafe). Sockets, streams, subprocesses and signal
handlers are not available: there are no selectors.
"""

import sys

from .exceptions import *
from .coroutines import *
from .events import *
from .futures import *
from .base_events import *
from .tasks import *
from .timeouts import *
from .taskgroups import *
from .locks import *
from .queues import *
from .runners import *
from .threads import *

from . import base_events, coroutines, events, exceptions, futures, locks
from . import queues, runners, taskgroups, tasks, threads, timeouts

__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__ +
           futures.__all__ + base_events.__all__ + tasks.__all__ +
           timeouts.__all__ + taskgroups.__all__ + locks.__all__ +
           queues.__all__ + runners.__all__ + threads.__all__)

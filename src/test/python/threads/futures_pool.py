# concurrent.futures: ThreadPoolExecutor, Future, wait, as_completed.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, Future, wait, as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
                                InvalidStateError, ProcessPoolExecutor)
import concurrent.futures

def square(x):
    return x * x

def fail(x):
    raise ValueError(f"bad {x}")

with ThreadPoolExecutor(max_workers=3, thread_name_prefix="sq") as ex:
    print("map", list(ex.map(square, range(8))))
    print("map two iterables", list(ex.map(pow, [2, 3, 4], [5, 2])))
    futures = [ex.submit(square, i) for i in range(6)]
    print("results", [f.result() for f in futures])
    print("as_completed", sorted(f.result() for f in as_completed(futures)))
    names = set(ex.map(lambda _: threading.current_thread().name.rsplit("_", 1)[0], range(6)))
    print("thread names", names)
    bad = ex.submit(fail, 1)
    print("exception", repr(bad.exception()), bad.done(), bad.cancelled(), bad.running())
    try:
        bad.result()
    except ValueError as e:
        print("result raised", e)
    it = ex.map(fail, [7])
    try:
        next(it)
    except ValueError as e:
        print("map raised", e)

# kwargs, callbacks
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(sorted, [3, 1, 2], reverse=True)
    print("kwargs", f.result())
    called = []
    f.add_done_callback(lambda fut: called.append(("late", fut.result())))
    print("callback on done future", called)

# Future by hand
f = Future()
print(repr(f).split(" state=")[1], f.done(), f.running())
events = []
f.add_done_callback(lambda fut: events.append("cb"))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
print(f.result(), events, repr(f).split(" state=")[1])
try:
    f.set_result(1)
except InvalidStateError:
    print("InvalidStateError")
g = Future()
print("cancel", g.cancel(), g.cancelled(), g.done(), g.cancel())
try:
    g.result()
except CancelledError:
    print("CancelledError")
h = Future()
try:
    h.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError", TimeoutError is concurrent.futures.TimeoutError)
h.set_exception(KeyError("k"))
print(repr(h).split(" state=")[1], repr(h.exception()))

# wait
gate = threading.Event()
with ThreadPoolExecutor(4) as ex:
    quick = ex.submit(square, 3)
    slow = ex.submit(gate.wait)
    done, not_done = wait([quick, slow], return_when=FIRST_COMPLETED)
    print("first completed", quick in done, slow in not_done)
    done, not_done = wait([quick, slow], timeout=0.01)
    print("timeout", len(done), len(not_done))
    try:
        for _ in as_completed([slow], timeout=0.01):
            pass
    except TimeoutError as e:
        print("as_completed", e)
    broken = ex.submit(fail, 2)
    done, not_done = wait([slow, broken], return_when=FIRST_EXCEPTION)
    print("first exception", broken in done, slow in not_done)
    gate.set()
    result = wait([quick, slow, broken], return_when=ALL_COMPLETED)
    print("all", len(result.done), len(result.not_done))

# map with timeout, and results in submission order despite finishing order
with ThreadPoolExecutor(3) as ex:
    def delayed(x):
        time.sleep(0.02 * (3 - x))
        return x
    print("ordered", list(ex.map(delayed, range(3))))
    stop = threading.Event()
    it = ex.map(lambda _: stop.wait(), range(2), timeout=0.01)
    try:
        list(it)
    except TimeoutError:
        print("map timeout")
    stop.set()

# shutdown
ex = ThreadPoolExecutor(1)
gate = threading.Event()
first = ex.submit(gate.wait)
queued = [ex.submit(square, i) for i in range(3)]
gate.set()
ex.shutdown(wait=True)
print("after shutdown", first.result(), [q.result() for q in queued])
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)

ex = ThreadPoolExecutor(1)
gate = threading.Event()
started = threading.Event()
running = ex.submit(lambda: (started.set(), gate.wait())[1])
pending = [ex.submit(square, i) for i in range(3)]
started.wait()
threading.Timer(0.05, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print("cancel_futures", [p.cancelled() for p in pending], running.result())

# initializer
state = threading.local()
def init(value):
    state.value = value
with ThreadPoolExecutor(2, initializer=init, initargs=(5,)) as ex:
    print("initializer", list(ex.map(lambda x: state.value + x, range(3))))
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError", e)
try:
    ThreadPoolExecutor(1, initializer=3)
except TypeError as e:
    print("TypeError", e)

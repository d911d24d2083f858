# Locks, conditions, semaphores, events, barriers and thread objects, in deterministic ways.
import _thread
import threading
import time

# ---- locks
lock = threading.Lock()
print(type(lock).__name__, type(lock).__module__, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
for args in [(False, 1), (True, -2)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
with lock:
    print("in with", lock.locked())
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
print(threading.Lock is _thread.lock, _thread.LockType is _thread.lock, _thread.error is RuntimeError)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, _thread.TIMEOUT_MAX > 1e9)

# a lock released by another thread
handoff = threading.Lock()
handoff.acquire()
t = threading.Thread(target=handoff.release)
t.start(); t.join()
print("released by other thread:", not handoff.locked())

# ---- RLock
r = threading.RLock()
print(r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
r.release(); r.release()
print(r._recursion_count(), r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
def other_release():
    try:
        r.release()
    except RuntimeError as e:
        print("other thread:", e)
r.acquire()
t = threading.Thread(target=other_release); t.start(); t.join()
r.release()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))

# ---- Condition: producer/consumer in order
cond = threading.Condition()
items = []
got = []
def consumer():
    for _ in range(5):
        with cond:
            cond.wait_for(lambda: items)
            got.append(items.pop(0))
c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print("condition", got)
with cond:
    print("wait timeout", cond.wait(0.01), cond.wait_for(lambda: False, 0.01))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)
plain = threading.Condition(threading.Lock())
with plain:
    plain.notify_all()
    print("plain lock condition ok")

# ---- Semaphore / BoundedSemaphore
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(blocking=False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError", e)

# ---- Event
e = threading.Event()
print(e.is_set(), e.wait(0.01))
waiters_done = []
def wait_event(k):
    e.wait()
    waiters_done.append(k)
ts = [threading.Thread(target=wait_event, args=(k,)) for k in range(3)]
for t in ts: t.start()
e.set()
for t in ts: t.join()
print("event", sorted(waiters_done), e.wait(), e.is_set())
e.clear(); print(e.is_set())

# ---- Barrier
bar = threading.Barrier(3, action=lambda: print("barrier action"))
indices = []
ilock = threading.Lock()
def at_barrier():
    i = bar.wait()
    with ilock:
        indices.append(i)
ts = [threading.Thread(target=at_barrier) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("barrier indices", sorted(indices), bar.parties, bar.n_waiting, bar.broken)
bar2 = threading.Barrier(2)
try:
    bar2.wait(0.01)
except threading.BrokenBarrierError:
    print("broken after timeout", bar2.broken)
bar2.reset()
print("after reset", bar2.broken)
bar2.abort()
try:
    bar2.wait()
except threading.BrokenBarrierError:
    print("aborted")
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# ---- Thread objects
def work(x, y=0):
    return x + y
t = threading.Thread(target=work, args=(1,), kwargs={"y": 2})
print(t.name.startswith("Thread-"), t.name.endswith(" (work)"), t.ident, t.is_alive(), t.daemon)
print(repr(t).endswith(", initial)>"))
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError", e)
t.start(); t.join()
print(t.is_alive(), type(t.ident) is int, t.native_id is not None, repr(t).startswith("<Thread(Thread-"))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError", e)
named = threading.Thread(target=work, args=(1,), name="custom", daemon=True)
print(named.name, named.daemon)
named.name = "renamed"; print(named.name)

class Sub(threading.Thread):
    def __init__(self):
        super().__init__(name="sub")
        self.result = None
    def run(self):
        self.result = threading.current_thread() is self
s = Sub(); s.start(); s.join()
print("subclass run", s.result, s.name)

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive(), main.ident == threading.get_ident())
print(threading.get_ident() == _thread.get_ident(), type(threading.get_native_id()) is int)
print(threading.active_count() == len(threading.enumerate()), main in threading.enumerate())

# join with a timeout on a thread that waits for an event
gate = threading.Event()
slow = threading.Thread(target=gate.wait)
slow.start()
slow.join(0.01)
print("still alive after join(timeout):", slow.is_alive())
gate.set(); slow.join()
print("alive after join:", slow.is_alive())

# ---- thread-local data
data = threading.local()
data.x = "main"
seen = []
def use_local():
    seen.append(hasattr(data, "x"))
    data.x = "worker"
    seen.append(data.x)
t = threading.Thread(target=use_local); t.start(); t.join()
print("local", seen, data.x)

class MyLocal(threading.local):
    def __init__(self, start):
        self.value = start
        self.inits = getattr(self, "inits", 0) + 1
ml = MyLocal(10)
ml.value = 11
out = []
def use_mylocal():
    out.append((ml.value, ml.inits))
t = threading.Thread(target=use_mylocal); t.start(); t.join()
print("subclassed local", out, ml.value)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)

# ---- Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start(); tm.join()
cancelled = threading.Timer(10, fired.append, args=("never",))
cancelled.start(); cancelled.cancel(); cancelled.join()
print("timer", fired)

# ---- excepthook
hooked = []
def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old_hook = threading.excepthook
threading.excepthook = hook
def boom():
    raise ValueError("boom")
t = threading.Thread(target=boom, name="boomer"); t.start(); t.join()
threading.excepthook = old_hook
print("excepthook", hooked)
print(threading.excepthook is threading.__excepthook__)

# ---- _thread functions
done = threading.Event()
result = []
_thread.start_new_thread(lambda a, b=0: (result.append(a + b), done.set()), (1,), {"b": 41})
done.wait()
print("start_new_thread", result)
print(_thread.stack_size() == 0)
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError", e)
for bad in [(1, ()), (print, [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError", e)

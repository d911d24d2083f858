# queue: FIFO/LIFO/priority/simple queues, blocking, timeouts, task tracking, shutdown.
import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty on get_nowait")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)

bounded = queue.Queue(maxsize=2)
bounded.put(1); bounded.put_nowait(2)
print("full", bounded.full(), bounded.qsize())
try:
    bounded.put(3, block=False)
except queue.Full:
    print("Full on put")
try:
    bounded.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")

# a blocked put proceeds once a consumer takes an item
order = []
def late_consumer():
    order.append(("got", bounded.get()))
t = threading.Thread(target=late_consumer)
t.start()
bounded.put(3)
t.join()
order.append(("left", [bounded.get(), bounded.get()]))
print(order)

lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print("lifo", [lifo.get() for _ in range(4)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
    pq.put(item)
print("priority", [pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put("x"); sq.put_nowait("y")
print("simple", sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("simple Empty")

# task_done / join with worker threads
work = queue.Queue()
results = []
rlock = threading.Lock()
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with rlock:
            results.append(item * item)
        work.task_done()
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers: w.start()
for i in range(20):
    work.put(i)
work.join()
print("joined", len(results), sum(results), work.unfinished_tasks)
for _ in workers:
    work.put(None)
for w in workers: w.join()
try:
    work.task_done()
except ValueError as e:
    print("ValueError", e)

# many producers and consumers
big = queue.Queue(maxsize=10)
consumed = []
clock = threading.Lock()
def produce(base):
    for i in range(200):
        big.put(base + i)
def consume(n):
    local = []
    for _ in range(n):
        local.append(big.get())
    with clock:
        consumed.extend(local)
producers = [threading.Thread(target=produce, args=(k * 1000,)) for k in range(4)]
consumers = [threading.Thread(target=consume, args=(400,)) for _ in range(2)]
for t in producers + consumers: t.start()
for t in producers + consumers: t.join()
print("many", len(consumed), sorted(consumed) == sorted(k * 1000 + i for k in range(4) for i in range(200)))

# shutdown (3.13)
sd = queue.Queue()
sd.put(1)
sd.shutdown()
try:
    sd.put(2)
except queue.ShutDown:
    print("ShutDown on put")
print("still gets", sd.get())
try:
    sd.get()
except queue.ShutDown:
    print("ShutDown on get")
blocked = queue.Queue()
outcome = []
def blocked_get():
    try:
        blocked.get()
    except queue.ShutDown:
        outcome.append("woken by shutdown")
t = threading.Thread(target=blocked_get); t.start()
blocked.shutdown(immediate=True)
t.join()
print(outcome)
print(queue.Queue[int])

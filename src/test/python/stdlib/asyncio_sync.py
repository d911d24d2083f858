# Queues and synchronization primitives.
import asyncio


async def test_queue():
    q = asyncio.Queue()
    print(q.empty(), q.full(), q.qsize(), q.maxsize, str(q))
    for i in range(3):
        q.put_nowait(i)
    print(str(q), q.qsize())
    print([q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    bounded = asyncio.Queue(maxsize=2)
    bounded.put_nowait("a")
    bounded.put_nowait("b")
    print(bounded.full())
    try:
        bounded.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")

    # A blocked put resumes when a consumer takes an item.
    log = []

    async def producer():
        await bounded.put("c")
        log.append("put c done")

    t = asyncio.create_task(producer())
    await asyncio.sleep(0)
    log.append(f"producer waiting: {not t.done()}")
    log.append(await bounded.get())
    await t
    print(log, str(bounded))

    # Producer/consumer with task_done and join.
    work = asyncio.Queue()
    processed = []

    async def consumer(name):
        while True:
            item = await work.get()
            processed.append((name, item))
            await asyncio.sleep(0)
            work.task_done()

    consumers = [asyncio.create_task(consumer(f"c{i}")) for i in range(2)]
    for i in range(6):
        await work.put(i)
    await work.join()
    print(sorted(item for _, item in processed), work.empty())
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    try:
        work.task_done()
    except ValueError as e:
        print(e)

    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        lifo.put_nowait(x)
        prio.put_nowait((x, f"p{x}"))
    print([lifo.get_nowait() for _ in range(3)], [prio.get_nowait() for _ in range(3)])

    # A cancelled get leaves the queue usable.
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.gather(g, return_exceptions=True)
    q.put_nowait("after cancel")
    print(await q.get(), g.cancelled())

    # shutdown (3.13)
    sq = asyncio.Queue()
    sq.put_nowait(1)
    sq.shutdown()
    print(await sq.get())
    for op in (sq.get(), sq.put(2)):
        try:
            await op
        except asyncio.QueueShutDown:
            print("QueueShutDown")
    print(asyncio.Queue[int])


async def test_lock():
    lock = asyncio.Lock()
    print(lock.locked(), "[unlocked]" in repr(lock))
    order = []

    async def critical(name):
        async with lock:
            order.append(f"{name} in")
            await asyncio.sleep(0.001)
            order.append(f"{name} out")

    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(order)
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    print(await lock.acquire(), lock.locked(), "[locked]" in repr(lock))
    lock.release()


async def test_event():
    ev = asyncio.Event()
    print(ev.is_set(), "[unset]" in repr(ev))
    woken = []

    async def waiter(i):
        await ev.wait()
        woken.append(i)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(woken)
    ev.set()
    await asyncio.gather(*tasks)
    print(woken, ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())


async def test_condition():
    cond = asyncio.Condition()
    items = []
    got = []

    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            got.append((i, items.pop(0)))

    tasks = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for n in range(3):
        async with cond:
            items.append(n)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print(got)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)

    flags = []

    async def waits():
        async with cond:
            flags.append(await cond.wait())

    tasks = [asyncio.create_task(waits()) for _ in range(2)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(flags)


async def test_semaphore():
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
        return i

    print(await asyncio.gather(*(limited(i) for i in range(6))), peak)
    print(sem.locked(), "unlocked, value:2" in repr(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    print(bs.locked())
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)


async def test_barrier():
    barrier = asyncio.Barrier(3)
    arrived = []

    async def party(i):
        await asyncio.sleep(i * 0.001)
        arrived.append(i)
        pos = await barrier.wait()
        return pos

    print(sorted(await asyncio.gather(*(party(i) for i in range(3)))), sorted(arrived))
    print(barrier.parties, barrier.n_waiting, barrier.broken)


async def main():
    await test_queue()
    await test_lock()
    await test_event()
    await test_condition()
    await test_semaphore()
    await test_barrier()

asyncio.run(main())

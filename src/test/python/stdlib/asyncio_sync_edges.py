# Edge cases of queues and synchronization primitives: shutdown, cancellation, barriers.
import asyncio
async def main():
    # Queue shutdown with waiting getters and putters
    q = asyncio.Queue(1)
    async def getter():
        try:
            return await q.get()
        except asyncio.QueueShutDown:
            return "get shutdown"
    gs = [asyncio.create_task(getter()) for _ in range(2)]
    await asyncio.sleep(0)
    q.shutdown()
    print(await asyncio.gather(*gs))
    q = asyncio.Queue(1)
    q.put_nowait(1)
    async def putter():
        try:
            await q.put(2)
            return "put ok"
        except asyncio.QueueShutDown:
            return "put shutdown"
    p = asyncio.create_task(putter())
    await asyncio.sleep(0)
    q.shutdown(immediate=True)
    print(await p, q.qsize(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueShutDown:
        print("get_nowait shutdown")
    q = asyncio.Queue()
    q.put_nowait(1); q.put_nowait(2)
    q.shutdown(immediate=True)
    await q.join()
    print("join returned", q._unfinished_tasks if hasattr(q, "_unfinished_tasks") else None)
    # Condition.wait cancelled re-acquires the lock
    cond = asyncio.Condition()
    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("waiter cancelled, locked:", cond.locked())
                raise
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cond locked after:", cond.locked())
    # Barrier abort and reset
    b = asyncio.Barrier(3)
    async def party():
        try:
            return await b.wait()
        except asyncio.BrokenBarrierError:
            return "broken"
    ps = [asyncio.create_task(party()) for _ in range(2)]
    await asyncio.sleep(0)
    print(b.n_waiting, repr(b).split("[")[1])
    await b.abort()
    print(await asyncio.gather(*ps), b.broken, repr(b).split("[")[1])
    await b.reset()
    print(b.broken, b.n_waiting)
    b = asyncio.Barrier(2)
    ps = [asyncio.create_task(party())]
    await asyncio.sleep(0)
    await b.reset()
    print(await asyncio.gather(*ps))
    async with asyncio.Barrier(1) as pos:
        print("barrier ctx", pos)
    # Semaphore: cancel a waiter that was already woken
    sem = asyncio.Semaphore(0)
    async def acq():
        await sem.acquire()
        return "acquired"
    t1 = asyncio.create_task(acq()); t2 = asyncio.create_task(acq())
    await asyncio.sleep(0)
    sem.release()
    t1.cancel()
    print(await asyncio.gather(t1, t2, return_exceptions=True), sem._value, sem.locked())
    # Lock: cancel the woken waiter passes the lock on
    lock = asyncio.Lock()
    await lock.acquire()
    async def lk(n):
        async with lock:
            return n
    a = asyncio.create_task(lk("a")); b2 = asyncio.create_task(lk("b"))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    print(await asyncio.gather(a, b2, return_exceptions=True), lock.locked())
    # Event wait cancelled
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(len(ev._waiters))
    # timeout_at with expired in nested: when()
    async with asyncio.timeout_at(None) as cm:
        print(cm.when(), cm.expired())
    # Queue with a cancelled getter lets the next getter through
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get()); g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("only")
    g1.cancel()
    res = await asyncio.gather(g1, g2, return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res], q.qsize())
asyncio.run(main())

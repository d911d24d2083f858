# Ordering guarantees of the loop: callbacks, tasks, futures, locks, queues.
import asyncio
log = print

async def ticks(name, n):
    for i in range(n):
        log(name, i)
        await asyncio.sleep(0)
    return name

async def main():
    # interleaving of tasks and callbacks
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "cb1")
    t1 = asyncio.create_task(ticks("A", 3))
    loop.call_soon(log, "cb2")
    t2 = asyncio.create_task(ticks("B", 2))
    log("main before await")
    await asyncio.sleep(0)
    log("main after sleep0")
    print(await asyncio.gather(t1, t2))
    # Done callbacks order relative to awaiting task
    f = loop.create_future()
    f.add_done_callback(lambda _: log("done cb 1"))
    async def waiter():
        log("waiter got", await f)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    f.add_done_callback(lambda _: log("done cb 2"))
    f.set_result("R")
    log("set_result returned")
    await w
    # cancel a task waiting on a future cancels the future
    f = loop.create_future()
    async def wait_f():
        try:
            await f
        except asyncio.CancelledError as e:
            log("wait_f cancelled", e.args, f.cancelled())
            raise
    t = asyncio.create_task(wait_f())
    await asyncio.sleep(0)
    t.cancel("M")
    log("f cancelled immediately:", f.cancelled())
    await asyncio.gather(t, return_exceptions=True)
    try:
        t.result()
    except asyncio.CancelledError as e:
        log("result raises", e.args)
    # Cancel twice / cancel in finally
    async def double():
        try:
            await asyncio.sleep(10)
        finally:
            log("double finally, cancelling =", asyncio.current_task().cancelling())
            await asyncio.sleep(0)
            log("double after sleep in finally")
    t = asyncio.create_task(double())
    await asyncio.sleep(0)
    t.cancel(); t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    log(type(r[0]).__name__)
    # wait_for where inner ignores cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log("stubborn ignoring")
        return "stubborn result"
    try:
        log("wait_for ->", await asyncio.wait_for(stubborn(), 0.01))
    except TimeoutError:
        log("TimeoutError")
    # gather with a failing child leaves others running
    async def slow():
        await asyncio.sleep(0.5)
        log("slow finished anyway")
        return 1
    async def fail():
        raise RuntimeError("fail")
    s = asyncio.create_task(slow())
    try:
        await asyncio.gather(s, fail())
    except RuntimeError:
        log("gather error; s done?", s.done())
    await s
    # Lock with a cancelled waiter
    lock = asyncio.Lock()
    await lock.acquire()
    async def locker(n):
        async with lock:
            log("locker", n)
    ts = [asyncio.create_task(locker(i)) for i in range(3)]
    await asyncio.sleep(0)
    ts[1].cancel()
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    log([t.cancelled() for t in ts])
    # Semaphore fairness
    sem = asyncio.Semaphore(0)
    async def acq(n):
        await sem.acquire()
        log("acq", n)
    ts = [asyncio.create_task(acq(i)) for i in range(3)]
    await asyncio.sleep(0)
    sem.release(); sem.release(); sem.release()
    await asyncio.gather(*ts)
    # Event wakes in order
    ev = asyncio.Event()
    async def ew(n):
        await ev.wait(); log("ew", n)
    ts = [asyncio.create_task(ew(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    # Queue ordering of getters
    q = asyncio.Queue()
    async def getter(n):
        log("getter", n, await q.get())
    ts = [asyncio.create_task(getter(i)) for i in range(3)]
    await asyncio.sleep(0)
    for i in "xyz":
        q.put_nowait(i)
    await asyncio.gather(*ts)
    # shield inside wait_for
    inner = asyncio.create_task(asyncio.sleep(0.3, "inner done"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        log("shielded timeout; inner cancelled?", inner.cancelled())
    log(await inner)
    # nested TaskGroups with error in inner
    async def failer():
        await asyncio.sleep(0)
        raise ValueError("inner fail")
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(ticks("O", 3))
            async with asyncio.TaskGroup() as inner_tg:
                inner_tg.create_task(failer())
                inner_tg.create_task(ticks("I", 5))
    except* ValueError as eg:
        log("outer caught", repr(eg.exceptions))
    # TaskGroup: task created with an exception after body exit
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(ticks("T", 2))
    log(t.result())
    # current_task inside callbacks is None
    loop.call_soon(lambda: log("current in callback:", asyncio.current_task()))
    await asyncio.sleep(0)
    # as_completed with a failing one
    async def quick_fail():
        raise KeyError("qf")
    for c in asyncio.as_completed([quick_fail(), asyncio.sleep(0.02, "ok")]):
        try:
            log("as_completed", await c)
        except KeyError as e:
            log("as_completed err", e)
    # timeout reschedule extends
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 1)
        await asyncio.sleep(0.02)
    log("rescheduled ok", cm.expired())
    # wait returning immediately for done futures
    f1 = loop.create_future(); f1.set_result(1)
    done, pending = await asyncio.wait([f1])
    log(len(done), len(pending))
    # run_until_complete with a future from another loop
    other = asyncio.new_event_loop()
    fo = other.create_future()
    try:
        await fo
    except RuntimeError as e:
        log("other loop:", "attached to a different loop" in str(e))
    other.close()
    # Yielding a bare non-future
    class Bad:
        def __await__(self):
            yield 42
    try:
        await Bad()
    except RuntimeError as e:
        log(e)

asyncio.run(main())

# Error messages and edge cases of loops, tasks and the combinators.
import asyncio
def show(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)
loop = asyncio.new_event_loop()
show("ruc int", lambda: loop.run_until_complete(5))
class Aw:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "awaited"
show("ruc awaitable", lambda: loop.run_until_complete(Aw()))
lock = asyncio.Lock()
async def use_lock():
    async with lock:
        await asyncio.sleep(0)
show("lock loop1", lambda: loop.run_until_complete(use_lock()))
loop2 = asyncio.new_event_loop()
async def contend():
    await lock.acquire()
    try:
        t = asyncio.ensure_future(lock.acquire())
        await asyncio.sleep(0)
        return t.done()
    finally:
        pass
show("lock loop2", lambda: loop2.run_until_complete(contend()))
loop2.close()
show("sleep no loop", lambda: asyncio.run(asyncio.sleep(0, "r")))
async def noloop():
    return 1
c = noloop()
show("create_task no loop", lambda: asyncio.create_task(c))
c.close()
show("wait_for neg", lambda: loop.run_until_complete(asyncio.wait_for(asyncio.sleep(1), -1)))
async def waitcase():
    t = asyncio.ensure_future(asyncio.sleep(1))
    done, pending = await asyncio.wait({t}, timeout=0.01)
    t.cancel()
    return len(done), len(pending)
show("wait timeout", lambda: loop.run_until_complete(waitcase()))
async def qcase():
    q = asyncio.Queue(2)
    await q.put(1)
    return str(q), q.full(), q.maxsize
show("queue", lambda: loop.run_until_complete(qcase()))
show("Semaphore bad", lambda: asyncio.BoundedSemaphore(-2))
show("Barrier bad", lambda: asyncio.Barrier(0))
async def agen_ok():
    async def ag():
        yield 1
    return [x async for x in ag()]
show("agen", lambda: loop.run_until_complete(agen_ok()))
async def tg_twice():
    tg = asyncio.TaskGroup()
    async with tg:
        pass
    async with tg:
        pass
show("tg twice", lambda: loop.run_until_complete(tg_twice()))
async def timeout_outside():
    cm = asyncio.timeout(1)
    loop.call_soon(lambda: None)
    return repr(cm)
show("timeout repr", lambda: loop.run_until_complete(timeout_outside()))
show("wait bad", lambda: loop.run_until_complete(asyncio.wait(set())))
async def gather_excs():
    async def f(i):
        if i % 2: raise ValueError(i)
        return i
    return await asyncio.gather(*(f(i) for i in range(4)), return_exceptions=True)
show("gather excs", lambda: loop.run_until_complete(gather_excs()))
async def cancel_gather_inner():
    async def forever():
        await asyncio.sleep(10)
    g = asyncio.gather(forever(), forever())
    await asyncio.sleep(0)
    g.cancel("gmsg")
    try:
        await g
    except asyncio.CancelledError as e:
        return ("cancelled", e.args)
show("cancel gather msg", lambda: loop.run_until_complete(cancel_gather_inner()))
async def shield_cancel_inner():
    inner = asyncio.ensure_future(asyncio.sleep(10))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        return ("outer cancelled", outer.cancelled())
show("shield inner cancel", lambda: loop.run_until_complete(shield_cancel_inner()))
async def uncancel_flow():
    t = asyncio.current_task()
    t.cancel()
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        n = t.uncancel()
    await asyncio.sleep(0)
    return ("survived", n, t.cancelling())
show("uncancel", lambda: loop.run_until_complete(uncancel_flow()))
async def ret_in_cancel():
    t = asyncio.current_task()
    t.cancel()
    return "returned"
show("cancel then return", lambda: loop.run_until_complete(ret_in_cancel()))
show("loop close", lambda: loop.close())
show("ruc closed", lambda: loop.run_until_complete(noloop()))

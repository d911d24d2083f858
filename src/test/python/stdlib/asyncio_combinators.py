# gather, wait, wait_for, as_completed, shield.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name


async def test_gather():
    print(await asyncio.gather())
    print(await asyncio.gather(job("a", 0.03), job("b", 0.01), job("c", 0.02)))
    print(await asyncio.gather(job("a", 0.01), job("b", 0.02, fail=True),
                               return_exceptions=True))
    try:
        await asyncio.gather(job("a", 0.02), job("b", 0.01, fail=True))
    except ValueError as e:
        print("gather raised", e)
    # The same coroutine object twice runs once.
    c = job("same", 0)
    print(await asyncio.gather(c, c))
    # A cancelled child with return_exceptions appears as CancelledError.
    t = asyncio.create_task(job("slow", 10))
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, t.cancel, "stop it")
    res = await asyncio.gather(t, job("fast", 0.02), return_exceptions=True)
    print([type(r).__name__ for r in res], res[0].args, res[1])
    # Without return_exceptions the cancellation propagates.
    t = asyncio.create_task(job("slow", 10))
    loop.call_later(0.01, t.cancel)
    try:
        await asyncio.gather(t, job("fast", 0.02))
    except asyncio.CancelledError:
        print("gather cancelled by child")
    # Cancelling the gather cancels the children.
    children = [asyncio.create_task(job(n, 10)) for n in "xy"]
    g = asyncio.gather(*children)
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", [c.cancelled() for c in children])
    # Futures mix with coroutines.
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "future")
    print(await asyncio.gather(f, job("coro", 0.02)))


async def test_wait():
    tasks = [asyncio.create_task(job(n, d)) for n, d in
             (("w1", 0.3), ("w2", 0), ("w3", 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(job("e1", 0.01, fail=True)),
             asyncio.create_task(job("e2", 5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print([str(t.exception()) for t in done], len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    for bad in ([], job("c", 0)):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
        finally:
            if asyncio.iscoroutine(bad):
                bad.close()
    c = job("c", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    c.close()
    try:
        await asyncio.wait([asyncio.sleep(0)], return_when="SOMETIMES")
    except ValueError as e:
        print(e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


async def test_wait_for():
    print(await asyncio.wait_for(job("quick", 0.01), timeout=1))
    print(await asyncio.wait_for(job("no timeout", 0.01), timeout=None))
    try:
        await asyncio.wait_for(job("slow", 1), timeout=0.01)
    except TimeoutError as e:
        print("wait_for timed out", type(e).__name__, type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(job("zero", 1), timeout=0)
    except TimeoutError:
        print("zero timeout")
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, timeout=0))

    cleaned = []

    async def cleanup():
        try:
            await asyncio.sleep(1)
        finally:
            cleaned.append("cleanup ran")
    try:
        await asyncio.wait_for(cleanup(), 0.01)
    except TimeoutError:
        print(cleaned)


async def test_as_completed():
    coros = [job("ac3", 0.2), job("ac1", 0), job("ac2", 0.1)]
    for next_done in asyncio.as_completed(coros):
        print("plain", await next_done)
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("t2", 0.1), ("t1", 0))]
    async for t in asyncio.as_completed(tasks):
        print("async", t in tasks, t.result())
    try:
        for next_done in asyncio.as_completed([job("late", 1)], timeout=0.01):
            await next_done
    except TimeoutError:
        print("as_completed timeout")
    try:
        asyncio.as_completed(job("x", 0))
    except TypeError as e:
        print(e)


async def test_shield():
    inner = asyncio.create_task(job("shielded", 0.2))
    outer = asyncio.shield(inner)
    asyncio.get_running_loop().call_soon(outer.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled:", inner.cancelled())
    print(await inner)
    print(await asyncio.shield(job("plain shield", 0)))


async def main():
    await test_gather()
    await test_wait()
    await test_wait_for()
    await test_as_completed()
    await test_shield()

asyncio.run(main())

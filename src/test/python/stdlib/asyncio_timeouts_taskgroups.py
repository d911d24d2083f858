# asyncio.timeout / timeout_at and TaskGroup.
import asyncio


async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    if fail is not None:
        raise fail
    return name


async def test_timeout():
    async with asyncio.timeout(1) as cm:
        print(repr(cm).startswith("<Timeout [active] when="), cm.expired())
        await asyncio.sleep(0)
    print(repr(cm), cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await job("slow", 10)
    except TimeoutError as e:
        print("timed out", cm.expired(), repr(cm), type(e.__cause__).__name__)
    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        loop = asyncio.get_running_loop()
        cm.reschedule(loop.time() + 5)
        print(cm.when() > loop.time())
        cm.reschedule(None)
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("deadline in the past")
    # The timeout does not swallow other exceptions.
    try:
        async with asyncio.timeout(1):
            raise KeyError("inner")
    except KeyError as e:
        print("KeyError passes", e)
    # Nested timeouts: the inner one expires.
    try:
        async with asyncio.timeout(5):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner expired")
            print("outer continues")
    except TimeoutError:
        print("unexpected")
    # Cancellation from outside is not turned into TimeoutError.
    async def cancelled_inside():
        async with asyncio.timeout(5):
            await asyncio.sleep(10)
    t = asyncio.create_task(cancelled_inside())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancel stays CancelledError")
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print(e)
    async with cm:
        pass
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print(e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print(e)
    print(asyncio.Timeout)


async def test_taskgroup():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("tg1", 0.02))
        t2 = tg.create_task(job("tg2", 0.01), name="named")
        print(repr(tg))
    print(t1.result(), t2.result(), t2.get_name(), repr(tg))

    # One failure cancels the siblings; errors come out as an ExceptionGroup.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("long", 10))
            tg.create_task(job("bad", 0.01, fail=ValueError("boom")))
            await asyncio.sleep(10)
    except* ValueError as eg:
        print("except* ValueError:", type(eg).__name__, eg.message,
              [repr(e) for e in eg.exceptions])

    # Several failures are collected.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("bad1", 0, fail=ValueError(1)))
            tg.create_task(job("bad2", 0, fail=TypeError(2)))
    except ExceptionGroup as eg:
        print(sorted(repr(e) for e in eg.exceptions))

    # An error in the body itself is included and cancels the tasks.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("waiting", 10))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print([repr(e) for e in eg.exceptions])

    # Creating tasks after exit is refused.
    try:
        tg.create_task(job("late", 0))
    except RuntimeError as e:
        print(str(e).endswith("is finished"))
    tg2 = asyncio.TaskGroup()
    c = job("x", 0)
    try:
        tg2.create_task(c)
    except RuntimeError as e:
        print(str(e).endswith("has not been entered"))

    # Cancelling the parent task cancels the group's tasks and propagates.
    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("child", 10))
            await asyncio.sleep(10)
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled")

    # Tasks may be added from inside running tasks.
    results = []
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            results.append("spawner")
            tg.create_task(job("spawned", 0.01))
        tg.create_task(spawner())
    print(results)

    # timeout around a TaskGroup
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(asyncio.sleep(10))
                tg.create_task(asyncio.sleep(10))
    except TimeoutError:
        print("TaskGroup timed out")


async def main():
    await test_timeout()
    await test_taskgroup()

asyncio.run(main())

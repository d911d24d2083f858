# Tasks: scheduling order, names, cancellation, current_task/all_tasks.
import asyncio

log = []


async def worker(name, delay, result=None):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return result if result is not None else name


async def main():
    t1 = asyncio.create_task(worker("one", 0.05))
    t2 = asyncio.create_task(worker("two", 0), name="second")
    print(t1.get_name().startswith("Task-"), t2.get_name())
    t2.set_name(12)
    print(repr(t2.get_name()))
    print(t1.done(), t2.done())
    print(await t1, await t2)
    print(log)
    print(t1.done(), t1.result(), t1.exception(), t1.cancelled())
    print(asyncio.iscoroutine(t1.get_coro()), t1.get_context() is not None)

    # current_task and all_tasks
    me = asyncio.current_task()
    print(isinstance(me, asyncio.Task), me in asyncio.all_tasks())
    t3 = asyncio.create_task(worker("three", 0.01))
    print(len(asyncio.all_tasks()), t3 in asyncio.all_tasks())
    await t3
    print(len(asyncio.all_tasks()))

    # Cancellation: CancelledError is thrown in at the await.
    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            print("sleeper cancelled with", e.args)
            raise
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("please"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", e.args)
    print(t.cancelled(), t.done(), t.cancel())

    # Cancelling before the task starts: it never runs.
    t = asyncio.create_task(worker("never", 0))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start;", "never start" in log)

    # A task that swallows cancellation finishes normally.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "ignored"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

    # uncancel
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("cancelling", t.cancelling(), t.uncancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("still cancelled")

    # Exceptions escaping tasks.
    async def fails():
        await asyncio.sleep(0)
        raise KeyError("k")
    t = asyncio.create_task(fails())
    try:
        await t
    except KeyError as e:
        print("task raised", repr(e))
    print(repr(t.exception()))

    # Task done callbacks
    seen = []
    t = asyncio.create_task(worker("cb", 0))
    t.add_done_callback(lambda fut: seen.append(fut.result()))
    await t
    await asyncio.sleep(0)
    print(seen)

    # set_result is refused
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print(e)

    # Task requires a coroutine
    try:
        asyncio.create_task(worker)
    except TypeError as e:
        print("TypeError", str(e).startswith("a coroutine was expected, got"))

    # sleep with result, sleep(0) yields to other tasks
    print(await asyncio.sleep(0.001, result="slept"))
    order = []

    async def step(n):
        for i in range(3):
            order.append((n, i))
            await asyncio.sleep(0)
    await asyncio.gather(step("a"), step("b"))
    print(order)

    # ensure_future
    fut = asyncio.ensure_future(worker("ensured", 0))
    print(isinstance(fut, asyncio.Task), await fut)
    f2 = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f2) is f2)
    f2.cancel()
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(e)

    # Awaiting itself
    async def selfish():
        await asyncio.current_task()
    t = asyncio.create_task(selfish())
    try:
        await t
    except RuntimeError as e:
        print(str(e).startswith("Task cannot await on itself"))

    # Tasks run in a copy of the context.
    print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(print),
          asyncio.iscoroutine(worker("x", 0)), asyncio.iscoroutine(1))
    return "main result"

print(asyncio.run(main()))
print(asyncio.run(main(), debug=True))
try:
    asyncio.run(42)
except ValueError as e:
    print(e)


# Tasks still pending at the end of asyncio.run are cancelled.
async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("leftover cancelled at shutdown")
        raise
    finally:
        print("leftover finally")


async def main2():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    return "main2 done"

print(asyncio.run(main2()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)

# Eager tasks run until their first suspension inside create_task.
async def eager_main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    out = []

    async def quick():
        out.append("quick ran")
        return 5
    t = asyncio.create_task(quick())
    out.append(f"after create done={t.done()}")
    print(out, await t)
    loop.set_task_factory(None)

asyncio.run(eager_main())

# asyncio.Runner
with asyncio.Runner() as runner:
    print(runner.run(worker("r1", 0)))
    print(runner.run(worker("r2", 0)))
    print(isinstance(runner.get_loop(), asyncio.AbstractEventLoop))
try:
    runner.run(worker("r3", 0))
except RuntimeError as e:
    print(e)

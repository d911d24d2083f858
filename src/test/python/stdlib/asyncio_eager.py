# Eager tasks (eager_task_factory): they run to their first suspension inside create_task.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    order = []
    async def quick(n):
        order.append(f"quick {n} start, current is self: {asyncio.current_task() is not None}")
        return n
    async def slow(n):
        order.append(f"slow {n} start")
        await asyncio.sleep(0)
        order.append(f"slow {n} end")
        return n
    t1 = asyncio.create_task(quick(1))
    order.append(f"t1 done: {t1.done()} {t1.result()}")
    t2 = asyncio.create_task(slow(2), name="S")
    order.append(f"t2 done: {t2.done()} name {t2.get_name()} in all_tasks {t2 in asyncio.all_tasks()}")
    print(t1 in asyncio.all_tasks(), t1.get_coro())
    await t2
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(quick(3))
        b = tg.create_task(slow(4))
    print(a.result(), b.result())
    print("\n".join(order))
    r = await asyncio.gather(quick(5), slow(6))
    print(r)
    loop.set_task_factory(None)
    print(loop.get_task_factory())
asyncio.run(main())

# Async generators driven by the event loop, and their shutdown.
import asyncio
import sys


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def with_cleanup(name):
    try:
        yield f"{name}-1"
        await asyncio.sleep(0)
        yield f"{name}-2"
    finally:
        await asyncio.sleep(0)
        print(f"{name} cleanup ran")


async def main():
    print([x async for x in ticker(3, 0)])
    total = 0
    async for x in ticker(4, 0.001):
        total += x
    print("total", total)
    # Comprehension with condition and await inside the generator.
    print([x * 2 async for x in ticker(5, 0) if x % 2])
    # Explicit aclose runs the finally block (which may await).
    g = with_cleanup("explicit")
    print(await g.__anext__())
    await g.aclose()
    # asend/athrow
    async def echo():
        received = None
        while True:
            try:
                received = yield received
            except ValueError as e:
                received = f"caught {e}"
    e = echo()
    print(await e.asend(None), await e.asend("hello"), await e.athrow(ValueError("v")))
    await e.aclose()
    # A generator left suspended is closed by asyncio.run's shutdown_asyncgens.
    leftover = with_cleanup("leftover")
    print(await leftover.__anext__())
    # anext() builtin and aiter()
    t = ticker(2, 0)
    print(await anext(t), await anext(t), await anext(t, "default"))
    # Async generators in tasks
    async def consume(name):
        return [f"{name}{x}" async for x in ticker(3, 0)]
    print(await asyncio.gather(consume("a"), consume("b")))
    print("main done")

asyncio.run(main())
print("after run")
print(sys.get_asyncgen_hooks())


async def shutdown_explicit():
    loop = asyncio.get_running_loop()
    g = with_cleanup("manual")
    await g.__anext__()
    await loop.shutdown_asyncgens()
    print("after shutdown_asyncgens")

loop = asyncio.new_event_loop()
loop.run_until_complete(shutdown_explicit())
loop.close()

# reprs of futures, tasks, handles and the synchronization primitives.
import asyncio


def clean(s):
    # Hide this file's path and object addresses.
    s = s.replace(__file__, "FILE")
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            i += 2
            while i < len(s) and s[i] in "0123456789abcdef":
                i += 1
            out.append("ADDR")
        else:
            out.append(s[i])
            i += 1
    return "".join(out)
async def job():
    await asyncio.sleep(0.01)
    return 3
async def bad():
    raise ValueError("x")
def cb(fut): pass
async def main():
    t = asyncio.create_task(job(), name="J")
    print(clean(repr(t)))
    await asyncio.sleep(0)
    print(clean(repr(t)))
    await t
    print(clean(repr(t)))
    t = asyncio.create_task(job())
    t.cancel()
    print(clean(repr(t)))
    try: await t
    except asyncio.CancelledError: pass
    print(clean(repr(t)))
    t = asyncio.create_task(bad(), name="B")
    try: await t
    except ValueError: pass
    print(clean(repr(t)))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(cb)
    print(clean(repr(f)))
    f.add_done_callback(cb); f.add_done_callback(print)
    print(clean(repr(f)))
    f.set_result("a" * 100)
    print(clean(repr(f)))
    h = loop.call_soon(cb, 1)
    print(clean(repr(h)))
    h.cancel()
    print(clean(repr(h)))
    h = loop.call_later(1, cb, 1)
    print(clean(repr(h)).split("=")[0])
    h.cancel()
    print(clean(repr(h)).split("=")[0])
    print(clean(repr(asyncio.Lock())), clean(repr(asyncio.Semaphore(2))), clean(repr(asyncio.Event())), clean(repr(asyncio.Condition())))
    print(clean(repr(asyncio.Queue())), str(asyncio.Queue(3)))
    print(clean(repr(asyncio.Barrier(2))))
    got = []
    loop.set_exception_handler(lambda l, ctx: got.append(sorted(ctx)))
    loop.call_soon(bad_cb)
    await asyncio.sleep(0)
    print(got)
    print(loop.get_exception_handler() is not None)
def bad_cb():
    raise KeyError(1)
asyncio.run(main())

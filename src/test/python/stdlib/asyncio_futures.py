# Future states, results, callbacks and error messages; loop basics.
import asyncio

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())


def show(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, type(e).__name__, e)


f = loop.create_future()
print(repr(f), f.done(), f.cancelled())
show("result pending", f.result)
show("exception pending", f.exception)
f.set_result(42)
print(repr(f), f.done(), f.result(), f.exception())
show("set twice", lambda: f.set_result(1))
show("set_exception done", lambda: f.set_exception(ValueError()))
print(f.get_loop() is loop)

f = loop.create_future()
f.set_exception(ValueError("bad"))
print(repr(f))
show("result exc", f.result)
print(repr(f.exception()))

f = loop.create_future()
f.set_exception(KeyError)
print(repr(f.exception()))

f = loop.create_future()
f.set_exception(StopIteration(5))
e = f.exception()
print(type(e).__name__, e, type(e.__cause__).__name__)
show("set_exception non-exc", lambda: loop.create_future().set_exception(3))

f = loop.create_future()
print(f.cancel("stop"), f.cancel(), f.cancelled(), f.done(), repr(f))
try:
    f.result()
except asyncio.CancelledError as exc:
    print("cancelled:", exc.args)
try:
    f.exception()
except asyncio.CancelledError as exc:
    print("cancelled exception():", exc.args)
print(issubclass(asyncio.CancelledError, BaseException),
      issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.InvalidStateError, Exception))

# Callbacks run soon, in registration order, with the future as argument.
log = []
f = loop.create_future()


def cb(name):
    def inner(fut):
        log.append((name, fut.result()))
    return inner


a, b, c = cb("a"), cb("b"), cb("c")
f.add_done_callback(a)
f.add_done_callback(b)
f.add_done_callback(a)
f.add_done_callback(c)
print("removed", f.remove_done_callback(a), f.remove_done_callback(a))
f.set_result("x")
print("before run", log)
loop.call_soon(loop.stop)
loop.run_forever()
print("after run", log)

# A callback added after completion is also scheduled.
f.add_done_callback(cb("late"))
loop.call_soon(loop.stop)
loop.run_forever()
print(log)

# call_soon order, call_later order, arguments, Handle.cancel.
order = []
now = loop.time()
loop.call_at(now + 0.03, order.append, "later3")
loop.call_at(now + 0.01, order.append, "later1")
h = loop.call_at(now + 0.02, order.append, "later2")
loop.call_soon(order.append, "soon1")
h2 = loop.call_soon(order.append, "soon-cancelled")
loop.call_soon(order.append, "soon2")
h2.cancel()
h.cancel()
print(h.cancelled(), h2.cancelled())
loop.call_at(now + 0.05, loop.stop)
loop.run_forever()
print(order)

t0 = loop.time()
th = loop.call_at(t0 + 10, print)
print(type(th).__name__, th.when() == t0 + 10)
th.cancel()



async def coro_fn():
    return 1


show("call_later None", lambda: loop.call_later(None, print))
show("call_at None", lambda: loop.call_at(None, print))

# run_until_complete with a future and a coroutine.
f = loop.create_future()
loop.call_later(0.01, f.set_result, "done!")
print(loop.run_until_complete(f))
print(loop.run_until_complete(coro_fn()))


async def boom():
    raise ValueError("from coroutine")

try:
    loop.run_until_complete(boom())
except ValueError as e:
    print("raised", e)


# stop before the future completes
async def forever():
    await loop.create_future()

loop.call_later(0.01, loop.stop)
try:
    loop.run_until_complete(forever())
except RuntimeError as e:
    print(e)

print(asyncio.isfuture(f), asyncio.isfuture(1), asyncio.isfuture(asyncio.Future))


async def inside():
    try:
        loop.run_until_complete(coro_fn())
    except RuntimeError as e:
        print(e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print(e)
    try:
        loop.close()
    except RuntimeError as e:
        print(e)
    print(loop.is_running(), asyncio.get_running_loop() is loop,
          asyncio.get_event_loop() is loop)
    c = coro_fn()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    finally:
        c.close()

loop.run_until_complete(inside())
for t in asyncio.all_tasks(loop):
    t.cancel()
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print(loop.is_closed())
show("closed call_soon", lambda: loop.call_soon(print))
show("closed run", lambda: loop.run_forever())
loop.close()
show("no running loop", asyncio.get_running_loop)

# contextvars: ContextVar, Token, Context, copy_context, and tasks' contexts.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="dflt")
other = contextvars.ContextVar("other")
print(var.name, var.get(), var.get("arg"))
try:
    other.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
print(other.get(None), other.get(5))

tok = var.set("one")
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
tok2 = var.set("two")
print(var.get(), tok2.old_value)
var.reset(tok2)
print(var.get())
try:
    var.reset(tok2)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
try:
    other.reset(tok)
except ValueError as e:
    print("ValueError", "created by a different ContextVar" in str(e))
var.reset(tok)
print(var.get())

ctx = contextvars.copy_context()
print(type(ctx).__name__, var in ctx, len(ctx))
var.set("outer")
ctx2 = contextvars.copy_context()
print(var in ctx2, ctx2[var], ctx2.get(var), ctx2.get(other, "none"), list(ctx2.keys()) == [var])


def inside(x):
    var.set("inside")
    other.set(x)
    return var.get(), other.get()

print(ctx2.run(inside, 7))
print(var.get(), other.get("unset"))
print(ctx2[var], ctx2[other], sorted(v for v in ctx2.values() if isinstance(v, str)))
try:
    ctx2.run(ctx2.run, print)
except RuntimeError as e:
    print("RuntimeError", "is already entered" in str(e))
try:
    ctx2[1]
except TypeError as e:
    print("TypeError")
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print(e)
try:
    contextvars.Token()
except RuntimeError as e:
    print(e)
print(contextvars.ContextVar[int])

# Each task runs in a copy of the context current when it was created.
request = contextvars.ContextVar("request", default=None)


async def handler(name, delay):
    request.set(name)
    await asyncio.sleep(delay)
    return f"{name} sees {request.get()}"


async def main():
    request.set("main")
    results = await asyncio.gather(handler("a", 0.002), handler("b", 0.001))
    print(results, request.get())
    ctx = contextvars.copy_context()
    ctx.run(request.set, "custom")
    t = asyncio.create_task(handler_peek(), context=ctx)
    print(await t)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(request.get()), context=ctx)
    print(await fut)

async def handler_peek():
    return request.get()

asyncio.run(main())
print(request.get())

# async def / await driven manually with .send(None); no event loop.

def run(coro):
    """Drive a coroutine to completion, printing what it yields."""
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  loop got:", yielded)
        value = f"reply-to-{yielded}"

class Suspend:
    """An awaitable that yields its tag once and returns what was sent back."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        reply = yield self.tag
        return reply

# --- case: coroutine without suspension
async def plain():
    return 42
c = plain()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

# --- case: awaiting a custom awaitable
async def waits():
    r1 = await Suspend("first")
    r2 = await Suspend("second")
    return [r1, r2]
print(run(waits()))

# --- case: awaiting other coroutines
async def add(a, b):
    await Suspend(f"add {a}+{b}")
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
print(run(compute()))

# --- case: exceptions propagate through await
async def fails():
    await Suspend("before failure")
    raise ValueError("coroutine failed")
async def catches():
    try:
        await fails()
    except ValueError as e:
        return f"caught {e}"
print(run(catches()))

# --- case: throw into a suspended coroutine
async def throw_target():
    try:
        await Suspend("waiting")
    except KeyError as e:
        return f"handled {e!r}"
c = throw_target()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

# --- case: close a suspended coroutine runs finally
async def closable():
    try:
        await Suspend("open")
    finally:
        print("coroutine finally")
c = closable()
c.send(None)
c.close()

# --- case: coroutine properties without repr
async def props():
    await Suspend("p")
c = props()
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_suspended)
c.send(None)
print(type(c.cr_await).__name__, c.cr_suspended)
c.close()
print(c.cr_frame, c.cr_suspended)

# --- case: reusing a finished coroutine
c = plain()
try:
    c.send(None)
except StopIteration:
    pass
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# --- case: awaiting a non-awaitable
async def bad_await():
    await 5
c = bad_await()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __await__ returning a non-iterator
class BadAwaitable:
    def __await__(self):
        return 1
async def bad2():
    await BadAwaitable()
try:
    bad2().send(None)
except TypeError as e:
    print(type(e).__name__, e)

# --- case: coroutine type checks and flags
async def f(): pass
co = f()
print(f.__code__.co_flags & 0x80 != 0, hasattr(co, "__await__"), hasattr(co, "__next__"))
co.close()

# --- case: await in nested expressions and comprehensions
async def sums():
    vals = [await add(i, i) for i in range(2)]
    return sum(vals) + await add(100, 0)
print(run(sums()))

# --- case: StopIteration raised inside coroutine becomes RuntimeError
async def leaks():
    raise StopIteration("x")
try:
    leaks().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

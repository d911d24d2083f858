# Async generators driven manually via __anext__().send(None), asend, athrow, aclose.

def drive(awaitable):
    """Run one awaitable to completion, printing suspensions; return its result."""
    try:
        while True:
            print("  suspended:", awaitable.send(None))
    except StopIteration as e:
        return e.value

class Tick:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        yield self.tag

# --- case: simple async generator
async def agen(n):
    for i in range(n):
        await Tick(f"tick {i}")
        yield i * 10
g = agen(2)
print(type(g).__name__, g.__name__)
print(drive(g.__anext__()))
print(drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))

# --- case: async generator without awaits completes with one send
async def quick():
    yield "a"
    yield "b"
q = quick()
try:
    q.__anext__().send(None)
except StopIteration as e:
    print("value via StopIteration:", e.value)

# --- case: asend delivers a value
async def echo():
    received = None
    while True:
        received = yield f"echo {received}"
e = echo()
print(drive(e.asend(None)))
print(drive(e.asend("hello")))
print(drive(e.asend("world")))

# --- case: athrow into async generator
async def catcher():
    try:
        yield "ready"
    except ValueError as err:
        yield f"caught {err}"
c = catcher()
print(drive(c.__anext__()))
print(drive(c.athrow(ValueError("oops"))))

# --- case: aclose runs finally
async def cleanup():
    try:
        yield 1
        yield 2
    finally:
        await Tick("in finally")
        print("  async gen finally")
cl = cleanup()
print(drive(cl.__anext__()))
print(drive(cl.aclose()))
try:
    drive(cl.__anext__())
except StopAsyncIteration:
    print("closed generator is exhausted")

# --- case: yielding inside finally during aclose is an error
async def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
drive(s.__anext__())
try:
    drive(s.aclose())
except RuntimeError as err:
    print(type(err).__name__, err)

# --- case: async for over async generator inside a coroutine
async def main():
    total = []
    async for v in agen(3):
        total.append(v)
    total.append([x async for x in quick()])
    return total
print(drive(main()))

# --- case: return with value is a syntax error in async generators
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as err:
    print(type(err).__name__, err.msg)

# --- case: StopAsyncIteration raised inside async generator becomes RuntimeError
async def leaky():
    yield 1
    raise StopAsyncIteration
l = leaky()
drive(l.__anext__())
try:
    drive(l.__anext__())
except RuntimeError as err:
    print(type(err).__name__, err)

# --- case: attributes of async generator objects
async def props():
    yield
p = props()
print(p.ag_running, p.ag_frame is not None, p.ag_await, p.__qualname__)
print(props.__code__.co_flags & 0x200 != 0)

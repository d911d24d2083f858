# async for / async with with hand-written async iterators and context managers.

def run(coro):
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  suspended:", yielded)

class Tick:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        yield self.tag

# --- case: async iterator class
class ACounter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick(f"anext {self.i}")
        self.i += 1
        return self.i
async def consume():
    out = []
    async for v in ACounter(3):
        out.append(v)
    return out
print(run(consume()))

# --- case: async for with else and break
async def with_else():
    log = []
    async for v in ACounter(2):
        log.append(v)
    else:
        log.append("else")
    async for v in ACounter(5):
        if v == 2:
            break
    else:
        log.append("not reached")
    log.append(f"broke at {v}")
    return log
print(run(with_else()))

# --- case: async comprehension
async def acomp():
    return [v * 10 async for v in ACounter(3) if v != 2]
print(run(acomp()))

# --- case: async context manager enter/exit order
class ACM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Tick(f"enter {self.name}")
        return self.name
    async def __aexit__(self, et, ev, tb):
        await Tick(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress
async def uses_cm():
    async with ACM("a") as a, ACM("b") as b:
        print("  body", a, b)
    async with ACM("s", suppress=True):
        raise ValueError("suppressed")
    try:
        async with ACM("p"):
            raise KeyError("propagates")
    except KeyError as e:
        return f"caught {e!r}"
print(run(uses_cm()))

# --- case: async with on an object lacking the protocol
class NotACM:
    def __enter__(self): pass
    def __exit__(self, *a): pass
async def bad_cm():
    async with NotACM():
        pass
try:
    run(bad_cm())
except TypeError as e:
    print(type(e).__name__, e)

# --- case: async for over a non-async iterable
async def bad_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __anext__ returning a non-awaitable
class BadANext:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def bad_anext():
    async for x in BadANext():
        pass
try:
    run(bad_anext())
except TypeError as e:
    print(type(e).__name__, e)

# --- case: async iterator with __aiter__ returning separate iterator
class AIterable:
    def __aiter__(self):
        return ACounter(2)
async def separate():
    return [v async for v in AIterable()]
print(run(separate()))

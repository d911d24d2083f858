# throw() into a suspended yield from / await whose sub-iterator catches the
# exception and returns: the value comes back through the delegating frames.

# --- case: one level of yield from, locals of the delegating frame intact
def inner():
    try:
        yield "x"
    except ValueError:
        return "caught"


def outer():
    before = "kept"
    r = yield from inner()
    return before, r


g = outer()
print(next(g))
try:
    g.throw(ValueError())
except StopIteration as e:
    print("stop", e.value)


# --- case: two levels, the middle frame has no locals
def middle():
    return (yield from inner())


def top():
    r = yield from middle()
    return r


g = top()
print(next(g))
try:
    g.throw(ValueError())
except StopIteration as e:
    print("stop", e.value)


# --- case: the sub-iterator yields again after catching
def again():
    try:
        yield 1
    except KeyError:
        yield "after KeyError"
    return "done"


def deleg():
    a = 10
    r = yield from again()
    yield a, r


g = deleg()
print(next(g), g.throw(KeyError()), next(g))

# --- case: coroutines awaiting a types.coroutine generator
import types


@types.coroutine
def suspend():
    try:
        yield "suspended"
    except ValueError:
        return "caught in generator"


async def sub():
    return await suspend()


async def main():
    local = 1
    r = await sub()
    return local, r


c = main()
print(c.send(None))
try:
    c.throw(ValueError())
except StopIteration as e:
    print("stop", e.value)


# --- case: async with around the await
class Manager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        print("exit", exc[0])


async def with_manager():
    async with Manager():
        return await sub()


c = with_manager()
print(c.send(None))
try:
    c.throw(ValueError())
except StopIteration as e:
    print("stop", e.value)

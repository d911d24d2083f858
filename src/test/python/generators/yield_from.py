# yield from: delegation, return values, send/throw/close forwarding.

# --- case: yield from iterables
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))

# --- case: return value of subgenerator
def sub():
    yield 1
    yield 2
    return "sub result"
def outer():
    r = yield from sub()
    yield f"got {r}"
print(list(outer()))

# --- case: send delegated to subgenerator
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def delegator():
    result = yield from acc()
    yield f"final {result}"
d = delegator()
print(next(d), d.send(5), d.send(10), d.send(None))

# --- case: throw delegated to subgenerator
def inner_catch():
    try:
        yield "inner running"
    except ValueError as e:
        yield f"inner caught {e}"
    return "inner done"
def wrapper():
    r = yield from inner_catch()
    yield f"wrapper got {r}"
w = wrapper()
print(next(w), w.throw(ValueError("x")), next(w))

# --- case: close delegated to subgenerator
def inner_close():
    try:
        yield 1
    finally:
        print("inner finally")
def outer_close():
    try:
        yield from inner_close()
    finally:
        print("outer finally")
g = outer_close()
next(g)
g.close()

# --- case: exception from subgenerator propagates to delegator
def failing():
    yield 1
    raise KeyError("sub failed")
def handling():
    try:
        yield from failing()
    except KeyError as e:
        yield f"handled {e}"
print(list(handling()))

# --- case: yield from non-iterable
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

# --- case: recursive yield from (tree traversal)
def walk(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from walk(sub)
    else:
        yield tree
print(list(walk([1, [2, [3, 4], 5], [[6]]])))

# --- case: yield from an iterator that returns value through StopIteration
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("custom value")
        return self.i
def take():
    r = yield from It()
    yield r
print(list(take()))

# --- case: yield from a list iterator: send(None) works, other values raise AttributeError
def over_list():
    yield from [1, 2]
g = over_list()
print(next(g), g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print(type(e).__name__, e)

# --- case: gi_yieldfrom
def holder():
    yield from sub()
h = holder()
print(h.gi_yieldfrom)
next(h)
print(type(h.gi_yieldfrom).__name__)

# --- case: throw GeneratorExit-derived close through nested levels
def level3():
    try:
        yield "l3"
    except GeneratorExit:
        print("level3 got GeneratorExit")
        raise
def level2():
    yield from level3()
def level1():
    yield from level2()
g = level1()
print(next(g))
g.close()

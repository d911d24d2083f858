# Generators: next, send, throw, close, states.

# --- case: simple generator and exhaustion
def count(n):
    for i in range(n):
        yield i
g = count(3)
print(type(g).__name__, next(g), next(g), next(g), next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# --- case: send values into a generator
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received
g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

# --- case: send non-None to a just-started generator
g = echo()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)

# --- case: running average coroutine
def averager():
    total, count = 0.0, 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])

# --- case: throw into a generator that catches
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield f"caught {e}"
g = catcher()
print(next(g), g.throw(ValueError("boom")), next(g))

# --- case: throw that is not caught propagates and finishes the generator
def no_catch():
    yield 1
    yield 2
g = no_catch()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "finished"))

# --- case: throw into an unstarted generator
g = no_catch()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early throw", e, next(g, "finished"))

# --- case: throw with exception type (single-arg form)
g = catcher()
next(g)
print(g.throw(ValueError))

# --- case: close runs finally and makes generator finished
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = with_finally()
next(g)
print(g.close(), next(g, "closed"))
g.close()

# --- case: close on unstarted and finished generators
g = with_finally()
g.close()
print("closed unstarted without cleanup")

# --- case: generator states via gi_ attributes
def stateful():
    yield gi_running_probe()
def gi_running_probe():
    return gen_ref.gi_running
gen_ref = stateful()
print(gen_ref.gi_frame is not None, gen_ref.gi_running, next(gen_ref), gen_ref.gi_suspended)
print(next(gen_ref, "done"), gen_ref.gi_frame, gen_ref.gi_suspended)

# --- case: generator already executing
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# --- case: return value in generator and yield as expression
def ret():
    x = yield
    y = yield x * 2
    return x + y
g = ret()
next(g)
print(g.send(5))
try:
    g.send(7)
except StopIteration as e:
    print("return value", e.value)

# --- case: generator names
def named(): yield
print(named().__name__, named().__qualname__, named.__code__.co_flags & 0x20 != 0)

# --- case: infinite generator with islice-like consumption
def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for v in naturals():
    if v > 5:
        break
    out.append(v)
print(out)

# GeneratorExit handling and PEP 479.

# --- case: catching GeneratorExit and returning quietly
def quiet():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return "ignored"
g = quiet()
next(g)
print(g.close())

# --- case: yielding after GeneratorExit is a RuntimeError
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# --- case: raising another exception from GeneratorExit handler propagates
def raiser():
    try:
        yield
    except GeneratorExit:
        raise ValueError("during close")
g = raiser()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e)

# --- case: GeneratorExit is not caught by except Exception
def broad():
    try:
        yield 1
    except Exception:
        print("never")
    finally:
        print("finally on close")
g = broad()
next(g)
g.close()

# --- case: throwing GeneratorExit explicitly
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("explicit GeneratorExit")
        raise
g = gen()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated to caller")

# --- case: PEP 479: StopIteration inside generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("leaked")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

# --- case: PEP 479 with next() on an exhausted iterator inside generator
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# --- case: StopIteration subclass also converted
class MyStop(StopIteration): pass
def sub_stop():
    raise MyStop
    yield
try:
    next(sub_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# --- case: return inside generator is fine
def early():
    yield 1
    return
    yield 2
print(list(early()))

# --- case: StopIteration caught inside the generator is fine
def caught_inside():
    try:
        next(iter([]))
    except StopIteration:
        yield "handled"
print(list(caught_inside()))

# --- case: finally of a suspended generator runs on explicit close only
def finalize():
    try:
        yield 1
    finally:
        print("finalized")
g = finalize()
next(g)
print("before close")
g.close()
print("after close")

# --- case: close is idempotent and throw after close
def simple():
    yield 1
g = simple()
next(g)
g.close()
g.close()
try:
    g.throw(ValueError("after close"))
except ValueError as e:
    print(type(e).__name__, e)

"""contextlib: contextmanager, suppress, closing, nullcontext, ExitStack, redirect_*, async variants."""
import contextlib
import sys
from contextlib import (contextmanager, asynccontextmanager, suppress, closing, aclosing,
                        nullcontext, ExitStack, AsyncExitStack, redirect_stdout, redirect_stderr,
                        ContextDecorator, AbstractContextManager)


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("coroutine suspended")


# --- case: contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as exc:
    print("propagated", exc)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as exc:
        print("swallowed", repr(exc))


with swallow():
    raise KeyError("k")
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


attempt("no yield", lambda: no_yield().__enter__())


def use_two():
    with two_yields():
        pass


attempt("two yields", use_two)


@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2


print(decorated(4), decorated(5))
print(tag.__name__, tag("x").__doc__ is None)


@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise RuntimeError("converted")


def convert():
    with reraise_other():
        1 / 0


attempt("converted", convert)


@contextmanager
def stop_inside():
    yield


def raise_stop():
    with stop_inside():
        raise StopIteration("inner")


attempt("StopIteration passes", raise_stop)

# --- case: suppress
with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
with suppress():
    pass
attempt("not suppressed", lambda: [suppress(KeyError).__enter__(), 1][1])


def suppress_other():
    with suppress(KeyError):
        raise ValueError("v")


attempt("other passes", suppress_other)


def suppress_group():
    with suppress(KeyError):
        raise ExceptionGroup("g", [KeyError(1), ValueError(2)])


try:
    suppress_group()
except ExceptionGroup as eg:
    print("group left", eg.exceptions)
with suppress(KeyError):
    raise ExceptionGroup("g", [KeyError(1)])
print("whole group suppressed")


# --- case: closing and nullcontext
class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as res:
    print("using", type(res).__name__)
with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

# --- case: ExitStack
with ExitStack() as stack:
    for name in ["a", "b"]:
        print("entered", stack.enter_context(tag(name)))
    stack.callback(print, "callback", 1)

    @stack.push
    def exit_hook(exc_type, exc, tb):
        print("exit hook", exc_type)
print("stack done")

with ExitStack() as stack:
    stack.callback(print, "never run")
    moved = stack.pop_all()
print("moved still pending")
moved.close()


def suppressing_stack():
    with ExitStack() as stack:
        stack.push(lambda *exc: True)
        raise KeyError("gone")
    return "suppressed by stack"


attempt("stack suppress", suppressing_stack)


def chained():
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("first")


try:
    chained()
except ZeroDivisionError as exc:
    print("chained", type(exc.__context__).__name__)
attempt("enter non-cm", lambda: ExitStack().enter_context(5))

# --- case: redirect_stdout and redirect_stderr


class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass


sink = Sink()
with redirect_stdout(sink) as target:
    print("hidden", 1)
print("captured", "".join(sink.parts).split(), target is sink)
err = Sink()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print("err captured", err.parts[:1])


# --- case: ContextDecorator and AbstractContextManager
class traced(ContextDecorator):
    def __enter__(self):
        print("enter traced")
        return self
    def __exit__(self, *exc):
        print("exit traced", exc[0])
        return False


@traced()
def work():
    print("working")


work()


class Manual:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass


print(issubclass(Manual, AbstractContextManager), isinstance(nullcontext(), AbstractContextManager), issubclass(int, AbstractContextManager))


class Ctx(AbstractContextManager):
    def __exit__(self, *a):
        return None


with Ctx() as c:
    print("default enter returns self", type(c).__name__)
print(AbstractContextManager[int])


# --- case: async variants
@asynccontextmanager
async def atag(name):
    print(f"async <{name}>")
    try:
        yield name * 2
    finally:
        print(f"async </{name}>")


async def main():
    async with atag("x") as v:
        print("async inside", v)
    async with AsyncExitStack() as stack:
        v = await stack.enter_async_context(atag("y"))
        stack.enter_context(tag("sync"))

        async def acb(msg):
            print("async callback", msg)
        stack.push_async_callback(acb, "hi")
        print("stack body", v)
    async with nullcontext("n") as n:
        print("async null", n)

    class AClose:
        async def aclose(self):
            print("aclosed")
    async with aclosing(AClose()):
        pass
    return "main done"


print(run(main()))

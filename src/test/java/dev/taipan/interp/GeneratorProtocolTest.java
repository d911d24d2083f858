package dev.taipan.interp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The generator, coroutine and async generator protocols driven by hand, compared with what
 * CPython 3.13 printed for the same programs.
 */
class GeneratorProtocolTest {
    @TempDir
    Path dir;

    /** Generators resumed after they finish, context chaining of errors the runtime raises, messages. */
    @Test
    void exhaustedGeneratorsContextsAndMessages() {
        check("""
                [1] 'end'
                StopIteration()
                [None]
                KeyError('k')
                object int can't be used in 'await' expression
                too many values to unpack (expected 2)
                """,
                """
                def g():
                    yield 1
                x = g()
                print(list(x), repr(next(x, "end")))
                try:
                    next(x)
                except StopIteration as e:
                    print(repr(e))
                def h():
                    r = yield from x
                    yield r
                print(list(h()))
                try:
                    raise KeyError("k")
                except KeyError:
                    try:
                        [][1]
                    except IndexError as e:
                        print(repr(e.__context__))
                async def c():
                    await 5
                try:
                    c().send(None)
                except TypeError as e:
                    print(e)
                try:
                    a, b = [1, 2, 3]
                except ValueError as e:
                    print(e)
                """);
    }

    /** asend/athrow/aclose awaitables on fresh, running, closed and exhausted async generators. */
    @Test
    void asyncGeneratorAwaitablesFollowTheirStateMachine() {
        check("""
                StopIteration(1)
                StopIteration()
                StopAsyncIteration()
                StopIteration()
                StopIteration()
                StopAsyncIteration()
                StopIteration()
                StopAsyncIteration()
                ValueError()
                StopAsyncIteration()
                StopIteration(1)
                StopAsyncIteration()
                StopAsyncIteration()
                StopIteration()
                StopIteration()
                None False
                StopAsyncIteration()
                RuntimeError('cannot reuse already awaited __anext__()/asend()')
                """,
                """
                async def g():
                    yield 1
                def run(aw):
                    try:
                        while True: aw.send(None)
                    except BaseException as e:
                        return repr(e)
                a = g()
                print(run(a.__anext__()))
                print(run(a.aclose()))
                print(run(a.__anext__()))
                print(run(a.aclose()))
                print(run(a.athrow(ValueError)))
                print(run(a.asend(None)))
                b = g()
                print(run(b.aclose()))
                print(run(b.__anext__()))
                c = g()
                print(run(c.athrow(ValueError)))
                print(run(c.__anext__()))
                d = g()
                print(run(d.__anext__()))
                print(run(d.__anext__()))
                print(run(d.__anext__()))
                print(run(d.athrow(ValueError)))
                print(run(d.aclose()))
                print(d.ag_await, d.ag_suspended if hasattr(d,'ag_suspended') else 'nosusp')
                x = d.__anext__()
                print(run(x)); print(run(x))
                """);
    }

    /** ag_running while an awaitable is driven, aclose() running a finally that awaits, throw() into asend. */
    @Test
    void asyncGeneratorRunningFlagAndCloseWithAwait() {
        check("""
                running True False
                t True True generator
                SI 1 False
                async_generator_athrow async_generator_asend
                fin running True
                t
                fin done
                closed StopIteration()
                cannot reuse already awaited aclose()/athrow()
                thrown caught
                KE KeyError('k')
                False None
                """,
                """
                class Tick:
                    def __await__(self):
                        v = yield "t"
                        return v
                async def ag():
                    try:
                        print("running", a.ag_running, a.ag_suspended)
                        await Tick()
                        yield 1
                    finally:
                        print("fin running", a.ag_running)
                        await Tick()
                        print("fin done")
                a = ag()
                s = a.asend(None)
                print(s.send(None), a.ag_running, a.ag_suspended, type(a.ag_await).__name__)
                try: s.send(5)
                except StopIteration as e: print("SI", e.value, a.ag_running)
                c = a.aclose()
                print(type(c).__name__, type(s).__name__)
                print(c.send(None))
                try: c.send(None)
                except StopIteration as e: print("closed", repr(e))
                try: c.send(None)
                except RuntimeError as e: print(e)
                async def ag3():
                    try:
                        await Tick()
                        yield 1
                    except ValueError:
                        yield "caught"
                b = ag3()
                s = b.__anext__(); s.send(None);\s
                try: s.throw(ValueError)
                except StopIteration as e: print("thrown", e.value)
                t = b.athrow(KeyError("k"))
                try: t.send(None)
                except KeyError as e: print("KE", repr(e))
                print(b.ag_running, b.ag_frame)
                """);
    }

    private void check(String expected, String source) {
        RunMain.Result r = RunMain.run(dir, "main.py", source);
        assertEquals("", r.stderr());
        assertEquals(expected, r.stdout());
    }
}

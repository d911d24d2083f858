package dev.taipan.interp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the {@code taipan} command prints on stderr for an uncaught exception, compared with the
 * text CPython 3.13 printed for the same programs ({@code %DIR%} stands for their folder).
 */
class TracebackTest {
    @TempDir
    Path dir;

    @Test
    void uncaughtErrorInNestedCallsDrawsAnchoredCarets() {
        check("""
                Traceback (most recent call last):
                  File "%DIR%/nested.py", line 7, in <module>
                    a(0)
                    ~^^^
                  File "%DIR%/nested.py", line 2, in a
                    return b(x) + 1
                           ~^^^
                  File "%DIR%/nested.py", line 4, in b
                    return c(x)
                  File "%DIR%/nested.py", line 6, in c
                    return 1 / x
                           ~~^~~
                ZeroDivisionError: division by zero
                """,
                "nested.py", """
                def a(x):
                    return b(x) + 1
                def b(x):
                    return c(x)
                def c(x):
                    return 1 / x
                a(0)
                """);
    }

    @Test
    void raiseFromPrintsTheCauseFirst() {
        check("""
                Traceback (most recent call last):
                  File "%DIR%/cause.py", line 3, in f
                    {}["missing"]
                    ~~^^^^^^^^^^^
                KeyError: 'missing'

                The above exception was the direct cause of the following exception:

                Traceback (most recent call last):
                  File "%DIR%/cause.py", line 6, in <module>
                    f()
                    ~^^
                  File "%DIR%/cause.py", line 5, in f
                    raise ValueError("bad value") from e
                ValueError: bad value
                """,
                "cause.py", """
                def f():
                    try:
                        {}["missing"]
                    except KeyError as e:
                        raise ValueError("bad value") from e
                f()
                """);
    }

    @Test
    void exceptionDuringHandlingPrintsTheContext() {
        check("""
                Traceback (most recent call last):
                  File "%DIR%/context.py", line 2, in <module>
                    x = [1, 2][5]
                        ~~~~~~^^^
                IndexError: list index out of range

                During handling of the above exception, another exception occurred:

                Traceback (most recent call last):
                  File "%DIR%/context.py", line 4, in <module>
                    y = undefined_name + 1
                        ^^^^^^^^^^^^^^
                NameError: name 'undefined_name' is not defined
                """,
                "context.py", """
                try:
                    x = [1, 2][5]
                except IndexError:
                    y = undefined_name + 1
                """);
    }

    @Test
    void syntaxErrorInTheMainFile() {
        check("""
                  File "%DIR%/syntax.py", line 2
                    x = (1 +
                        ^
                SyntaxError: '(' was never closed
                """,
                "syntax.py", """
                print("hi")
                x = (1 +
                def
                """);
    }

    @Test
    void syntaxErrorInAnImportedModule() {
        check("""
                Traceback (most recent call last):
                  File "%DIR%/importbad.py", line 1, in <module>
                    import badmod
                  File "%DIR%/badmod.py", line 2
                    y = = 2
                        ^
                SyntaxError: invalid syntax
                """,
                "importbad.py", """
                import badmod
                """,
                "badmod.py", """
                x = 1
                y = = 2
                """);
    }

    @Test
    void keyErrorShowsTheKeyRepr() {
        check("""
                Traceback (most recent call last):
                  File "%DIR%/keyerror.py", line 2, in <module>
                    d[("x", 1)]
                    ~^^^^^^^^^^
                KeyError: ('x', 1)
                """,
                "keyerror.py", """
                d = {"a": 1}
                d[("x", 1)]
                """);
    }

    @Test
    void notesFollowTheMessage() {
        check("""
                Traceback (most recent call last):
                  File "%DIR%/notes.py", line 4, in <module>
                    raise e
                ValueError: with notes
                first note
                second
                multiline
                """,
                "notes.py", """
                e = ValueError("with notes")
                e.add_note("first note")
                e.add_note("second\\nmultiline")
                raise e
                """);
    }

    @Test
    void exceptionGroupsAreBoxed() {
        check("""
                  + Exception Group Traceback (most recent call last):
                  |   File "%DIR%/group.py", line 17, in <module>
                  |     g()
                  |     ~^^
                  |   File "%DIR%/group.py", line 16, in g
                  |     raise ExceptionGroup("outer", [*errs, BaseExceptionGroup("nested", [KeyError(1)])])
                  | ExceptionGroup: outer (4 sub-exceptions)
                  +-+---------------- 1 ----------------
                    | Traceback (most recent call last):
                    |   File "%DIR%/group.py", line 5, in f
                    |     1 / 0
                    |     ~~^~~
                    | ZeroDivisionError: division by zero
                    |\s
                    | The above exception was the direct cause of the following exception:
                    |\s
                    | Traceback (most recent call last):
                    |   File "%DIR%/group.py", line 12, in g
                    |     f(i)
                    |     ~^^^
                    |   File "%DIR%/group.py", line 7, in f
                    |     raise TypeError("inner") from e
                    | TypeError: inner
                    | note 0
                    +---------------- 2 ----------------
                    | Traceback (most recent call last):
                    |   File "%DIR%/group.py", line 12, in g
                    |     f(i)
                    |     ~^^^
                    |   File "%DIR%/group.py", line 3, in f
                    |     raise ValueError(f"bad {i}")
                    | ValueError: bad 1
                    | note 1
                    +---------------- 3 ----------------
                    | Traceback (most recent call last):
                    |   File "%DIR%/group.py", line 5, in f
                    |     1 / 0
                    |     ~~^~~
                    | ZeroDivisionError: division by zero
                    |\s
                    | The above exception was the direct cause of the following exception:
                    |\s
                    | Traceback (most recent call last):
                    |   File "%DIR%/group.py", line 12, in g
                    |     f(i)
                    |     ~^^^
                    |   File "%DIR%/group.py", line 7, in f
                    |     raise TypeError("inner") from e
                    | TypeError: inner
                    | note 2
                    +---------------- 4 ----------------
                    | ExceptionGroup: nested (1 sub-exception)
                    +-+---------------- 1 ----------------
                      | KeyError: 1
                      +------------------------------------
                """,
                "group.py", """
                def f(i):
                    if i == 1:
                        raise ValueError(f"bad {i}")
                    try:
                        1 / 0
                    except ZeroDivisionError as e:
                        raise TypeError("inner") from e
                def g():
                    errs = []
                    for i in range(3):
                        try:
                            f(i)
                        except Exception as e:
                            e.add_note(f"note {i}")
                            errs.append(e)
                    raise ExceptionGroup("outer", [*errs, BaseExceptionGroup("nested", [KeyError(1)])])
                g()
                """);
    }

    @Test
    void nameErrorSuggestsAName() {
        check("""
                Traceback (most recent call last):
                  File "%DIR%/name.py", line 2, in <module>
                    print(lenght)
                          ^^^^^^
                NameError: name 'lenght' is not defined. Did you mean: 'length'?
                """,
                "name.py", """
                length = 5
                print(lenght)
                """);
    }

    @Test
    void nameErrorSuggestsAnImport() {
        check("""
                Traceback (most recent call last):
                  File "%DIR%/forgot.py", line 1, in <module>
                    print(math.pi)
                          ^^^^
                NameError: name 'math' is not defined. Did you forget to import 'math'?
                """,
                "forgot.py", """
                print(math.pi)
                """);
    }

    @Test
    void attributeErrorSuggestsAnAttribute() {
        check("""
                Traceback (most recent call last):
                  File "%DIR%/attr.py", line 3, in <module>
                    P().valeu
                AttributeError: 'P' object has no attribute 'valeu'. Did you mean: 'value'?
                """,
                "attr.py", """
                class P:
                    def __init__(self): self.value = 1
                P().valeu
                """);
    }

    @Test
    void importErrorSuggestsAName() {
        check("""
                Traceback (most recent call last):
                  File "%DIR%/imp.py", line 1, in <module>
                    from mymod import helpr
                ImportError: cannot import name 'helpr' from 'mymod' (%DIR%/mymod.py). Did you mean: 'helper'?
                """,
                "imp.py", """
                from mymod import helpr
                """,
                "mymod.py", """
                def helper():
                    pass
                """);
    }

    @Test
    void recursionFoldsRepeatedFrames() {
        check("""
                Traceback (most recent call last):
                  File "%DIR%/recursion.py", line 3, in <module>
                    r(0)
                    ~^^^
                  File "%DIR%/recursion.py", line 2, in r
                    return r(n + 1)
                  File "%DIR%/recursion.py", line 2, in r
                    return r(n + 1)
                  File "%DIR%/recursion.py", line 2, in r
                    return r(n + 1)
                  [Previous line repeated 996 more times]
                RecursionError: maximum recursion depth exceeded
                """,
                "recursion.py", """
                def r(n):
                    return r(n + 1)
                r(0)
                """);
    }

    @Test
    void binaryOperationOverSeveralLines() {
        check("""
                Traceback (most recent call last):
                  File "%DIR%/multiline.py", line 3, in <module>
                    z = (x +
                         ~~^
                         y)
                         ~
                TypeError: unsupported operand type(s) for +: 'int' and 'str'
                """,
                "multiline.py", """
                x = 1
                y = "a"
                z = (x +
                     y)
                """);
    }

    /**
     * Writes {@code nameAndSource} pairs into the temporary folder, runs the first as the main
     * program and compares what it printed on stderr.
     */
    private void check(String expected, String... nameAndSource) {
        Path folder = dir.toAbsolutePath().normalize();
        String stderr = RunMain.run(folder, nameAndSource).stderr();
        assertEquals(expected.replace("%DIR%", folder.toString()), stderr);
    }
}

package dev.taipan.compile;

import dev.taipan.parse.SyntaxErrorException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * One case per compile-time error: message and position as python3.13 reports them
 * ({@code compile(src, '<s>', 'exec')}: lineno, offset, end_lineno, end_offset).
 */
class CompilerErrorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            return 1                                                   | 'return' outside function | 1 | 1 | 1 | 9
            break                                                      | 'break' outside loop | 1 | 1 | 1 | 6
            continue                                                   | 'continue' not properly in loop | 1 | 1 | 1 | 9
            await x                                                    | 'await' outside function | 1 | 1 | 1 | 8
            def f():\\n    await x                                     | 'await' outside async function | 2 | 5 | 2 | 12
            yield 1                                                    | 'yield' outside function | 1 | 1 | 1 | 8
            async def f():\\n    yield 1\\n    return 2                | 'return' with value in async generator | 3 | 5 | 3 | 13
            async def f():\\n    yield from x                          | 'yield from' inside async function | 2 | 5 | 2 | 17
            async with x: pass                                         | 'async with' outside async function | 1 | 1 | 1 | 19
            async for x in y: pass                                     | 'async for' outside async function | 1 | 1 | 1 | 23
            def f():\\n    [x async for x in y]                        | asynchronous comprehension outside of an asynchronous function | 2 | 5 | 2 | 25
            try:\\n    pass\\nexcept:\\n    pass\\nexcept ValueError:\\n    pass | default 'except:' must be last | 3 | 1 | 4 | 9
            *a = 1                                                     | starred assignment target must be in a list or tuple | 1 | 1 | 1 | 3
            *a, *b = 1                                                 | multiple starred expressions in assignment | 1 | 1 | 1 | 7
            print(*a)\\n*a                                             | can't use starred expression here | 2 | 1 | 2 | 3
            match x:\\n    case _:\\n        pass\\n    case 1:\\n        pass | wildcard makes remaining patterns unreachable | 2 | 10 | 2 | 11
            match x:\\n    case y:\\n        pass\\n    case 1:\\n        pass | name capture 'y' makes remaining patterns unreachable | 2 | 10 | 2 | 11
            match x:\\n    case [a, a]:\\n        pass                   | multiple assignments to name 'a' in pattern | 2 | 14 | 2 | 15
            "match x:\\n    case [a] | [b]:\\n        pass"              | alternative patterns bind different names | 2 | 10 | 2 | 19
            for x in y:\\n    try:\\n        pass\\n    except* E:\\n        break | 'break', 'continue' and 'return' cannot appear in an except* block | 5 | 9 | 5 | 14
            def f():\\n    try:\\n        pass\\n    except* E:\\n        return | 'break', 'continue' and 'return' cannot appear in an except* block | 5 | 9 | 5 | 15
            f(a=1, a=2)                                                | keyword argument repeated: a | 1 | 8 | 1 | 11
            x = 1\\nfrom __future__ import annotations                 | from __future__ imports must occur at the beginning of the file | 2 | 1 | 2 | 35
            """)
    void reportsCPythonsMessageAndPosition(String source, String message, int line, int offset, int endLine,
                                           int endOffset) {
        String src = source.strip().replace("\\n", "\n") + "\n";
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> Compiler.compile(src, "<s>", Compiler.Mode.EXEC));
        assertEquals(message, e.msg());
        assertEquals(line, e.lineno(), "line");
        assertEquals(offset, e.offset(), "offset");
        assertEquals(endLine, e.endLineno(), "end line");
        assertEquals(endOffset, e.endOffset(), "end offset");
    }
}

package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Syntax errors: each sample's exception class, message, and start and end position as CPython
 * 3.13's {@code compile()} reports them ({@code e.msg}, {@code e.lineno}, {@code e.offset},
 * {@code e.end_lineno}, {@code e.end_offset}).
 */
class ParserErrorTest {
    private static Arguments error(String source, String kind, String msg, int line, int offset,
                                   int endLine, int endOffset) {
        return Arguments.of(source, kind, msg, line, offset, endLine, endOffset);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
            error("f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4),
            error("1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2),
            error("for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6),
            error("(1, 2) = x", "SyntaxError", "cannot assign to literal", 1, 2, 1, 3),
            error("x = f() = 1", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8),
            error("print \"a\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10),
            error("print \"a\", b", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 13),
            error("exec \"x\"", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 9),
            error("(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
            error("[a b]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
            error("f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6),
            error("{a b}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5),
            error("a b", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
            error("if x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9),
            error("while x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12),
            error("f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10),
            error("f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10),
            error("f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 6, 1, 10),
            error("def f(a=1, b): pass", "SyntaxError", "parameter without a default follows parameter with a default", 1, 12, 1, 13),
            error("lambda a=1, b: 0", "SyntaxError", "parameter without a default follows parameter with a default", 1, 13, 1, 14),
            error("[*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4),
            error("{**a for a in b}", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 2, 1, 4),
            error("f\"{a!x}\"", "SyntaxError", "f-string: invalid conversion character 'x': expected 's', 'r', or 'a'", 1, 6, 1, 7),
            error("f\"{}\"", "SyntaxError", "f-string: valid expression required before '}'", 1, 4, 1, 5),
            error("f\"{a b}\"", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 4, 1, 7),
            error("foo(", "SyntaxError", "'(' was never closed", 1, 4, 1, 0),
            error("x = (1,\ny = 2", "SyntaxError", "'(' was never closed", 1, 5, 1, 0),
            error("if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5),
            error("for x in y:\npass", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 5),
            error("while x:\npass", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 2, 5),
            error("def f():\npass", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 5),
            error("class C:\npass", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 5),
            error("with a:\npass", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 5),
            error("try:\npass", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 2, 5),
            error("try:\n    pass\nexcept:\npass", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 5),
            error("try:\n    pass\nexcept* E:\npass", "IndentationError", "expected an indented block after 'except*' statement on line 3", 4, 1, 4, 5),
            error("try:\n    pass\nfinally:\npass", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 5),
            error("if x:\n    pass\nelse:\npass", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 5),
            error("if x:\n    pass\nelif y:\npass", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1, 4, 5),
            error("match x:\ncase 1: pass", "IndentationError", "expected an indented block after 'match' statement on line 1", 2, 1, 2, 5),
            error("match x:\n    case 1:\n    pass", "IndentationError", "expected an indented block after 'case' statement on line 2", 3, 5, 3, 9),
            error("  x", "IndentationError", "unexpected indent", 1, 2, 1, -1),
            error("if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1),
            error("(]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, 1, 2),
            error(")", "SyntaxError", "unmatched ')'", 1, 1, 1, 1),
            error("if x\n    pass", "SyntaxError", "expected ':'", 1, 5, 1, 6),
            error("def f()\n    pass", "SyntaxError", "expected ':'", 1, 8, 1, 9),
            error("class C\n    pass", "SyntaxError", "expected ':'", 1, 8, 1, 9),
            error("while x\n    pass", "SyntaxError", "expected ':'", 1, 8, 1, 9),
            error("for x in y\n    pass", "SyntaxError", "expected ':'", 1, 11, 1, 12),
            error("try\n    pass", "SyntaxError", "expected ':'", 1, 4, 1, 5),
            error("with x\n    pass", "SyntaxError", "expected ':'", 1, 7, 1, 8),
            error("a + 1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6),
            error("[a, 1] = 2", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6),
            error("a, f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7),
            error("f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4),
            error("a, b: int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 2),
            error("(a, b): int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 7),
            error("[a]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 4),
            error("f(): int", "SyntaxError", "illegal target for annotation", 1, 1, 1, 4),
            error("del f()", "SyntaxError", "cannot delete function call", 1, 5, 1, 8),
            error("del *a", "SyntaxError", "cannot delete starred", 1, 5, 1, 7),
            error("x = yield = 3", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10),
            error("(yield) = 1", "SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 7),
            error("True = 1", "SyntaxError", "cannot assign to True", 1, 1, 1, 5),
            error("f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15),
            error("f(True=1)", "SyntaxError", "cannot assign to True", 1, 3, 1, 8),
            error("f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7),
            error("def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8),
            error("def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13),
            error("def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 16, 1, 17),
            error("import a,", "SyntaxError", "invalid syntax", 1, 10, 1, 11),
            error("from a import b,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 18),
            error("x = 1 if y", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11),
            error("try:\n    pass\nx = 1", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2),
            error("a = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6),
            error("not x = 1", "SyntaxError", "cannot assign to expression", 1, 1, 1, 6),
            error("[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, 1, 15),
            error("{a: 1} = 1", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 7),
            error("x + 1 += 1", "SyntaxError", "'expression' is an illegal expression for augmented assignment", 1, 1, 1, 6),
            error("for x in range(10):\n    pass\n  pass", "IndentationError", "unindent does not match any outer indentation level", 3, 7, 3, -1),
            error("x = 1 +", "SyntaxError", "invalid syntax", 1, 8, 1, 9),
            error("f(**)", "SyntaxError", "invalid syntax", 1, 5, 1, 6),
            error("'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 9, 1, 10),
            error("b'a' '\\ud800'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 14, 1, 15),
            error("f'\\ud800' b''", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 14, 1, 15),
            error("else: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5),
            error("if True:\n    x = 1\n     y = 2", "IndentationError", "unexpected indent", 3, 5, 3, -1),
            error("@dec\nx = 1", "SyntaxError", "invalid syntax", 2, 1, 2, 2),
            error("f\"{lambda x: 1}\"", "SyntaxError", "f-string: lambda expressions are not allowed without parentheses", 1, 4, 1, 13),
            error("x = [\n  1,\n  2", "SyntaxError", "'[' was never closed", 1, 5, 1, 0),
            error("x = (1 2 3)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9),
            error("match x:\n    case {**rest, \"a\": 1}: pass\n", "SyntaxError", "invalid syntax", 2, 19, 2, 22)
        );
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("errors")
    void reportsLikeCPython(String source, String kind, String msg, int line, int offset, int endLine, int endOffset) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Parser.parseModule(source, "f"));
        assertEquals(kind + ": " + msg + " @" + line + ":" + offset + "-" + endLine + ":" + endOffset,
                e.kind().pythonName() + ": " + e.msg() + " @" + e.lineno() + ":" + e.offset() + "-"
                        + e.endLineno() + ":" + e.endOffset());
    }
}

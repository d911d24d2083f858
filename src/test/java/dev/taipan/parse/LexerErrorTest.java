package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lexer's errors: message, exception class and position, as CPython 3.13's {@code compile()}
 * reports them. The table is checked against CPython itself when it is available.
 */
class LexerErrorTest {
    /** One erroneous source and what CPython raises for it. */
    record Case(String source, String kind, String msg, int line, int offset, int endLine, int endOffset) {
        @Override
        public String toString() {
            return source.replace("\n", "\\n");
        }
    }

    static final List<Case> CASES = List.of(
            // strings
            new Case("'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1),
            new Case("x = '''abc\nd\n", "SyntaxError",
                    "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5),
            new Case("'ab\\'\n", "SyntaxError",
                    "unterminated string literal (detected at line 1); perhaps you escaped the end quote?", 1, 1, 1, 1),
            new Case("\"\\x4\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                    + "position 0-2: truncated \\xXX escape", 1, 1, 1, 6),
            new Case("\"\\u12\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                    + "position 0-3: truncated \\uXXXX escape", 1, 1, 1, 7),
            new Case("\"\\U1234\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                    + "position 0-5: truncated \\UXXXXXXXX escape", 1, 1, 1, 9),
            new Case("\"\\U99999999\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes "
                    + "in position 0-9: illegal Unicode character", 1, 1, 1, 13),
            new Case("\"\\N{foo}\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                    + "position 0-6: unknown Unicode character name", 1, 1, 1, 10),
            new Case("\"\\N\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                    + "position 0-1: malformed \\N character escape", 1, 1, 1, 5),
            new Case("'\\N{foo'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                    + "position 0-5: malformed \\N character escape", 1, 1, 1, 9),
            new Case("'\\N{}'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                    + "position 0-2: malformed \\N character escape", 1, 1, 1, 7),
            new Case("'\\xg'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                    + "position 0-1: truncated \\xXX escape", 1, 1, 1, 6),
            new Case("'é\\x4'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                    + "position 10-12: truncated \\xXX escape", 1, 1, 1, 7),
            new Case("'\\é\\x'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                    + "position 16-17: truncated \\xXX escape", 1, 1, 1, 7),
            new Case("b'\\x4'\n", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 1, 1, 7),
            new Case("b'é'\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1, 1, 5),
            // f-strings
            new Case("f'{x # c}'\n", "SyntaxError", "'{' was never closed", 1, 3, 1, 0),
            new Case("f'{x:a\nb}'\n", "SyntaxError",
                    "f-string: newlines are not allowed in format specifiers for single quoted f-strings", 1, 7, 1, 7),
            new Case("f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 3, 1, 3),
            new Case("f'{{}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5),
            new Case("f'{x}}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 6, 1, 6),
            new Case("f'{'\n", "SyntaxError", "f-string: expecting '}'", 1, 4, 1, 4),
            new Case("f'{x'\n", "SyntaxError", "f-string: expecting '}'", 1, 5, 1, 5),
            new Case("f'{x)}'\n", "SyntaxError", "f-string: unmatched ')'", 1, 5, 1, 5),
            new Case("f'abc\n", "SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 1, 1, 1),
            new Case("f'''abc\n", "SyntaxError", "unterminated triple-quoted f-string literal (detected at line 1)",
                    1, 1, 1, 1),
            new Case("f'{x:{y:{z:{w}}}}'\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 11, 1, 11),
            // numbers
            new Case("1_\n", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2),
            new Case("1__0\n", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2),
            new Case("x = 0_\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6),
            new Case("0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2),
            new Case("0xg\n", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2),
            new Case("0x1g\n", "SyntaxError", "invalid hexadecimal literal", 1, 3, 1, 3),
            new Case("0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 1, 3),
            new Case("0o\n", "SyntaxError", "invalid octal literal", 1, 2, 1, 2),
            new Case("x = 0o1__1\n", "SyntaxError", "invalid octal literal", 1, 8, 1, 8),
            new Case("0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 3, 1, 3),
            new Case("x=0b12\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 6, 1, 6),
            new Case("0b\n", "SyntaxError", "invalid binary literal", 1, 2, 1, 2),
            new Case("x = 0b1_\n", "SyntaxError", "invalid binary literal", 1, 8, 1, 8),
            new Case("0777\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", 1, 1, 1, 2),
            new Case("x = 0_7\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", 1, 5, 1, 7),
            new Case("1e\n", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1),
            new Case("1e+\n", "SyntaxError", "invalid decimal literal", 1, 3, 1, 3),
            new Case("x = 1.e\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6),
            new Case("1jx\n", "SyntaxError", "invalid imaginary literal", 1, 2, 1, 2),
            new Case("x = 1.5j5\n", "SyntaxError", "invalid imaginary literal", 1, 8, 1, 8),
            new Case("1abc\n", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1),
            // characters
            new Case("x = €\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 5, 1, 5),
            new Case("x = a\u00a0b\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 6, 1, 6),
            new Case("\u00a0x\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 1, 1, 1),
            new Case("\u0001\n", "SyntaxError", "invalid non-printable character U+0001", 1, 1, 1, 1),
            new Case("x = 1\n\u000b\n", "SyntaxError", "invalid non-printable character U+000B", 2, 1, 2, 1),
            new Case("a $ b\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4),
            // brackets
            new Case("(\n", "SyntaxError", "'(' was never closed", 1, 1, 1, 0),
            new Case("x = (1,\n  2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0),
            new Case("x)\n", "SyntaxError", "unmatched ')'", 1, 2, 1, 2),
            new Case("(]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, 1,
                    2),
            new Case("(\n]\n", "SyntaxError",
                    "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1),
            new Case("(".repeat(201) + "\n", "SyntaxError", "too many nested parentheses", 1, 201, 1, 201),
            // indentation and continuation lines
            new Case("if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level",
                    3, 4, 3, -1),
            new Case("if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3,
                    1, 3, 0),
            new Case("if x:\n        a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3,
                    1, 3, 0),
            new Case("if x:\n a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0),
            new Case("x = \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 6, 1, -1),
            new Case("x = \\ y\n", "SyntaxError", "unexpected character after line continuation character", 1, 6, 1,
                    0));

    static Stream<Case> cases() {
        return CASES.stream();
    }

    private static SyntaxErrorException tokenizeAll(String source) {
        return assertThrows(SyntaxErrorException.class, () -> {
            Lexer lexer = new Lexer(source, "<test>");
            while (lexer.next().kind() != TokenKind.ENDMARKER) {
                // keep reading
            }
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void errorMatchesCPython(Case c) {
        SyntaxErrorException e = tokenizeAll(c.source());
        assertEquals(c.kind() + ": " + c.msg() + " " + c.line() + ":" + c.offset() + "-" + c.endLine() + ":"
                        + c.endOffset(),
                e.kind().pythonName() + ": " + e.msg() + " " + e.lineno() + ":" + e.offset() + "-" + e.endLineno()
                        + ":" + e.endOffset());
        assertEquals("<test>", e.filename());
    }

    @Test
    void errorTextIsTheLine() {
        SyntaxErrorException e = tokenizeAll("x = 1\ny = 0o9\n");
        assertEquals("y = 0o9", e.text());
    }

    @Test
    void unclosedBracketIsMarked() {
        assertTrue(tokenizeAll("x = [1,\n").unclosedBracket());
        assertTrue(tokenizeAll("f'{x # c}'\n").unclosedBracket());
        assertFalse(tokenizeAll("x = )\n").unclosedBracket());
        assertFalse(tokenizeAll("'abc\n").unclosedBracket());
    }

    @Test
    void hugeDecimalLiteral() {
        SyntaxErrorException e = tokenizeAll("x = " + "1".repeat(4301) + "\n");
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use "
                + "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
                + "literals to avoid decimal conversion limits.", e.msg());
    }

    @Test
    void nullCharacter() {
        SyntaxErrorException e = tokenizeAll("x = 1\ny = 'a\0'\n");
        assertEquals("source code cannot contain null bytes", e.msg());
        assertEquals(2, e.lineno());
    }

    /** Checks the table itself against CPython's {@code compile()}. */
    @Test
    void tableMatchesCPython() throws Exception {
        Path python = CPython.executable();
        assumeTrue(python != null, CPython.MISSING);
        Path dir = Files.createTempDirectory("lexer-errors");
        Path script = dir.resolve("errors.py");
        Files.writeString(script, """
                import sys, warnings
                warnings.simplefilter('ignore')
                for path in sys.argv[1:]:
                    try:
                        compile(open(path, 'rb').read(), '<test>', 'exec')
                        print('OK')
                    except SyntaxError as e:
                        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, sep='|')
                """);
        List<String> command = new ArrayList<>(List.of(python.toString(), script.toString()));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Path f = dir.resolve("c" + i + ".py");
            Files.write(f, CASES.get(i).source().getBytes(StandardCharsets.UTF_8));
            files.add(f);
            command.add(f.toString());
        }
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String[] lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
        p.waitFor();
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            expected.add(c + " -> " + c.kind() + "|" + c.msg() + "|" + c.line() + "|" + c.offset() + "|" + c.endLine()
                    + "|" + c.endOffset());
            actual.add(c + " -> " + lines[i]);
        }
        for (Path f : files) {
            Files.delete(f);
        }
        Files.delete(script);
        Files.delete(dir);
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}

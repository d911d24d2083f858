package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.taipan.ast.Bytes;
import dev.taipan.ast.CodePointString;
import dev.taipan.ast.Imaginary;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Token streams, positions and literal values, per construct (expectations taken from CPython 3.13). */
class LexerTest {
    /** Tokens as "KIND text@line:col-endLine:endCol", ENDMARKER left out. */
    private static List<String> tokens(String source) {
        Lexer lexer = new Lexer(source, "<test>");
        List<String> out = new ArrayList<>();
        for (Token t = lexer.next(); t.kind() != TokenKind.ENDMARKER; t = lexer.next()) {
            out.add(t.kind() + " " + t.text().replace("\n", "\\n") + "@" + t.line() + ":" + t.col() + "-"
                    + t.endLine() + ":" + t.endCol());
        }
        return out;
    }

    private static List<TokenKind> kinds(String source) {
        Lexer lexer = new Lexer(source, "<test>");
        List<TokenKind> out = new ArrayList<>();
        for (Token t = lexer.next(); t.kind() != TokenKind.ENDMARKER; t = lexer.next()) {
            out.add(t.kind());
        }
        return out;
    }

    private static Token first(String source) {
        return new Lexer(source, "<test>").next();
    }

    private static Object value(String source) {
        return first(source).value();
    }

    @Test
    void simpleStatement() {
        assertEquals(List.of("NAME x@1:0-1:1", "EQUAL =@1:2-1:3", "NUMBER 1@1:4-1:5", "NEWLINE \\n@1:5-1:6"),
                tokens("x = 1\n"));
    }

    @Test
    void missingFinalNewlineIsSupplied() {
        assertEquals(List.of("NAME x@1:0-1:1", "NEWLINE @1:1-1:2"), tokens("x"));
        Lexer lexer = new Lexer("x", "<test>");
        lexer.next();
        lexer.next();
        Token end = lexer.next();
        assertEquals(new Token(TokenKind.ENDMARKER, "", null, 2, 0, 2, 0), end);
        assertSame(end, lexer.next());
    }

    @Test
    void emptySource() {
        assertEquals(new Token(TokenKind.ENDMARKER, "", null, 1, 0, 1, 0), first(""));
        assertEquals(List.of(), tokens("\n\n  \n# comment\n"));
    }

    @Test
    void indentAndDedent() {
        assertEquals(List.of("IF if@1:0-1:2", "NAME x@1:3-1:4", "COLON :@1:4-1:5", "NEWLINE \\n@1:5-1:6",
                "INDENT     @2:0-2:4", "NAME y@2:4-2:5", "NEWLINE \\n@2:5-2:6",
                "DEDENT @3:0-3:0", "NAME z@3:0-3:1", "NEWLINE \\n@3:1-3:2"), tokens("if x:\n    y\nz\n"));
        assertEquals(List.of(TokenKind.IF, TokenKind.NAME, TokenKind.COLON, TokenKind.NEWLINE, TokenKind.INDENT,
                TokenKind.IF, TokenKind.NAME, TokenKind.COLON, TokenKind.NEWLINE, TokenKind.INDENT, TokenKind.NAME,
                TokenKind.NEWLINE, TokenKind.DEDENT, TokenKind.DEDENT), kinds("if a:\n  if b:\n    c\n"));
    }

    @Test
    void dedentsAtEndOfFile() {
        List<String> t = tokens("if a:\n    b");
        assertEquals("NEWLINE @2:5-2:6", t.get(t.size() - 2));
        assertEquals("DEDENT @3:0-3:0", t.get(t.size() - 1));
    }

    @Test
    void tabsCountToMultiplesOfEight() {
        // A tab then a space is column 9 both times; tab-only and eight spaces would be ambiguous.
        assertEquals(List.of(TokenKind.IF, TokenKind.NAME, TokenKind.COLON, TokenKind.NEWLINE, TokenKind.INDENT,
                TokenKind.NAME, TokenKind.NEWLINE, TokenKind.NAME, TokenKind.NEWLINE, TokenKind.DEDENT),
                kinds("if a:\n\t b\n\t c\n"));
    }

    @Test
    void blankLinesCommentsAndFormFeedsAreIgnored() {
        assertEquals(List.of(TokenKind.IF, TokenKind.NAME, TokenKind.COLON, TokenKind.NEWLINE, TokenKind.INDENT,
                TokenKind.NAME, TokenKind.NEWLINE, TokenKind.NAME, TokenKind.NEWLINE, TokenKind.DEDENT),
                kinds("if a:\n    b\n\n  # comment\n\f\n    c  # trailing\n"));
        // A form feed resets the indentation count.
        assertEquals(List.of(TokenKind.NAME, TokenKind.NEWLINE), kinds("  \fx\n"));
    }

    @Test
    void bracketsJoinLines() {
        assertEquals(List.of("NAME a@1:0-1:1", "EQUAL =@1:2-1:3", "LPAR (@1:4-1:5", "NUMBER 1@1:5-1:6",
                "COMMA ,@1:6-1:7", "NUMBER 2@3:8-3:9", "RPAR )@3:9-3:10", "NEWLINE \\n@3:10-3:11"),
                tokens("a = (1,\n   # c\n        2)\n"));
    }

    @Test
    void backslashContinuation() {
        assertEquals(List.of("NAME x@1:0-1:1", "EQUAL =@1:2-1:3", "NUMBER 1@1:4-1:5", "PLUS +@1:6-1:7",
                "NUMBER 2@2:4-2:5", "NEWLINE \\n@2:5-2:6"), tokens("x = 1 + \\\n    2\n"));
    }

    @Test
    void crlfAndCrAreNewlines() {
        assertEquals(tokens("a\nb\nc\n"), tokens("a\r\nb\rc\r\n"));
    }

    @Test
    void operatorsAndKeywords() {
        assertEquals(List.of(TokenKind.ARROW, TokenKind.COLONEQUAL, TokenKind.DOUBLESTAREQUAL,
                TokenKind.DOUBLESLASHEQUAL, TokenKind.LEFTSHIFTEQUAL, TokenKind.RIGHTSHIFTEQUAL, TokenKind.ATEQUAL,
                TokenKind.NOTEQUAL, TokenKind.LESSEQUAL, TokenKind.GREATEREQUAL, TokenKind.ELLIPSIS, TokenKind.DOT,
                TokenKind.EXCLAMATION, TokenKind.TILDE, TokenKind.CIRCUMFLEXEQUAL, TokenKind.NEWLINE),
                kinds("-> := **= //= <<= >>= @= != <= >= ... . ! ~ ^=\n"));
        assertEquals(List.of(TokenKind.FALSE, TokenKind.NONE, TokenKind.TRUE, TokenKind.ASYNC, TokenKind.AWAIT,
                TokenKind.NAME, TokenKind.NAME, TokenKind.NAME, TokenKind.NAME, TokenKind.NEWLINE),
                kinds("False None True async await match case type _\n"));
        Token ne = first("<>");
        assertEquals(TokenKind.NOTEQUAL, ne.kind());
        assertEquals("<>", ne.text());
    }

    @Test
    void integers() {
        assertEquals(0L, value("0"));
        assertEquals(0L, value("0_0"));
        assertEquals(0L, value("00"));
        assertEquals(1000L, value("1_000"));
        assertEquals(31L, value("0x_1f"));
        assertEquals(15L, value("0o17"));
        assertEquals(2L, value("0b1_0"));
        assertEquals(Long.MAX_VALUE, value("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), value("9223372036854775808"));
        assertEquals(new BigInteger("ffffffffffffffff", 16), value("0xFFFFFFFFFFFFFFFF"));
    }

    @Test
    void floatsAndImaginaries() {
        assertEquals(1.0, value("1."));
        assertEquals(0.5, value(".5"));
        assertEquals(1e-3, value("1e-3"));
        assertEquals(10.01e10, value("1_0.0_1e1_0"));
        assertEquals(0.1, value("0.1"));
        assertEquals(Double.POSITIVE_INFINITY, value("1e400"));
        assertEquals(9.5, value("09.5"));
        assertEquals(new Imaginary(1.0), value("1j"));
        assertEquals(new Imaginary(1.5), value("1.5J"));
        assertEquals(new Imaginary(1000.0), value("1e3j"));
        assertEquals(new Imaginary(9.0), value("09j"));
    }

    @Test
    void numberFollowedByKeyword() {
        assertEquals(List.of("NUMBER 1@1:0-1:1", "IF if@1:1-1:3", "NUMBER 1@1:4-1:5", "ELSE else@1:5-1:9",
                "NUMBER 2@1:10-1:11", "NEWLINE \\n@1:11-1:12"), tokens("1if 1else 2\n"));
    }

    @Test
    void stringPrefixesAndQuotes() {
        for (String s : List.of("'a'", "\"a\"", "'''a'''", "\"\"\"a\"\"\"", "u'a'", "U'a'", "r'a'", "R'a'")) {
            assertEquals("a", value(s), s);
        }
        for (String s : List.of("b'a'", "B'a'", "br'a'", "rb'a'", "bR'a'", "Rb'a'", "BR'a'")) {
            assertEquals(new Bytes(new byte[] {'a'}), value(s), s);
        }
        assertEquals(List.of(TokenKind.NAME, TokenKind.STRING), kinds("ur'a'").subList(0, 2));
        assertEquals("", value("''"));
        assertEquals("", value("''''''"));
        assertEquals("a\nb", value("'''a\nb'''"));
    }

    @Test
    void escapes() {
        assertEquals("\\'\"\u0007\b\f\n\r\t\u000b", value("'\\\\\\'\\\"\\a\\b\\f\\n\\r\\t\\v'"));
        assertEquals("A\u0000\u01ff\u00ff", value("'\\101\\0\\777\\377'"));
        assertEquals("A\u00e9\uD83D\uDE00", value("'\\x41\\u00e9\\U0001F600'"));
        assertEquals("\u2022\u2014a", value("'\\N{BULLET}\\N{em dash}\\N{LATIN SMALL LETTER A}'"));
        assertEquals("\uAC00\u4E00", value("'\\N{HANGUL SYLLABLE GA}\\N{CJK UNIFIED IDEOGRAPH-4E00}'"));
        assertEquals("\u01a2\ufeff\n", value("'\\N{LATIN CAPITAL LETTER GHA}\\N{byte order mark}\\N{LINE FEED}'"));
        assertEquals("ab", value("'a\\\nb'"));
        assertEquals("\\d\\w\\", value("'\\d\\w\\\\'"));
        assertEquals("\\d", value("r'\\d'"));
        assertEquals("\\'", value("r'\\''"));
    }

    @Test
    void bytesEscapes() {
        assertArrayEquals(new byte[] {'A', 'A', '\n', (byte) 0xff, '\\', 'u', (byte) 0xff},
                ((Bytes) value("b'\\x41\\101\\n\\xff\\u\\777'")).data());
        assertArrayEquals("\\x".getBytes(StandardCharsets.US_ASCII), ((Bytes) value("rb'\\x'")).data());
    }

    @Test
    void escapedSurrogatesStayLoneCodePoints() {
        // Python: len('\\ud83d\\udc0d') == 2, and it is not '\\U0001f40d'.
        assertEquals(new CodePointString(new int[] {0xD83D, 0xDC0D}), value("'\\ud83d\\udc0d'"));
        assertEquals("\uD83D\uDC0D", value("'\\U0001f40d'"));
        assertEquals("\uD83D\uDC0D", value("'🐍'"));
        // An escaped high surrogate before a real astral character does not pair with it.
        assertEquals(new CodePointString(new int[] {0xD83D, 0x1F40D}), value("'\\ud83d🐍'"));
        assertEquals(new CodePointString(new int[] {'a', 0xDC00, '\\'}), value("'a\\U0000dc00\\\\'"));
        // A raw string keeps the escape as text.
        assertEquals("\\ud800", value("r'\\ud800'"));
    }

    @Test
    void escapedSurrogatesInFStringMiddles() {
        Lexer lexer = new Lexer("f'\\ud800{x}\\udfff'", "<test>");
        List<Object> middles = new ArrayList<>();
        for (Token t = lexer.next(); t.kind() != TokenKind.ENDMARKER; t = lexer.next()) {
            if (t.kind() == TokenKind.FSTRING_MIDDLE) {
                middles.add(t.value());
            }
        }
        assertEquals(List.of(new CodePointString(new int[] {0xD800}), new CodePointString(new int[] {0xDFFF})),
                middles);
    }

    @Test
    void unicodeIdentifiers() {
        Token t = first("ﬁ = 1");
        assertEquals("ﬁ", t.text());
        assertEquals("fi", t.value());
        assertEquals(List.of("NAME ä@1:0-1:2", "EQUAL =@1:3-1:4", "NAME µ@1:5-1:7", "NEWLINE @1:7-1:8"),
                tokens("ä = µ"));
        assertEquals("μ", first("µ").value());
    }

    @Test
    void byteColumnsAfterNonAscii() {
        assertEquals(List.of("NAME x@1:0-1:1", "EQUAL =@1:2-1:3", "STRING 'é€😀'@1:4-1:15", "NAME y@1:16-1:17",
                "NEWLINE \\n@1:17-1:18"), tokens("x = 'é€😀' y\n"));
    }

    @Test
    void fstringTokens() {
        assertEquals(List.of("FSTRING_START f\"@1:0-1:2", "FSTRING_MIDDLE a{@1:2-1:4", "FSTRING_MIDDLE b}@1:5-1:7",
                "FSTRING_MIDDLE c@1:8-1:9", "LBRACE {@1:9-1:10", "NAME x@1:10-1:11", "EXCLAMATION !@1:11-1:12",
                "NAME r@1:12-1:13", "COLON :@1:13-1:14", "FSTRING_MIDDLE >@1:14-1:15", "LBRACE {@1:15-1:16",
                "NAME w@1:16-1:17", "RBRACE }@1:17-1:18", "FSTRING_MIDDLE @1:18-1:18", "RBRACE }@1:18-1:19",
                "FSTRING_MIDDLE d@1:19-1:20", "LBRACE {@1:20-1:21", "NAME y@1:21-1:22", "EQUAL =@1:22-1:23",
                "RBRACE }@1:23-1:24", "FSTRING_END \"@1:24-1:25", "NEWLINE \\n@1:25-1:26"),
                tokens("f\"a{{b}}c{x!r:>{w}}d{y=}\"\n"));
    }

    @Test
    void fstringValues() {
        Lexer lexer = new Lexer("f'\\t{x}\\N{BULLET}' rf'\\t{x}'", "<test>");
        List<Object> middles = new ArrayList<>();
        for (Token t = lexer.next(); t.kind() != TokenKind.ENDMARKER; t = lexer.next()) {
            if (t.kind() == TokenKind.FSTRING_MIDDLE) {
                middles.add(t.value());
            }
        }
        assertEquals(List.of("\t", "\u2022", "\\t"), middles);
    }

    @Test
    void multiLineFString() {
        assertEquals(List.of("FSTRING_START f'''@1:0-1:4", "FSTRING_MIDDLE a\\n@1:4-2:0", "LBRACE {@2:0-2:1",
                "NAME x@3:2-3:3", "RBRACE }@4:0-4:1", "FSTRING_END '''@4:1-4:4", "NEWLINE \\n@4:4-4:5"),
                tokens("f'''a\n{\n  x\n}'''\n"));
    }

    @Test
    void nestedFStringsWithSameQuotes() {
        assertEquals(List.of(TokenKind.FSTRING_START, TokenKind.LBRACE, TokenKind.FSTRING_START, TokenKind.LBRACE,
                TokenKind.STRING, TokenKind.RBRACE, TokenKind.FSTRING_END, TokenKind.RBRACE, TokenKind.FSTRING_END,
                TokenKind.NEWLINE), kinds("f'{f'{'a'}'}'\n"));
    }

    @Test
    void sourceAndLineAccess() {
        Lexer lexer = new Lexer("x = 'é'\nf'{a + b=}'", "<test>");
        assertEquals("x = 'é'", lexer.line(1));
        assertEquals("f'{a + b=}'", lexer.line(2));
        assertEquals("", lexer.line(3));
        assertEquals("'é'", lexer.source(1, 4, 1, 8));
        assertEquals("a + b=", lexer.source(2, 3, 2, 9));
        assertEquals("'é'\nf", lexer.source(1, 4, 2, 1));
    }

    @Test
    void deepNestingIsAllowedUpTo200() {
        String src = "(".repeat(200) + ")".repeat(200) + "\n";
        assertEquals(401, kinds(src).size());
    }
}

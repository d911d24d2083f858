package dev.taipan.objects;

import static dev.taipan.objects.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** str: indexing by code point, the method set, %-formatting, str.format and codecs. */
class StrTest {
    /** Evaluates and returns repr of the result, or "Type: message" of the error. */
    static String ev(Supplier<PyObject> s) {
        try {
            return repr(s.get());
        } catch (PyException e) {
            return e.getMessage();
        }
    }

    static PyObject m(String self, String name, PyObject... args) {
        return Abstract.callMethod(s(self), name, args);
    }

    static PyObject pct(String fmt, PyObject args) {
        return Abstract.mod(s(fmt), args);
    }

    static final PyObject NONE = PyNone.NONE;

    @Test
    void splitting() {
        assertEquals("['a', 'b', '', 'c']", ev(() -> m("a,b,,c", "split", s(","))));
        assertEquals("['a', 'b', 'c']", ev(() -> m("  a b  c ", "split")));
        assertEquals("['a', 'b  c ']", ev(() -> m("  a b  c ", "split", NONE, i(1))));
        assertEquals("['  a b', 'c']", ev(() -> m("  a b  c ", "rsplit", NONE, i(1))));
        assertEquals("['a,b', 'c']", ev(() -> m("a,b,c", "rsplit", s(","), i(1))));
        assertEquals("ValueError: empty separator", ev(() -> m("a b", "split", s(""))));
        assertEquals("TypeError: must be str or None, not int", ev(() -> m("a", "split", i(1))));
        assertEquals("['l1', 'l2', 'l3', 'l4']", ev(() -> m("l1\nl2\r\nl3\rl4", "splitlines")));
        assertEquals("['l1\\n', 'l2\\r\\n']", ev(() -> m("l1\nl2\r\n", "splitlines", PyBool.TRUE)));
        assertEquals("'a-b'", ev(() -> m("-", "join", l(s("a"), s("b")))));
        assertEquals("TypeError: sequence item 1: expected str instance, int found",
                ev(() -> m("-", "join", l(s("a"), i(1)))));
        assertEquals("TypeError: split() takes at most 2 arguments (3 given)",
                ev(() -> m("a", "split", i(1), i(2), i(3))));
        assertEquals("TypeError: argument for split() given by name ('sep') and position (1)",
                ev(() -> Abstract.getAttr(s("a"), "split").call(new PyObject[] {s("a"), s("b")},
                        new String[] {"sep"})));
        assertEquals("TypeError: split() got an unexpected keyword argument 'x'",
                ev(() -> Abstract.getAttr(s("a"), "split").call(new PyObject[] {i(1)},
                        new String[] {"x"})));
        assertEquals("['a', 'b,c']", ev(() -> Abstract.getAttr(s("a,b,c"), "split").call(
                new PyObject[] {s(","), i(1)}, new String[] {"maxsplit"})));
    }

    @Test
    void stripFindCount() {
        assertEquals("'hi'", ev(() -> m("xxhixx", "strip", s("x"))));
        assertEquals("'hi  '", ev(() -> m("  hi  ", "lstrip")));
        assertEquals("TypeError: strip arg must be None or str", ev(() -> m("abc", "strip", i(1))));
        assertEquals("2", ev(() -> m("hello", "find", s("l"))));
        assertEquals("3", ev(() -> m("hello", "rfind", s("l"))));
        assertEquals("3", ev(() -> m("hello", "find", s("l"), i(-2))));
        assertEquals("ValueError: substring not found", ev(() -> m("hello", "index", s("z"))));
        assertEquals("ValueError: substring not found", ev(() -> m("ab", "index", s("b"), i(0), i(1))));
        assertEquals("2", ev(() -> m("hello", "count", s("l"))));
        assertEquals("6", ev(() -> m("hello", "count", s(""))));
        assertEquals("1", ev(() -> m("aaa", "count", s("aa"))));
        assertEquals("TypeError: count expected at least 1 argument, got 0", ev(() -> m("a", "count")));
        assertEquals("True", ev(() -> m("hello", "startswith", t(s("x"), s("he")))));
        assertEquals("True", ev(() -> m("hello", "startswith", s("l"), i(2))));
        assertEquals("True", ev(() -> m("hello", "endswith", s("lo"), i(0), i(5))));
        assertEquals("TypeError: startswith first arg must be str or a tuple of str, not int",
                ev(() -> m("hello", "startswith", i(1))));
        assertEquals("TypeError: tuple for startswith must only contain str, not int",
                ev(() -> m("hello", "startswith", t(i(1)))));
        assertEquals("TypeError: slice indices must be integers or None or have an __index__ method",
                ev(() -> m("hello", "find", s("l"), s("x"))));
    }

    @Test
    void replaceAndPartition() {
        assertEquals("'bba'", ev(() -> m("aaa", "replace", s("a"), s("b"), i(2))));
        assertEquals("'-a-b-c-'", ev(() -> m("abc", "replace", s(""), s("-"))));
        assertEquals("'-a-bc'", ev(() -> m("abc", "replace", s(""), s("-"), i(2))));
        assertEquals("('a', '.', 'b.c')", ev(() -> m("a.b.c", "partition", s("."))));
        assertEquals("('a.b', '.', 'c')", ev(() -> m("a.b.c", "rpartition", s("."))));
        assertEquals("('abc', '', '')", ev(() -> m("abc", "partition", s("x"))));
        assertEquals("('', '', 'abc')", ev(() -> m("abc", "rpartition", s("x"))));
        assertEquals("ValueError: empty separator", ev(() -> m("abc", "partition", s(""))));
        assertEquals("'x'", ev(() -> m("prefix_x", "removeprefix", s("prefix_"))));
        assertEquals("'x'", ev(() -> m("x.py", "removesuffix", s(".py"))));
    }

    @Test
    void caseAndPadding() {
        assertEquals("'hELLO wORLD'", ev(() -> m("Hello World", "swapcase")));
        assertEquals("'Hello World'", ev(() -> m("hello world", "title")));
        assertEquals("\"They'Re Bill'S\"", ev(() -> m("they're bill's", "title")));
        assertEquals("'Hello'", ev(() -> m("hELLO", "capitalize")));
        assertEquals("'SS'", ev(() -> m("\u00df", "upper")));
        assertEquals("'ss'", ev(() -> m("\u00df", "casefold")));
        assertEquals("'**abc***'", ev(() -> m("abc", "center", i(8), s("*"))));
        assertEquals("'   abc   '", ev(() -> m("abc", "center", i(9))));
        assertEquals("'  ab '", ev(() -> m("ab", "center", i(5))));
        assertEquals("'abc---'", ev(() -> m("abc", "ljust", i(6), s("-"))));
        assertEquals("'00042'", ev(() -> m("42", "zfill", i(5))));
        assertEquals("'-0042'", ev(() -> m("-42", "zfill", i(5))));
        assertEquals("'a   bc  d'", ev(() -> m("a\tbc\td", "expandtabs", i(4))));
        assertEquals("TypeError: The fill character must be exactly one character long",
                ev(() -> m("x", "center", i(4), s("ab"))));
        assertEquals("TypeError: ljust expected at least 1 argument, got 0", ev(() -> m("a", "ljust")));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer",
                ev(() -> m("a", "ljust", s("x"))));
        assertEquals("OverflowError: Python int too large to convert to C ssize_t",
                ev(() -> m("a", "ljust", Abstract.pow(i(2), i(70)))));
    }

    @Test
    void predicates() {
        assertEquals("True", ev(() -> m("abc", "isalpha")));
        assertEquals("True", ev(() -> m("12", "isdigit")));
        assertEquals("True", ev(() -> m("\u00b2", "isdigit")));
        assertEquals("False", ev(() -> m("\u00b2", "isdecimal")));
        assertEquals("True", ev(() -> m("\u00bd", "isnumeric")));
        assertEquals("False", ev(() -> m("", "isalpha")));
        assertEquals("True", ev(() -> m(" \t", "isspace")));
        assertEquals("True", ev(() -> m("Hello World", "istitle")));
        assertEquals("True", ev(() -> m("ABC", "isupper")));
        assertEquals("True", ev(() -> m("abc1", "isalnum")));
        assertEquals("True", ev(() -> m("_a1", "isidentifier")));
        assertEquals("False", ev(() -> m("1a", "isidentifier")));
    }

    @Test
    void translate() {
        PyDict table = new PyDict();
        table.put(i(97), s("x"));
        table.put(i(98), NONE);
        assertEquals("'xc'", ev(() -> m("abc", "translate", table)));
        PyObject maketrans = Abstract.getAttr(PyStr.TYPE, "maketrans");
        assertEquals("{97: 120, 98: 121}", ev(() -> maketrans.call(s("ab"), s("xy"))));
        assertEquals("ValueError: the first two maketrans arguments must have equal length",
                ev(() -> maketrans.call(s("ab"), s("x"))));
    }

    @Test
    void percentFormatting() {
        assertEquals("\"a 42  3.14 ab  | 'q' ff 10 FF 1.234568e+04 A\"",
                ev(() -> pct("%s %d %5.2f %-4s| %r %x %o %X %e %c",
                        t(s("a"), i(42), f(3.14159), s("ab"), s("q"), i(255), i(8), i(255),
                                f(12345.678), i(65)))));
        PyDict d = new PyDict();
        d.put(s("a"), i(1));
        d.put(s("b"), i(7));
        assertEquals("'1-007'", ev(() -> pct("%(a)s-%(b)03d", d)));
        assertEquals("TypeError: %d format: a real number is required, not str",
                ev(() -> pct("%d", s("x"))));
        assertEquals("TypeError: not enough arguments for format string",
                ev(() -> pct("%s %s", t(i(1)))));
        assertEquals("TypeError: not all arguments converted during string formatting",
                ev(() -> pct("%s", t(i(1), i(2)))));
        assertEquals("ValueError: unsupported format character 'y' (0x79) at index 1",
                ev(() -> pct("%y", i(1))));
        assertEquals("ValueError: incomplete format", ev(() -> pct("%", t())));
        assertEquals("'   ab|cd   |'", ev(() -> pct("%5s|%-5s|", t(s("ab"), s("cd")))));
        assertEquals("'+5  5'", ev(() -> pct("%+d % d", t(i(5), i(5)))));
        assertEquals("'0xff 0o10'", ev(() -> pct("%#x %#o", t(i(255), i(8)))));
        assertEquals("'abc'", ev(() -> pct("%.3s", s("abcdef"))));
        assertEquals("'3'", ev(() -> pct("%d", f(3.7))));
        assertEquals("TypeError: %x format: an integer is required, not float",
                ev(() -> pct("%x", f(3.7))));
        assertEquals("TypeError: %c requires int or char", ev(() -> pct("%c", s("ab"))));
        assertEquals("'   42'", ev(() -> pct("%*d", t(i(5), i(42)))));
        assertEquals("'-0042'", ev(() -> pct("%05d", i(-42))));
        assertEquals("'0.00e+00'", ev(() -> pct("%.2e", i(0))));
        assertEquals("'[1, 2]'", ev(() -> pct("%s", l(i(1), i(2)))));
        assertEquals("\"'\\\\xe9'\"", ev(() -> pct("%a", s("\u00e9"))));
    }

    @Test
    void strFormat() {
        assertEquals("'1 2'", ev(() -> m("{} {}", "format", i(1), i(2))));
        assertEquals("'b a'", ev(() -> m("{1} {0}", "format", s("a"), s("b"))));
        assertEquals("'5'", ev(() -> Abstract.getAttr(s("{x}"), "format").call(
                new PyObject[] {i(5)}, new String[] {"x"})));
        assertEquals("'   ab'", ev(() -> m("{:>5}", "format", s("ab"))));
        assertEquals("'2'", ev(() -> m("{0[1]}", "format", l(i(1), i(2)))));
        assertEquals("\"'a'\"", ev(() -> m("{!r}", "format", s("a"))));
        assertEquals("ValueError: cannot switch from automatic field numbering to manual field "
                + "specification", ev(() -> m("{} {1}", "format", i(1), i(2))));
        assertEquals("ValueError: Single '{' encountered in format string", ev(() -> m("{", "format")));
        assertEquals("ValueError: Single '}' encountered in format string", ev(() -> m("}", "format")));
        assertEquals("IndexError: Replacement index 2 out of range for positional args tuple",
                ev(() -> m("{2}", "format", i(1))));
        assertEquals("KeyError: 'a'", ev(() -> m("{a}", "format")));
        assertEquals("'x  '", ev(() -> Abstract.getAttr(s("{:{w}}"), "format").call(
                new PyObject[] {s("x"), i(3)}, new String[] {"w"})));
        assertEquals("'{}'", ev(() -> m("{{}}", "format")));
        assertEquals("'5'", ev(() -> m("{0.real}", "format", i(5))));
        assertEquals("'1,234,567.891'", ev(() -> m("{:,}", "format", f(1234567.891))));
        assertEquals("'-003.142'", ev(() -> m("{:08.3f}", "format", f(-3.14159))));
        assertEquals("'5xxx'", ev(() -> m("{:x<4d}", "format", i(5))));
        assertEquals("'  abc  '", ev(() -> Abstract.format(s("abc"), s("^7"))));
        assertEquals("'ab'", ev(() -> Abstract.format(s("abc"), s(".2"))));
        assertEquals("ValueError: Sign not allowed in string format specifier",
                ev(() -> Abstract.format(s("abc"), s("+"))));
        assertEquals("ValueError: '=' alignment not allowed in string format specifier",
                ev(() -> Abstract.format(s("abc"), s("=5"))));
    }

    @Test
    void indexingByCodePoint() {
        assertEquals("'b'", ev(() -> Abstract.getItem(s("abc"), i(1))));
        assertEquals("'c'", ev(() -> Abstract.getItem(s("abc"), i(-1))));
        assertEquals("IndexError: string index out of range", ev(() -> Abstract.getItem(s("abc"), i(5))));
        assertEquals("'bcd'", ev(() -> Abstract.getItem(s("abcdef"), new PySlice(i(1), i(4), null))));
        assertEquals("'ace'", ev(() -> Abstract.getItem(s("abcdef"), new PySlice(null, null, i(2)))));
        assertEquals("'fedcba'", ev(() -> Abstract.getItem(s("abcdef"), new PySlice(null, null, i(-1)))));
        String astral = "\uD83D\uDE00";
        assertEquals(3, Abstract.len(s(astral + "ab")));
        assertEquals("'a'", ev(() -> Abstract.getItem(s(astral + "ab"), i(1))));
        assertEquals("'b" + astral + "a'", ev(() -> Abstract.getItem(s("a" + astral + "b"),
                new PySlice(null, null, i(-1)))));
        assertEquals("1", ev(() -> m("x" + astral + "ab", "find", s("a"), i(1))).equals("2") ? "1" : "x");
        assertEquals("2", ev(() -> m("x" + astral + "ab", "find", s("a"))));
        assertEquals("TypeError: string indices must be integers, not 'float'",
                ev(() -> Abstract.getItem(s("abc"), f(1.5))));
        assertEquals("TypeError: 'in <string>' requires string as left operand, not int",
                ev(() -> PyBool.of(Abstract.contains(s("abc"), i(1)))));
        assertEquals("True", ev(() -> PyBool.of(Abstract.contains(s("abc"), s("a")))));
        assertEquals("['a', '" + astral + "']", ev(() -> PyList.of(Abstract.toArray(s("a" + astral)))));
    }

    @Test
    void reprAndCodecs() {
        assertEquals("\"a'b\"", repr(s("a'b")));
        assertEquals("'a\\'b\"'", repr(s("a'b\"")));
        assertEquals("'\\x00\\x7f\\x80\\xa0\\u200b\uD83D\uDE00'",
                repr(s("\u0000\u007f\u0080\u00a0\u200b\uD83D\uDE00")));
        assertEquals("b'\\xc3\\xa9'", ev(() -> m("\u00e9", "encode")));
        assertEquals("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: "
                + "ordinal not in range(128)", ev(() -> m("\u00e9", "encode", s("ascii"))));
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: "
                + "invalid start byte",
                ev(() -> Abstract.callMethod(new PyBytes(new byte[] {-1}), "decode")));
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe2 in position 0: "
                + "invalid continuation byte", ev(() -> Abstract.callMethod(
                        new PyBytes(new byte[] {(byte) 0xe2, 0x28, (byte) 0xa1}), "decode")));
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: "
                + "unexpected end of data", ev(() -> Abstract.callMethod(
                        new PyBytes(new byte[] {(byte) 0xe2, (byte) 0x82}), "decode")));
        assertEquals("UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in "
                + "position 0: surrogates not allowed", ev(() -> m("\ud800", "encode")));
        assertEquals("b'a???'", ev(() -> m("a\u00e9\u20ac\uD83D\uDE00", "encode", s("ascii"),
                s("replace"))));
        assertEquals("\"b'x'\"", ev(() -> Abstract.str(new PyBytes(new byte[] {'x'}))));
        assertEquals("'abc'", ev(() -> PyStr.TYPE.call(new PyBytes("abc".getBytes()), s("ascii"))));
        assertEquals("TypeError: decoding str is not supported",
                ev(() -> PyStr.TYPE.call(s("a"), s("utf-8"))));
        assertEquals("TypeError: decoding to str: need a bytes-like object, int found",
                ev(() -> PyStr.TYPE.call(i(1), s("utf-8"))));
        assertEquals("TypeError: encode() argument 'encoding' must be str, not int",
                ev(() -> m("a", "encode", i(1))));
        assertEquals("TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' "
                + "object", ev(() -> Abstract.getAttr(PyStr.TYPE, "upper").call(i(1))));
        assertEquals("TypeError: unbound method str.upper() needs an argument",
                ev(() -> Abstract.getAttr(PyStr.TYPE, "upper").call()));
    }
}

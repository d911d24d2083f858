package dev.taipan.objects;

import static dev.taipan.objects.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** int, bool, float and the number protocol, checked against CPython 3.13's output. */
class NumberTest {
    static PyInt big(String s) {
        return PyInt.of(new BigInteger(s));
    }

    static PyObject b(String text) {
        return PyStr.of(text);
    }

    static PyObject fn(PyObject o, String name, PyObject... args) {
        return Abstract.callMethod(o, name, args);
    }

    @Test
    void smallIntsAreShared() {
        assertSame(i(256), i(256));
        assertSame(i(-5), i(-5));
        assertSame(i(7), Abstract.add(i(3), i(4)));
    }

    @Test
    void intArithmeticPromotesNeverWraps() {
        assertEquals("9223372036854775808", repr(Abstract.add(i(Long.MAX_VALUE), i(1))));
        assertEquals("-9223372036854775809", repr(Abstract.sub(i(Long.MIN_VALUE), i(1))));
        assertEquals("85070591730234615847396907784232501249",
                repr(Abstract.mul(i(Long.MAX_VALUE), i(Long.MAX_VALUE))));
        assertEquals("9223372036854775808", repr(Abstract.neg(i(Long.MIN_VALUE))));
        assertEquals("9223372036854775808", repr(Abstract.floorDiv(i(Long.MIN_VALUE), i(-1))));
        assertEquals("1267650600228229401496703205376", repr(Abstract.pow(i(2), i(100))));
        assertEquals("-8", repr(Abstract.pow(i(-2), i(3))));
        assertEquals("0.25", repr(Abstract.pow(i(2), i(-2))));
        assertEquals("0.1", repr(Abstract.pow(i(10), i(-1))));
        assertEquals("9223372036854775807", repr(Abstract.sub(big("9223372036854775808"), i(1))));
        assertSame(PyInt.class, Abstract.sub(big("9223372036854775808"), i(1)).getClass());
    }

    @Test
    void floorDivisionAndModulo() {
        assertEquals("(-4, -1)", repr(Abstract.divmod(i(7), i(-2))));
        assertEquals("-4", repr(Abstract.floorDiv(i(-7), i(2))));
        assertEquals("1", repr(Abstract.mod(i(-7), i(2))));
        assertEquals("-1", repr(Abstract.mod(i(7), i(-2))));
        assertEquals("ZeroDivisionError: division by zero", error(() -> Abstract.trueDiv(i(1), i(0))));
        assertEquals("ZeroDivisionError: integer division or modulo by zero",
                error(() -> Abstract.floorDiv(i(1), i(0))));
        assertEquals("ZeroDivisionError: integer modulo by zero",
                error(() -> Abstract.mod(i(1), i(0))));
        assertEquals("ZeroDivisionError: integer division or modulo by zero",
                error(() -> Abstract.divmod(i(1), i(0))));
        assertEquals("-0.0", repr(Abstract.trueDiv(i(0), i(-5))));
        assertEquals("3.333333333333333e+29",
                repr(Abstract.trueDiv(big("1000000000000000000000000000000"), i(3))));
        assertEquals("OverflowError: integer division result too large for a float",
                error(() -> Abstract.trueDiv(Abstract.pow(i(10), i(400)), i(1))));
    }

    @Test
    void powers() {
        assertEquals("ZeroDivisionError: 0.0 cannot be raised to a negative power",
                error(() -> Abstract.pow(i(0), i(-1))));
        assertEquals("3", repr(Abstract.pow(i(2), i(-1), i(5))));
        assertEquals("ValueError: base is not invertible for the given modulus",
                error(() -> Abstract.pow(i(2), i(-1), i(4))));
        assertEquals("ValueError: pow() 3rd argument cannot be 0",
                error(() -> Abstract.pow(i(2), i(3), i(0))));
        assertEquals("-2", repr(Abstract.pow(i(2), i(3), i(-5))));
        assertEquals("TypeError: pow() 3rd argument not allowed unless all arguments are integers",
                error(() -> Abstract.pow(f(2.0), i(3), i(5))));
        assertEquals("TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'",
                error(() -> Abstract.pow(i(2), s("a"))));
        assertEquals("TypeError: unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'",
                error(() -> Abstract.pow(i(2), s("a"), i(3))));
    }

    @Test
    void shiftsAndBits() {
        assertEquals("ValueError: negative shift count", error(() -> Abstract.lshift(i(1), i(-1))));
        assertEquals("ValueError: negative shift count", error(() -> Abstract.rshift(i(1), i(-1))));
        assertEquals("1267650600228229401496703205376", repr(Abstract.lshift(i(1), i(100))));
        assertEquals("-1", repr(Abstract.rshift(i(-5), i(100))));
        assertEquals("-3", repr(Abstract.rshift(i(-5), i(1))));
        assertEquals("3", repr(fn(i(5), "bit_length")));
        assertEquals("2", repr(fn(i(-5), "bit_count")));
        assertEquals("-6", repr(Abstract.invert(i(5))));
        assertEquals("1", repr(Abstract.and(PyBool.TRUE, i(1))));
        assertEquals("False", repr(Abstract.and(PyBool.TRUE, PyBool.FALSE)));
        assertEquals("True", repr(Abstract.xor(PyBool.TRUE, PyBool.FALSE)));
        assertEquals("2", repr(Abstract.add(PyBool.TRUE, PyBool.TRUE)));
        assertEquals("-1", repr(Abstract.neg(PyBool.TRUE)));
        assertEquals("-2", repr(Abstract.invert(PyBool.TRUE)));
    }

    @Test
    void intConstructorAndParsing() {
        PyType t = PyInt.TYPE;
        assertEquals("1000", repr(t.call(s("1_000"))));
        assertEquals("ValueError: invalid literal for int() with base 10: '1__0'",
                error(() -> t.call(s("1__0"))));
        assertEquals("ValueError: invalid literal for int() with base 10: '_1'",
                error(() -> t.call(s("_1"))));
        assertEquals("ValueError: invalid literal for int() with base 10: '5_'",
                error(() -> t.call(s("5_"))));
        assertEquals("31", repr(t.call(s(" 0x1f "), i(0))));
        assertEquals("31", repr(t.call(s("0x_1f"), i(0))));
        assertEquals("ValueError: invalid literal for int() with base 0: '010'",
                error(() -> t.call(s("010"), i(0))));
        assertEquals("0", repr(t.call(s("00"), i(0))));
        assertEquals("ValueError: int() base must be >= 2 and <= 36, or 0",
                error(() -> t.call(s("12"), i(1))));
        assertEquals("TypeError: int() can't convert non-string with explicit base",
                error(() -> t.call(i(12), i(10))));
        assertEquals("TypeError: int() argument must be a string, a bytes-like object or a real "
                + "number, not 'list'", error(() -> t.call(l())));
        assertEquals("ValueError: cannot convert float NaN to integer",
                error(() -> t.call(f(Double.NaN))));
        assertEquals("OverflowError: cannot convert float infinity to integer",
                error(() -> t.call(f(Double.POSITIVE_INFINITY))));
        assertEquals("12", repr(t.call(s("\uff11\uff12"))));
        assertEquals("ValueError: invalid literal for int() with base 10: ''",
                error(() -> t.call(s(""))));
        assertEquals("12", repr(t.call(new PyBytes("12".getBytes()))));
        assertEquals("5", repr(t.call(s("0b101"), i(2))));
        assertEquals("35", repr(t.call(s("z"), i(36))));
        assertEquals("-5", repr(t.call(s("-5 "))));
        assertEquals("ValueError: invalid literal for int() with base 10: '- 5'",
                error(() -> t.call(s("- 5"))));
        assertEquals("1500000000000000078757140382806630373056702871662238732373781173267703686983"
                + "3622936795570626206717960655566657493258172654137848530406458634671882771800604"
                + "7427258080138986370560674535069218213508905342985245619991762167855845146132011"
                + "1979114170213741868888183230085264257173504208294580298189100810240",
                repr(t.call(f(1.5e300))));
        assertEquals("ValueError: Exceeds the limit (4300 digits) for integer string conversion: "
                + "value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit",
                error(() -> t.call(s("9".repeat(5000)))));
        assertEquals("ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit",
                error(() -> repr(Abstract.pow(i(10), i(5000)))));
        assertEquals("1", repr(t.call(PyBool.TRUE)));
        assertSame(PyInt.class, t.call(PyBool.TRUE).getClass());
    }

    @Test
    void toBytesFromBytes() {
        assertEquals("OverflowError: int too big to convert",
                error(() -> Abstract.getAttr(i(255), "to_bytes").call(
                        new PyObject[] {i(1), s("big"), PyBool.TRUE}, new String[] {"signed"})));
        assertEquals("OverflowError: int too big to convert",
                error(() -> fn(i(256), "to_bytes", i(1))));
        assertEquals("OverflowError: can't convert negative int to unsigned",
                error(() -> fn(i(-1), "to_bytes", i(1))));
        assertEquals("b'\\x01\\x00'", repr(fn(i(256), "to_bytes", i(2))));
        assertEquals("b'\\x00\\x01'", repr(fn(i(256), "to_bytes", i(2), s("little"))));
        assertEquals("b'\\xff'", repr(Abstract.getAttr(i(-1), "to_bytes")
                .call(new PyObject[] {i(1), s("big"), PyBool.TRUE}, new String[] {"signed"})));
        assertEquals("ValueError: byteorder must be either 'little' or 'big'",
                error(() -> fn(i(1), "to_bytes", i(1), s("x"))));
        assertEquals("ValueError: length argument must be non-negative",
                error(() -> fn(i(1), "to_bytes", i(-1))));
        assertEquals("b''", repr(fn(i(0), "to_bytes", i(0))));
        PyObject fromBytes = Abstract.getAttr(PyInt.TYPE, "from_bytes");
        assertEquals("-1", repr(fromBytes.call(new PyObject[] {new PyBytes(new byte[] {-1}),
            PyBool.TRUE}, new String[] {"signed"})));
        assertEquals("1", repr(fromBytes.call(new PyBytes(new byte[] {1, 0}), s("little"))));
        assertEquals("258", repr(fromBytes.call(l(i(1), i(2)), s("big"))));
        assertEquals("TypeError: from_bytes() missing required argument 'bytes' (pos 1)",
                error(() -> fromBytes.call()));
        assertEquals("TypeError: to_bytes() takes at most 3 keyword arguments (4 given)",
                error(() -> Abstract.getAttr(i(1), "to_bytes").call(
                        new PyObject[] {i(1), s("big"), PyBool.TRUE, i(1)},
                        new String[] {"length", "byteorder", "signed", "x"})));
    }

    @Test
    void roundHashFormat() {
        PyObject round = PyInt.TYPE.lookup("__round__");
        assertEquals("20", repr(round.call(i(15), i(-1))));
        assertEquals("20", repr(round.call(i(25), i(-1))));
        assertEquals("-20", repr(round.call(i(-25), i(-1))));
        assertEquals("5", repr(round.call(i(5), i(2))));
        assertEquals("(7, 1)", repr(fn(i(7), "as_integer_ratio")));
        assertEquals(1, Abstract.hash(Abstract.pow(i(2), i(61))));
        assertEquals(0, Abstract.hash(Abstract.add(Abstract.neg(Abstract.pow(i(2), i(61))), i(1))));
        assertEquals(-2, Abstract.hash(i(-1)));
        assertEquals(549755813888L, Abstract.hash(Abstract.pow(i(2), i(100))));
        assertEquals(-549755813888L, Abstract.hash(Abstract.neg(Abstract.pow(i(2), i(100)))));
        assertEquals("'1,234,567'", repr(Abstract.format(i(1234567), s(","))));
        assertEquals("'0xff'", repr(Abstract.format(i(255), s("#x"))));
        assertEquals("'-00000FF'", repr(Abstract.format(i(-255), s("08X"))));
        assertEquals("'+5'", repr(Abstract.format(i(5), s("+"))));
        assertEquals("'100_1101_0010'", repr(Abstract.format(i(1234), s("_b"))));
        assertEquals("'\\x0c'", repr(Abstract.format(i(12), s("c"))));
        assertEquals("'+     12'", repr(Abstract.format(i(12), s("=+8"))));
        assertEquals("'12.000000'", repr(Abstract.format(i(12), s("f"))));
        assertEquals("'1200.00%'", repr(Abstract.format(i(12), s(".2%"))));
        assertEquals("ValueError: Unknown format code 's' for object of type 'int'",
                error(() -> Abstract.format(i(12), s("s"))));
        assertEquals("ValueError: Precision not allowed in integer format specifier",
                error(() -> Abstract.format(i(12), s(".2"))));
        assertEquals("'1.000000e+20'", repr(Abstract.format(Abstract.pow(i(10), i(20)), s("e"))));
        assertEquals("'00,001,234'", repr(Abstract.format(i(1234), s("010,"))));
    }

    @Test
    void floatRepr() {
        assertEquals("1e+16", repr(f(1e16)));
        assertEquals("1e-05", repr(f(1e-5)));
        assertEquals("0.0001", repr(f(0.0001)));
        assertEquals("123456789012345.6", repr(f(123456789012345.6)));
        assertEquals("1.5e+300", repr(f(1.5e300)));
        assertEquals("-0.0", repr(f(-0.0)));
        assertEquals("nan", repr(f(Double.NaN)));
        assertEquals("-inf", repr(f(Double.NEGATIVE_INFINITY)));
        assertEquals("0.30000000000000004", repr(f(0.1 + 0.2)));
        assertEquals("5e-324", repr(f(Double.MIN_VALUE)));
        assertEquals("1.0", repr(f(1.0)));
        assertEquals("1234567.0", repr(f(1234567.0)));
        assertEquals("1e+22", repr(f(1e22)));
    }

    @Test
    void floatFormat() {
        String[][] cases = {
            {"1.5", ""}, {"1.0", ".3"}, {"1", ".3g"}, {"1234.57", ".2f"}, {"1,234.57", ",.2f"},
            {"0", ".0f"}, {"1e+16", ""}, {"1e-07", "g"}, {"1e-05", ".3"},
            {"1.23457e+08", "g"}, {"123456789", ".12g"}, {"1.000000e+00", "e"},
            {"1.00000", "#g"}, {"1.50e+00", "*>8.2e"}, {"12.50%", ".2%"}, {"12", "n"},
            {"2.", "#.0f"}, {"1.00e+02", ".2e"}, {"3.1E+00", ".1E"}, {"1.0", "_"},
            {"12_345.68", "_.2f"}, {"0.000123", ".3n"}, {"1.5e-10", ".3"}, {"   1.5    ", "^10"},
            {"-000001.50", "010.2f"}, {"1.23e+02", ".3"}, {"1e+00", ".1"}, {"0.5", ".1"},
        };
        double[] values = {1.5, 1.0, 1.0, 1234.5678, 1234.5678, 0.5, 1e16, 1e-7, 1e-5,
            123456789.0, 123456789.0, 1.0, 1.0, 1.5, 0.125, 12.0, 1.5, 100.0, 3.14, 1.0,
            12345.6789, 0.0001234, 1.5e-10, 1.5, -1.5, 123.0, 1.0, 0.5};
        for (int k = 0; k < cases.length; k++) {
            assertEquals(cases[k][0], Abstract.format(f(values[k]), s(cases[k][1])).toString(),
                    "format(" + values[k] + ", '" + cases[k][1] + "')");
        }
        assertEquals("'00000nan'", repr(Abstract.format(f(Double.NaN), s("08.2f"))));
        assertEquals("'0.0'", repr(Abstract.format(f(-0.0), s("z.1f"))));
        assertEquals("'INF'", repr(Abstract.format(f(Double.POSITIVE_INFINITY), s("F"))));
        assertEquals("ValueError: Unknown format code 'x' for object of type 'float'",
                error(() -> Abstract.format(f(1.0), s("x"))));
    }

    @Test
    void floatArithmetic() {
        assertEquals("3.0", repr(Abstract.floorDiv(f(7.5), i(2))));
        assertEquals("-4.0", repr(Abstract.floorDiv(f(-7.5), i(2))));
        assertEquals("-0.5", repr(Abstract.mod(f(7.5), i(-2))));
        assertEquals("(-4.0, 0.5)", repr(Abstract.divmod(f(-7.5), i(2))));
        assertEquals("ZeroDivisionError: float division by zero",
                error(() -> Abstract.trueDiv(f(1.0), i(0))));
        assertEquals("ZeroDivisionError: float floor division by zero",
                error(() -> Abstract.floorDiv(f(1.0), i(0))));
        assertEquals("ZeroDivisionError: float modulo by zero",
                error(() -> Abstract.mod(f(1.0), i(0))));
        assertEquals("ZeroDivisionError: float divmod()", error(() -> Abstract.divmod(f(1.0), i(0))));
        assertEquals("ZeroDivisionError: float divmod()", error(() -> Abstract.divmod(i(1), f(0.0))));
        assertEquals("OverflowError: (34, 'Numerical result out of range')",
                error(() -> Abstract.pow(f(2.0), i(1024))));
        assertEquals("0.0", repr(Abstract.pow(f(10.0), i(-400))));
        assertEquals("1.0", repr(Abstract.pow(f(0.0), i(0))));
        assertEquals("ZeroDivisionError: 0.0 cannot be raised to a negative power",
                error(() -> Abstract.pow(f(0.0), i(-1))));
        assertEquals("inf", repr(Abstract.mul(f(1e308), i(10))));
        assertEquals("inf", repr(Abstract.mod(f(-1.5), f(Double.POSITIVE_INFINITY))));
        assertEquals("-inf", repr(Abstract.mod(f(1.5), f(Double.NEGATIVE_INFINITY))));
        assertEquals("(0.0, 1.0)", repr(Abstract.divmod(f(1.0), f(Double.POSITIVE_INFINITY))));
        assertEquals("2.5", repr(Abstract.add(f(1.5), PyBool.TRUE)));
        assertEquals("1.5", repr(Abstract.trueDiv(i(3), f(2.0))));
        assertEquals("1.4142135623730951", repr(Abstract.pow(f(2.0), f(0.5))));
    }

    @Test
    void floatComparisonIsExactAgainstInts() {
        PyObject twoTo60 = Abstract.pow(i(2), i(60));
        PyObject plusOne = Abstract.add(twoTo60, i(1));
        PyObject asFloat = PyFloat.TYPE.call(twoTo60);
        assertEquals("False", repr(Abstract.richCompare(plusOne, asFloat, CompareOp.EQ)));
        assertEquals("True", repr(Abstract.richCompare(asFloat, plusOne, CompareOp.LT)));
        assertEquals("True", repr(Abstract.richCompare(f(Double.POSITIVE_INFINITY),
                Abstract.pow(i(10), i(400)), CompareOp.GT)));
        assertEquals("False", repr(Abstract.richCompare(f(Double.NaN), f(Double.NaN), CompareOp.EQ)));
        assertEquals("True", repr(Abstract.richCompare(f(1.0), i(1), CompareOp.EQ)));
        assertEquals(Abstract.hash(i(1)), Abstract.hash(f(1.0)));
    }

    @Test
    void floatMethods() {
        PyType t = PyFloat.TYPE;
        assertEquals("10.5", repr(t.call(s("1_0.5"))));
        assertEquals("1.5", repr(t.call(s(" 1.5 "))));
        assertEquals("-inf", repr(t.call(s("-Infinity"))));
        assertEquals("nan", repr(t.call(s("nan"))));
        assertEquals("ValueError: could not convert string to float: '1e'",
                error(() -> t.call(s("1e"))));
        assertEquals("ValueError: could not convert string to float: '0x1p3'",
                error(() -> t.call(s("0x1p3"))));
        assertEquals("TypeError: float() argument must be a string or a real number, not 'list'",
                error(() -> t.call(l())));
        assertEquals("OverflowError: int too large to convert to float",
                error(() -> t.call(Abstract.pow(i(10), i(400)))));
        assertEquals("'0x1.8000000000000p+0'", repr(fn(f(1.5), "hex")));
        assertEquals("'0x1.999999999999ap-4'", repr(fn(f(0.1), "hex")));
        assertEquals("'-0x0.0p+0'", repr(fn(f(-0.0), "hex")));
        PyObject fromhex = Abstract.getAttr(t, "fromhex");
        assertEquals("3.0", repr(fromhex.call(s("0x1.8p1"))));
        assertEquals("5e-324", repr(fromhex.call(s("0x1p-1074"))));
        assertEquals("inf", repr(fromhex.call(s("inf"))));
        assertEquals("ValueError: invalid hexadecimal floating-point string",
                error(() -> fromhex.call(s("x"))));
        assertEquals("(1, 2)", repr(fn(f(0.5), "as_integer_ratio")));
        assertEquals("OverflowError: cannot convert Infinity to integer ratio",
                error(() -> fn(f(Double.POSITIVE_INFINITY), "as_integer_ratio")));
        assertEquals("ValueError: cannot convert NaN to integer ratio",
                error(() -> fn(f(Double.NaN), "as_integer_ratio")));
        PyObject round = t.lookup("__round__");
        assertEquals("2", repr(round.call(f(2.5))));
        assertEquals("4", repr(round.call(f(3.5))));
        assertEquals("2.67", repr(round.call(f(2.675), i(2))));
        assertEquals("1.2", repr(round.call(f(1.25), i(1))));
        assertEquals("10.0", repr(round.call(f(12.5), i(-1))));
        assertEquals("OverflowError: cannot convert float infinity to integer",
                error(() -> round.call(f(Double.POSITIVE_INFINITY))));
        assertEquals("False", repr(fn(f(1.5), "is_integer")));
        assertEquals("True", repr(fn(f(2.0), "is_integer")));
        assertEquals(1152921504606846977L, Abstract.hash(f(1.5)));
        assertEquals(-2, Abstract.hash(f(-1.0)));
        assertEquals(314159, Abstract.hash(f(Double.POSITIVE_INFINITY)));
        assertEquals(1224995262755759164L, Abstract.hash(f(1e300)));
        assertEquals(230584300921369408L, Abstract.hash(f(0.1)));
        assertEquals(-230584300921369408L, Abstract.hash(f(-0.1)));
        assertEquals("2", repr(fn(f(2.5), "__trunc__")));
        assertEquals("-3", repr(fn(f(-2.5), "__floor__")));
        assertEquals("-2", repr(fn(f(-2.5), "__ceil__")));
        assertEquals("'IEEE, little-endian'",
                repr(Abstract.getAttr(t, "__getformat__").call(s("double"))));
    }

    @Test
    void binaryOpDispatchAndMessages() {
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'",
                error(() -> Abstract.add(i(1), s("a"))));
        assertEquals("TypeError: can only concatenate str (not \"int\") to str",
                error(() -> Abstract.add(s("a"), i(1))));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'str'",
                error(() -> Abstract.mul(l(i(1)), s("a"))));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'float'",
                error(() -> Abstract.mul(f(1.5), s("a"))));
        assertEquals("TypeError: can only concatenate list (not \"tuple\") to list",
                error(() -> Abstract.add(l(), t())));
        assertEquals("TypeError: can't concat int to bytes",
                error(() -> Abstract.add(new PyBytes(new byte[] {97}), i(1))));
        assertEquals("TypeError: '<' not supported between instances of 'int' and 'str'",
                error(() -> Abstract.richCompare(i(1), s("a"), CompareOp.LT)));
        assertEquals("TypeError: unsupported operand type(s) for +=: 'int' and 'str'",
                error(() -> Abstract.inplaceOp(BinaryOp.ADD, i(1), s("a"))));
        assertEquals("TypeError: bad operand type for unary -: 'str'",
                error(() -> Abstract.neg(s("a"))));
        assertEquals("TypeError: bad operand type for abs(): 'str'",
                error(() -> Abstract.abs(s("a"))));
        assertEquals("'aaa'", repr(Abstract.mul(i(3), s("a"))));
        assertEquals("[1, 1]", repr(Abstract.mul(i(2), l(i(1)))));
    }

    @Test
    void reflectedOperandOfSubclassGoesFirst() {
        PyType sub = TypeSystemTest.subClass("Sub", new PyObject[] {PyInt.TYPE},
                "__radd__", new TestFunction("radd", a -> s("radd")),
                "__add__", new TestFunction("add", a -> s("add")));
        PyObject x = sub.call(i(1));
        assertEquals("'radd'", repr(Abstract.add(i(1), x)));
        assertEquals("'add'", repr(Abstract.add(x, i(1))));
        PyType plain = TypeSystemTest.subClass("Plain", new PyObject[] {PyInt.TYPE});
        assertEquals("3", repr(Abstract.add(i(1), plain.call(i(2)))));
    }

    @Test
    void noneAndFriends() {
        assertEquals("None", repr(PyNone.NONE));
        assertEquals("NotImplemented", repr(PyNotImplemented.NOT_IMPLEMENTED));
        assertEquals("Ellipsis", repr(PyEllipsis.ELLIPSIS));
        assertEquals(4238894112L, Abstract.hash(PyNone.NONE));
        assertSame(PyNone.NONE, PyNone.TYPE.call());
        assertEquals("TypeError: NoneType takes no arguments", error(() -> PyNone.TYPE.call(i(1))));
        assertEquals("TypeError: 'NoneType' object is not subscriptable",
                error(() -> Abstract.getItem(PyNone.NONE, i(0))));
        assertEquals("TypeError: 'NoneType' object is not callable",
                error(() -> PyNone.NONE.call()));
        assertEquals("TypeError: 'NoneType' object is not iterable",
                error(() -> Abstract.iter(PyNone.NONE)));
        assertEquals("False", repr(PyBool.of(Abstract.isTrue(PyNone.NONE))));
        assertEquals("True", repr(PyBool.TYPE.call(s("x"))));
        assertSame(PyBool.FALSE, PyBool.TYPE.call());
    }
}

package dev.taipan.ast;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConstantReprTest {
    @Test
    void floatsPrintAsCPythonRepr() {
        assertEquals("1.0", ConstantRepr.repr(1.0));
        assertEquals("0.1", ConstantRepr.repr(0.1));
        assertEquals("0.0001", ConstantRepr.repr(0.0001));
        assertEquals("1e-05", ConstantRepr.repr(0.00001));
        assertEquals("1234567890123456.0", ConstantRepr.repr(1234567890123456.0));
        assertEquals("1e+16", ConstantRepr.repr(1e16));
        assertEquals("1.5e+300", ConstantRepr.repr(1.5e300));
        assertEquals("5e-324", ConstantRepr.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", ConstantRepr.repr(Double.MAX_VALUE));
        assertEquals("inf", ConstantRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("nan", ConstantRepr.repr(Double.NaN));
        assertEquals("-0.0", ConstantRepr.repr(-0.0));
        assertEquals("123.456", ConstantRepr.repr(123.456));
        assertEquals("0.30000000000000004", ConstantRepr.repr(0.1 + 0.2));
    }

    @Test
    void imaginaryLiteralsDropTheDecimalPoint() {
        assertEquals("1j", ConstantRepr.repr(new Imaginary(1)));
        assertEquals("1.5j", ConstantRepr.repr(new Imaginary(1.5)));
        assertEquals("1e+20j", ConstantRepr.repr(new Imaginary(1e20)));
        assertEquals("0j", ConstantRepr.repr(new Imaginary(0)));
        assertEquals("infj", ConstantRepr.repr(new Imaginary(Double.POSITIVE_INFINITY)));
    }

    @Test
    void stringsChooseQuotesAndEscapeLikeCPython() {
        assertEquals("'abc'", ConstantRepr.repr("abc"));
        assertEquals("\"it's\"", ConstantRepr.repr("it's"));
        assertEquals("'both \\' and \"'", ConstantRepr.repr("both ' and \""));
        assertEquals("'a\\nb\\tc\\\\'", ConstantRepr.repr("a\nb\tc\\"));
        assertEquals("'\\x00\\x7f\\x85'", ConstantRepr.repr("\0\u007f\u0085"));
        assertEquals("'é€😀'", ConstantRepr.repr("é€😀"));
        assertEquals("'\\u200b\\ud800'", ConstantRepr.repr("\u200b\ud800"));
        assertEquals("'\\xa0'", ConstantRepr.repr("\u00a0"));
    }

    @Test
    void loneSurrogatesPrintAsEscapes() {
        assertEquals("'\\ud83d\\udc0d'", ConstantRepr.repr(new CodePointString(new int[] {0xD83D, 0xDC0D})));
        assertEquals("\"\\ud83d🐍'\"", ConstantRepr.repr(new CodePointString(new int[] {0xD83D, 0x1F40D, '\''})));
        assertEquals("'\\udfff\\n\\\\'", new CodePointString(new int[] {0xDFFF, '\n', '\\'}).toString());
    }

    @Test
    void printabilityFollowsCPython313NotTheJdk() {
        // U+14000 was assigned in Unicode 16.0 (JDK 24+); CPython 3.13 (Unicode 15.1) escapes it.
        assertEquals("'\\U00014000'", ConstantRepr.repr(new String(Character.toChars(0x14000))));
        assertEquals("'\\u0378 \\xad'", ConstantRepr.repr("\u0378 \u00ad"));
        assertEquals("'\\U000e0001\\ue000'", ConstantRepr.repr("\uDB40\uDC01\uE000"));
    }

    @Test
    void codePointStringIsOnlyForSurrogates() {
        assertEquals("ab", CodePointString.strValue(new int[] {'a', 'b'}));
        assertEquals(new CodePointString(new int[] {0xD800}), CodePointString.strValue(new int[] {0xD800}));
        assertThrows(IllegalArgumentException.class, () -> new CodePointString(new int[] {'a'}));
        assertArrayEquals(new int[] {'a', 0x1F40D}, CodePointString.codePointsOf("a🐍"));
        assertEquals(2, new CodePointString(new int[] {0xD83D, 0xDC0D}).length());
    }

    @Test
    void bytesEscapeEverythingOutsidePrintableAscii() {
        assertEquals("b'ab\\x00\\xff'", ConstantRepr.repr(new Bytes(new byte[] {'a', 'b', 0, (byte) 0xff})));
        assertEquals("b\"'\"", ConstantRepr.repr(new Bytes(new byte[] {'\''})));
        assertEquals("b''", ConstantRepr.repr(new Bytes(new byte[0])));
    }

    @Test
    void otherConstants() {
        assertEquals("None", ConstantRepr.repr(Singleton.NONE));
        assertEquals("Ellipsis", ConstantRepr.repr(Singleton.ELLIPSIS));
        assertEquals("True", ConstantRepr.repr(true));
        assertEquals("12345678901234567890123", ConstantRepr.repr(new BigInteger("12345678901234567890123")));
        assertEquals("-7", ConstantRepr.repr(-7L));
    }
}

package dev.taipan.modules;

import dev.taipan.objects.PyException;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The type codes of {@code array.array}: ranges, messages and the machine byte form. */
class ArrayCodesTest {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private static String overflow(ArrayCodes kind, PyObject v) {
        return assertThrows(PyException.class, () -> kind.store(v)).getMessage();
    }

    @Test
    void rangesFollowTheCConverters() {
        assertEquals(-128, ArrayCodes.SIGNED_CHAR.store(PyInt.of(-128)));
        assertEquals("OverflowError: signed char is greater than maximum",
                overflow(ArrayCodes.SIGNED_CHAR, PyInt.of(128)));
        assertEquals("OverflowError: signed short integer is greater than maximum",
                overflow(ArrayCodes.SIGNED_CHAR, PyInt.of(40000)));
        assertEquals("OverflowError: unsigned short is less than minimum",
                overflow(ArrayCodes.UNSIGNED_SHORT, PyInt.of(-1)));
        assertEquals("OverflowError: can't convert negative value to unsigned int",
                overflow(ArrayCodes.UNSIGNED_INT, PyInt.of(-1)));
        assertEquals("OverflowError: int too big to convert",
                overflow(ArrayCodes.UNSIGNED_LONG_LONG, PyInt.of(TWO_64)));
    }

    @Test
    void unsigned64RoundTripsThroughRawBits() {
        BigInteger max = TWO_64.subtract(BigInteger.ONE);
        long raw = ArrayCodes.UNSIGNED_LONG_LONG.store(PyInt.of(max));
        assertEquals(-1L, raw);
        assertEquals(max, ((PyInt) ArrayCodes.UNSIGNED_LONG_LONG.load(raw)).bigValue());
    }

    @Test
    void bytesAreLittleEndianAndSignExtendWhereSigned() {
        byte[] out = new byte[2];
        ArrayCodes.SHORT.encode(ArrayCodes.SHORT.store(PyInt.of(-2)), out, 0);
        assertEquals((byte) 0xfe, out[0]);
        assertEquals((byte) 0xff, out[1]);
        assertEquals(-2, ArrayCodes.SHORT.decode(out, 0));
        assertEquals(65534, ArrayCodes.UNSIGNED_SHORT.decode(out, 0));
    }

    @Test
    void floatsRoundToSinglePrecision() {
        long raw = ArrayCodes.FLOAT.store(PyFloat.of(0.1));
        assertEquals((double) 0.1f, ((PyFloat) ArrayCodes.FLOAT.load(raw)).doubleValue());
        byte[] out = new byte[4];
        ArrayCodes.FLOAT.encode(raw, out, 0);
        assertEquals(raw, ArrayCodes.FLOAT.decode(out, 0));
    }

    @Test
    void charactersAreCodePoints() {
        assertEquals(0x1F40D, ArrayCodes.UCS4.store(PyStr.of("\uD83D\uDC0D")));
        assertEquals("TypeError: array item must be unicode character",
                assertThrows(PyException.class, () -> ArrayCodes.UNICODE.store(PyStr.of("ab"))).getMessage());
    }
}

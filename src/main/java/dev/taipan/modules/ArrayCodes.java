package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

import java.math.BigInteger;

/**
 * The type codes of {@code array.array}: item size, conversion of a Python value to the stored
 * {@code long} and back, and the machine (little-endian) byte form of an item.
 *
 * <p>Every item is held in a {@code long}: integers as their value (the unsigned 64-bit codes as
 * raw bits), characters as their code point, floats as the raw bits of a {@code double} (for
 * {@code 'f'}, of the value rounded to {@code float}). Range errors carry CPython's messages,
 * which come from the C converters each code goes through.
 */
// CPython: Modules/arraymodule.c, the *_setitem functions
enum ArrayCodes {
    SIGNED_CHAR('b', 1), UNSIGNED_CHAR('B', 1), UNICODE('u', 4), UCS4('w', 4),
    SHORT('h', 2), UNSIGNED_SHORT('H', 2), INT('i', 4), UNSIGNED_INT('I', 4),
    LONG('l', 8), UNSIGNED_LONG('L', 8), LONG_LONG('q', 8), UNSIGNED_LONG_LONG('Q', 8),
    FLOAT('f', 4), DOUBLE('d', 8);

    /** The type codes in order, as {@code array.typecodes} lists them. */
    static final String TYPECODES = "bBuwhHiIlLqQfd";

    private static final BigInteger UNSIGNED_64_LIMIT = BigInteger.ONE.shiftLeft(64);

    final char code;
    final int itemsize;

    ArrayCodes(char code, int itemsize) {
        this.code = code;
        this.itemsize = itemsize;
    }

    /** The code for a type code character, or {@code null} when there is none. */
    static ArrayCodes of(int c) {
        for (ArrayCodes k : values()) {
            if (k.code == c) {
                return k;
            }
        }
        return null;
    }

    boolean isChar() {
        return this == UNICODE || this == UCS4;
    }

    boolean isFloat() {
        return this == FLOAT || this == DOUBLE;
    }

    boolean isUnsigned64() {
        return this == UNSIGNED_LONG || this == UNSIGNED_LONG_LONG;
    }

    /** Converts a Python value to the stored form, raising CPython's errors. */
    long store(PyObject v) {
        if (isChar()) {
            if (v instanceof PyStr s && s.length() == 1) {
                return s.codePointAt(0);
            }
            throw Errors.typeError("array item must be unicode character");
        }
        if (isFloat()) {
            double d = Abstract.asDouble(v);
            return Double.doubleToRawLongBits(this == FLOAT ? (double) (float) d : d);
        }
        PyInt i = Abstract.index(v);
        return switch (this) {
            case SIGNED_CHAR -> range(range(cLong(i), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer"),
                    Byte.MIN_VALUE, Byte.MAX_VALUE, "signed char");
            case UNSIGNED_CHAR -> range(cLong(i), 0, 255, "unsigned byte integer");
            case SHORT -> range(cLong(i), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
            case UNSIGNED_SHORT -> range(range(cLong(i), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer"),
                    0, 65535, "unsigned short");
            case INT -> range(cLong(i), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
            case LONG -> cLong(i);
            case UNSIGNED_INT -> {
                long x = unsigned64(i, "can't convert negative value to unsigned int",
                        "Python int too large to convert to C unsigned long");
                if (x < 0 || x > 0xffffffffL) {
                    throw Errors.overflowError("unsigned int is greater than maximum");
                }
                yield x;
            }
            case UNSIGNED_LONG -> unsigned64(i, "can't convert negative value to unsigned int",
                    "Python int too large to convert to C unsigned long");
            case LONG_LONG -> {
                if (!i.fitsLong()) {
                    throw Errors.overflowError("int too big to convert");
                }
                yield i.longValue();
            }
            case UNSIGNED_LONG_LONG -> unsigned64(i, "can't convert negative int to unsigned",
                    "int too big to convert");
            default -> throw new IllegalStateException(name());
        };
    }

    private static long cLong(PyInt i) {
        if (!i.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    private static long range(long x, long min, long max, String what) {
        if (x < min) {
            throw Errors.overflowError("%s is less than minimum", what);
        }
        if (x > max) {
            throw Errors.overflowError("%s is greater than maximum", what);
        }
        return x;
    }

    private static long unsigned64(PyInt i, String negative, String tooBig) {
        if (i.signum() < 0) {
            throw Errors.overflowError(negative);
        }
        if (i.fitsLong()) {
            return i.longValue();
        }
        BigInteger b = i.bigValue();
        if (b.compareTo(UNSIGNED_64_LIMIT) >= 0) {
            throw Errors.overflowError(tooBig);
        }
        return b.longValue();
    }

    /** The Python value of a stored item. */
    PyObject load(long x) {
        if (isChar()) {
            if (x < 0 || x > Character.MAX_CODE_POINT) {
                throw Errors.valueError("character U+%x is not in range [U+0000; U+10ffff]", x);
            }
            return PyStr.ofCodePoint((int) x);
        }
        if (isFloat()) {
            return PyFloat.of(Double.longBitsToDouble(x));
        }
        if (x < 0 && isUnsigned64()) {
            return PyInt.of(new BigInteger(Long.toUnsignedString(x)));
        }
        return PyInt.of(x);
    }

    /** Writes one item's machine form (little-endian) at {@code out[at]}. */
    void encode(long x, byte[] out, int at) {
        long bits = this == FLOAT ? Float.floatToRawIntBits((float) Double.longBitsToDouble(x)) : x;
        for (int k = 0; k < itemsize; k++) {
            out[at + k] = (byte) (bits >>> (8 * k));
        }
    }

    /** Reads one item from its machine form (little-endian) at {@code in[at]}. */
    long decode(byte[] in, int at) {
        long bits = 0;
        for (int k = 0; k < itemsize; k++) {
            bits |= (in[at + k] & 0xffL) << (8 * k);
        }
        return switch (this) {
            case SIGNED_CHAR -> (byte) bits;
            case SHORT -> (short) bits;
            case INT -> (int) bits;
            case FLOAT -> Double.doubleToRawLongBits(Float.intBitsToFloat((int) bits));
            default -> bits;
        };
    }
}

package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;

import java.math.BigInteger;

/**
 * Converts one value of a {@code struct} format code to and from its bytes: integers of 1 to 8
 * bytes in either byte order, IEEE half, single and double floats, {@code ?}, {@code c} and the
 * string codes {@code s} and {@code p}.
 */
// CPython: Modules/_struct.c, the np_/lp_/bp_ pack and unpack functions
final class StructCodec {
    private StructCodec() {
    }

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** Whether a format code is one of the integer codes. */
    static boolean isInteger(char c) {
        return "bBhHiIlLqQnNP".indexOf(c) >= 0;
    }

    /** Whether an integer code is signed. */
    static boolean isSigned(char c) {
        return "bhilqn".indexOf(c) >= 0;
    }

    /** Packs {@code v} for code {@code c} of {@code size} bytes at {@code off}. */
    static void pack(byte[] out, int off, char c, int size, boolean little, boolean nativeMode, PyObject v) {
        switch (c) {
            case '?' -> out[off] = (byte) (Abstract.isTrue(v) ? 1 : 0);
            case 'c' -> out[off] = charArg(v);
            case 'e' -> putLong(out, off, 2, little, halfBits(floatArg(v)));
            case 'f' -> putLong(out, off, 4, little, Float.floatToRawIntBits(toFloat(floatArg(v), nativeMode)));
            case 'd' -> putLong(out, off, 8, little, Double.doubleToRawLongBits(floatArg(v)));
            default -> putLong(out, off, size, little, intArg(v, c, size));
        }
    }

    /** Unpacks the value of code {@code c} of {@code size} bytes at {@code off}. */
    static PyObject unpack(byte[] in, int off, char c, int size, boolean little) {
        return switch (c) {
            case '?' -> PyBool.of(in[off] != 0);
            case 'c' -> new PyBytes(new byte[] {in[off]});
            case 'e' -> PyFloat.of(Float.float16ToFloat((short) getLong(in, off, 2, little)));
            case 'f' -> PyFloat.of(Float.intBitsToFloat((int) getLong(in, off, 4, little)));
            case 'd' -> PyFloat.of(Double.longBitsToDouble(getLong(in, off, 8, little)));
            default -> {
                long bits = getLong(in, off, size, little);
                if (isSigned(c)) {
                    int shift = 64 - 8 * size;
                    yield PyInt.of((bits << shift) >> shift);
                }
                if (size == 8 && bits < 0) {
                    yield PyInt.of(BigInteger.valueOf(bits).add(TWO_64));
                }
                yield PyInt.of(bits);
            }
        };
    }

    static void putLong(byte[] out, int off, int size, boolean little, long bits) {
        for (int i = 0; i < size; i++) {
            byte b = (byte) (bits >>> (8 * i));
            out[little ? off + i : off + size - 1 - i] = b;
        }
    }

    static long getLong(byte[] in, int off, int size, boolean little) {
        long bits = 0;
        for (int i = 0; i < size; i++) {
            long b = in[little ? off + i : off + size - 1 - i] & 0xffL;
            bits |= b << (8 * i);
        }
        return bits;
    }

    private static byte charArg(PyObject v) {
        if (v instanceof PyBytes b && b.length() == 1) {
            return b.byteAt(0);
        }
        throw StructModule.error("char format requires a bytes object of length 1");
    }

    /** The integer argument of an integer code, range-checked, as the bits to store. */
    private static long intArg(PyObject v, char c, int size) {
        PyInt n;
        if (v instanceof PyInt i) {
            n = i;
        } else if (v.getType().lookup("__index__") != null) {
            n = Abstract.index(v);
        } else {
            throw StructModule.error("required argument is not an integer");
        }
        boolean signed = isSigned(c);
        if (c == 'P') {
            // A pointer takes any value a C void* conversion does: negative values wrap.
            if (n.fitsLong()) {
                return n.longValue();
            }
            if (n.signum() > 0 && n.bigValue().compareTo(TWO_64) < 0) {
                return n.bigValue().longValue();
            }
            throw Errors.overflowError("int too large to convert to pointer");
        }
        int bits = 8 * size;
        if (n.fitsLong()) {
            long x = n.longValue();
            if (bits == 64) {
                if (signed || x >= 0) {
                    return x;
                }
            } else {
                long min = signed ? -(1L << (bits - 1)) : 0;
                long max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
                if (x >= min && x <= max) {
                    return x;
                }
            }
        } else if (!signed && bits == 64 && n.signum() > 0 && n.bigValue().bitLength() <= 64) {
            return n.bigValue().longValue();
        }
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        throw StructModule.error("'%c' format requires %s <= number <= %s", c, min, max);
    }

    private static double floatArg(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.doubleValue();
        }
        if (v instanceof PyInt i) {
            return i.toDouble();
        }
        if (v.getType().lookup("__float__") != null || v.getType().lookup("__index__") != null) {
            return Abstract.asDouble(v);
        }
        throw StructModule.error("required argument is not a float");
    }

    private static float toFloat(double x, boolean nativeMode) {
        float y = (float) x;
        if (!nativeMode && Float.isInfinite(y) && !Double.isInfinite(x)) {
            throw Errors.of(ExceptionTypes.OverflowError, "float too large to pack with f format");
        }
        return y;
    }

    /** The IEEE 754 half-precision bits of {@code x}, rounded to nearest, ties to even. */
    // CPython: Objects/floatobject.c, PyFloat_Pack2
    static long halfBits(double x) {
        int sign = (Double.doubleToRawLongBits(x) < 0) ? 0x8000 : 0;
        if (Double.isNaN(x)) {
            return sign | 0x7e00;
        }
        if (Double.isInfinite(x)) {
            return sign | 0x7c00;
        }
        double a = Math.abs(x);
        if (a == 0) {
            return sign;
        }
        int e = Math.getExponent(a);
        double f = Math.scalb(a, -e);
        if (e >= 16) {
            throw halfOverflow();
        }
        if (e < -25) {
            f = 0;
            e = 0;
        } else if (e < -14) {
            f = Math.scalb(f, 14 + e);
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        int mantissa = (int) f;
        double rest = f - mantissa;
        if (rest > 0.5 || (rest == 0.5 && (mantissa & 1) != 0)) {
            mantissa++;
            if (mantissa == 1024) {
                mantissa = 0;
                e++;
                if (e == 31) {
                    throw halfOverflow();
                }
            }
        }
        return sign | (e << 10) | mantissa;
    }

    private static RuntimeException halfOverflow() {
        return Errors.of(ExceptionTypes.OverflowError, "float too large to pack with e format");
    }

    /** The bytes of an {@code s} or {@code p} argument. */
    static byte[] stringArg(PyObject v, char c) {
        if (v instanceof PyBytes b) {
            return b.toByteArray();
        } else if (v instanceof PyByteArray b) {
            return b.toByteArray();
        }
        throw StructModule.error("argument for '%c' must be a bytes object", c);
    }
}

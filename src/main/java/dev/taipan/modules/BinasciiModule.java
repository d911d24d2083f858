package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyFunction;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The {@code binascii} module: hexadecimal and base64 conversion of binary data, CRC-32 and
 * CRC-CCITT, with {@code binascii.Error} for malformed input.
 */
// CPython: Modules/binascii.c
public final class BinasciiModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** The exception type {@code binascii.Error}, a ValueError. */
    public static final PyType ERROR = exceptionType("Error", ExceptionTypes.ValueError);
    /** The exception type {@code binascii.Incomplete}. */
    public static final PyType INCOMPLETE = exceptionType("Incomplete", ExceptionTypes.Exception);

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final byte[] B64_ENCODE = B64.getBytes(StandardCharsets.ISO_8859_1);
    private static final int[] B64_DECODE = decodeTable();

    /** Creates the module with its functions and exception types. */
    public BinasciiModule() {
        super("binascii");
        ModuleExposer.expose(this, BinasciiModule.class, LOOKUP, this::put);
        put("Error", ERROR);
        put("Incomplete", INCOMPLETE);
    }

    private static PyType exceptionType(String name, PyType base) {
        PyType t = PyType.builtin(name, PyBaseException.class, new PyType[] {base}, null, null);
        t.getDict().put("__module__", PyStr.of("binascii"));
        return t;
    }

    private static int[] decodeTable() {
        int[] t = new int[256];
        Arrays.fill(t, -1);
        for (int i = 0; i < B64.length(); i++) {
            t[B64.charAt(i)] = i;
        }
        return t;
    }

    static PyException error(String format, Object... args) {
        return Errors.of(ERROR, format, args);
    }

    /** The bytes of an ASCII-decoding argument: bytes-like, or a str of ASCII characters only. */
    static byte[] asciiData(PyObject data) {
        if (data instanceof PyStr s) {
            String t = s.toString();
            byte[] out = new byte[t.length()];
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c > 127) {
                    throw Errors.valueError("string argument should contain only ASCII characters");
                }
                out[i] = (byte) c;
            }
            return out;
        }
        return StructModule.bytesOf(data);
    }

    // ---- hexadecimal ----------------------------------------------------------------------

    @PyFunction
    static PyObject hexlify(@Name("data") PyObject data, @Name("sep") @Opt PyObject sep,
                            @Name("bytes_per_sep") @Default("1") int bytesPerSep) {
        return new PyBytes(toHex(StructModule.bytesOf(data), sep, bytesPerSep));
    }

    @PyFunction
    static PyObject b2a_hex(@Name("data") PyObject data, @Name("sep") @Opt PyObject sep,
                            @Name("bytes_per_sep") @Default("1") int bytesPerSep) {
        return hexlify(data, sep, bytesPerSep);
    }

    /** Hex digits of {@code in}, with {@code sep} between groups of {@code perSep} bytes. */
    static byte[] toHex(byte[] in, PyObject sep, int perSep) {
        byte sepByte = 0;
        if (sep != null) {
            byte[] s;
            if (sep instanceof PyStr str) {
                String t = str.toString();
                if (t.codePointCount(0, t.length()) != 1) {
                    throw Errors.valueError("sep must be length 1.");
                }
                int cp = t.codePointAt(0);
                if (cp > 255) {
                    throw Errors.valueError("sep must be ASCII.");
                }
                s = new byte[] {(byte) cp};
            } else {
                s = StructModule.bytesOf(sep);
            }
            if (s.length != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
            sepByte = s[0];
        }
        if (sep == null || perSep == 0 || in.length == 0) {
            return plainHex(in);
        }
        int group = Math.abs(perSep);
        int seps = (in.length - 1) / group;
        byte[] out = new byte[in.length * 2 + seps];
        int o = 0;
        // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
        int firstGroup = perSep > 0 ? in.length - seps * group : group;
        for (int i = 0; i < in.length; i++) {
            if (i > 0 && (i - firstGroup) % group == 0 && i >= firstGroup) {
                out[o++] = (byte) sepByte;
            }
            out[o++] = HEX[(in[i] >> 4) & 0xf];
            out[o++] = HEX[in[i] & 0xf];
        }
        return out;
    }

    private static byte[] plainHex(byte[] in) {
        byte[] out = new byte[in.length * 2];
        for (int i = 0; i < in.length; i++) {
            out[2 * i] = HEX[(in[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[in[i] & 0xf];
        }
        return out;
    }

    @PyFunction
    static PyObject unhexlify(PyObject hexstr) {
        byte[] in = asciiData(hexstr);
        if (in.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[in.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(in[2 * i], 16);
            int lo = Character.digit(in[2 * i + 1], 16);
            if (hi < 0 || lo < 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return new PyBytes(out);
    }

    @PyFunction
    static PyObject a2b_hex(PyObject hexstr) {
        return unhexlify(hexstr);
    }

    // ---- base64 ---------------------------------------------------------------------------

    @PyFunction
    static PyObject b2a_base64(PyObject data, @KwOnly("newline") @Default("True") boolean newline) {
        return new PyBytes(encodeBase64(StructModule.bytesOf(data), newline));
    }

    static byte[] encodeBase64(byte[] in, boolean newline) {
        int full = in.length / 3;
        int rest = in.length % 3;
        byte[] out = new byte[(full + (rest > 0 ? 1 : 0)) * 4 + (newline ? 1 : 0)];
        int o = 0;
        int i = 0;
        for (int g = 0; g < full; g++, i += 3) {
            int v = (in[i] & 0xff) << 16 | (in[i + 1] & 0xff) << 8 | (in[i + 2] & 0xff);
            out[o++] = B64_ENCODE[v >> 18];
            out[o++] = B64_ENCODE[(v >> 12) & 63];
            out[o++] = B64_ENCODE[(v >> 6) & 63];
            out[o++] = B64_ENCODE[v & 63];
        }
        if (rest > 0) {
            int v = (in[i] & 0xff) << 16 | (rest == 2 ? (in[i + 1] & 0xff) << 8 : 0);
            out[o++] = B64_ENCODE[v >> 18];
            out[o++] = B64_ENCODE[(v >> 12) & 63];
            out[o++] = rest == 2 ? B64_ENCODE[(v >> 6) & 63] : (byte) '=';
            out[o++] = '=';
        }
        if (newline) {
            out[o] = '\n';
        }
        return out;
    }

    @PyFunction
    static PyObject a2b_base64(PyObject data, @KwOnly("strict_mode") @Default("False") boolean strictMode) {
        return new PyBytes(decodeBase64(asciiData(data), strictMode));
    }

    /**
     * Decodes base64. Leniently, characters outside the alphabet are skipped and pad characters
     * only count towards completing the last quad; strictly, both are errors where misplaced.
     */
    static byte[] decodeBase64(byte[] in, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 4 * 3);
        int quadPos = 0;
        int left = 0;
        int pads = 0;
        boolean paddingStarted = false;
        boolean paddingDone = false;
        for (int i = 0; i < in.length; i++) {
            int ch = in[i] & 0xff;
            if (ch == '=') {
                paddingStarted = true;
                if (strict && quadPos == 0) {
                    throw error(i == 0 ? "Leading padding not allowed" : "Excess padding not allowed");
                }
                if (strict && quadPos == 1) {
                    throw error(dataCharacters(out.size()));
                }
                if (quadPos >= 2 && quadPos + ++pads >= 4 && strict) {
                    paddingDone = true;
                    quadPos = 0;
                    left = 0;
                }
                continue;
            }
            int v = B64_DECODE[ch];
            if (v < 0) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingDone) {
                throw error("Excess data after padding");
            }
            if (strict && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> {
                    left = v;
                    quadPos = 1;
                }
                case 1 -> {
                    out.write(left << 2 | v >> 4);
                    left = v & 0x0f;
                    quadPos = 2;
                }
                case 2 -> {
                    out.write(left << 4 | v >> 2);
                    left = v & 0x03;
                    quadPos = 3;
                }
                default -> {
                    out.write(left << 6 | v);
                    left = 0;
                    quadPos = 0;
                }
            }
        }
        if (quadPos == 1) {
            throw error(dataCharacters(out.size()));
        }
        if (quadPos != 0 && quadPos + pads < 4) {
            throw error("Incorrect padding");
        }
        return out.toByteArray();
    }

    private static String dataCharacters(int decoded) {
        return "Invalid base64-encoded string: number of data characters (" + (decoded / 3 * 4 + 1)
                + ") cannot be 1 more than a multiple of 4";
    }

    // ---- checksums ------------------------------------------------------------------------

    /** The low 32 bits of an int argument, as {@code unsigned int} conversion takes them. */
    static long unsignedBits(PyObject v, long mask) {
        PyInt n = Abstract.index(v);
        if (n.fitsLong()) {
            return n.longValue() & mask;
        }
        return n.bigValue().and(BigInteger.valueOf(mask)).longValue();
    }

    @PyFunction
    static long crc32(PyObject data, @Default("0") PyObject crc) {
        return crc32(StructModule.bytesOf(data), unsignedBits(crc, 0xffffffffL));
    }

    /** Continues the CRC-32 {@code start} over {@code in}. */
    static long crc32(byte[] in, long start) {
        if (start == 0) {
            CRC32 c = new CRC32();
            c.update(in);
            return c.getValue();
        }
        // java.util.zip.CRC32 cannot be seeded, so continue the sum bit by bit.
        long crc = ~start & 0xffffffffL;
        for (byte b : in) {
            crc ^= b & 0xff;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320L : crc >>> 1;
            }
        }
        return ~crc & 0xffffffffL;
    }

    @PyFunction
    static long crc_hqx(PyObject data, PyObject crc) {
        long c = unsignedBits(crc, 0xffffL);
        for (byte b : StructModule.bytesOf(data)) {
            c ^= (b & 0xffL) << 8;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x8000) != 0 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
            }
        }
        return c;
    }
}

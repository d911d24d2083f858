package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyFunction;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/**
 * The {@code zlib} module over {@link java.util.zip}: one-shot {@code compress} and
 * {@code decompress}, the streaming {@code compressobj} and {@code decompressobj}, in the zlib,
 * raw and gzip formats that {@code wbits} selects, and the {@code crc32} and {@code adler32}
 * checksums.
 */
// CPython: Modules/zlibmodule.c
public final class ZlibModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** The exception type {@code zlib.error}. */
    public static final PyType ERROR = errorType();

    private static final int MAX_WBITS = 15;
    private static final int DEF_BUF_SIZE = 16384;

    /** Creates the module with its functions, types and constants. */
    public ZlibModule() {
        super("zlib");
        ModuleExposer.expose(this, ZlibModule.class, LOOKUP, this::put);
        put("error", ERROR);
        put("Compress", Compress.TYPE);
        put("Decompress", Decompress.TYPE);
        Object[][] constants = {
            {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", 8}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", DEF_BUF_SIZE},
            {"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1}, {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1},
            {"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", 2}, {"Z_RLE", 3}, {"Z_FIXED", 4}, {"Z_DEFAULT_STRATEGY", 0},
            {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_SYNC_FLUSH", 2}, {"Z_FULL_FLUSH", 3}, {"Z_FINISH", 4},
            {"Z_BLOCK", 5}, {"Z_TREES", 6},
        };
        for (Object[] c : constants) {
            put((String) c[0], PyInt.of((Integer) c[1]));
        }
        put("ZLIB_VERSION", PyStr.of("1.3.1"));
        put("ZLIB_RUNTIME_VERSION", PyStr.of("1.3.1"));
    }

    private static PyType errorType() {
        PyType t = PyType.builtin("error", PyBaseException.class, new PyType[] {ExceptionTypes.Exception}, null, null);
        t.getDict().put("__module__", PyStr.of("zlib"));
        return t;
    }

    static PyException error(String message) {
        return Errors.of(ERROR, "%s", message);
    }

    private static byte[] zdictOf(PyObject zdict) {
        return zdict == null || zdict == PyNone.NONE ? null : StructModule.bytesOf(zdict);
    }

    @PyFunction
    static PyObject compress(PyObject data, @Name("level") @Default("-1") int level,
                             @Name("wbits") @Default("15") int wbits) {
        byte[] in = StructModule.bytesOf(data);
        return new PyBytes(new ZlibDeflate(level, wbits, 0, null).compressAll(in));
    }

    @PyFunction
    static PyObject decompress(PyObject data, @Name("wbits") @Default("15") int wbits,
                               @Name("bufsize") @Default("16384") long bufsize) {
        byte[] in = StructModule.bytesOf(data);
        if (bufsize < 0) {
            throw Errors.valueError("bufsize must be non-negative");
        }
        ZlibInflate z = new ZlibInflate(wbits, null);
        try {
            byte[] out = z.decompress(in, 0);
            if (!z.eof) {
                throw error("Error -5 while decompressing data: incomplete or truncated stream");
            }
            return new PyBytes(out);
        } finally {
            z.end();
        }
    }

    @PyFunction
    static PyObject compressobj(@Name("level") @Default("-1") int level, @Name("method") @Default("8") int method,
                                @Name("wbits") @Default("15") int wbits, @Name("memLevel") @Default("8") int memLevel,
                                @Name("strategy") @Default("0") int strategy,
                                @Name("zdict") @Default("None") PyObject zdict) {
        if (method != 8 || memLevel < 1 || memLevel > 9) {
            throw Errors.valueError("Invalid initialization option");
        }
        return new Compress(new ZlibDeflate(level, wbits, strategy, zdictOf(zdict)));
    }

    @PyFunction
    static PyObject decompressobj(@Name("wbits") @Default("15") int wbits,
                                  @Name("zdict") @Opt PyObject zdict) {
        return new Decompress(new ZlibInflate(wbits, zdictOf(zdict)));
    }

    @PyFunction
    static long crc32(PyObject data, @Default("0") PyObject value) {
        return BinasciiModule.crc32(StructModule.bytesOf(data), BinasciiModule.unsignedBits(value, 0xffffffffL));
    }

    @PyFunction
    static long adler32(PyObject data, @Default("1") PyObject value) {
        long start = BinasciiModule.unsignedBits(value, 0xffffffffL);
        long a = start & 0xffff;
        long b = start >>> 16;
        for (byte x : StructModule.bytesOf(data)) {
            a = (a + (x & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        return b << 16 | a;
    }

    /** {@code zlib.Compress}: a compression stream from {@code compressobj()}. */
    @PyClass(name = "Compress", module = "zlib", baseType = false)
    static final class Compress extends PyObject {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        /** The type {@code zlib.Compress}. */
        public static final PyType TYPE = PyType.fromClass(Compress.class, LOOKUP);

        private final ZlibDeflate stream;

        Compress(ZlibDeflate stream) {
            this.stream = stream;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @PyMethod
        synchronized PyObject compress(PyObject data) {
            return new PyBytes(stream.compress(StructModule.bytesOf(data)));
        }

        @PyMethod
        synchronized PyObject flush(@Default("4") int mode) {
            return new PyBytes(stream.flush(mode));
        }
    }

    /** {@code zlib.Decompress}: a decompression stream from {@code decompressobj()}. */
    @PyClass(name = "Decompress", module = "zlib", baseType = false)
    static final class Decompress extends PyObject {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        /** The type {@code zlib.Decompress}. */
        public static final PyType TYPE = PyType.fromClass(Decompress.class, LOOKUP);

        private final ZlibInflate stream;

        Decompress(ZlibInflate stream) {
            this.stream = stream;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @PyMethod
        synchronized PyObject decompress(PyObject data, @Name("max_length") @Default("0") long maxLength) {
            if (maxLength < 0) {
                throw Errors.valueError("max_length must be non-negative");
            }
            byte[] in = StructModule.bytesOf(data);
            return new PyBytes(stream.decompress(in, (int) Math.min(maxLength, Integer.MAX_VALUE)));
        }

        @PyMethod
        synchronized PyObject flush(@Default("16384") long length) {
            if (length <= 0) {
                throw Errors.valueError("length must be greater than zero");
            }
            return new PyBytes(stream.decompress(stream.unconsumedTail, 0));
        }

        @PyGetter
        synchronized PyObject unused_data() {
            return new PyBytes(stream.unusedData);
        }

        @PyGetter
        synchronized PyObject unconsumed_tail() {
            return new PyBytes(stream.unconsumedTail);
        }

        @PyGetter
        synchronized boolean eof() {
            return stream.eof;
        }
    }
}

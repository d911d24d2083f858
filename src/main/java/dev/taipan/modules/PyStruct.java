package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyIterator;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PySlice;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _struct.Struct}: a compiled format string. The format is parsed once into {@link Code}
 * entries that carry their byte offsets, so packing and unpacking are a walk over them.
 */
// CPython: Modules/_struct.c, prepare_s, s_pack_internal, s_unpack_internal
@PyClass(name = "Struct", module = "_struct", baseType = false,
        doc = "Struct(format)\n--\n\nCreate a compiled struct object.")
public final class PyStruct extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code _struct.Struct}. */
    public static final PyType TYPE = PyType.fromClass(PyStruct.class, LOOKUP);

    private static final boolean NATIVE_LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    private static final String STANDARD_CODES = "xcbB?hHiIlLqQefdsp";
    private static final String NATIVE_CODES = STANDARD_CODES + "nNP";

    /**
     * One format code: {@code count} items of {@code size} bytes from {@code offset}; for
     * {@code s} and {@code p} a single item of {@code count} bytes.
     */
    private record Code(char c, int offset, int size, int count) {
    }

    private final String format;
    private final boolean little;
    private final boolean nativeMode;
    private final Code[] codes;
    private final int size;
    private final int items;

    private PyStruct(String format) {
        this.format = format;
        char first = format.isEmpty() ? '@' : format.charAt(0);
        int i = 0;
        if ("@=<>!".indexOf(first) >= 0) {
            i = 1;
        } else {
            first = '@';
        }
        this.nativeMode = first == '@';
        this.little = first == '<' || ((first == '@' || first == '=') && NATIVE_LITTLE);
        List<Code> list = new ArrayList<>();
        long total = 0;
        int count = 0;
        while (i < format.length()) {
            char c = format.charAt(i++);
            if (Character.isWhitespace(c)) {
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (true) {
                    if (i >= format.length()) {
                        throw StructModule.error("repeat count given without format specifier");
                    }
                    c = format.charAt(i++);
                    if (c < '0' || c > '9') {
                        break;
                    }
                    num = num * 10 + (c - '0');
                    if (num > Integer.MAX_VALUE) {
                        throw StructModule.error("total struct size too long");
                    }
                }
            }
            if ((nativeMode ? NATIVE_CODES : STANDARD_CODES).indexOf(c) < 0) {
                throw StructModule.error("bad char in struct format");
            }
            int itemSize = itemSize(c, nativeMode);
            if (nativeMode && total > 0 && itemSize > 1 && c != 's' && c != 'p') {
                total = (total + itemSize - 1) / itemSize * itemSize;
            }
            if (c == 's' || c == 'p') {
                list.add(new Code(c, (int) total, (int) num, (int) num));
                count++;
            } else if (c != 'x' && num > 0) {
                list.add(new Code(c, (int) total, itemSize, (int) num));
                count += (int) num;
            }
            total += num * itemSize;
            if (total > Integer.MAX_VALUE - 8) {
                throw StructModule.error("total struct size too long");
            }
        }
        this.codes = list.toArray(new Code[0]);
        this.size = (int) total;
        this.items = count;
    }

    private static int itemSize(char c, boolean nativeMode) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nativeMode ? 8 : 4;
            default -> 8;
        };
    }

    /** Compiles a format given as {@code str} or {@code bytes}. */
    static PyStruct of(PyObject format) {
        if (format instanceof PyStr s) {
            return new PyStruct(s.toString());
        }
        if (format instanceof PyBytes b) {
            return new PyStruct(new String(b.toByteArray(), StandardCharsets.ISO_8859_1));
        }
        throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not %.200s",
                format.getType().getName());
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Name("format") PyObject format) {
        return of(format);
    }

    @PyGetter
    String format() {
        return format;
    }

    @PyGetter
    int size() {
        return size;
    }

    @PyMethod
    String __repr__() {
        return "Struct(" + PyStr.repr(format) + ")";
    }

    // ---- packing --------------------------------------------------------------------------

    /** Packs {@code args[from..]} into a new array. */
    byte[] packArgs(String fn, PyObject[] args, int from) {
        if (args.length - from != items) {
            throw StructModule.error("%s expected %d items for packing (got %d)", fn, items, args.length - from);
        }
        byte[] out;
        try {
            out = new byte[size];
        } catch (OutOfMemoryError e) {
            throw Errors.memoryError();
        }
        int a = from;
        for (Code code : codes) {
            if (code.c == 's' || code.c == 'p') {
                packString(out, code, args[a++]);
                continue;
            }
            for (int k = 0; k < code.count; k++) {
                StructCodec.pack(out, code.offset + k * code.size, code.c, code.size, little, nativeMode, args[a++]);
            }
        }
        return out;
    }

    private static void packString(byte[] out, Code code, PyObject v) {
        byte[] data = StructCodec.stringArg(v, code.c);
        if (code.c == 's') {
            System.arraycopy(data, 0, out, code.offset, Math.min(data.length, code.count));
        } else if (code.count > 0) {
            int n = Math.min(Math.min(data.length, code.count - 1), 255);
            out[code.offset] = (byte) n;
            System.arraycopy(data, 0, out, code.offset + 1, n);
        }
    }

    @PyMethod
    PyObject pack(@Args PyObject[] args) {
        return new PyBytes(packArgs("pack", args, 0));
    }

    @PyMethod
    PyObject pack_into(@Args PyObject[] args) {
        if (args.length < 1) {
            throw StructModule.error("pack_into expected buffer argument");
        }
        if (args.length < 2) {
            throw StructModule.error("pack_into expected offset argument");
        }
        packInto(args[0], args[1], args, 2);
        return PyNone.NONE;
    }

    /** Packs {@code args[from..]} into a writable buffer at an offset. */
    void packInto(PyObject buffer, PyObject offsetArg, PyObject[] args, int from) {
        if (!(buffer instanceof PyByteArray) && !isWritableView(buffer)) {
            throw Errors.typeError("argument must be read-write bytes-like object, not %.200s",
                    buffer.getType().getName());
        }
        byte[] data = packArgs("pack_into", args, from);
        int length = Abstract.len(buffer);
        long offset = Abstract.asLong(offsetArg);
        if (offset < 0) {
            if (offset + size > 0) {
                throw StructModule.error("no space to pack %d bytes at offset %d", size, offset);
            }
            if (offset + length < 0) {
                throw StructModule.error("offset %d out of range for %d-byte buffer", offset, length);
            }
            offset += length;
        }
        if (length - offset < size) {
            throw StructModule.error("pack_into requires a buffer of at least %d bytes for packing %d bytes at "
                    + "offset %d (actual buffer size is %d)", size + offset, size, offset, length);
        }
        PySlice where = new PySlice(PyInt.of(offset), PyInt.of(offset + size), PyNone.NONE);
        Abstract.setItem(buffer, where, new PyBytes(data));
    }

    private static boolean isWritableView(PyObject buffer) {
        if (!buffer.getType().getName().equals("memoryview")) {
            return false;
        }
        return !Abstract.isTrue(Abstract.getAttr(buffer, "readonly"));
    }

    // ---- unpacking ------------------------------------------------------------------------

    /** The items packed in {@code in} from {@code off}. */
    PyTuple unpackAt(byte[] in, int off) {
        PyObject[] out = new PyObject[items];
        int a = 0;
        for (Code code : codes) {
            int at = off + code.offset;
            if (code.c == 's') {
                out[a++] = new PyBytes(Arrays.copyOfRange(in, at, at + code.count));
            } else if (code.c == 'p') {
                int n = code.count == 0 ? 0 : Math.min(in[at] & 0xff, code.count - 1);
                int from = at + Math.min(1, code.count);
                out[a++] = new PyBytes(Arrays.copyOfRange(in, from, from + n));
            } else {
                for (int k = 0; k < code.count; k++) {
                    out[a++] = StructCodec.unpack(in, at + k * code.size, code.c, code.size, little);
                }
            }
        }
        return PyTuple.wrap(out);
    }

    @PyMethod
    PyObject unpack(PyObject buffer) {
        byte[] in = StructModule.bytesOf(buffer);
        if (in.length != size) {
            throw StructModule.error("unpack requires a buffer of %d bytes", size);
        }
        return unpackAt(in, 0);
    }

    @PyMethod
    PyObject unpack_from(@Name("buffer") PyObject buffer, @Name("offset") @Default("0") long offset) {
        byte[] in = StructModule.bytesOf(buffer);
        if (offset < 0) {
            if (offset + in.length < 0) {
                throw StructModule.error("offset %d out of range for %d-byte buffer", offset, in.length);
            }
            if (offset + size > 0) {
                throw StructModule.error("not enough data to unpack %d bytes at offset %d", size, offset);
            }
            offset += in.length;
        }
        if (in.length - offset < size) {
            throw StructModule.error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes "
                    + "at offset %d (actual buffer size is %d)", size + offset, size, offset, in.length);
        }
        return unpackAt(in, (int) offset);
    }

    @PyMethod
    PyObject iter_unpack(PyObject buffer) {
        if (size == 0) {
            throw StructModule.error("cannot iteratively unpack with a struct of length 0");
        }
        byte[] in = StructModule.bytesOf(buffer);
        if (in.length % size != 0) {
            throw StructModule.error("iterative unpacking requires a buffer of a multiple of %d bytes", size);
        }
        return new UnpackIterator(this, in);
    }

    @PyMethod
    int __sizeof__() {
        return 40 + 16 * (codes.length + 1);
    }

    /** {@code _struct.unpack_iterator}: the tuples of {@link #iter_unpack}. */
    @PyClass(name = "unpack_iterator", module = "_struct", baseType = false)
    static final class UnpackIterator extends PyObject implements PyIterator {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        /** The type {@code _struct.unpack_iterator}. */
        public static final PyType TYPE = PyType.fromClass(UnpackIterator.class, LOOKUP);

        private final PyStruct struct;
        private final byte[] data;
        private int pos;

        UnpackIterator(PyStruct struct, byte[] data) {
            this.struct = struct;
            this.data = data;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject nextOrNull() {
            if (pos >= data.length) {
                return null;
            }
            PyTuple t = struct.unpackAt(data, pos);
            pos += struct.size;
            return t;
        }

        @PyMethod
        PyObject __iter__() {
            return this;
        }

        @PyMethod
        PyObject __next__() {
            PyObject v = nextOrNull();
            if (v == null) {
                throw Errors.stopIteration(null);
            }
            return v;
        }

        @PyMethod
        int __length_hint__() {
            return (data.length - pos) / struct.size;
        }
    }
}

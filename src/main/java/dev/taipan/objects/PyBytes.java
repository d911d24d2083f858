package dev.taipan.objects;

import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * The Python {@code bytes}: an immutable byte array. This is the basic method set
 * (construction, sequence protocol, comparison, {@code decode}, {@code hex}/{@code fromhex},
 * {@code join}); the text-like methods shared with {@code str} are still to come.
 *
 * <p>CPython: Objects/bytesobject.c
 */
@PyClass(name = "bytes", methods = {BytesMethods.class})
public class PyBytes extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code bytes}. */
    public static final PyType TYPE = PyType.fromClass(PyBytes.class, LOOKUP);

    private final byte[] value;

    /**
     * Creates bytes owning an array.
     *
     * @param value the bytes (not copied; must not change afterwards)
     */
    public PyBytes(byte[] value) {
        this.value = value;
    }

    /** A Python subclass instance of {@code bytes}. */
    static final class Derived extends PyBytes implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type, byte[] v) {
            super(v);
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null && type.hasFlag(PyType.HAS_DICT)) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Returns a copy of the bytes. */
    public byte[] toByteArray() {
        return value.clone();
    }

    /** Returns the length. */
    public int length() {
        return value.length;
    }

    /**
     * Returns one byte.
     *
     * @param i the index
     * @return the byte
     */
    public byte byteAt(int i) {
        return value[i];
    }

    /**
     * Collects bytes from an iterable of ints in range(256).
     *
     * @param iterable the iterable
     * @return the bytes
     */
    public static PyBytes fromIterable(PyObject iterable) {
        if (iterable instanceof PyStr) {
            throw Errors.typeError("cannot convert 'str' object to bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            out.write(byteValue(x, "bytes must be in range(0, 256)"));
        }
        return new PyBytes(out.toByteArray());
    }

    static int byteValue(PyObject x) {
        return byteValue(x, "byte must be in range(0, 256)");
    }

    static int byteValue(PyObject x, String rangeMessage) {
        if (!Sequences.isIndex(x)) {
            throw Errors.typeError("'%.200s' object cannot be interpreted as an integer",
                    x.getType().getName());
        }
        PyInt i = Abstract.index(x);
        if (!i.fitsInt() || i.intValue() < 0 || i.intValue() > 255) {
            throw Errors.valueError(rangeMessage);
        }
        return i.intValue();
    }

    /**
     * Returns the repr body of bytes: {@code b'...'} with CPython's escapes.
     *
     * @param v     the bytes
     * @param len   how many
     * @return the repr
     */
    static String repr(byte[] v, int len) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < len; i++) {
            hasSingle |= v[i] == '\'';
            hasDouble |= v[i] == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(len + 3).append('b').append(quote);
        for (int i = 0; i < len; i++) {
            int c = v[i] & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    // CPython: Objects/bytesobject.c, bytes_new_impl
    static byte[] construct(PyObject source, PyObject encoding, PyObject errors, String fn) {
        if (source == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        if (source instanceof PyStr s) {
            if (encoding == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            return Codecs.encode(s, PyStr.arg(encoding).toString(),
                    errors == null ? "strict" : PyStr.arg(errors).toString());
        }
        if (encoding != null) {
            throw Errors.typeError("encoding without a string argument");
        }
        if (errors != null) {
            throw Errors.typeError("errors without a string argument");
        }
        if (source instanceof PyBytes b) {
            return b.value.clone();
        }
        if (source instanceof PyByteArray b) {
            return b.toByteArray();
        }
        if (Sequences.isIndex(source)) {
            int n = Abstract.asSize(source);
            if (n < 0) {
                throw Errors.valueError("negative count");
            }
            return new byte[n];
        }
        if (source.getType().slot(Slot.ITER) == null && source.getType().slot(Slot.GETITEM) == null) {
            throw Errors.typeError("cannot convert '%.200s' object to %s",
                    source.getType().getName(), fn);
        }
        return fromIterable(source).value;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Name("source") @Opt PyObject source,
            @Name("encoding") @Opt PyObject encoding, @Name("errors") @Opt PyObject errors) {
        if (source != null && encoding == null && errors == null
                && source.getType().slot(Slot.BYTES) != null) {
            PyObject r = Slots.call0(source.getType().slot(Slot.BYTES), source);
            if (!(r instanceof PyBytes b)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type %.200s)",
                        r.getType().getName());
            }
            return cls == TYPE ? b : new Derived(cls, b.value);
        }
        byte[] v = construct(source, encoding, errors, "bytes");
        return cls == TYPE ? new PyBytes(v) : new Derived(cls, v);
    }

    @PyMethod
    String __repr__() {
        return repr(value, value.length);
    }

    @PyMethod
    int __len__() {
        return value.length;
    }

    @PyMethod
    long __hash__() {
        long h = Arrays.hashCode(value) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    @PyMethod
    PyObject __mod__(PyObject args) {
        String fmt = new String(value, java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] fmtResult = StrFormat.percent(fmt, args, true)
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return new PyBytes(fmtResult);
    }

    @PyMethod
    PyObject __rmod__(PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(value.length);
            byte[] out = new byte[ix.length()];
            for (int k = 0, i = ix.start(); k < out.length; k++, i += ix.step()) {
                out[k] = value[i];
            }
            return new PyBytes(out);
        }
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("byte indices must be integers or slices, not %.200s",
                    key.getType().getName());
        }
        return PyInt.of(value[Sequences.index(key, value.length, "index out of range")] & 0xff);
    }

    @PyMethod
    boolean __contains__(PyObject x) {
        if (Sequences.isIndex(x)) {
            int b = byteValue(x);
            for (byte v : value) {
                if ((v & 0xff) == b) {
                    return true;
                }
            }
            return false;
        }
        byte[] sub = bytesLike(x);
        return indexOf(value, value.length, sub, 0) >= 0;
    }

    static byte[] bytesLike(PyObject x) {
        if (x instanceof PyBytes b) {
            return b.value;
        } else if (x instanceof PyByteArray b) {
            return b.toByteArray();
        }
        throw Errors.typeError("a bytes-like object is required, not '%.100s'",
                x.getType().getName());
    }

    static int indexOf(byte[] hay, int len, byte[] needle, int from) {
        outer:
        for (int i = from; i <= len - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @PyMethod
    PyObject __iter__() {
        return new PyBytesIterator(this);
    }

    @PyMethod
    PyObject __add__(PyObject o) {
        if (!(o instanceof PyBytes || o instanceof PyByteArray)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        byte[] b = bytesLike(o);
        byte[] out = Arrays.copyOf(value, value.length + b.length);
        System.arraycopy(b, 0, out, value.length, b.length);
        return new PyBytes(out);
    }

    @PyMethod
    PyObject __mul__(PyObject n) {
        int c = Sequences.repeatCount(n, value.length);
        if (c < 0) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        byte[] out = new byte[value.length * c];
        for (int k = 0; k < c; k++) {
            System.arraycopy(value, 0, out, k * value.length, value.length);
        }
        return new PyBytes(out);
    }

    @PyMethod
    PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    private PyObject cmp(PyObject o, CompareOp op) {
        if (!(o instanceof PyBytes b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(op.test(Arrays.compareUnsigned(value, b.value)));
    }

    @PyMethod
    PyObject __eq__(PyObject o) {
        return cmp(o, CompareOp.EQ);
    }

    @PyMethod
    PyObject __ne__(PyObject o) {
        return cmp(o, CompareOp.NE);
    }

    @PyMethod
    PyObject __lt__(PyObject o) {
        return cmp(o, CompareOp.LT);
    }

    @PyMethod
    PyObject __le__(PyObject o) {
        return cmp(o, CompareOp.LE);
    }

    @PyMethod
    PyObject __gt__(PyObject o) {
        return cmp(o, CompareOp.GT);
    }

    @PyMethod
    PyObject __ge__(PyObject o) {
        return cmp(o, CompareOp.GE);
    }

    @PyMethod
    PyObject decode(@Name("encoding") @Default("'utf-8'") String encoding,
            @Name("errors") @Default("'strict'") String errors) {
        return Codecs.decode(value, encoding, errors);
    }

    @PyMethod
    String hex(@Opt PyObject sep, @Default("1") int bytesPerSep) {
        return hex(value, value.length, sep, bytesPerSep);
    }

    static String hex(byte[] v, int len) {
        return hex(v, len, null, 1);
    }

    // CPython: Python/pystrhex.c, _Py_strhex_impl (groups counted from the right when positive)
    static String hex(byte[] v, int len, PyObject sepObj, int perSep) {
        String sep = null;
        if (sepObj != null) {
            String s = sepObj instanceof PyStr ps ? ps.toString()
                    : new String(bytesLike(sepObj), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (s.length() != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
            if (s.charAt(0) > 127) {
                throw Errors.valueError("sep must be ASCII.");
            }
            sep = s;
        }
        StringBuilder sb = new StringBuilder(len * 3);
        int group = Math.abs(perSep);
        for (int i = 0; i < len; i++) {
            if (sep != null && group > 0 && i > 0) {
                boolean cut = perSep > 0 ? (len - i) % group == 0 : i % group == 0;
                if (cut) {
                    sb.append(sep);
                }
            }
            sb.append(Character.forDigit((v[i] >> 4) & 0xf, 16))
                    .append(Character.forDigit(v[i] & 0xf, 16));
        }
        return sb.toString();
    }

    static byte[] fromHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (hi < 0 || c > 127) {
                throw Errors.valueError(
                        "non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            if (lo < 0 || s.charAt(i + 1) > 127) {
                throw Errors.valueError(
                        "non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    @PyClassMethod
    static PyObject fromhex(PyType cls, String s) {
        PyBytes b = new PyBytes(fromHex(s));
        return cls == TYPE ? b : cls.call(b);
    }

    @PyMethod
    PyObject join(PyObject iterable) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject[] items = Abstract.toArray(iterable);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.writeBytes(value);
            }
            if (!(items[i] instanceof PyBytes || items[i] instanceof PyByteArray)) {
                throw Errors.typeError("sequence item %d: expected a bytes-like object, %.80s found",
                        i, items[i].getType().getName());
            }
            out.writeBytes(bytesLike(items[i]));
        }
        return new PyBytes(out.toByteArray());
    }

    @PyMethod
    PyObject __getnewargs__() {
        return PyTuple.of(new PyBytes(value));
    }
}

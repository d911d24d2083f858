package dev.taipan.objects;

import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * The Python {@code bytearray}: a mutable byte array plus size. Basic method set: the sequence
 * protocol with item assignment, {@code append}, {@code extend}, {@code pop}, {@code clear},
 * {@code copy}, {@code decode}, {@code hex}, comparison.
 *
 * <p>CPython: Objects/bytearrayobject.c
 */
@PyClass(name = "bytearray", methods = {BytesMethods.class}, unhashable = true)
public class PyByteArray extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code bytearray}. */
    public static final PyType TYPE = PyType.fromClass(PyByteArray.class, LOOKUP);

    private byte[] value;
    private int size;

    /**
     * Creates a bytearray with a copy of the given bytes.
     *
     * @param v the bytes
     */
    public PyByteArray(byte[] v) {
        this.value = v.clone();
        this.size = v.length;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Returns a copy of the bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOf(value, size);
    }

    /** Returns the current length. */
    public int length() {
        return size;
    }

    /**
     * Returns one byte.
     *
     * @param i the index, below {@link #length()}
     * @return the byte
     */
    public byte byteAt(int i) {
        return value[i];
    }

    @PyNew
    static PyObject __new__(PyType cls, @Name("source") @Opt PyObject source,
            @Name("encoding") @Opt PyObject encoding, @Name("errors") @Opt PyObject errors) {
        return new PyByteArray(PyBytes.construct(source, encoding, errors, "bytearray"));
    }

    @PyMethod
    String __repr__() {
        return "bytearray(" + PyBytes.repr(value, size) + ")";
    }

    @PyMethod
    int __len__() {
        return size;
    }

    @PyMethod
    PyObject __mod__(PyObject args) {
        String fmt = new String(toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] fmtResult = StrFormat.percent(fmt, args, true)
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return new PyByteArray(fmtResult);
    }

    @PyMethod
    PyObject __rmod__(PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(size);
            byte[] out = new byte[ix.length()];
            for (int k = 0, i = ix.start(); k < out.length; k++, i += ix.step()) {
                out[k] = value[i];
            }
            return new PyByteArray(out);
        }
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("bytearray indices must be integers or slices, not %.200s",
                    key.getType().getName());
        }
        return PyInt.of(value[Sequences.index(key, size, "bytearray index out of range")] & 0xff);
    }

    @PyMethod
    void __setitem__(PyObject key, PyObject v) {
        if (key instanceof PySlice sl) {
            byte[] src = Sequences.isIndex(v) ? null : v instanceof PyBytes || v instanceof PyByteArray
                    ? PyBytes.bytesLike(v) : PyBytes.fromIterable(v).toByteArray();
            if (src == null) {
                throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in "
                        + "range(0, 256)");
            }
            PySlice.Indices ix = sl.indices(size);
            if (ix.step() == 1) {
                int lo = ix.start();
                int hi = Math.max(lo, ix.stop());
                byte[] out = new byte[size - (hi - lo) + src.length];
                System.arraycopy(value, 0, out, 0, lo);
                System.arraycopy(src, 0, out, lo, src.length);
                System.arraycopy(value, hi, out, lo + src.length, size - hi);
                value = out;
                size = out.length;
                return;
            }
            if (src.length != ix.length()) {
                throw Errors.valueError("attempt to assign bytes of size %d to extended slice of "
                        + "size %d", src.length, ix.length());
            }
            for (int k = 0, i = ix.start(); k < src.length; k++, i += ix.step()) {
                value[i] = src[k];
            }
            return;
        }
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("bytearray indices must be integers or slices, not %.200s",
                    key.getType().getName());
        }
        int i = Sequences.index(key, size, "bytearray index out of range");
        value[i] = (byte) PyBytes.byteValue(v);
    }

    @PyMethod
    PyObject __iter__() {
        return new PyBytesIterator.ByteArrayIterator(this);
    }

    @PyMethod
    void append(PyObject x) {
        int b = PyBytes.byteValue(x);
        if (size == value.length) {
            value = Arrays.copyOf(value, Math.max(8, size * 2));
        }
        value[size++] = (byte) b;
    }

    @PyMethod
    void extend(PyObject iterable) {
        byte[] b = iterable instanceof PyBytes || iterable instanceof PyByteArray
                ? PyBytes.bytesLike(iterable) : PyBytes.fromIterable(iterable).toByteArray();
        value = Arrays.copyOf(value, Math.max(value.length, size + b.length));
        System.arraycopy(b, 0, value, size, b.length);
        size += b.length;
    }

    @PyMethod
    PyObject __iadd__(PyObject o) {
        extend(o);
        return this;
    }

    @PyMethod
    PyObject __add__(PyObject o) {
        if (!(o instanceof PyBytes || o instanceof PyByteArray)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyByteArray r = new PyByteArray(toByteArray());
        r.extend(o);
        return r;
    }

    @PyMethod
    int pop(@Default("-1") int index) {
        if (size == 0) {
            throw Errors.indexError("pop from empty bytearray");
        }
        int i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw Errors.indexError("pop index out of range");
        }
        int b = value[i] & 0xff;
        System.arraycopy(value, i + 1, value, i, size - i - 1);
        size--;
        return b;
    }

    @PyMethod
    boolean __contains__(PyObject x) {
        return new PyBytes(toByteArray()).__contains__(x);
    }

    @PyMethod
    void __delitem__(PyObject key) {
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(size);
            boolean[] drop = new boolean[size];
            for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
                drop[i] = true;
            }
            byte[] out = new byte[size - ix.length()];
            int j = 0;
            for (int i = 0; i < size; i++) {
                if (!drop[i]) {
                    out[j++] = value[i];
                }
            }
            value = out;
            size = out.length;
            return;
        }
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("bytearray indices must be integers or slices, not %.200s",
                    key.getType().getName());
        }
        int i = Sequences.index(key, size, "bytearray index out of range");
        System.arraycopy(value, i + 1, value, i, size - i - 1);
        size--;
    }

    @PyMethod
    void insert(int index, PyObject x) {
        int b = PyBytes.byteValue(x);
        int i = index < 0 ? Math.max(0, index + size) : Math.min(index, size);
        byte[] out = new byte[size + 1];
        System.arraycopy(value, 0, out, 0, i);
        out[i] = (byte) b;
        System.arraycopy(value, i, out, i + 1, size - i);
        value = out;
        size++;
    }

    @PyMethod
    void remove(PyObject x) {
        int b = PyBytes.byteValue(x);
        for (int i = 0; i < size; i++) {
            if ((value[i] & 0xff) == b) {
                System.arraycopy(value, i + 1, value, i, size - i - 1);
                size--;
                return;
            }
        }
        throw Errors.valueError("value not found in bytearray");
    }

    @PyMethod
    void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            byte t = value[i];
            value[i] = value[j];
            value[j] = t;
        }
    }

    @PyMethod
    PyObject __mul__(PyObject n) {
        int c = Sequences.repeatCount(n, size);
        if (c < 0) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        byte[] out = new byte[size * c];
        for (int k = 0; k < c; k++) {
            System.arraycopy(value, 0, out, k * size, size);
        }
        return new PyByteArray(out);
    }

    @PyMethod
    PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @PyMethod
    PyObject __imul__(PyObject n) {
        PyObject r = __mul__(n);
        if (r instanceof PyByteArray b) {
            value = b.value;
            size = b.size;
            return this;
        }
        return r;
    }

    @PyMethod
    PyObject join(PyObject iterable) {
        PyObject r = Abstract.callMethod(new PyBytes(toByteArray()), "join", iterable);
        return new PyByteArray(((PyBytes) r).toByteArray());
    }

    @dev.taipan.objects.expose.PyClassMethod
    static PyObject fromhex(PyType cls, String s) {
        return new PyByteArray(PyBytes.fromHex(s));
    }

    @PyMethod
    void clear() {
        value = new byte[0];
        size = 0;
    }

    @PyMethod
    PyObject copy() {
        return new PyByteArray(toByteArray());
    }

    @PyMethod
    PyObject decode(@Name("encoding") @Default("'utf-8'") String encoding,
            @Name("errors") @Default("'strict'") String errors) {
        return Codecs.decode(toByteArray(), encoding, errors);
    }

    @PyMethod
    String hex(@Opt PyObject sep, @Default("1") int bytesPerSep) {
        return PyBytes.hex(value, size, sep, bytesPerSep);
    }

    private PyObject cmp(PyObject o, CompareOp op) {
        if (!(o instanceof PyBytes || o instanceof PyByteArray)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(op.test(Arrays.compareUnsigned(toByteArray(), PyBytes.bytesLike(o))));
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
}

package dev.taipan.objects;

import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The Python {@code bytearray}: a mutable byte array plus size. Basic method set: the sequence
 * protocol with item assignment, {@code append}, {@code extend}, {@code pop}, {@code clear},
 * {@code copy}, {@code decode}, {@code hex}, comparison.
 *
 * <p>Thread-safety (free-threaded engines, and host threads in either mode): every mutation
 * runs under the object's lock ({@link ContainerLock}) after its arguments have been converted
 * ({@code __index__}, iteration: Python code never runs under the lock); whole-content reads
 * copy under the lock; single-byte reads bound-check against one read of the array.
 *
 * <p>CPython: Objects/bytearrayobject.c
 */
@PyClass(name = "bytearray", methods = {BytesMethods.class}, unhashable = true)
public class PyByteArray extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code bytearray}. */
    public static final PyType TYPE = PyType.fromClass(PyByteArray.class, LOOKUP);

    private static final VarHandle LOCK;

    static {
        try {
            LOCK = LOOKUP.findVarHandle(PyByteArray.class, "lockWord", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private byte[] value;
    private int size;
    /** The mutation lock: 0 free, 1 held (see {@link ContainerLock}). */
    private int lockWord;

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

    private void lock() {
        if (!LOCK.compareAndSet(this, 0, 1)) {
            ContainerLock.acquireSlow(LOCK, this);
        }
    }

    private void unlock() {
        LOCK.setRelease(this, 0);
    }

    /** Returns a copy of the bytes (one consistent state). */
    public byte[] toByteArray() {
        lock();
        try {
            return Arrays.copyOf(value, size);
        } finally {
            unlock();
        }
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
        int b = byteOrMinusOne(i);
        if (b < 0) {
            throw Errors.indexError("bytearray index out of range");
        }
        return (byte) b;
    }

    /**
     * Returns one byte as 0..255, or -1 if the index is out of range (racing readers).
     *
     * @param i the index
     * @return the byte or -1
     */
    int byteOrMinusOne(int i) {
        int n = size;
        byte[] a = value;
        return i >= 0 && i < n && i < a.length ? a[i] & 0xff : -1;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Name("source") @Opt PyObject source,
            @Name("encoding") @Opt PyObject encoding, @Name("errors") @Opt PyObject errors) {
        return new PyByteArray(PyBytes.construct(source, encoding, errors, "bytearray"));
    }

    @PyMethod
    String __repr__() {
        byte[] b = toByteArray();
        return "bytearray(" + PyBytes.repr(b, b.length) + ")";
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
            while (true) {
                // __index__ of the slice bounds runs unlocked; retried if the size moved.
                int n = size;
                PySlice.Indices ix = s.indices(n);
                lock();
                try {
                    if (size == n) {
                        byte[] out = new byte[ix.length()];
                        for (int k = 0, i = ix.start(); k < out.length; k++, i += ix.step()) {
                            out[k] = value[i];
                        }
                        return new PyByteArray(out);
                    }
                } finally {
                    unlock();
                }
            }
        }
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("bytearray indices must be integers or slices, not %.200s",
                    key.getType().getName());
        }
        int i = Abstract.asIndex(key);
        int b = byteOrMinusOne(i < 0 ? i + size : i);
        if (b < 0) {
            throw Errors.indexError("bytearray index out of range");
        }
        return PyInt.of(b);
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
            PySlice.Indices ix;
            while (true) {
                int n = size;
                ix = sl.indices(n);
                lock();
                try {
                    if (size != n) {
                        continue;
                    }
                    if (ix.step() == 1) {
                        int lo = ix.start();
                        int hi = Math.max(lo, ix.stop());
                        byte[] out = new byte[n - (hi - lo) + src.length];
                        System.arraycopy(value, 0, out, 0, lo);
                        System.arraycopy(src, 0, out, lo, src.length);
                        System.arraycopy(value, hi, out, lo + src.length, n - hi);
                        value = out;
                        size = out.length;
                        return;
                    }
                    if (src.length == ix.length()) {
                        for (int k = 0, i = ix.start(); k < src.length; k++, i += ix.step()) {
                            value[i] = src[k];
                        }
                        return;
                    }
                } finally {
                    unlock();
                }
                break;
            }
            throw Errors.valueError("attempt to assign bytes of size %d to extended slice of "
                    + "size %d", src.length, ix.length());
        }
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("bytearray indices must be integers or slices, not %.200s",
                    key.getType().getName());
        }
        int i = Abstract.asIndex(key);
        byte b = (byte) PyBytes.byteValue(v);
        boolean done;
        lock();
        try {
            int j = i < 0 ? i + size : i;
            done = j >= 0 && j < size;
            if (done) {
                value[j] = b;
            }
        } finally {
            unlock();
        }
        if (!done) {
            throw Errors.indexError("bytearray index out of range");
        }
    }

    @PyMethod
    PyObject __iter__() {
        return new PyBytesIterator.ByteArrayIterator(this);
    }

    @PyMethod
    void append(PyObject x) {
        int b = PyBytes.byteValue(x);
        lock();
        try {
            if (size == value.length) {
                value = Arrays.copyOf(value, Math.max(8, size * 2));
            }
            value[size] = (byte) b;
            size++;
        } finally {
            unlock();
        }
    }

    @PyMethod
    void extend(PyObject iterable) {
        byte[] b = iterable instanceof PyBytes || iterable instanceof PyByteArray
                ? PyBytes.bytesLike(iterable) : PyBytes.fromIterable(iterable).toByteArray();
        lock();
        try {
            if (size + b.length > value.length) {
                value = Arrays.copyOf(value, Math.max(size + b.length, value.length + (value.length >> 1)));
            }
            System.arraycopy(b, 0, value, size, b.length);
            size += b.length;
        } finally {
            unlock();
        }
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
        int b = -1;
        boolean empty;
        lock();
        try {
            empty = size == 0;
            int i = index < 0 ? index + size : index;
            if (!empty && i >= 0 && i < size) {
                b = value[i] & 0xff;
                System.arraycopy(value, i + 1, value, i, size - i - 1);
                size--;
            }
        } finally {
            unlock();
        }
        if (b < 0) {
            throw Errors.indexError(empty ? "pop from empty bytearray" : "pop index out of range");
        }
        return b;
    }

    @PyMethod
    boolean __contains__(PyObject x) {
        return new PyBytes(toByteArray()).__contains__(x);
    }

    @PyMethod
    void __delitem__(PyObject key) {
        if (key instanceof PySlice sl) {
            while (true) {
                int n = size;
                PySlice.Indices ix = sl.indices(n);
                lock();
                try {
                    if (size != n) {
                        continue;
                    }
                    boolean[] drop = new boolean[n];
                    for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
                        drop[i] = true;
                    }
                    byte[] out = new byte[n - ix.length()];
                    int j = 0;
                    for (int i = 0; i < n; i++) {
                        if (!drop[i]) {
                            out[j++] = value[i];
                        }
                    }
                    value = out;
                    size = out.length;
                    return;
                } finally {
                    unlock();
                }
            }
        }
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("bytearray indices must be integers or slices, not %.200s",
                    key.getType().getName());
        }
        int i = Abstract.asIndex(key);
        boolean done;
        lock();
        try {
            int j = i < 0 ? i + size : i;
            done = j >= 0 && j < size;
            if (done) {
                System.arraycopy(value, j + 1, value, j, size - j - 1);
                size--;
            }
        } finally {
            unlock();
        }
        if (!done) {
            throw Errors.indexError("bytearray index out of range");
        }
    }

    @PyMethod
    void insert(int index, PyObject x) {
        int b = PyBytes.byteValue(x);
        lock();
        try {
            int i = index < 0 ? Math.max(0, index + size) : Math.min(index, size);
            byte[] out = new byte[size + 1];
            System.arraycopy(value, 0, out, 0, i);
            out[i] = (byte) b;
            System.arraycopy(value, i, out, i + 1, size - i);
            value = out;
            size++;
        } finally {
            unlock();
        }
    }

    @PyMethod
    void remove(PyObject x) {
        int b = PyBytes.byteValue(x);
        lock();
        try {
            for (int i = 0; i < size; i++) {
                if ((value[i] & 0xff) == b) {
                    System.arraycopy(value, i + 1, value, i, size - i - 1);
                    size--;
                    return;
                }
            }
        } finally {
            unlock();
        }
        throw Errors.valueError("value not found in bytearray");
    }

    @PyMethod
    void reverse() {
        lock();
        try {
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                byte t = value[i];
                value[i] = value[j];
                value[j] = t;
            }
        } finally {
            unlock();
        }
    }

    @PyMethod
    PyObject __mul__(PyObject n) {
        int c = Sequences.repeatCount(n, size);
        if (c < 0) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        byte[] src = toByteArray();
        if ((long) src.length * c > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError();
        }
        byte[] out = new byte[src.length * c];
        for (int k = 0; k < c; k++) {
            System.arraycopy(src, 0, out, k * src.length, src.length);
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
            lock();
            try {
                value = b.value;
                size = b.size;
            } finally {
                unlock();
            }
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
        lock();
        try {
            value = new byte[0];
            size = 0;
        } finally {
            unlock();
        }
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
        byte[] b = toByteArray();
        return PyBytes.hex(b, b.length, sep, bytesPerSep);
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

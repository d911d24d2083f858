package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.CompareOp;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyNotImplemented;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PySlice;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.Slot;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * {@code array.array}: a compact, mutable sequence of numbers or characters of one C type,
 * chosen by a type code (see {@link ArrayCodes}). Methods hold the object's monitor while they
 * touch the items; conversions and comparisons that may run Python code happen outside it.
 */
// CPython: Modules/arraymodule.c
@PyClass(name = "array", module = "array", unhashable = true)
public class PyArray extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code array.array}. */
    public static final PyType TYPE = PyType.fromClass(PyArray.class, LOOKUP);

    private static final String BAD_TYPECODE =
            "bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)";
    private static final String BAD_ARGUMENT = "bad argument type for built-in operation";

    final ArrayCodes kind;
    private long[] items;
    private int size;

    /** An instance of a Python subclass of {@code array}. */
    static final class Derived extends PyArray implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type, ArrayCodes kind) {
            super(kind, new long[0], 0);
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    PyArray(ArrayCodes kind, long[] items, int size) {
        this.kind = kind;
        this.items = items;
        this.size = size;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0 && cls == TYPE) {
            throw Errors.typeError("array.array() takes no keyword arguments");
        }
        if (args.length < 1 || args.length > 2) {
            throw Errors.typeError(args.length < 1
                    ? "array() takes at least 1 argument (0 given)"
                    : "array() takes at most 2 arguments (" + args.length + " given)");
        }
        PyObject code = args[0];
        if (!(code instanceof PyStr s) || s.length() != 1) {
            throw Errors.typeError("array() argument 1 must be a unicode character, not %.50s",
                    code.getType().getName());
        }
        ArrayCodes kind = ArrayCodes.of(s.codePointAt(0));
        if (kind == null) {
            throw Errors.valueError(BAD_TYPECODE);
        }
        PyArray a = cls == TYPE ? new PyArray(kind, new long[0], 0) : new Derived(cls, kind);
        PyObject init = args.length > 1 ? args[1] : PyNone.NONE;
        if (init == PyNone.NONE) {
            return a;
        }
        if (init instanceof PyStr str) {
            if (!kind.isChar()) {
                throw Errors.typeError("cannot use a str to initialize an array with typecode '%c'",
                        kind.code);
            }
            a.fromunicode(str);
        } else if (init instanceof PyArray other && other.kind.isChar() && !kind.isChar()) {
            throw Errors.typeError("cannot use a unicode array to initialize an array with "
                    + "typecode '%c'", kind.code);
        } else if (isBytesLike(init)) {
            a.frombytes(init);
        } else {
            a.appendAll(init);
        }
        return a;
    }

    private static boolean isBytesLike(PyObject o) {
        return o instanceof PyBytes || o instanceof dev.taipan.objects.PyByteArray;
    }

    // ---- storage helpers ----------------------------------------------------------------------

    private synchronized long[] snapshot() {
        return Arrays.copyOf(items, size);
    }

    private synchronized void appendRaw(long[] values, int count) {
        ensure(size + count);
        System.arraycopy(values, 0, items, size, count);
        size += count;
    }

    private void ensure(int needed) {
        if (needed < 0 || needed > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError();
        }
        if (needed > items.length) {
            items = Arrays.copyOf(items, Math.max(needed, Math.min(Integer.MAX_VALUE - 8,
                    items.length + (items.length >> 1) + 4)));
        }
    }

    private void appendAll(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        for (PyObject v = nextOrNull(it); v != null; v = nextOrNull(it)) {
            long x = kind.store(v);
            appendRaw(new long[] {x}, 1);
        }
    }

    private static PyObject nextOrNull(PyObject it) {
        return Abstract.next(it);
    }

    private PyArray make(long[] values, int count) {
        return new PyArray(kind, values, count);
    }

    private static boolean isIndex(PyObject key) {
        return key instanceof PyInt || key.getType().slot(Slot.INDEX) != null;
    }

    private PyArray sameKind(PyObject o, String notArrayMessage) {
        if (!(o instanceof PyArray a)) {
            throw Errors.typeError(notArrayMessage, o.getType().getName());
        }
        if (a.kind != kind) {
            throw Errors.typeError(BAD_ARGUMENT);
        }
        return a;
    }

    // ---- attributes ---------------------------------------------------------------------------

    @PyGetter
    String typecode() {
        return String.valueOf(kind.code);
    }

    @PyGetter
    int itemsize() {
        return kind.itemsize;
    }

    // ---- sequence protocol --------------------------------------------------------------------

    @PyMethod
    synchronized int __len__() {
        return size;
    }

    @PyMethod
    PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            synchronized (this) {
                PySlice.Indices ix = s.indices(size);
                long[] out = new long[ix.length()];
                for (int k = 0, i = ix.start(); k < out.length; k++, i += ix.step()) {
                    out[k] = items[i];
                }
                return make(out, out.length);
            }
        }
        if (!isIndex(key)) {
            throw Errors.typeError("array indices must be integers");
        }
        int i = Abstract.asIndex(key);
        long x;
        synchronized (this) {
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw Errors.indexError("array index out of range");
            }
            x = items[i];
        }
        return kind.load(x);
    }

    @PyMethod
    void __setitem__(PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            PyArray src = sameKind(value, "can only assign array (not \"%.200s\") to array slice");
            long[] v = src.snapshot();
            synchronized (this) {
                PySlice.Indices ix = s.indices(size);
                if (ix.step() == 1) {
                    int lo = ix.start();
                    int hi = Math.max(lo, ix.stop());
                    long[] out = new long[size - (hi - lo) + v.length];
                    System.arraycopy(items, 0, out, 0, lo);
                    System.arraycopy(v, 0, out, lo, v.length);
                    System.arraycopy(items, hi, out, lo + v.length, size - hi);
                    items = out;
                    size = out.length;
                    return;
                }
                if (v.length != ix.length()) {
                    throw Errors.valueError("attempt to assign array of size %d to extended slice "
                            + "of size %d", v.length, ix.length());
                }
                for (int k = 0, i = ix.start(); k < v.length; k++, i += ix.step()) {
                    items[i] = v[k];
                }
            }
            return;
        }
        if (!isIndex(key)) {
            throw Errors.typeError("array indices must be integers");
        }
        int i = Abstract.asIndex(key);
        long x = kind.store(value);
        synchronized (this) {
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw Errors.indexError("array assignment index out of range");
            }
            items[i] = x;
        }
    }

    @PyMethod
    void __delitem__(PyObject key) {
        if (key instanceof PySlice s) {
            synchronized (this) {
                PySlice.Indices ix = s.indices(size);
                boolean[] drop = new boolean[size];
                for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
                    drop[i] = true;
                }
                int w = 0;
                for (int r = 0; r < size; r++) {
                    if (!drop[r]) {
                        items[w++] = items[r];
                    }
                }
                size = w;
            }
            return;
        }
        if (!isIndex(key)) {
            throw Errors.typeError("array indices must be integers");
        }
        int i = Abstract.asIndex(key);
        synchronized (this) {
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw Errors.indexError("array assignment index out of range");
            }
            System.arraycopy(items, i + 1, items, i, size - i - 1);
            size--;
        }
    }

    @PyMethod
    PyObject __iter__() {
        return new PyArrayIterator(this);
    }

    /** The item at {@code i} as a Python value, or {@code null} past the end (for iterators). */
    PyObject itemOrNull(int i) {
        long x;
        synchronized (this) {
            if (i >= size) {
                return null;
            }
            x = items[i];
        }
        return kind.load(x);
    }

    @PyMethod
    boolean __contains__(PyObject v) {
        long[] a = snapshot();
        for (long x : a) {
            if (Abstract.richCompareBool(kind.load(x), v, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod
    PyObject __add__(PyObject o) {
        PyArray other = sameKind(o, "can only append array (not \"%.200s\") to array");
        long[] a = snapshot();
        long[] b = other.snapshot();
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return make(out, out.length);
    }

    @PyMethod
    PyObject __iadd__(PyObject o) {
        if (!(o instanceof PyArray other)) {
            throw Errors.typeError("can only extend array with array (not \"%.200s\")",
                    o.getType().getName());
        }
        extendArray(other);
        return this;
    }

    private void extendArray(PyArray other) {
        if (other.kind != kind) {
            throw Errors.typeError("can only extend with array of same kind");
        }
        long[] b = other.snapshot();
        appendRaw(b, b.length);
    }

    private long[] repeated(PyObject n) {
        long count = Abstract.asLong(n);
        long[] a = snapshot();
        if (count <= 0 || a.length == 0) {
            return new long[0];
        }
        if (count * a.length > Integer.MAX_VALUE - 8 || count > Integer.MAX_VALUE) {
            throw Errors.memoryError();
        }
        long[] out = new long[(int) (count * a.length)];
        for (int k = 0; k < count; k++) {
            System.arraycopy(a, 0, out, k * a.length, a.length);
        }
        return out;
    }

    @PyMethod
    PyObject __mul__(PyObject n) {
        if (!isIndex(n)) {
            // As CPython's sequence repeat: the other operand's __rmul__ gets its turn, then
            // the sequence message.
            if (Abstract.lookupAttr(n, "__rmul__") != null) {
                PyObject r = Abstract.callMethod(n, "__rmul__", this);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            throw notRepeatCount(n);
        }
        long[] out = repeated(n);
        return make(out, out.length);
    }

    @PyMethod
    PyObject __rmul__(PyObject n) {
        if (!isIndex(n)) {
            throw notRepeatCount(n);
        }
        long[] out = repeated(n);
        return make(out, out.length);
    }

    private static RuntimeException notRepeatCount(PyObject n) {
        return Errors.typeError("can't multiply sequence by non-int of type '%.200s'",
                n.getType().getName());
    }

    @PyMethod
    PyObject __imul__(PyObject n) {
        if (!isIndex(n)) {
            throw notRepeatCount(n);
        }
        long[] out = repeated(n);
        synchronized (this) {
            items = out;
            size = out.length;
        }
        return this;
    }

    // ---- comparison ---------------------------------------------------------------------------

    private PyObject compare(PyObject o, CompareOp op) {
        if (!(o instanceof PyArray other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long[] a = snapshot();
        long[] b = other == this ? a : other.snapshot();
        if (a.length != b.length && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return dev.taipan.objects.PyBool.of(op == CompareOp.NE);
        }
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            PyObject x = kind.load(a[i]);
            PyObject y = other.kind.load(b[i]);
            if (!Abstract.richCompareBool(x, y, CompareOp.EQ)) {
                if (op == CompareOp.EQ) {
                    return dev.taipan.objects.PyBool.of(false);
                }
                if (op == CompareOp.NE) {
                    return dev.taipan.objects.PyBool.of(true);
                }
                return Abstract.richCompare(x, y, op);
            }
        }
        int c = Integer.compare(a.length, b.length);
        boolean r = switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
        return dev.taipan.objects.PyBool.of(r);
    }

    @PyMethod
    PyObject __eq__(PyObject o) {
        return compare(o, CompareOp.EQ);
    }

    @PyMethod
    PyObject __ne__(PyObject o) {
        return compare(o, CompareOp.NE);
    }

    @PyMethod
    PyObject __lt__(PyObject o) {
        return compare(o, CompareOp.LT);
    }

    @PyMethod
    PyObject __le__(PyObject o) {
        return compare(o, CompareOp.LE);
    }

    @PyMethod
    PyObject __gt__(PyObject o) {
        return compare(o, CompareOp.GT);
    }

    @PyMethod
    PyObject __ge__(PyObject o) {
        return compare(o, CompareOp.GE);
    }

    // ---- representation -----------------------------------------------------------------------

    @PyMethod
    String __repr__() {
        long[] a = snapshot();
        String head = getType().getName() + "('" + kind.code + "'";
        if (a.length == 0) {
            return head + ")";
        }
        if (kind.isChar()) {
            return head + ", " + Abstract.repr(tounicode()) + ")";
        }
        StringBuilder sb = new StringBuilder(head).append(", [");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Abstract.repr(kind.load(a[i])));
        }
        return sb.append("])").toString();
    }

    // ---- list-like methods --------------------------------------------------------------------

    @PyMethod
    void append(PyObject v) {
        long x = kind.store(v);
        appendRaw(new long[] {x}, 1);
    }

    @PyMethod
    void extend(PyObject iterable) {
        if (iterable instanceof PyArray other) {
            extendArray(other);
        } else {
            appendAll(iterable);
        }
    }

    @PyMethod
    void insert(int index, PyObject v) {
        long x = kind.store(v);
        synchronized (this) {
            int i = index < 0 ? Math.max(0, index + size) : Math.min(index, size);
            ensure(size + 1);
            System.arraycopy(items, i, items, i + 1, size - i);
            items[i] = x;
            size++;
        }
    }

    @PyMethod
    PyObject pop(@Default("-1") int index) {
        long x;
        synchronized (this) {
            if (size == 0) {
                throw Errors.indexError("pop from empty array");
            }
            int i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                throw Errors.indexError("pop index out of range");
            }
            x = items[i];
            System.arraycopy(items, i + 1, items, i, size - i - 1);
            size--;
        }
        return kind.load(x);
    }

    private int find(PyObject v, int start, int stop) {
        long[] a = snapshot();
        int n = a.length;
        int lo = start < 0 ? Math.max(0, start + n) : Math.min(start, n);
        int hi = stop < 0 ? Math.max(0, stop + n) : Math.min(stop, n);
        for (int i = lo; i < hi; i++) {
            if (Abstract.richCompareBool(kind.load(a[i]), v, CompareOp.EQ)) {
                return i;
            }
        }
        return -1;
    }

    @PyMethod
    void remove(PyObject v) {
        int i = find(v, 0, Integer.MAX_VALUE);
        if (i < 0) {
            throw Errors.valueError("array.remove(x): x not in array");
        }
        synchronized (this) {
            if (i < size) {
                System.arraycopy(items, i + 1, items, i, size - i - 1);
                size--;
            }
        }
    }

    @PyMethod
    int index(PyObject v, @Default("0") PyObject start, @Opt PyObject stop) {
        int lo = Abstract.asSize(start);
        int hi = stop == null ? Integer.MAX_VALUE : Abstract.asSize(stop);
        int i = find(v, lo, hi);
        if (i < 0) {
            throw Errors.valueError("array.index(x): x not in array");
        }
        return i;
    }

    @PyMethod
    int count(PyObject v) {
        int n = 0;
        for (long x : snapshot()) {
            if (Abstract.richCompareBool(kind.load(x), v, CompareOp.EQ)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod
    synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            long t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    @PyMethod
    PyObject tolist() {
        long[] a = snapshot();
        PyObject[] out = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = kind.load(a[i]);
        }
        return PyList.of(out);
    }

    @PyMethod
    void fromlist(PyObject list) {
        if (!(list instanceof PyList l)) {
            throw Errors.typeError("arg must be list");
        }
        PyObject[] values = Abstract.toArray(l);
        long[] converted = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            converted[i] = kind.store(values[i]);
        }
        appendRaw(converted, converted.length);
    }

    // ---- bytes, characters, files -------------------------------------------------------------

    @PyMethod
    PyObject tobytes() {
        long[] a = snapshot();
        byte[] out = new byte[a.length * kind.itemsize];
        for (int i = 0; i < a.length; i++) {
            kind.encode(a[i], out, i * kind.itemsize);
        }
        return new PyBytes(out);
    }

    /**
     * The items' machine bytes for {@code bytes(a)}: CPython gets them through the buffer
     * protocol, which Taipan's bytes constructor does not consult, so the array offers them
     * the way bytes() does ask.
     */
    @PyMethod
    PyObject __bytes__() {
        return tobytes();
    }

    @PyMethod
    void frombytes(PyObject buffer) {
        byte[] b = StructModule.bytesOf(buffer);
        if (b.length % kind.itemsize != 0) {
            throw Errors.valueError("bytes length not a multiple of item size");
        }
        int n = b.length / kind.itemsize;
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = kind.decode(b, i * kind.itemsize);
        }
        appendRaw(values, n);
    }

    @PyMethod
    synchronized void byteswap() {
        byte[] one = new byte[kind.itemsize];
        byte[] swapped = new byte[kind.itemsize];
        for (int i = 0; i < size; i++) {
            kind.encode(items[i], one, 0);
            for (int k = 0; k < one.length; k++) {
                swapped[k] = one[one.length - 1 - k];
            }
            items[i] = kind.decode(swapped, 0);
        }
    }

    @PyMethod
    PyStr tounicode() {
        if (!kind.isChar()) {
            throw Errors.valueError("tounicode() may only be called on unicode type arrays "
                    + "('u' or 'w')");
        }
        long[] a = snapshot();
        int[] cps = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            if (a[i] < 0 || a[i] > Character.MAX_CODE_POINT) {
                throw Errors.valueError("character U+%x is not in range [U+0000; U+10ffff]", a[i]);
            }
            cps[i] = (int) a[i];
        }
        return PyStr.fromCodePoints(cps);
    }

    @PyMethod
    void fromunicode(PyObject s) {
        if (!kind.isChar()) {
            throw Errors.valueError("fromunicode() may only be called on unicode type arrays "
                    + "('u' or 'w')");
        }
        if (!(s instanceof PyStr str)) {
            throw Errors.typeError("fromunicode() argument must be str, not %.50s",
                    s.getType().getName());
        }
        int n = str.length();
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = str.codePointAt(i);
        }
        appendRaw(values, n);
    }

    @PyMethod
    PyObject tofile(PyObject f) {
        Abstract.callMethod(f, "write", tobytes());
        return PyNone.NONE;
    }

    @PyMethod
    void fromfile(PyObject f, PyObject n) {
        long count = Abstract.asLong(n);
        if (count < 0) {
            throw Errors.valueError("negative count");
        }
        long nbytes = count * kind.itemsize;
        if (nbytes > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError();
        }
        PyObject data = Abstract.callMethod(f, "read", PyInt.of(nbytes));
        if (!(data instanceof PyBytes b)) {
            throw Errors.typeError("read() didn't return bytes");
        }
        byte[] got = b.toByteArray();
        int whole = got.length - got.length % kind.itemsize;
        frombytes(new PyBytes(Arrays.copyOf(got, whole)));
        if (got.length != nbytes) {
            throw Errors.of(ExceptionTypes.EOFError, "read() didn't return enough bytes");
        }
    }

    @PyMethod
    PyObject buffer_info() {
        int n;
        synchronized (this) {
            n = size;
        }
        return PyTuple.of(PyInt.of(Abstract.identityHash(this)), PyInt.of(n));
    }

    @PyMethod
    PyObject __copy__() {
        long[] a = snapshot();
        return make(a, a.length);
    }

    @PyMethod
    PyObject __deepcopy__(PyObject memo) {
        return __copy__();
    }

    @PyMethod
    PyObject __reduce_ex__(PyObject protocol) {
        PyObject dict = this instanceof HasDict h ? h.getDict() : PyNone.NONE;
        PyObject items = kind.isChar() ? tounicode() : tolist();
        return PyTuple.of(getType(), PyTuple.of(PyStr.of(String.valueOf(kind.code)), items), dict);
    }
}

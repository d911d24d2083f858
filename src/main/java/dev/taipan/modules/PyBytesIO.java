package dev.taipan.modules;

import dev.taipan.builtins.PyMemoryView;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyIterator;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PySlice;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code io.BytesIO}: an in-memory binary stream over a growable byte array. {@code getbuffer()}
 * gives a read-only snapshot rather than a live view.
 */
// CPython: Modules/_io/bytesio.c
@PyClass(name = "BytesIO", module = "_io")
public class PyBytesIO extends PyObject implements PyIterator {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code _io.BytesIO}. */
    public static final PyType TYPE = PyType.fromClass(PyBytesIO.class, LOOKUP);

    private static final String CLOSED = "I/O operation on closed file.";

    private byte[] buf = new byte[0];
    private int length;
    private int pos;
    private boolean closed;

    /** An instance of a Python subclass of {@code BytesIO}. */
    static final class Derived extends PyBytesIO implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type) {
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

    /** Creates an empty stream. */
    public PyBytesIO() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        return cls == TYPE ? new PyBytesIO() : new Derived(cls);
    }

    @PyMethod
    synchronized void __init__(@Name("initial_bytes") @Default("None") PyObject initial) {
        length = 0;
        pos = 0;
        buf = initial == PyNone.NONE ? new byte[0] : StructModule.bytesOf(initial).clone();
        length = buf.length;
    }

    private void checkOpen() {
        if (closed) {
            throw Errors.valueError(CLOSED);
        }
    }

    // ---- writing --------------------------------------------------------------------------

    private void writeBytes(byte[] data) {
        long end = (long) pos + data.length;
        if (end > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError();
        }
        if (end > buf.length) {
            try {
                buf = Arrays.copyOf(buf, (int) Math.max(end, Math.min(Integer.MAX_VALUE - 8L, buf.length * 2L)));
            } catch (OutOfMemoryError e) {
                // One oversized buffer (a write far past the end): the interpreter itself is fine.
                throw Errors.memoryError();
            }
        }
        if (pos > length) {
            Arrays.fill(buf, length, pos, (byte) 0);
        }
        System.arraycopy(data, 0, buf, pos, data.length);
        pos = (int) end;
        length = Math.max(length, pos);
    }

    @PyMethod
    synchronized int write(PyObject b) {
        checkOpen();
        byte[] data = StructModule.bytesOf(b);
        if (data.length > 0) {
            writeBytes(data);
        }
        return data.length;
    }

    @PyMethod
    void writelines(PyObject lines) {
        checkOpen();
        PyObject it = Abstract.iter(lines);
        // Unlike StringIO's, BytesIO's writelines does not go through an overriding write().
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            write(line);
        }
    }

    // ---- reading --------------------------------------------------------------------------

    private static int sizeArg(PyObject size) {
        if (size == PyNone.NONE) {
            return -1;
        }
        if (!(size instanceof PyInt) && size.getType().lookup("__index__") == null) {
            throw Errors.typeError("argument should be integer or None, not '%.200s'", size.getType().getName());
        }
        long n = Abstract.asLong(size);
        return n < 0 ? -1 : (int) Math.min(n, Integer.MAX_VALUE);
    }

    private byte[] take(int n) {
        int start = Math.min(pos, length);
        int end = n < 0 ? length : (int) Math.min((long) start + n, length);
        pos = Math.max(pos, end);
        return Arrays.copyOfRange(buf, start, end);
    }

    @PyMethod
    synchronized PyObject read(@Default("-1") PyObject size) {
        checkOpen();
        return new PyBytes(take(sizeArg(size)));
    }

    @PyMethod
    PyObject read1(@Default("-1") PyObject size) {
        return read(size);
    }

    private int readIntoBuffer(PyObject target) {
        checkOpen();
        int room = Abstract.len(target);
        byte[] data = take(room);
        Abstract.setItem(target, new PySlice(PyInt.of(0), PyInt.of(data.length), PyNone.NONE), new PyBytes(data));
        return data.length;
    }

    @PyMethod
    synchronized int readinto(PyObject buffer) {
        return readIntoBuffer(buffer);
    }

    @PyMethod
    synchronized int readinto1(PyObject buffer) {
        return readIntoBuffer(buffer);
    }

    private byte[] nextLine(int limit) {
        int start = Math.min(pos, length);
        int stop = limit < 0 ? length : (int) Math.min((long) start + limit, length);
        int end = stop;
        for (int i = start; i < stop; i++) {
            if (buf[i] == '\n') {
                end = i + 1;
                break;
            }
        }
        pos = Math.max(pos, end);
        return Arrays.copyOfRange(buf, start, end);
    }

    @PyMethod
    synchronized PyObject readline(@Default("-1") PyObject size) {
        checkOpen();
        return new PyBytes(nextLine(sizeArg(size)));
    }

    @PyMethod
    synchronized PyObject readlines(@Default("None") PyObject hint) {
        checkOpen();
        long limit = hint == PyNone.NONE ? -1 : Abstract.asLong(hint);
        List<PyObject> lines = new ArrayList<>();
        long total = 0;
        while (pos < length) {
            byte[] line = nextLine(-1);
            lines.add(new PyBytes(line));
            total += line.length;
            if (limit > 0 && total >= limit) {
                break;
            }
        }
        return PyList.of(lines.toArray(new PyObject[0]));
    }

    @Override
    public synchronized PyObject nextOrNull() {
        checkOpen();
        if (pos >= length) {
            return null;
        }
        return new PyBytes(nextLine(-1));
    }

    @PyMethod
    PyObject __iter__() {
        return this;
    }

    @PyMethod
    PyObject __next__() {
        PyObject line;
        if (getType() == TYPE) {
            line = nextOrNull();
        } else {
            line = Abstract.callMethod(this, "readline");
            if (Abstract.len(line) == 0) {
                line = null;
            }
        }
        if (line == null) {
            throw Errors.stopIteration(null);
        }
        return line;
    }

    // ---- positioning ----------------------------------------------------------------------

    @PyMethod
    synchronized int tell() {
        checkOpen();
        return pos;
    }

    @PyMethod
    synchronized int seek(PyObject posArg, @Default("0") int whence) {
        checkOpen();
        long offset = Abstract.asLong(posArg);
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (whence == 0 && offset < 0) {
            throw Errors.valueError("negative seek value %d", offset);
        }
        long target = whence == 0 ? offset : (whence == 1 ? pos : length) + offset;
        pos = (int) Math.max(0, Math.min(target, Integer.MAX_VALUE - 8L));
        return pos;
    }

    @PyMethod
    synchronized int truncate(@Default("None") PyObject size) {
        checkOpen();
        long n = size == PyNone.NONE ? pos : Abstract.asLong(size);
        if (n < 0) {
            throw Errors.valueError("negative size value %d", n);
        }
        if (n < length) {
            length = (int) n;
        }
        return (int) n;
    }

    @PyMethod
    synchronized PyObject getvalue() {
        checkOpen();
        return new PyBytes(Arrays.copyOf(buf, length));
    }

    @PyMethod
    synchronized PyObject getbuffer() {
        checkOpen();
        PyObject snapshot = new PyBytes(Arrays.copyOf(buf, length));
        return Abstract.callWithDict(PyMemoryView.TYPE, new PyObject[] {snapshot}, null);
    }

    // ---- state ----------------------------------------------------------------------------

    @PyMethod
    synchronized void close() {
        closed = true;
        buf = new byte[0];
        length = 0;
    }

    @PyGetter
    boolean closed() {
        return closed;
    }

    @PyMethod
    boolean readable() {
        checkOpen();
        return true;
    }

    @PyMethod
    boolean writable() {
        checkOpen();
        return true;
    }

    @PyMethod
    boolean seekable() {
        checkOpen();
        return true;
    }

    @PyMethod
    boolean isatty() {
        checkOpen();
        return false;
    }

    @PyMethod
    void flush() {
        checkOpen();
    }

    @PyMethod
    PyObject fileno() {
        throw Errors.of(IoModule.unsupportedOperation(), "fileno");
    }

    @PyMethod
    PyObject detach() {
        throw Errors.of(IoModule.unsupportedOperation(), "detach");
    }

    @PyMethod
    synchronized PyObject __getstate__() {
        checkOpen();
        PyObject dict = this instanceof HasDict d && d.getDict().size() > 0 ? d.getDict() : PyNone.NONE;
        return PyTuple.of(new PyBytes(Arrays.copyOf(buf, length)), PyInt.of(pos), dict);
    }

    @PyMethod
    synchronized void __setstate__(PyObject state) {
        checkOpen();
        if (!(state instanceof PyTuple t) || t.size() < 3) {
            throw Errors.typeError("%.200s.__setstate__ argument should be 3-tuple, got %.200s",
                    getType().getName(), state.getType().getName());
        }
        buf = StructModule.bytesOf(t.get(0)).clone();
        length = buf.length;
        long p = Abstract.asLong(t.get(1));
        if (p < 0) {
            throw Errors.valueError("position value cannot be negative");
        }
        pos = (int) Math.min(p, Integer.MAX_VALUE - 8);
        if (t.get(2) != PyNone.NONE && this instanceof HasDict d) {
            Abstract.callMethod(d.getDict(), "update", t.get(2));
        }
    }

    @PyMethod
    PyObject __enter__() {
        checkOpen();
        return this;
    }

    @PyMethod
    void __exit__(@Args PyObject[] args) {
        Abstract.callMethod(this, "close");

    }
}

package dev.taipan.builtins;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * A binary file from {@code open()}: {@code _io.FileIO} when unbuffered, else
 * {@code BufferedReader}, {@code BufferedWriter} or {@code BufferedRandom} by mode. One Java
 * class does the work; the four nested subclasses only give each its Python type.
 */
// CPython: Modules/_io/fileio.c and Modules/_io/bufferedio.c
@PyClass(name = "_BufferedIOBase", module = "_io")
public abstract class PyBinaryFile extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The common base type of the binary file types. */
    public static final PyType TYPE = PyType.fromClass(PyBinaryFile.class, LOOKUP);

    final RawFile raw;

    PyBinaryFile(RawFile raw) {
        this.raw = raw;
    }

    /** Makes the binary file object for a mode: raw when unbuffered, else by reading and writing. */
    static PyBinaryFile of(RawFile raw, boolean unbuffered) {
        if (unbuffered) {
            return new FileIO(raw);
        }
        if (raw.readable && raw.writable) {
            return new BufferedRandom(raw);
        }
        return raw.writable ? new BufferedWriter(raw) : new BufferedReader(raw);
    }

    /** {@code _io.FileIO}. */
    @PyClass(name = "FileIO", module = "_io", baseType = false)
    static final class FileIO extends PyBinaryFile {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(FileIO.class, LOOKUP, PyBinaryFile.TYPE);

        FileIO(RawFile raw) {
            super(raw);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    /** {@code _io.BufferedReader}. */
    @PyClass(name = "BufferedReader", module = "_io", baseType = false)
    static final class BufferedReader extends PyBinaryFile {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(BufferedReader.class, LOOKUP, PyBinaryFile.TYPE);

        BufferedReader(RawFile raw) {
            super(raw);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    /** {@code _io.BufferedWriter}. */
    @PyClass(name = "BufferedWriter", module = "_io", baseType = false)
    static final class BufferedWriter extends PyBinaryFile {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(BufferedWriter.class, LOOKUP, PyBinaryFile.TYPE);

        BufferedWriter(RawFile raw) {
            super(raw);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    /** {@code _io.BufferedRandom}. */
    @PyClass(name = "BufferedRandom", module = "_io", baseType = false)
    static final class BufferedRandom extends PyBinaryFile {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(BufferedRandom.class, LOOKUP, PyBinaryFile.TYPE);

        BufferedRandom(RawFile raw) {
            super(raw);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    private boolean isRaw() {
        return this instanceof FileIO;
    }

    private void checkOpen() {
        // FileIO's message has no full stop; the buffered classes' has.
        raw.channel(isRaw() ? "I/O operation on closed file" : "I/O operation on closed file.");
    }

    /** The bytes of a bytes-like argument. */
    static byte[] bytesOf(PyObject b) {
        if (b instanceof PyBytes x) {
            return x.toByteArray();
        } else if (b instanceof PyByteArray x) {
            return x.toByteArray();
        } else if (b instanceof PyMemoryView m) {
            return m.toByteArray();
        }
        throw Errors.typeError("a bytes-like object is required, not '%.100s'", b.getType().getName());
    }

    private static long sizeArg(PyObject size) {
        return size == PyNone.NONE ? -1 : Abstract.asLong(size);
    }

    @PyMethod
    PyObject read(@Default("-1") PyObject size) {
        checkOpen();
        return new PyBytes(raw.read(sizeArg(size)));
    }

    @PyMethod
    PyObject read1(@Default("-1") PyObject size) {
        return read(size);
    }

    @PyMethod
    PyObject readall() {
        checkOpen();
        return new PyBytes(raw.read(-1));
    }

    @PyMethod
    PyObject readline(@Default("-1") PyObject size) {
        checkOpen();
        return new PyBytes(raw.readLine(sizeArg(size)));
    }

    @PyMethod
    PyObject readlines(@Default("-1") PyObject hint) {
        checkOpen();
        long limit = sizeArg(hint);
        List<PyObject> lines = new ArrayList<>();
        long total = 0;
        for (byte[] line = raw.readLine(-1); line.length > 0; line = raw.readLine(-1)) {
            lines.add(new PyBytes(line));
            total += line.length;
            if (limit > 0 && total >= limit) {
                break;
            }
        }
        return PyList.of(lines.toArray(new PyObject[0]));
    }

    @PyMethod
    PyObject write(PyObject b) {
        checkOpen();
        return PyInt.of(raw.write(bytesOf(b)));
    }

    @PyMethod
    PyObject writelines(PyObject lines) {
        checkOpen();
        PyObject it = Abstract.iter(lines);
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            raw.write(bytesOf(line));
        }
        return PyNone.NONE;
    }

    @PyMethod
    long seek(PyObject offset, @Default("0") int whence) {
        checkOpen();
        return raw.seek(Abstract.asLong(offset), whence);
    }

    @PyMethod
    long tell() {
        checkOpen();
        return raw.tell();
    }

    @PyMethod
    long truncate(@Default("None") PyObject size) {
        checkOpen();
        return raw.truncate(size == PyNone.NONE ? raw.tell() : Abstract.asLong(size));
    }

    @PyMethod
    PyObject flush() {
        if (!isRaw()) {
            checkOpen();
        }
        return PyNone.NONE;
    }

    @PyMethod
    PyObject close() {
        raw.close();
        return PyNone.NONE;
    }

    @PyGetter
    boolean closed() {
        return raw.isClosed();
    }

    @PyGetter
    PyObject name() {
        return PyStr.of(raw.name);
    }

    @PyGetter
    PyObject mode() {
        return PyStr.of(raw.mode);
    }

    @PyMethod
    boolean readable() {
        checkOpen();
        return raw.readable;
    }

    @PyMethod
    boolean writable() {
        checkOpen();
        return raw.writable;
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
    PyObject __enter__() {
        checkOpen();
        return this;
    }

    @PyMethod
    PyObject __exit__(@Args PyObject[] excInfo) {
        close();
        return PyNone.NONE;
    }

    @PyMethod
    PyObject __iter__() {
        checkOpen();
        return this;
    }

    @PyMethod
    PyObject __next__() {
        checkOpen();
        byte[] line = raw.readLine(-1);
        if (line.length == 0) {
            throw Errors.stopIteration(null);
        }
        return new PyBytes(line);
    }

    @PyMethod
    PyObject __repr__() {
        String type = getType().getName();
        if (isRaw()) {
            if (raw.isClosed()) {
                return PyStr.of("<_io.FileIO [closed]>");
            }
            return PyStr.of("<_io.FileIO name=" + PyStr.repr(raw.name) + " mode='" + raw.mode + "' closefd=True>");
        }
        return PyStr.of("<_io." + type + " name=" + PyStr.repr(raw.name) + ">");
    }

}

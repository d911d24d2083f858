package dev.taipan.builtins;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyNotImplemented;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PySlice;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;

/**
 * A basic {@code memoryview}: a one-dimensional view of unsigned bytes (format {@code 'B'}) over
 * a {@code bytes} or {@code bytearray}. Reads see the object's current contents; a view of a
 * bytearray writes through to it.
 */
// CPython: Objects/memoryobject.c (format 'B', ndim 1 only)
@PyClass(name = "memoryview", baseType = false,
        doc = "Create a new memoryview object which references the given object.")
public final class PyMemoryView extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code memoryview} type. */
    public static final PyType TYPE = PyType.fromClass(PyMemoryView.class, LOOKUP);

    private final PyObject obj;
    private final int start;
    private final int step;
    private final int length;
    private boolean released;

    private PyMemoryView(PyObject obj, int start, int step, int length) {
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Name("object") PyObject object) {
        if (object instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.obj, m.start, m.step, m.length);
        }
        if (object instanceof PyBytes b) {
            return new PyMemoryView(object, 0, 1, b.length());
        } else if (object instanceof PyByteArray b) {
            return new PyMemoryView(object, 0, 1, b.toByteArray().length);
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '%.200s'", object.getType().getName());
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private void check() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
    }

    private byte[] source() {
        return obj instanceof PyBytes b ? b.toByteArray() : ((PyByteArray) obj).toByteArray();
    }

    /** The viewed bytes, copied. */
    byte[] toByteArray() {
        check();
        byte[] src = source();
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = src[start + i * step];
        }
        return out;
    }

    @PyMethod
    PyObject tobytes(@Opt PyObject order) {
        return new PyBytes(toByteArray());
    }

    @PyMethod
    PyObject tolist() {
        byte[] b = toByteArray();
        PyObject[] items = new PyObject[b.length];
        for (int i = 0; i < b.length; i++) {
            items[i] = PyInt.of(b[i] & 0xff);
        }
        return PyList.of(items);
    }

    @PyMethod
    PyObject hex(@Args PyObject[] args) {
        StringBuilder sb = new StringBuilder();
        for (byte x : toByteArray()) {
            sb.append(String.format("%02x", x & 0xff));
        }
        return PyStr.of(sb.toString());
    }

    @PyMethod
    int __len__() {
        check();
        return length;
    }

    private int index(PyObject key) {
        int i = Abstract.asIndex(key);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return start + i * step;
    }

    @PyMethod
    PyObject __getitem__(PyObject key) {
        check();
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(length);
            return new PyMemoryView(obj, start + ix.start() * step, step * ix.step(), ix.length());
        }
        return PyInt.of(source()[index(key)] & 0xff);
    }

    @PyMethod
    void __setitem__(PyObject key, PyObject value) {
        check();
        if (!(obj instanceof PyByteArray)) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(length);
            byte[] data = PyBinaryFile.bytesOf(value);
            if (data.length != ix.length()) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int k = 0; k < data.length; k++) {
                int at = start + (ix.start() + k * ix.step()) * step;
                Abstract.setItem(obj, PyInt.of(at), PyInt.of(data[k] & 0xff));
            }
            return;
        }
        Abstract.setItem(obj, PyInt.of(index(key)), value);
    }

    @PyMethod
    PyObject __eq__(PyObject other) {
        if (this == other) {
            return PyBool.TRUE;
        }
        byte[] mine;
        byte[] theirs;
        try {
            if (released || other instanceof PyMemoryView m && m.released) {
                return PyBool.FALSE;
            }
            if (!(other instanceof PyBytes || other instanceof PyByteArray || other instanceof PyMemoryView)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            mine = toByteArray();
            theirs = PyBinaryFile.bytesOf(other);
        } catch (RuntimeException e) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(java.util.Arrays.equals(mine, theirs));
    }

    @PyMethod
    PyObject __ne__(PyObject other) {
        PyObject eq = __eq__(other);
        return eq == PyNotImplemented.NOT_IMPLEMENTED ? eq : PyBool.of(eq == PyBool.FALSE);
    }

    @PyMethod
    PyObject __iter__() {
        return Abstract.iter(tolist());
    }

    @PyMethod
    PyObject release() {
        released = true;
        return PyNone.NONE;
    }

    @PyMethod
    PyObject __enter__() {
        check();
        return this;
    }

    @PyMethod
    PyObject __exit__(@Args PyObject[] excInfo) {
        return release();
    }

    @PyGetter
    PyObject obj() {
        check();
        return obj;
    }

    @PyGetter
    int nbytes() {
        check();
        return length;
    }

    @PyGetter
    boolean readonly() {
        check();
        return !(obj instanceof PyByteArray);
    }

    @PyGetter
    PyObject format() {
        return PyStr.of("B");
    }

    @PyGetter
    int itemsize() {
        return 1;
    }

    @PyGetter
    int ndim() {
        return 1;
    }

    @PyGetter
    PyObject shape() {
        check();
        return PyTuple.of(PyInt.of(length));
    }

    @PyGetter
    boolean released() {
        return released;
    }

    @PyMethod
    PyObject __repr__() {
        return PyStr.of((released ? "<released memory at " : "<memory at ") + Abstract.addressOf(this) + ">");
    }

    @Override
    public String toString() {
        return "<memory>";
    }

}

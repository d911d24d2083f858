package dev.taipan.interop;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.CompareOp;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyNotImplemented;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PySlice;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * A Java {@code List} as a Python sequence that reads and writes through to it: indexing (negative
 * indices and slices included), {@code len}, {@code in}, iteration, and the mutating {@code list}
 * methods ({@code append}, {@code extend}, {@code insert}, {@code pop}, {@code remove},
 * {@code sort}, ...). A slice, {@code +} and {@code copy()} give a new Python {@code list}.
 * Items are converted as they cross; an unmodifiable list raises {@code JavaException} on writes.
 */
@PyClass(name = "JavaList", module = "java")
public class JavaList extends HostObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code JavaList}. */
    public static final PyType TYPE = PyType.fromClass(JavaList.class, LOOKUP, HostObject.TYPE);

    JavaList(List<?> target, Boundary boundary) {
        super(target, boundary);
    }

    @SuppressWarnings("unchecked")
    private List<Object> list() {
        return (List<Object>) target;
    }

    private PyObject py(Object v) {
        return JavaValues.toPython(v, boundary);
    }

    private Object java(PyObject v) {
        return JavaValues.toJava(v, boundary);
    }

    private int index(PyObject key, int size) {
        if (key instanceof PySlice) {
            throw Errors.typeError("a Java list does not support slice assignment or deletion");
        }
        if (!(key instanceof PyInt) && key.getType().slot(dev.taipan.objects.Slot.INDEX) == null) {
            throw Errors.typeError("list indices must be integers or slices, not %s", key.getType().getName());
        }
        long i = Abstract.asLong(key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("list index out of range");
        }
        return (int) i;
    }

    @PyMethod
    int __len__() {
        return guard(list()::size);
    }

    @PyMethod
    PyObject __getitem__(PyObject key) {
        List<Object> l = list();
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(guard(l::size));
            PyList out = new PyList();
            for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
                int at = i;
                out.append(py(guard(() -> l.get(at))));
            }
            return out;
        }
        int i = index(key, guard(l::size));
        return py(guard(() -> l.get(i)));
    }

    @PyMethod
    void __setitem__(PyObject key, PyObject value) {
        List<Object> l = list();
        int i = index(key, guard(l::size));
        Object v = java(value);
        guard(() -> l.set(i, v));
    }

    @PyMethod
    void __delitem__(PyObject key) {
        List<Object> l = list();
        int i = index(key, guard(l::size));
        guard(() -> l.remove(i));
    }

    @PyMethod
    boolean __contains__(PyObject item) {
        Object x = java(item);
        return guard(() -> list().contains(x));
    }

    @PyMethod
    PyObject __iter__() {
        return new JavaIterator(guard(list()::iterator), boundary);
    }

    @Override
    @PyMethod
    PyObject __eq__(PyObject other) {
        if (other instanceof HostObject) {
            return super.__eq__(other);
        }
        if (!(other instanceof PyList) && !(other instanceof PyTuple)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject[] mine = toArray();
        PyObject[] theirs = Abstract.toArray(other);
        if (other instanceof PyTuple || mine.length != theirs.length) {
            return PyBool.FALSE;
        }
        for (int i = 0; i < mine.length; i++) {
            if (!Abstract.richCompareBool(mine[i], theirs[i], CompareOp.EQ)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    @PyMethod
    PyObject __add__(PyObject other) {
        PyList out = PyList.of(toArray());
        out.extend(other);
        return out;
    }

    @PyMethod
    PyObject __iadd__(PyObject other) {
        extend(other);
        return this;
    }

    @PyMethod
    void append(PyObject x) {
        Object v = java(x);
        guard(() -> list().add(v));
    }

    @PyMethod
    void extend(PyObject iterable) {
        for (PyObject x : Abstract.toArray(iterable)) {
            append(x);
        }
    }

    @PyMethod
    void insert(int index, PyObject x) {
        List<Object> l = list();
        int n = guard(l::size);
        int i = index < 0 ? Math.max(0, index + n) : Math.min(index, n);
        Object v = java(x);
        guard(() -> {
            l.add(i, v);
            return null;
        });
    }

    @PyMethod
    PyObject pop(@Default("-1") int index) {
        List<Object> l = list();
        int n = guard(l::size);
        if (n == 0) {
            throw Errors.indexError("pop from empty list");
        }
        int i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw Errors.indexError("pop index out of range");
        }
        return py(guard(() -> l.remove(i)));
    }

    @PyMethod
    void remove(PyObject x) {
        PyObject[] items = toArray();
        for (int i = 0; i < items.length; i++) {
            if (Abstract.richCompareBool(items[i], x, CompareOp.EQ)) {
                int at = i;
                guard(() -> list().remove(at));
                return;
            }
        }
        throw Errors.valueError("list.remove(x): x not in list");
    }

    @PyMethod
    int index(PyObject x) {
        PyObject[] items = toArray();
        for (int i = 0; i < items.length; i++) {
            if (Abstract.richCompareBool(items[i], x, CompareOp.EQ)) {
                return i;
            }
        }
        throw Errors.valueError("%s is not in list", Abstract.repr(x));
    }

    @PyMethod
    int count(PyObject x) {
        int n = 0;
        for (PyObject item : toArray()) {
            if (Abstract.richCompareBool(item, x, CompareOp.EQ)) {
                n++;
            }
        }
        return n;
    }

    @PyMethod
    void reverse() {
        guard(() -> {
            java.util.Collections.reverse(list());
            return null;
        });
    }

    @PyMethod
    void sort(@KwOnly("key") @Default("None") PyObject key, @KwOnly("reverse") @Default("False") boolean reverse) {
        PyList copy = PyList.of(toArray());
        copy.sort(key == PyNone.NONE ? null : key, reverse);
        List<Object> l = list();
        guard(() -> {
            for (int i = 0; i < copy.size(); i++) {
                l.set(i, java(copy.get(i)));
            }
            return null;
        });
    }

    @PyMethod
    PyObject copy() {
        return PyList.of(toArray());
    }

    /** The items as Python objects, a snapshot. */
    PyObject[] toArray() {
        Object[] items = guard(list()::toArray);
        PyObject[] out = new PyObject[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = py(items[i]);
        }
        return out;
    }
}

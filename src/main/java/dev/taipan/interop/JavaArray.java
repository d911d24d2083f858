package dev.taipan.interop;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PySeqIter;
import dev.taipan.objects.PySlice;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Array;

/**
 * A Java array as a fixed-length Python sequence that reads and writes through to it: indexing
 * (negative indices; a slice gives a new {@code list}), assignment of values that fit the
 * component type, {@code len}, {@code in} and iteration.
 */
@PyClass(name = "JavaArray", module = "java")
public class JavaArray extends HostObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code JavaArray}. */
    public static final PyType TYPE = PyType.fromClass(JavaArray.class, LOOKUP, HostObject.TYPE);

    JavaArray(Object array, Boundary boundary) {
        super(array, boundary);
    }

    private int index(PyObject key) {
        if (!(key instanceof PyInt) && key.getType().slot(dev.taipan.objects.Slot.INDEX) == null) {
            throw Errors.typeError("array indices must be integers or slices, not %s", key.getType().getName());
        }
        int n = Array.getLength(target);
        long i = Abstract.asLong(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("array index out of range");
        }
        return (int) i;
    }

    @PyMethod
    int __len__() {
        return Array.getLength(target);
    }

    @PyMethod
    PyObject __getitem__(PyObject key) {
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(Array.getLength(target));
            PyList out = new PyList();
            for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
                out.append(JavaValues.toPython(Array.get(target, i), boundary));
            }
            return out;
        }
        return JavaValues.toPython(Array.get(target, index(key)), boundary);
    }

    @PyMethod
    void __setitem__(PyObject key, PyObject value) {
        int i = index(key);
        Class<?> component = target.getClass().getComponentType();
        if (JavaArgs.score(value, component) >= JavaArgs.NO) {
            throw Errors.typeError("cannot store a '%s' in a Java %s[]", value.getType().getName(),
                    component.getTypeName());
        }
        Object v = JavaArgs.convert(value, component, boundary);
        guard(() -> {
            Array.set(target, i, v);
            return null;
        });
    }

    @PyMethod
    PyObject __iter__() {
        return new PySeqIter(this);
    }
}

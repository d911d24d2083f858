package dev.taipan.interop;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.CompareOp;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNotImplemented;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;
import java.util.Map;

/**
 * A Java {@code Map} as a Python mapping that reads and writes through to it: {@code m[k]},
 * assignment, {@code del}, {@code in}, {@code len}, iteration over keys, and the {@code dict}
 * methods {@code get}, {@code pop}, {@code setdefault}, {@code update}, {@code keys},
 * {@code values}, {@code items} (these three give lists, snapshots) and {@code copy} (a new
 * {@code dict}). Keys and values are converted as they cross.
 */
@PyClass(name = "JavaMap", module = "java")
public class JavaMap extends HostObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code JavaMap}. */
    public static final PyType TYPE = PyType.fromClass(JavaMap.class, LOOKUP, HostObject.TYPE);

    JavaMap(Map<?, ?> target, Boundary boundary) {
        super(target, boundary);
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> map() {
        return (Map<Object, Object>) target;
    }

    private PyObject py(Object v) {
        return JavaValues.toPython(v, boundary);
    }

    private Object java(PyObject v) {
        return JavaValues.toJava(v, boundary);
    }

    @PyMethod
    int __len__() {
        return guard(map()::size);
    }

    @PyMethod
    PyObject __getitem__(PyObject key) {
        Object k = java(key);
        Map<Object, Object> m = map();
        if (!guard(() -> m.containsKey(k))) {
            throw Errors.keyError(key);
        }
        return py(guard(() -> m.get(k)));
    }

    @PyMethod
    void __setitem__(PyObject key, PyObject value) {
        Object k = java(key);
        Object v = java(value);
        guard(() -> map().put(k, v));
    }

    @PyMethod
    void __delitem__(PyObject key) {
        Object k = java(key);
        Map<Object, Object> m = map();
        if (!guard(() -> m.containsKey(k))) {
            throw Errors.keyError(key);
        }
        guard(() -> m.remove(k));
    }

    @PyMethod
    boolean __contains__(PyObject key) {
        Object k = java(key);
        return guard(() -> map().containsKey(k));
    }

    @PyMethod
    PyObject __iter__() {
        return new JavaIterator(guard(() -> map().keySet().iterator()), boundary);
    }

    @Override
    @PyMethod
    PyObject __eq__(PyObject other) {
        if (other instanceof HostObject) {
            return super.__eq__(other);
        }
        if (!(other instanceof PyDict d)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDict mine = copy();
        return PyBool.of(Abstract.richCompareBool(mine, d, CompareOp.EQ));
    }

    @PyMethod
    PyObject get(PyObject key, @Default("None") PyObject dflt) {
        Object k = java(key);
        Map<Object, Object> m = map();
        return guard(() -> m.containsKey(k)) ? py(guard(() -> m.get(k))) : dflt;
    }

    @PyMethod
    PyObject pop(PyObject key, @Opt PyObject dflt) {
        Object k = java(key);
        Map<Object, Object> m = map();
        if (!guard(() -> m.containsKey(k))) {
            if (dflt == null) {
                throw Errors.keyError(key);
            }
            return dflt;
        }
        return py(guard(() -> m.remove(k)));
    }

    @PyMethod
    PyObject setdefault(PyObject key, @Default("None") PyObject dflt) {
        Object k = java(key);
        Map<Object, Object> m = map();
        if (guard(() -> m.containsKey(k))) {
            return py(guard(() -> m.get(k)));
        }
        Object v = java(dflt);
        guard(() -> m.put(k, v));
        return dflt;
    }

    @PyMethod
    void update(PyObject other) {
        PyDict d = new PyDict();
        d.update(other);
        for (PyObject k : d.keysArray()) {
            __setitem__(k, d.get(k));
        }
    }

    @PyMethod
    PyObject keys() {
        return convertAll(guard(() -> map().keySet().toArray()));
    }

    @PyMethod
    PyObject values() {
        return convertAll(guard(() -> map().values().toArray()));
    }

    @PyMethod
    PyObject items() {
        PyList out = new PyList();
        for (Object e : guard(() -> map().entrySet().toArray())) {
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) e;
            out.append(PyTuple.of(py(entry.getKey()), py(entry.getValue())));
        }
        return out;
    }

    @PyMethod
    PyDict copy() {
        PyDict out = new PyDict();
        for (Object e : guard(() -> map().entrySet().toArray())) {
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) e;
            out.put(py(entry.getKey()), py(entry.getValue()));
        }
        return out;
    }

    private PyList convertAll(Object[] items) {
        PyList out = new PyList();
        for (Object x : items) {
            out.append(py(x));
        }
        return out;
    }
}

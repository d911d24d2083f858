package dev.taipan.interop;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.CompareOp;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyNotImplemented;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PySet;
import dev.taipan.objects.PySetBase;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;
import java.util.Set;

/**
 * A Java {@code Set} as a Python set that reads and writes through to it: {@code in}, {@code len},
 * iteration, {@code add}, {@code discard}, {@code remove}, {@code pop}, and {@code copy()} (a new
 * Python {@code set}). Items are converted as they cross.
 */
@PyClass(name = "JavaSet", module = "java")
public class JavaSet extends HostObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code JavaSet}. */
    public static final PyType TYPE = PyType.fromClass(JavaSet.class, LOOKUP, HostObject.TYPE);

    JavaSet(Set<?> target, Boundary boundary) {
        super(target, boundary);
    }

    @SuppressWarnings("unchecked")
    private Set<Object> set() {
        return (Set<Object>) target;
    }

    @PyMethod
    int __len__() {
        return guard(set()::size);
    }

    @PyMethod
    boolean __contains__(PyObject item) {
        Object x = JavaValues.toJava(item, boundary);
        return guard(() -> set().contains(x));
    }

    @PyMethod
    PyObject __iter__() {
        return new JavaIterator(guard(set()::iterator), boundary);
    }

    @Override
    @PyMethod
    PyObject __eq__(PyObject other) {
        if (other instanceof HostObject) {
            return super.__eq__(other);
        }
        if (!(other instanceof PySetBase)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(Abstract.richCompareBool(copy(), other, CompareOp.EQ));
    }

    @PyMethod
    void add(PyObject item) {
        Object x = JavaValues.toJava(item, boundary);
        guard(() -> set().add(x));
    }

    @PyMethod
    void discard(PyObject item) {
        Object x = JavaValues.toJava(item, boundary);
        guard(() -> set().remove(x));
    }

    @PyMethod
    void remove(PyObject item) {
        Object x = JavaValues.toJava(item, boundary);
        if (!guard(() -> set().remove(x))) {
            throw Errors.keyError(item);
        }
    }

    @PyMethod
    PyObject pop() {
        java.util.Iterator<Object> it = guard(set()::iterator);
        if (!guard(it::hasNext)) {
            throw Errors.keyError("pop from an empty set");
        }
        Object x = guard(it::next);
        guard(() -> {
            it.remove();
            return null;
        });
        return JavaValues.toPython(x, boundary);
    }

    @PyMethod
    PySet copy() {
        PySet out = new PySet();
        for (Object x : guard(set()::toArray)) {
            out.add(JavaValues.toPython(x, boundary));
        }
        return out;
    }
}

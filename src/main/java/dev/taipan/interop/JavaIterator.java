package dev.taipan.interop;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;
import java.util.Iterator;

/** A Java {@code Iterator} as a Python iterator; its Java methods stay callable. */
@PyClass(name = "JavaIterator", module = "java")
public class JavaIterator extends HostObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code JavaIterator}. */
    public static final PyType TYPE = PyType.fromClass(JavaIterator.class, LOOKUP, HostObject.TYPE);

    JavaIterator(Iterator<?> target, Boundary boundary) {
        super(target, boundary);
    }

    @PyMethod
    PyObject __iter__() {
        return this;
    }

    @PyMethod
    PyObject __next__() {
        Iterator<?> it = (Iterator<?>) target;
        if (!guard(it::hasNext)) {
            throw Errors.stopIteration(null);
        }
        return JavaValues.toPython(guard(it::next), boundary);
    }
}

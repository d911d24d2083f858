package dev.taipan.modules;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyIterator;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/** The iterator {@code Pattern.finditer} returns: match objects, found lazily. */
@PyClass(name = "callable_iterator", module = "re", baseType = false)
final class ReIterator extends PyObject implements PyIterator {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The iterator type. */
    static final PyType TYPE = PyType.fromClass(ReIterator.class, LOOKUP);

    private final RePattern.Scan scan;

    ReIterator(RePattern.Scan scan) {
        this.scan = scan;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject nextOrNull() {
        synchronized (this) {
            return scan.find() ? scan.current() : null;
        }
    }

    @PyMethod
    PyObject __iter__() {
        return this;
    }

    @PyMethod
    PyObject __next__() {
        PyObject v = nextOrNull();
        if (v == null) {
            throw Errors.stopIteration(null);
        }
        return v;
    }
}

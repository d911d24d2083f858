package dev.taipan.interp;

import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/** {@code sys.implementation}: says this is Taipan, implementing Python 3.13. */
@PyClass(name = "SimpleNamespace", module = "types", baseType = false)
final class Implementation extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    static final PyType TYPE = PyType.fromClass(Implementation.class, LOOKUP);

    private final PyObject version = SysModule.versionInfo(0, 1, 0, "alpha", 0);

    static Implementation create() {
        return new Implementation();
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyGetter
    PyObject name() {
        return PyStr.of("taipan");
    }

    @PyGetter
    PyObject cache_tag() {
        return PyNone.NONE;
    }

    @PyGetter
    PyObject version() {
        return version;
    }

    @PyGetter
    PyObject hexversion() {
        return PyInt.of(0x000100a0);
    }

    @PyMethod
    PyObject __repr__() {
        return PyStr.of("namespace(name='taipan', cache_tag=None, version=" + dev.taipan.objects.Abstract.repr(version) + ", hexversion=65696)");
    }
}

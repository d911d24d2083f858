package dev.taipan.interp;

import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/** {@code sys.version_info}: a tuple whose items also have names. */
@PyClass(name = "version_info", module = "sys", baseType = false)
final class VersionInfo extends PyTuple {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    static final PyType TYPE = PyType.fromClass(VersionInfo.class, LOOKUP, PyTuple.TYPE);

    private VersionInfo(PyObject[] items) {
        super(items);
    }

    static VersionInfo of(int major, int minor, int micro, String level, int serial) {
        return new VersionInfo(new PyObject[] {PyInt.of(major), PyInt.of(minor), PyInt.of(micro), PyStr.of(level),
            PyInt.of(serial)});
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyGetter
    PyObject major() {
        return items()[0];
    }

    @PyGetter
    PyObject minor() {
        return items()[1];
    }

    @PyGetter
    PyObject micro() {
        return items()[2];
    }

    @PyGetter
    PyObject releaselevel() {
        return items()[3];
    }

    @PyGetter
    PyObject serial() {
        return items()[4];
    }

    @PyMethod
    PyObject __repr__() {
        PyObject[] i = items();
        return PyStr.of("sys.version_info(major=" + i[0] + ", minor=" + i[1] + ", micro=" + i[2]
                + ", releaselevel='" + i[3] + "', serial=" + i[4] + ")");
    }
}

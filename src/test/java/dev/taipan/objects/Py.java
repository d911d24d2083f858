package dev.taipan.objects;

/** Small helpers for building Python values in tests. */
final class Py {
    private Py() {
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyFloat f(double v) {
        return PyFloat.of(v);
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static PyTuple t(PyObject... items) {
        return PyTuple.of(items);
    }

    static PyList l(PyObject... items) {
        return PyList.of(items);
    }

    /** Returns repr(o) as a Java string. */
    static String repr(PyObject o) {
        return Abstract.repr(o).toString();
    }

    /** Returns str(o) as a Java string. */
    static String str(PyObject o) {
        return Abstract.str(o).toString();
    }

    /** Calls a method by name. */
    static PyObject call(PyObject o, String name, PyObject... args) {
        return Abstract.callMethod(o, name, args);
    }

    /** Runs code and returns "TypeName: message" of the Python exception it raises. */
    static String error(Runnable r) {
        try {
            r.run();
        } catch (PyException e) {
            return e.getMessage();
        }
        return "no error";
    }
}

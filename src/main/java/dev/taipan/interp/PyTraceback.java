package dev.taipan.interp;

import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;

import java.lang.invoke.MethodHandles;

/**
 * Python's {@code traceback}: one entry per frame an exception passed through, the outermost
 * first; {@code tb_next} leads towards where it was raised.
 */
@PyClass(name = "traceback", baseType = false)
public final class PyTraceback extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code traceback} type. */
    public static final PyType TYPE = PyType.fromClass(PyTraceback.class, LOOKUP);

    final PyObject next;
    final PyFrameObject frame;
    final int lasti;
    final int lineno;

    PyTraceback(PyObject next, PyFrameObject frame, int lasti, int lineno) {
        this.next = next instanceof PyTraceback ? next : null;
        this.frame = frame;
        this.lasti = lasti;
        this.lineno = lineno;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The next entry, towards the raise, or null. */
    public PyTraceback next() {
        return (PyTraceback) next;
    }

    /** The frame of this entry. */
    public PyFrameObject frame() {
        return frame;
    }

    /** The line that was running in this entry's frame. */
    public int lineno() {
        return lineno;
    }

    /** The instruction that was running. */
    public int lasti() {
        return lasti;
    }

    @PyGetter
    PyObject tb_next() {
        return next == null ? PyNone.NONE : next;
    }

    @PyGetter
    PyObject tb_frame() {
        return frame;
    }

    @PyGetter
    int tb_lineno() {
        return lineno;
    }

    @PyGetter
    int tb_lasti() {
        return lasti * 2;
    }
}

package dev.taipan.modules;

import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;
import java.lang.ref.WeakReference;

/**
 * {@code _weakref.handle}: the JVM weak reference inside a Python weak reference or proxy, with
 * the callback to run once its referent is gone. Calling it gives the referent, or None.
 */
@PyClass(name = "handle", module = "_weakref", baseType = false)
public final class WeakHandle extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code _weakref.handle}. */
    public static final PyType TYPE = PyType.fromClass(WeakHandle.class, LOOKUP);

    private final WeakReference<PyObject> referent;
    private volatile PyObject callback;
    /** The Python weak reference or proxy this handle belongs to (which holds the handle in turn). */
    final PyObject owner;

    WeakHandle(PyObject referent, PyObject callback, PyObject owner) {
        this.referent = new WeakReference<>(referent);
        this.callback = callback == null ? PyNone.NONE : callback;
        this.owner = owner;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The referent, or null once collected. */
    public PyObject get() {
        return referent.get();
    }

    /** Takes the callback away, so it runs at most once (CPython clears wr_callback likewise). */
    PyObject takeCallback() {
        PyObject c = callback;
        callback = PyNone.NONE;
        return c;
    }

    @PyMethod
    PyObject __call__() {
        PyObject o = referent.get();
        return o == null ? PyNone.NONE : o;
    }

    @PyGetter
    PyObject callback() {
        return callback;
    }

    @PyGetter
    boolean alive() {
        return !referent.refersTo(null);
    }
}

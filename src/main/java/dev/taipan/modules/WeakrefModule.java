package dev.taipan.modules;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.PyModule;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyBaseObject;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * The {@code _weakref} module of one interpreter: the table of weakly referenced objects on which
 * the Python {@code weakref} module builds its reference, proxy and container types, and the
 * functions {@code getweakrefcount} and {@code getweakrefs}.
 *
 * <p>A weak reference holds a JVM {@link java.lang.ref.WeakReference}. Callbacks run on this
 * interpreter's thread when a collected referent is noticed: whenever a weak reference is made or
 * {@code _poll()} is called (the {@code weakref} module polls when references are read), and in
 * {@code gc.collect()}, which asks the JVM for a full collection first.
 */
// CPython: Modules/_weakref.c and Objects/weakrefobject.c
public final class WeakrefModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private final WeakReferents referents;

    /**
     * Creates the module for an interpreter.
     *
     * @param interp the interpreter whose callbacks it runs
     */
    public WeakrefModule(Interpreter interp) {
        super("_weakref");
        referents = new WeakReferents(interp);
        put("__doc__", PyStr.of("Weak-reference support module."));
        ModuleExposer.expose(this, WeakrefModule.class, LOOKUP, this::put);
        put("handle", WeakHandle.TYPE);
    }

    /**
     * Finds collected referents and runs their callbacks after a JVM collection.
     *
     * @return the number of collected referents found
     */
    public int collect() {
        return referents.collect();
    }

    /**
     * Registers a new weak reference or proxy object for {@code obj}.
     *
     * @return the handle through which {@code owner} reads its referent
     */
    @PyFunction
    PyObject _register(PyObject obj, PyObject owner, PyObject callback, int kind) {
        WeakReferents.checkReferenceable(obj);
        referents.poll();
        return referents.add(obj, owner, callback, kind);
    }

    /**
     * {@code ReferenceType.__new__}'s work in one call: the existing basic reference where
     * {@code basic} and there is one, else a new instance of {@code cls} registered for
     * {@code obj}, with its {@code _handle} and {@code _hash} slots set.
     */
    @PyFunction
    PyObject _new_ref(PyObject cls, PyObject obj, PyObject callback, boolean basic) {
        WeakReferents.checkReferenceable(obj);
        referents.poll();
        if (basic) {
            PyObject found = referents.find(obj, WeakReferents.BASIC_REF);
            if (found != null) {
                return found;
            }
        }
        PyObject self = PyBaseObject.TYPE.getDict().get("__new__").call(cls);
        PyBaseObject.genericSetAttr(self, "_hash", PyNone.NONE);
        PyBaseObject.genericSetAttr(self, "_handle",
                referents.add(obj, self, callback, basic ? WeakReferents.BASIC_REF : WeakReferents.OTHER));
        return self;
    }

    /** The live basic reference (kind 0) or proxy (kind 1) of {@code obj}, or None. */
    @PyFunction
    PyObject _find(PyObject obj, int kind) {
        WeakReferents.checkReferenceable(obj);
        PyObject found = referents.find(obj, kind);
        return found == null ? PyNone.NONE : found;
    }

    /** Runs the callbacks of references whose referents have been collected. */
    @PyFunction
    int _poll() {
        return referents.poll();
    }

    /** {@code gc.collect()}'s part: a JVM collection, then the callbacks. */
    @PyFunction
    int _collect() {
        return referents.collect();
    }

    /** {@code getweakrefcount(object)}: the number of weak references and proxies to the object. */
    @PyFunction
    int getweakrefcount(PyObject obj) {
        return referents.owners(obj).size();
    }

    /** {@code getweakrefs(object)}: the list of weak references and proxies to the object. */
    @PyFunction
    PyObject getweakrefs(PyObject obj) {
        List<PyObject> owners = referents.owners(obj);
        return PyList.of(owners.toArray(new PyObject[0]));
    }

    /** The address CPython's reprs show for an object. */
    @PyFunction
    static PyObject _address(PyObject obj) {
        return PyStr.of(Abstract.addressOf(obj));
    }
}

package dev.taipan.objects;

import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;

/**
 * A read-only view of a mapping ({@code types.MappingProxyType}), as {@code type.__dict__}
 * returns. For a type it shows a snapshot of the type dict taken when {@code __dict__} was read.
 *
 * <p>CPython: Objects/descrobject.c, mappingproxy
 */
@PyClass(name = "mappingproxy", baseType = false)
public final class PyMappingProxy extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code mappingproxy}. */
    public static final PyType TYPE = PyType.fromClass(PyMappingProxy.class, LOOKUP);

    private final PyObject mapping;

    /**
     * Wraps a mapping.
     *
     * @param mapping the mapping
     */
    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, PyObject mapping) {
        if (mapping instanceof PyList || mapping instanceof PyTuple
                || mapping.getType().slot(Slot.GETITEM) == null) {
            throw Errors.typeError("mappingproxy() argument must be a mapping, not %s",
                    mapping.getType().getName());
        }
        return new PyMappingProxy(mapping);
    }

    @PyMethod
    PyObject __getitem__(PyObject key) {
        return Abstract.getItem(mapping, key);
    }

    @PyMethod
    boolean __contains__(PyObject key) {
        return Abstract.contains(mapping, key);
    }

    @PyMethod
    int __len__() {
        return Abstract.len(mapping);
    }

    @PyMethod
    PyObject __iter__() {
        return Abstract.iter(mapping);
    }

    @PyMethod
    PyObject get(PyObject key, @Default("None") PyObject dflt) {
        return Abstract.callMethod(mapping, "get", key, dflt);
    }

    @PyMethod
    PyObject keys() {
        return Abstract.callMethod(mapping, "keys");
    }

    @PyMethod
    PyObject values() {
        return Abstract.callMethod(mapping, "values");
    }

    @PyMethod
    PyObject items() {
        return Abstract.callMethod(mapping, "items");
    }

    @PyMethod
    PyObject copy() {
        return Abstract.callMethod(mapping, "copy");
    }

    @PyMethod
    PyObject __or__(PyObject other) {
        return Abstract.or(copy(), other instanceof PyMappingProxy p ? p.mapping : other);
    }

    @PyMethod
    PyObject __eq__(PyObject other) {
        return Abstract.richCompare(mapping, other, CompareOp.EQ);
    }

    @PyMethod
    String __repr__() {
        return "mappingproxy(" + Abstract.repr(mapping) + ")";
    }

    @PyMethod
    String __str__() {
        return Abstract.str(mapping).toString();
    }
}

package dev.taipan.objects;

import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * A {@code __slots__} member of a Python class ({@code member_descriptor}): reads and writes
 * one entry of a {@link PyInstance}'s slot values.
 */
@PyClass(name = "member_descriptor", baseType = false)
public final class PyMemberDescr extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code member_descriptor}. */
    public static final PyType TYPE = PyType.fromClass(PyMemberDescr.class, LOOKUP);

    private final PyType objclass;
    private final String name;
    private final int index;

    /**
     * Creates a member.
     *
     * @param objclass the class declaring the slot
     * @param name     the slot name
     * @param index    index into the instance's slot values
     */
    public PyMemberDescr(PyType objclass, String name, int index) {
        this.objclass = objclass;
        this.name = name;
        this.index = index;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private PyInstance check(PyObject obj) {
        if (!(obj instanceof PyInstance inst) || !obj.getType().isSubtypeOf(objclass)) {
            throw Errors.typeError(ErrorMessages.DESCR_DOESNT_APPLY, name, objclass.getName(),
                    obj.getType().getName());
        }
        return inst;
    }

    @PyMethod
    PyObject __get__(PyObject obj, @Opt PyObject type) {
        if (obj == PyNone.NONE) {
            return this;
        }
        PyObject v = check(obj).slotValues[index];
        if (v == null) {
            throw Errors.attributeError(obj, name, String.format(
                    "'%.100s' object has no attribute '%s'", obj.getType().getName(), name));
        }
        return v;
    }

    @PyMethod
    void __set__(PyObject obj, PyObject value) {
        check(obj).slotValues[index] = value;
    }

    @PyMethod
    void __delete__(PyObject obj) {
        PyInstance inst = check(obj);
        if (inst.slotValues[index] == null) {
            throw Errors.attributeError(obj, name, name);
        }
        inst.slotValues[index] = null;
    }

    @PyMethod
    String __repr__() {
        return "<member '" + name + "' of '" + objclass.getName() + "' objects>";
    }

    @PyGetter
    String __name__() {
        return name;
    }

    @PyGetter
    PyObject __objclass__() {
        return objclass;
    }
}

package dev.taipan.objects;

/**
 * The descriptor protocol: binding ({@code __get__}), setting and deleting through whatever a
 * type dict holds, with direct paths for the builtin descriptor classes.
 *
 * <p>CPython: Objects/object.c, _PyObject_GenericGetAttrWithDict, and Objects/descrobject.c
 */
public final class Descriptors {
    private Descriptors() {
    }

    /**
     * Returns whether an object is a descriptor (its type has {@code __get__}).
     *
     * @param d the object
     * @return whether it has {@code __get__}
     */
    public static boolean hasGet(PyObject d) {
        return d.getType().slot(Slot.GET) != null;
    }

    /**
     * Returns whether an object is a data descriptor (its type has {@code __set__} or
     * {@code __delete__}).
     *
     * @param d the object
     * @return whether it is a data descriptor
     */
    public static boolean isData(PyObject d) {
        PyType t = d.getType();
        return t.slot(Slot.SET) != null || t.slot(Slot.DELETE) != null;
    }

    /**
     * Binds a descriptor ({@code d.__get__(obj, type)}).
     *
     * @param d    the descriptor
     * @param obj  the instance, or {@code null} for access through the class
     * @param type the owner type
     * @return the bound value
     */
    public static PyObject get(PyObject d, PyObject obj, PyType type) {
        if (d instanceof PyMethodDescr md) {
            return md.bind(obj);
        } else if (d instanceof PyGetSetDescr gs) {
            return gs.get(obj);
        } else if (d instanceof PyClassMethodDescr cm) {
            return cm.bind(obj == null ? type : obj, type);
        } else if (d.getClass() == PyStaticMethodObject.class) {
            return ((PyStaticMethodObject) d).getCallable();
        } else if (d.getClass() == PyProperty.class) {
            return ((PyProperty) d).get(obj);
        }
        PyObject f = d.getType().slot(Slot.GET);
        if (f == null) {
            return d;
        }
        // A Python-level __get__ receives None for access through the class.
        return Slots.call2(f, d, obj == null ? PyNone.NONE : obj, type);
    }

    /**
     * Sets or deletes through a data descriptor.
     *
     * @param d     the descriptor
     * @param obj   the instance
     * @param value the value, or {@code null} to delete
     * @return false if the descriptor has no method for that (the caller reports it)
     */
    public static boolean set(PyObject d, PyObject obj, PyObject value) {
        if (d instanceof PyGetSetDescr gs) {
            gs.set(obj, value);
            return true;
        } else if (d.getClass() == PyProperty.class) {
            ((PyProperty) d).set(obj, value);
            return true;
        }
        PyType t = d.getType();
        if (value == null) {
            PyObject f = t.slot(Slot.DELETE);
            if (f == null) {
                return false;
            }
            Slots.call1(f, d, obj);
        } else {
            PyObject f = t.slot(Slot.SET);
            if (f == null) {
                return false;
            }
            Slots.call2(f, d, obj, value);
        }
        return true;
    }
}

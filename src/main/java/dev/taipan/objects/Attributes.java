package dev.taipan.objects;

/**
 * Attribute access on any object (CPython's PyObject_GetAttr, PyObject_SetAttr and
 * _PyObject_GetMethod): dispatch through {@code __getattribute__}, {@code __getattr__},
 * {@code __setattr__} and {@code __delattr__}, with direct paths for the generic behaviour of
 * {@code object} and {@code type}. {@link Abstract} is the public entry point.
 *
 * <p>CPython: Objects/object.c
 */
final class Attributes {
    private Attributes() {
    }

    private static final PyObject OBJECT_GETATTRIBUTE =
            PyType.OBJECT_TYPE.getDict().get("__getattribute__");
    private static final PyObject TYPE_GETATTRIBUTE =
            PyType.TYPE.getDict().get("__getattribute__");

    /**
     * Checks an attribute name object and returns it as a Java string.
     *
     * @param name the name object
     * @return the name
     */
    static String attrName(PyObject name) {
        if (name instanceof PyStr s) {
            return s.toString();
        }
        throw Errors.typeError("attribute name must be string, not '%.200s'",
                name.getType().getName());
    }

    /**
     * Gets an attribute ({@code obj.name}), with the {@code __getattr__} fallback.
     *
     * @param obj  the object
     * @param name the name
     * @return the value
     */
    static PyObject getAttr(PyObject obj, String name) {
        PyType type = obj.getType();
        PyObject ga = type.slot(Slot.GETATTRIBUTE);
        PyObject getattr = type.slot(Slot.GETATTR);
        if (ga == OBJECT_GETATTRIBUTE) {
            if (getattr == null) {
                return PyBaseObject.genericGetAttr(obj, name);
            }
            try {
                PyObject v = PyBaseObject.genericGetAttrOrNull(obj, name);
                if (v != null) {
                    return v;
                }
            } catch (PyException e) {
                // A descriptor (a property, say) raising AttributeError also means "missing".
                if (!e.matches(ExceptionTypes.AttributeError)) {
                    throw e;
                }
            }
            return Slots.call1(getattr, obj, PyStr.of(name));
        } else if (ga == TYPE_GETATTRIBUTE && getattr == null) {
            return TypeMethods.getAttr((PyType) obj, name);
        }
        PyStr n = PyStr.of(name);
        if (getattr == null) {
            return Slots.call1(ga, obj, n);
        }
        try {
            return Slots.call1(ga, obj, n);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.AttributeError)) {
                throw e;
            }
            return Slots.call1(getattr, obj, n);
        }
    }

    /**
     * Finds a method for calling without making a bound method (CPython's _PyObject_GetMethod):
     * for a plain instance whose type gives an {@link UnboundMethod} not shadowed by the
     * instance dict, returns that function and sets {@code out[0]} to {@code obj} (call it with
     * obj prepended); otherwise returns the attribute and sets {@code out[0]} to {@code null}.
     *
     * @param obj  the receiver
     * @param name the method name
     * @param out  a one-element array receiving the self to prepend, or {@code null}
     * @return the callable
     */
    static PyObject lookupMethod(PyObject obj, String name, PyObject[] out) {
        PyType type = obj.getType();
        if (type.slot(Slot.GETATTRIBUTE) == OBJECT_GETATTRIBUTE) {
            PyObject descr = type.lookup(name);
            if (descr instanceof UnboundMethod && !(descr instanceof PyMethodDescr md
                    && !md.getObjclass().getJavaClass().isInstance(obj))) {
                PyDict d = obj instanceof HasDict hd ? hd.getDict() : null;
                if (d == null || d.getStr(name) == null) {
                    out[0] = obj;
                    return descr;
                }
            }
        }
        out[0] = null;
        return getAttr(obj, name);
    }

    /**
     * Gets an attribute or {@code null} when it is missing (AttributeError suppressed).
     *
     * @param obj  the object
     * @param name the name
     * @return the value or {@code null}
     */
    static PyObject lookupAttr(PyObject obj, String name) {
        PyType type = obj.getType();
        if (type.slot(Slot.GETATTRIBUTE) == OBJECT_GETATTRIBUTE && type.slot(Slot.GETATTR) == null) {
            try {
                return PyBaseObject.genericGetAttrOrNull(obj, name);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.AttributeError)) {
                    return null;
                }
                throw e;
            }
        }
        try {
            return getAttr(obj, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Sets an attribute ({@code obj.name = value}), or deletes it when value is {@code null}.
     *
     * @param obj   the object
     * @param name  the name
     * @param value the value or {@code null}
     */
    static void setAttr(PyObject obj, String name, PyObject value) {
        PyType type = obj.getType();
        PyObject f = type.slot(value == null ? Slot.DELATTR : Slot.SETATTR);
        PyObject generic = PyType.OBJECT_TYPE.getDict().get(value == null ? "__delattr__"
                : "__setattr__");
        if (f == generic) {
            PyBaseObject.genericSetAttr(obj, name, value);
        } else if (obj instanceof PyType t && f == PyType.TYPE.getDict().get(
                value == null ? "__delattr__" : "__setattr__")) {
            TypeMethods.setAttr(t, name, value);
        } else if (value == null) {
            Slots.call1(f, obj, PyStr.of(name));
        } else {
            Slots.call2(f, obj, PyStr.of(name), value);
        }
    }
}

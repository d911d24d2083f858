package dev.taipan.objects;

/**
 * {@code isinstance} and {@code issubclass}, with {@code __instancecheck__} /
 * {@code __subclasscheck__} on the metatype and the {@code __class__} fallback.
 *
 * <p>CPython: Objects/abstract.c, PyObject_IsInstance and object_isinstance
 */
final class InstanceChecks {
    private InstanceChecks() {
    }


    /**
     * Returns {@code isinstance(inst, cls)}.
     *
     * @param inst the object
     * @param cls  a class or tuple of classes
     * @return whether an instance
     */
    public static boolean isInstance(PyObject inst, PyObject cls) {
        if (inst.getType() == cls) {
            return true;
        }
        if (cls.getClass() == PyType.class && cls.getType() == PyType.TYPE) {
            return inst.getType().isSubtypeOf((PyType) cls) || recursiveIsInstance(inst, cls);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items()) {
                if (isInstance(inst, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject check = cls.getType().slot(Slot.INSTANCECHECK);
        if (check != null) {
            return Abstract.isTrue(Slots.call1(check, cls, inst));
        }
        return recursiveIsInstance(inst, cls);
    }

    /**
     * The real isinstance check ignoring {@code __instancecheck__}: the type, or the class
     * reported by {@code __class__}.
     *
     * @param inst the object
     * @param cls  the class
     * @return whether an instance
     */
    static boolean recursiveIsInstance(PyObject inst, PyObject cls) {
        if (!(cls instanceof PyType t)) {
            throw Errors.typeError(
                    "isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        if (inst.getType().isSubtypeOf(t)) {
            return true;
        }
        PyObject c = Abstract.lookupAttr(inst, "__class__");
        return c != inst.getType() && c instanceof PyType ct && ct.isSubtypeOf(t);
    }

    /**
     * Returns {@code issubclass(sub, cls)}.
     *
     * @param sub the candidate subclass
     * @param cls a class or tuple of classes
     * @return whether a subclass
     */
    public static boolean isSubclass(PyObject sub, PyObject cls) {
        if (cls.getClass() == PyType.class && cls.getType() == PyType.TYPE) {
            if (!(sub instanceof PyType s)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return s.isSubtypeOf((PyType) cls);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items()) {
                if (isSubclass(sub, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject check = cls.getType().slot(Slot.SUBCLASSCHECK);
        if (check != null) {
            return Abstract.isTrue(Slots.call1(check, cls, sub));
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
}

package dev.taipan.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * An instance of a Python class whose solid base is {@code object}: its type, its
 * {@code __dict__} (unless the class uses {@code __slots__} only), and its slot values.
 */
public class PyInstance extends PyObject implements HasDict {
    private static final VarHandle DICT;

    static {
        try {
            DICT = MethodHandles.lookup().findVarHandle(PyInstance.class, "dict", PyDict.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private PyType type;
    private PyDict dict;
    /** Values of {@code __slots__} members, indexed by the member descriptors; null = unset. */
    final PyObject[] slotValues;

    /**
     * Creates an instance.
     *
     * @param type its class
     */
    public PyInstance(PyType type) {
        this.type = type;
        this.slotValues = type.slotCount == 0 ? null : new PyObject[type.slotCount];
    }

    @Override
    public PyType getType() {
        return type;
    }

    /**
     * Changes the class ({@code obj.__class__ = C}); the caller checks layout compatibility.
     *
     * @param t the new class
     */
    void setType(PyType t) {
        this.type = t;
    }

    @Override
    public PyDict getDict() {
        PyDict d = dict;
        if (d == null && type.hasFlag(PyType.HAS_DICT)) {
            // Created on first use; racing threads must agree on one dict, or one thread's
            // attribute writes would vanish with the dict that lost.
            PyDict fresh = new PyDict();
            d = (PyDict) DICT.compareAndExchange(this, null, fresh);
            if (d == null) {
                d = fresh;
            }
        }
        return d;
    }

    @Override
    public void setDict(PyDict d) {
        this.dict = d;
    }
}

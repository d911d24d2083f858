package dev.taipan.interp;

import dev.taipan.code.CodeObject;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

/** {@code locals()} and {@code frame.f_locals}: a snapshot dict of a function's variables. */
final class Locals {
    private Locals() {
    }

    /** The frame's locals: its mapping for module and class bodies, a fresh snapshot for functions. */
    static PyObject of(Frame f) {
        if (f.locals != null) {
            return f.locals;
        }
        PyDict d = new PyDict();
        CodeObject code = f.code;
        byte[] kinds = code.localsPlusKinds();
        String[] names = code.localsPlusNames();
        for (int i = 0; i < code.slotCount(); i++) {
            PyObject v = f.slots[i];
            if ((kinds[i] & (CodeObject.KIND_CELL | CodeObject.KIND_FREE)) != 0) {
                v = v instanceof PyCell c ? c.content : v;
            }
            if (v != null) {
                d.put(PyStr.of(names[i]), v);
            }
        }
        return d;
    }
}

package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;

/** Whether a type counts as a {@code collections.abc} mapping or sequence, for pattern matching. */
final class Abc {
    private Abc() {
    }

    /**
     * Whether {@code type} derives from, or is registered with, {@code collections.abc.<name>}. Only
     * the classes already imported can be asked, so this never imports anything.
     */
    static boolean isRegistered(PyType type, String name) {
        for (PyType t : type.getMroArray()) {
            if (t.getName().equals(name) && "collections.abc".equals(t.getModule())) {
                return true;
            }
        }
        PyObject flag = type.lookup(name.equals("Mapping") ? "__abc_tpflags_mapping__" : "__abc_tpflags_sequence__");
        return flag != null && Abstract.isTrue(flag);
    }
}

package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyBoundMethod;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.Slot;

/** Small questions the eval loop asks about objects: method binding, mappings, descriptions. */
final class Methods {
    private Methods() {
    }

    /** Whether {@code o} counts as a mapping for {@code **}: it has {@code keys} and {@code __getitem__}. */
    static boolean isMapping(PyObject o) {
        return o instanceof PyDict || (o.getType().lookup("keys") != null && o.getType().slot(Slot.GETITEM) != null);
    }

    /**
     * How CPython names a callable in call errors: {@code module.qualname()}, {@code qualname()}
     * for builtins, or {@code str(callable)} when it has no {@code __qualname__}.
     */
    // CPython: Objects/object.c, _PyObject_FunctionStr
    static String functionDescription(PyObject callable) {
        PyObject qualname = Abstract.lookupAttr(callable, "__qualname__");
        if (qualname == null) {
            return Abstract.str(callable).toString();
        }
        PyObject module = Abstract.lookupAttr(callable, "__module__");
        if (module != null && module != PyNone.NONE
                && !(module instanceof PyStr m && m.toString().equals("builtins"))) {
            return Abstract.str(module) + "." + Abstract.str(qualname) + "()";
        }
        return Abstract.str(qualname) + "()";
    }

    /** Binds a special method found on a type to an instance, through {@code __get__} when it has one. */
    static PyObject bind(PyObject descr, PyObject obj) {
        if (descr instanceof PyFunction) {
            return new PyBoundMethod(descr, obj);
        }
        PyObject get = descr.getType().slot(Slot.GET);
        return get == null ? descr : Abstract.callMethod(descr, "__get__", obj, obj.getType());
    }
}

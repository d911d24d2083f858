package dev.taipan.interp.specialize;

import dev.taipan.code.Opcode;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyObject;

/**
 * {@code BINARY_SUBSCR} on an exact list with an exact int index, and on an exact dict (no
 * {@code __missing__} to consult). A negative or huge list index takes the generic path.
 */
public final class SubscrFamily {
    private SubscrFamily() {
    }

    /** The generic {@code BINARY_SUBSCR}. */
    public static PyObject generic(Adaptive ad, int i, PyObject container, PyObject sub) {
        if (ad.warm(i)) {
            Class<?> c = container.getClass();
            if (c == PyList.class && sub.getClass() == PyInt.class) {
                ad.rewrite(i, Opcode.BINARY_SUBSCR_LIST_INT, null, Family.BINARY_SUBSCR);
            } else if (c == PyDict.class) {
                ad.rewrite(i, Opcode.BINARY_SUBSCR_DICT, null, Family.BINARY_SUBSCR);
            } else {
                ad.failed(i, Family.BINARY_SUBSCR);
            }
        }
        return Abstract.getItem(container, sub);
    }

    /** {@code BINARY_SUBSCR_LIST_INT}. */
    public static PyObject listInt(Adaptive ad, int i, PyObject container, PyObject sub) {
        if (container.getClass() == PyList.class && sub.getClass() == PyInt.class) {
            PyInt index = (PyInt) sub;
            if (index.fitsInt() && index.intValue() >= 0) {
                ad.hit(Family.BINARY_SUBSCR);
                return ((PyList) container).get(index.intValue());
            }
            return Abstract.getItem(container, sub);
        }
        ad.miss(i, Family.BINARY_SUBSCR);
        return Abstract.getItem(container, sub);
    }

    /** {@code BINARY_SUBSCR_DICT}. */
    public static PyObject dict(Adaptive ad, int i, PyObject container, PyObject sub) {
        if (container.getClass() == PyDict.class) {
            ad.hit(Family.BINARY_SUBSCR);
            return ((PyDict) container).getItem(sub);
        }
        ad.miss(i, Family.BINARY_SUBSCR);
        return Abstract.getItem(container, sub);
    }
}

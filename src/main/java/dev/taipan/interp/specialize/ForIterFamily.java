package dev.taipan.interp.specialize;

import dev.taipan.code.Opcode;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyListIterator;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyRange;

/**
 * {@code FOR_ITER} over a list or a range: the guard is the iterator's exact class, which lets
 * the step be a direct (inlinable) call instead of a dispatch through the iterator protocol.
 */
public final class ForIterFamily {
    private ForIterFamily() {
    }

    /** The generic {@code FOR_ITER}: the next item or null when exhausted. */
    public static PyObject generic(Adaptive ad, int i, PyObject it) {
        if (ad.warm(i)) {
            Class<?> c = it.getClass();
            if (c == PyListIterator.class) {
                ad.rewrite(i, Opcode.FOR_ITER_LIST, null, Family.FOR_ITER);
            } else if (c == PyRange.Iterator.class) {
                ad.rewrite(i, Opcode.FOR_ITER_RANGE, null, Family.FOR_ITER);
            } else {
                ad.failed(i, Family.FOR_ITER);
            }
        }
        return Abstract.next(it);
    }

    /** {@code FOR_ITER_LIST}: the next item or null when exhausted. */
    public static PyObject list(Adaptive ad, int i, PyObject it) {
        if (it.getClass() == PyListIterator.class) {
            ad.hit(Family.FOR_ITER);
            return ((PyListIterator) it).nextOrNull();
        }
        ad.miss(i, Family.FOR_ITER);
        return Abstract.next(it);
    }

    /** {@code FOR_ITER_RANGE}: the next item or null when exhausted. */
    public static PyObject range(Adaptive ad, int i, PyObject it) {
        if (it.getClass() == PyRange.Iterator.class) {
            ad.hit(Family.FOR_ITER);
            return ((PyRange.Iterator) it).nextOrNull();
        }
        ad.miss(i, Family.FOR_ITER);
        return Abstract.next(it);
    }
}

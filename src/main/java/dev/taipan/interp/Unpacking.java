package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyTuple;

import java.util.ArrayList;
import java.util.List;

/** Sequence unpacking for assignments ({@code a, b = x} and {@code a, *b, c = x}), with CPython's messages. */
final class Unpacking {
    private Unpacking() {
    }

    /** Exactly {@code n} items of {@code seq}. */
    static PyObject[] items(PyObject seq, int n) {
        if (seq.getClass() == PyTuple.class || seq.getClass() == PyList.class) {
            PyObject[] items = seq instanceof PyTuple t ? t.items() : ((PyList) seq).toArray();
            if (items.length == n) {
                return items;
            }
            if (items.length < n) {
                throw notEnough(n, items.length);
            }
            throw tooMany(n);
        }
        PyObject it = iterate(seq);
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject v = Abstract.next(it);
            if (v == null) {
                throw notEnough(n, i);
            }
            out[i] = v;
        }
        if (Abstract.next(it) != null) {
            throw tooMany(n);
        }
        return out;
    }

    /** {@code before} items, a list of the middle, then {@code after} items. */
    static PyObject[] itemsWithStar(PyObject seq, int before, int after) {
        PyObject it = iterate(seq);
        List<PyObject> all = new ArrayList<>();
        for (PyObject v; (v = Abstract.next(it)) != null; ) {
            all.add(v);
        }
        if (all.size() < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least %d, got %d)",
                    before + after, all.size());
        }
        PyObject[] out = new PyObject[before + 1 + after];
        for (int i = 0; i < before; i++) {
            out[i] = all.get(i);
        }
        int middleEnd = all.size() - after;
        out[before] = PyList.of(all.subList(before, middleEnd).toArray(new PyObject[0]));
        for (int i = 0; i < after; i++) {
            out[before + 1 + i] = all.get(middleEnd + i);
        }
        return out;
    }

    private static PyObject iterate(PyObject seq) {
        if (seq.getType().slot(dev.taipan.objects.Slot.ITER) == null
                && seq.getType().slot(dev.taipan.objects.Slot.GETITEM) == null) {
            throw Errors.typeError("cannot unpack non-iterable %s object", seq.getType().getName());
        }
        return Abstract.iter(seq);
    }

    // CPython 3.13 does not count the extra values, even for a list or tuple (3.14 does).
    private static RuntimeException tooMany(int expected) {
        return Errors.valueError("too many values to unpack (expected %d)", expected);
    }

    private static RuntimeException notEnough(int expected, int got) {
        return Errors.valueError("not enough values to unpack (expected %d, got %d)", expected, got);
    }
}

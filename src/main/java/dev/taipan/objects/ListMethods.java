package dev.taipan.objects;

import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * The methods of {@code list} named as in Python, and slice assignment and deletion.
 *
 * <p>CPython: Objects/listobject.c
 */
final class ListMethods {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private ListMethods() {
    }

    @PyMethod(doc = "Append object to the end of the list.")
    static void append(PyList self, PyObject x) {
        self.append(x);
    }

    @PyMethod
    static void extend(PyList self, PyObject iterable) {
        self.extend(iterable);
    }

    @PyMethod
    static void insert(PyList self, int index, PyObject x) {
        self.insert(index, x);
    }

    @PyMethod
    static PyObject pop(PyList self, @Default("-1") int index) {
        int n = self.size;
        if (n == 0) {
            throw Errors.indexError("pop from empty list");
        }
        int i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw Errors.indexError("pop index out of range");
        }
        return self.removeAt(i);
    }

    @PyMethod
    static void remove(PyList self, PyObject x) {
        for (int i = 0; i < self.size; i++) {
            PyObject item = self.getOrNull(i);
            if (item != null && (item == x || Abstract.richCompareBool(item, x, CompareOp.EQ))) {
                if (i < self.size && self.items[i] == item) {
                    self.removeAt(i);
                }
                return;
            }
        }
        throw Errors.valueError("list.remove(x): x not in list");
    }

    @PyMethod
    static void clear(PyList self) {
        self.items = PyObject.EMPTY_ARRAY;
        self.size = 0;
    }

    @PyMethod
    static PyObject copy(PyList self) {
        return PyList.of(self.toArray());
    }

    @PyMethod
    static int index(PyList self, PyObject x, @Default("0") PyObject start,
            @Default("9223372036854775807") PyObject stop) {
        int[] r = Sequences.adjust(start, stop, self.size);
        for (int i = r[0]; i < r[1] && i < self.size; i++) {
            PyObject item = self.getOrNull(i);
            if (item != null && (item == x || Abstract.richCompareBool(item, x, CompareOp.EQ))) {
                return i;
            }
        }
        throw Errors.valueError("%s is not in list", Abstract.repr(x));
    }

    @PyMethod
    static int count(PyList self, PyObject x) {
        int n = 0;
        for (int i = 0; i < self.size; i++) {
            PyObject item = self.getOrNull(i);
            if (item != null && (item == x || Abstract.richCompareBool(item, x, CompareOp.EQ))) {
                n++;
            }
        }
        return n;
    }

    @PyMethod
    static void reverse(PyList self) {
        PyObject[] a = self.toArray();
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        self.items = a;
        self.size = a.length;
    }

    @PyMethod
    static void sort(PyList self, @KwOnly("key") @Default("None") PyObject key,
            @KwOnly("reverse") @Default("False") boolean reverse) {
        self.sort(key, reverse);
    }

    @PyMethod
    static int __sizeof__(PyList self) {
        return 40 + 8 * self.items.length;
    }

    // CPython: Objects/listobject.c, list_ass_subscript
    static void setSlice(PyList self, PySlice s, PyObject value) {
        PySlice.Indices ix = s.indices(self.size);
        PyObject[] src;
        if (value == self) {
            src = self.toArray();
        } else if (value.getType().slot(Slot.ITER) == null
                && value.getType().slot(Slot.GETITEM) == null) {
            throw Errors.typeError(ix.step() == 1 ? "can only assign an iterable"
                    : "must assign iterable to extended slice");
        } else {
            src = Abstract.toArray(value);
        }
        if (ix.step() == 1) {
            int lo = ix.start();
            int hi = Math.max(lo, ix.stop());
            self.replaceRange(lo, hi, src);
            return;
        }
        if (src.length != ix.length()) {
            throw Errors.valueError(
                    "attempt to assign sequence of size %d to extended slice of size %d",
                    src.length, ix.length());
        }
        for (int k = 0, i = ix.start(); k < src.length; k++, i += ix.step()) {
            self.items[i] = src[k];
        }
    }

    static void deleteSlice(PyList self, PySlice s) {
        PySlice.Indices ix = s.indices(self.size);
        if (ix.length() == 0) {
            return;
        }
        if (ix.step() == 1) {
            self.replaceRange(ix.start(), ix.start() + ix.length(), PyObject.EMPTY_ARRAY);
            return;
        }
        boolean[] drop = new boolean[self.size];
        for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
            drop[i] = true;
        }
        PyObject[] out = new PyObject[self.size - ix.length()];
        int j = 0;
        for (int i = 0; i < self.size; i++) {
            if (!drop[i]) {
                out[j++] = self.items[i];
            }
        }
        self.items = Arrays.copyOf(out, Math.max(out.length, 4));
        self.size = out.length;
    }
}

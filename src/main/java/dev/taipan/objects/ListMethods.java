package dev.taipan.objects;

import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

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
        PyObject v = null;
        boolean empty;
        self.lock();
        try {
            int n = self.size;
            empty = n == 0;
            int i = index < 0 ? index + n : index;
            if (!empty && i >= 0 && i < n) {
                v = self.removeAtLocked(i);
            }
        } finally {
            self.unlock();
        }
        if (v == null) {
            throw Errors.indexError(empty ? "pop from empty list" : "pop index out of range");
        }
        return v;
    }

    @PyMethod
    static void remove(PyList self, PyObject x) {
        // The comparisons run unlocked; the removal then checks, under the lock, that the
        // matched item is still where it was found, and searches again if it moved.
        search:
        while (true) {
            for (int i = 0; i < self.size; i++) {
                PyObject item = self.getOrNull(i);
                if (item != null && (item == x || Abstract.richCompareBool(item, x, CompareOp.EQ))) {
                    self.lock();
                    try {
                        if (i < self.size && self.items[i] == item) {
                            self.removeAtLocked(i);
                            return;
                        }
                    } finally {
                        self.unlock();
                    }
                    continue search;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        }
    }

    @PyMethod
    static void clear(PyList self) {
        self.lock();
        try {
            self.replaceAll(PyObject.EMPTY_ARRAY, 0);
        } finally {
            self.unlock();
        }
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
        self.lock();
        try {
            int n = self.size;
            PyObject[] a = java.util.Arrays.copyOf(self.items, Math.max(n, 4));
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                PyObject t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            self.replaceAll(a, n);
        } finally {
            self.unlock();
        }
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
        PyObject[] src;
        if (value == self || value.getClass() == PyList.class) {
            src = ((PyList) value).toArray();
        } else if (value.getType().slot(Slot.ITER) == null
                && value.getType().slot(Slot.GETITEM) == null) {
            throw Errors.typeError(s.indices(self.size).step() == 1 ? "can only assign an iterable"
                    : "must assign iterable to extended slice");
        } else {
            src = Abstract.toArray(value);
        }
        while (true) {
            // Resolving the slice can run __index__: it happens unlocked, and again if the
            // size changed before the lock was taken.
            int n = self.size;
            PySlice.Indices ix = s.indices(n);
            self.lock();
            try {
                if (self.size != n) {
                    continue;
                }
                if (ix.step() == 1) {
                    int lo = ix.start();
                    int hi = Math.max(lo, ix.stop());
                    self.replaceRange(lo, hi, src);
                    return;
                }
                if (src.length == ix.length()) {
                    for (int k = 0, i = ix.start(); k < src.length; k++, i += ix.step()) {
                        self.items[i] = src[k];
                    }
                    return;
                }
            } finally {
                self.unlock();
            }
            throw Errors.valueError(
                    "attempt to assign sequence of size %d to extended slice of size %d",
                    src.length, ix.length());
        }
    }

    static void deleteSlice(PyList self, PySlice s) {
        while (true) {
            int n = self.size;
            PySlice.Indices ix = s.indices(n);
            if (ix.length() == 0) {
                return;
            }
            self.lock();
            try {
                if (self.size != n) {
                    continue;
                }
                if (ix.step() == 1) {
                    self.replaceRange(ix.start(), ix.start() + ix.length(), PyObject.EMPTY_ARRAY);
                    return;
                }
                boolean[] drop = new boolean[n];
                for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
                    drop[i] = true;
                }
                PyObject[] out = new PyObject[Math.max(n - ix.length(), 4)];
                int j = 0;
                for (int i = 0; i < n; i++) {
                    if (!drop[i]) {
                        out[j++] = self.items[i];
                    }
                }
                self.replaceAll(out, j);
                return;
            } finally {
                self.unlock();
            }
        }
    }
}

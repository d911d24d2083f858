package dev.taipan.objects;

/**
 * The stable sort behind {@code list.sort}: a merge sort (insertion sort on short runs) that
 * compares only with {@code <}, as CPython's does.
 *
 * <p>Java's {@code Arrays.sort} would need a three-way comparator, doubling the calls to
 * {@code __lt__} and throwing on inconsistent orders (NaN), so the list gets its own sort.
 * During the sort the list is emptied; if the key function, a comparison or another thread
 * changes it, the sort ends with CPython's {@code ValueError: list modified during sort}.
 *
 * <p>CPython: Objects/listobject.c, list_sort_impl
 */
final class ListSort {
    private ListSort() {
    }

    private static boolean lt(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return ((PyInt) a).compareTo((PyInt) b) < 0;
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            return StrMethods.compare((PyStr) a, (PyStr) b) < 0;
        }
        return Abstract.richCompareBool(a, b, CompareOp.LT);
    }

    static void sort(PyList list, PyObject key, boolean reverse) {
        // The list is emptied under its lock and sorted outside it (key functions and "<" are
        // Python code); any mutation meanwhile replaces the marker array or the size, which the
        // final check under the lock detects. Racing readers see an empty list, as in CPython.
        PyObject[] emptied = new PyObject[0];
        PyObject[] values;
        int n;
        list.lock();
        try {
            n = list.size;
            values = java.util.Arrays.copyOf(list.items, n);
            list.replaceAll(emptied, 0);
        } finally {
            list.unlock();
        }
        PyObject[] keys = values;
        try {
            if (key != null) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = key.call(values[i]);
                }
            }
            if (reverse) {
                reverseInPlace(keys, values, n);
            }
            mergeSort(keys, values == keys ? null : values, n);
            if (reverse) {
                reverseInPlace(keys, values, n);
            }
        } finally {
            boolean modified;
            list.lock();
            try {
                modified = list.items != emptied || list.size != 0;
                list.replaceAll(values, n);
            } finally {
                list.unlock();
            }
            if (modified) {
                throw Errors.valueError("list modified during sort");
            }
        }
    }

    private static void reverseInPlace(PyObject[] keys, PyObject[] values, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
            if (values != keys) {
                t = values[i];
                values[i] = values[j];
                values[j] = t;
            }
        }
    }

    /** Sorts keys (and values alongside, if not null) stably using only "<". */
    private static void mergeSort(PyObject[] keys, PyObject[] values, int n) {
        final int run = 16;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                PyObject k = keys[i];
                PyObject v = values == null ? null : values[i];
                int j = i - 1;
                while (j >= lo && lt(k, keys[j])) {
                    keys[j + 1] = keys[j];
                    if (values != null) {
                        values[j + 1] = values[j];
                    }
                    j--;
                }
                keys[j + 1] = k;
                if (values != null) {
                    values[j + 1] = v;
                }
            }
        }
        if (n <= run) {
            return;
        }
        PyObject[] tk = new PyObject[n];
        PyObject[] tv = values == null ? null : new PyObject[n];
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                // Already in order: the smallest of the right run is not below the left's last.
                if (!lt(keys[mid], keys[mid - 1])) {
                    continue;
                }
                merge(keys, values, tk, tv, lo, mid, hi);
            }
        }
    }

    private static void merge(PyObject[] keys, PyObject[] values, PyObject[] tk, PyObject[] tv,
            int lo, int mid, int hi) {
        System.arraycopy(keys, lo, tk, lo, hi - lo);
        if (values != null) {
            System.arraycopy(values, lo, tv, lo, hi - lo);
        }
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            // Take from the right only when strictly smaller: that keeps the sort stable.
            if (lt(tk[j], tk[i])) {
                keys[k] = tk[j];
                if (values != null) {
                    values[k] = tv[j];
                }
                j++;
            } else {
                keys[k] = tk[i];
                if (values != null) {
                    values[k] = tv[i];
                }
                i++;
            }
            k++;
        }
        while (i < mid) {
            keys[k] = tk[i];
            if (values != null) {
                values[k] = tv[i];
            }
            i++;
            k++;
        }
        while (j < hi) {
            keys[k] = tk[j];
            if (values != null) {
                values[k] = tv[j];
            }
            j++;
            k++;
        }
    }
}

package dev.taipan.objects;

import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * The methods of {@code collections.deque} named as in Python, its operators, and its
 * iterators. Comparisons of items (Python code) always run with the deque unlocked.
 *
 * <p>CPython: Modules/_collectionsmodule.c
 */
final class DequeMethods {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final String MUTATED = "deque mutated during iteration";

    private DequeMethods() {
    }

    /** Reads an iterable's items (a deque or list as one snapshot). */
    static PyObject[] itemsOf(PyObject iterable) {
        if (iterable instanceof PyDeque d) {
            return d.toArray();
        }
        return Abstract.toArray(iterable);
    }

    private static boolean same(PyObject item, PyObject x) {
        return item == x || Abstract.richCompareBool(item, x, CompareOp.EQ);
    }

    @PyMethod
    static void append(PyDeque self, PyObject x) {
        self.append(x);
    }

    @PyMethod
    static void appendleft(PyDeque self, PyObject x) {
        self.appendLeft(x);
    }

    @PyMethod
    static PyObject pop(PyDeque self) {
        PyObject x = self.popRight();
        if (x == null) {
            throw Errors.indexError("pop from an empty deque");
        }
        return x;
    }

    @PyMethod
    static PyObject popleft(PyDeque self) {
        PyObject x = self.popLeft();
        if (x == null) {
            throw Errors.indexError("pop from an empty deque");
        }
        return x;
    }

    private static void extend(PyDeque self, PyObject iterable, boolean left) {
        if (iterable == self || iterable instanceof PyDeque || iterable.getClass() == PyList.class
                || iterable.getClass() == PyTuple.class) {
            self.pushAll(itemsOf(iterable), left);
            return;
        }
        // Read item by item, unlocked: the iterator runs Python code; each push is atomic.
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (left) {
                self.appendLeft(x);
            } else {
                self.append(x);
            }
        }
    }

    @PyMethod
    static void extend(PyDeque self, PyObject iterable) {
        extend(self, iterable, false);
    }

    @PyMethod
    static void extendleft(PyDeque self, PyObject iterable) {
        extend(self, iterable, true);
    }

    @PyMethod
    static void clear(PyDeque self) {
        self.clear();
    }

    @PyMethod
    static PyObject copy(PyDeque self) {
        if (self.getClass() == PyDeque.class) {
            PyDeque d = new PyDeque();
            d.reset(self.toArray(), self.maxlen());
            return d;
        }
        int m = self.maxlen();
        return m < 0 ? self.getType().call(self) : self.getType().call(self, PyInt.of(m));
    }

    @PyMethod
    static PyObject __copy__(PyDeque self) {
        return copy(self);
    }

    @PyMethod
    static int count(PyDeque self, PyObject x) {
        int state = self.state();
        int n = 0;
        for (int i = 0;; i++) {
            PyObject item = self.itemAtState(i, state);
            if (item == null) {
                return n;
            }
            if (same(item, x)) {
                n++;
            }
        }
    }

    @PyMethod
    static boolean __contains__(PyDeque self, PyObject x) {
        int state = self.state();
        for (int i = 0;; i++) {
            PyObject item = self.itemAtState(i, state);
            if (item == null) {
                return false;
            }
            if (same(item, x)) {
                return true;
            }
        }
    }

    @PyMethod
    static int index(PyDeque self, PyObject x, @Default("0") PyObject start,
            @Default("9223372036854775807") PyObject stop) {
        int state = self.state();
        int[] r = Sequences.adjust(start, stop, self.size());
        for (int i = r[0]; i < r[1]; i++) {
            PyObject item = self.itemAtState(i, state);
            if (item == null) {
                break;
            }
            if (same(item, x)) {
                if (self.state() != state) {
                    throw Errors.runtimeError(MUTATED);
                }
                return i;
            }
        }
        throw Errors.valueError("%s is not in deque", Abstract.repr(x));
    }

    @PyMethod
    static void insert(PyDeque self, int index, PyObject x) {
        if (!self.insertAt(index, x)) {
            throw Errors.indexError("deque already at its maximum size");
        }
    }

    @PyMethod
    static void remove(PyDeque self, PyObject x) {
        int state = self.state();
        for (int i = 0;; i++) {
            PyObject item;
            try {
                item = self.itemAtState(i, state);
            } catch (PyException e) {
                throw Errors.indexError(MUTATED);
            }
            if (item == null) {
                throw Errors.valueError("%s is not in deque", Abstract.repr(x));
            }
            if (same(item, x)) {
                if (!self.deleteAt(i, state)) {
                    throw Errors.indexError(MUTATED);
                }
                return;
            }
        }
    }

    @PyMethod
    static void reverse(PyDeque self) {
        self.reverse();
    }

    @PyMethod
    static void rotate(PyDeque self, @Default("1") PyObject n) {
        PyInt k = Abstract.index(n);
        self.rotate(k.fitsLong() ? k.longValue() : k.mod(PyInt.of(Math.max(1, self.size())))
                .longValue());
    }

    // ---- sequence protocol -------------------------------------------------------------------

    @PyMethod
    static int __len__(PyDeque self) {
        return self.size();
    }

    private static int indexArg(PyObject key) {
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("sequence index must be integer, not '%.200s'",
                    key.getType().getName());
        }
        return Abstract.asIndex(key);
    }

    @PyMethod
    static PyObject __getitem__(PyDeque self, PyObject key) {
        PyObject x = self.getOrNull(indexArg(key));
        if (x == null) {
            throw Errors.indexError("deque index out of range");
        }
        return x;
    }

    @PyMethod
    static void __setitem__(PyDeque self, PyObject key, PyObject value) {
        if (!self.setAt(indexArg(key), value)) {
            throw Errors.indexError("deque index out of range");
        }
    }

    @PyMethod
    static void __delitem__(PyDeque self, PyObject key) {
        if (!self.deleteAt(indexArg(key), -1)) {
            throw Errors.indexError("deque index out of range");
        }
    }

    @PyMethod
    static PyObject __iter__(PyDeque self) {
        return new Iterator(self, false);
    }

    @PyMethod
    static PyObject __reversed__(PyDeque self) {
        return new Iterator(self, true);
    }

    @PyMethod
    static PyObject __repr__(PyDeque self) {
        String name = self.getType().getName();
        if (!Abstract.reprEnter(self)) {
            return PyStr.of("[...]");
        }
        try {
            PyObject[] items = self.toArray();
            StringBuilder sb = new StringBuilder(name).append("([");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]));
            }
            sb.append(']');
            int m = self.maxlen();
            if (m >= 0) {
                sb.append(", maxlen=").append(m);
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            Abstract.reprLeave(self);
        }
    }

    @PyMethod
    static PyObject __reduce__(PyDeque self) {
        PyObject state = PyNone.NONE;
        if (self instanceof HasDict hd) {
            PyDict d = hd.getDict();
            if (d != null && d.size() > 0) {
                state = d;
            }
        }
        int m = self.maxlen();
        PyObject args = m < 0 ? PyTuple.of() : PyTuple.of(PyTuple.of(), PyInt.of(m));
        return PyTuple.of(self.getType(), args, state,
                new PyListIterator(PyList.of(self.toArray())));
    }

    // ---- operators ---------------------------------------------------------------------------

    @PyMethod
    static PyObject __add__(PyDeque self, PyObject other) {
        if (!(other instanceof PyDeque o)) {
            throw Errors.typeError("can only concatenate deque (not \"%.200s\") to deque",
                    other.getType().getName());
        }
        PyObject r = copy(self);
        extend((PyDeque) r, o, false);
        return r;
    }

    @PyMethod
    static PyObject __iadd__(PyDeque self, PyObject other) {
        extend(self, other, false);
        return self;
    }

    private static PyObject[] repeated(PyObject[] items, PyObject n, int maxlen) {
        int c = Sequences.repeatCount(n, items.length);
        if (c < 0) {
            return null;
        }
        long total = (long) items.length * c;
        int keep = maxlen >= 0 ? (int) Math.min(total, maxlen) : (int) total;
        PyObject[] out = new PyObject[keep];
        // With a maxlen only the last copies survive, as repeated appends would leave them.
        for (int k = 0; k < keep; k++) {
            out[k] = items[(int) ((total - keep + k) % items.length)];
        }
        return out;
    }

    @PyMethod
    static PyObject __mul__(PyDeque self, PyObject n) {
        PyObject[] out = repeated(self.toArray(), n, self.maxlen());
        if (out == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject r = copy(self);
        ((PyDeque) r).reset(out, self.maxlen());
        return r;
    }

    @PyMethod
    static PyObject __rmul__(PyDeque self, PyObject n) {
        return __mul__(self, n);
    }

    @PyMethod
    static PyObject __imul__(PyDeque self, PyObject n) {
        PyObject[] out = repeated(self.toArray(), n, self.maxlen());
        if (out == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        self.reset(out, self.maxlen());
        return self;
    }

    private static PyObject compare(PyDeque self, PyObject other, CompareOp op) {
        if (!(other instanceof PyDeque o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        // One snapshot per side, taken one lock at a time.
        PyObject[] a = self.toArray();
        PyObject[] b = o == self ? a : o.toArray();
        return Sequences.compare(a, a.length, b, b.length, op);
    }

    @PyMethod
    static PyObject __eq__(PyDeque self, PyObject o) {
        return compare(self, o, CompareOp.EQ);
    }

    @PyMethod
    static PyObject __ne__(PyDeque self, PyObject o) {
        return compare(self, o, CompareOp.NE);
    }

    @PyMethod
    static PyObject __lt__(PyDeque self, PyObject o) {
        return compare(self, o, CompareOp.LT);
    }

    @PyMethod
    static PyObject __le__(PyDeque self, PyObject o) {
        return compare(self, o, CompareOp.LE);
    }

    @PyMethod
    static PyObject __gt__(PyDeque self, PyObject o) {
        return compare(self, o, CompareOp.GT);
    }

    @PyMethod
    static PyObject __ge__(PyDeque self, PyObject o) {
        return compare(self, o, CompareOp.GE);
    }

    /** The deque iterators ({@code _collections._deque_iterator} and the reversed one). */
    @PyClass(name = "_deque_iterator", module = "_collections", baseType = false,
            methods = {AbstractIterator.IterMethods.class})
    static final class Iterator extends AbstractIterator {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(Iterator.class, LOOKUP);

        private PyDeque deque;
        private final boolean reversed;
        private final int state;
        private final int length;
        private int index;

        Iterator(PyDeque deque, boolean reversed) {
            this.deque = deque;
            this.reversed = reversed;
            this.state = deque.state();
            this.length = deque.size();
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject nextOrNull() {
            PyDeque d = deque;
            if (d == null) {
                return null;
            }
            if (index >= length) {
                deque = null;
                return null;
            }
            PyObject x;
            try {
                x = d.itemAtState(reversed ? length - 1 - index : index, state);
            } catch (PyException e) {
                deque = null;
                throw e;
            }
            if (x == null) {
                deque = null;
                return null;
            }
            index++;
            return x;
        }

        @PyMethod
        int __length_hint__() {
            return deque == null ? 0 : length - index;
        }
    }
}

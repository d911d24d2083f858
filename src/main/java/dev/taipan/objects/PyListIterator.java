package dev.taipan.objects;

import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * The iterator over a list ({@code list_iterator}); it reads the list's current size each
 * step, so appends during iteration are seen, as in CPython. Nested classes are the reverse
 * list iterator and the tuple iterator.
 */
@PyClass(name = "list_iterator", baseType = false, methods = {AbstractIterator.IterMethods.class})
public final class PyListIterator extends AbstractIterator {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code list_iterator}. */
    public static final PyType TYPE = PyType.fromClass(PyListIterator.class, LOOKUP);

    private PyList list;
    private int index;

    /**
     * Creates an iterator.
     *
     * @param list the list
     */
    public PyListIterator(PyList list) {
        this.list = list;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject nextOrNull() {
        PyList l = list;
        if (l == null) {
            return null;
        }
        PyObject v = l.getOrNull(index);
        if (v == null) {
            list = null;
            return null;
        }
        index++;
        return v;
    }

    @PyMethod
    int __length_hint__() {
        PyList l = list;
        return l == null ? 0 : Math.max(0, l.size() - index);
    }

    /** The reverse iterator over a list ({@code list_reverseiterator}). */
    @PyClass(name = "list_reverseiterator", baseType = false,
            methods = {AbstractIterator.IterMethods.class})
    public static final class Reverse extends AbstractIterator {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        /** The type {@code list_reverseiterator}. */
        public static final PyType TYPE = PyType.fromClass(Reverse.class, LOOKUP);

        private PyList list;
        private int index;

        /**
         * Creates an iterator.
         *
         * @param list the list
         */
        public Reverse(PyList list) {
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject nextOrNull() {
            PyList l = list;
            if (l == null || index < 0) {
                list = null;
                return null;
            }
            PyObject v = l.getOrNull(index);
            if (v == null) {
                list = null;
                return null;
            }
            index--;
            return v;
        }

        @PyMethod
        int __length_hint__() {
            return list == null ? 0 : Math.max(0, Math.min(index + 1, list.size()));
        }
    }

    /** The iterator over a tuple ({@code tuple_iterator}). */
    @PyClass(name = "tuple_iterator", baseType = false,
            methods = {AbstractIterator.IterMethods.class})
    public static final class TupleIterator extends AbstractIterator {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        /** The type {@code tuple_iterator}. */
        public static final PyType TYPE = PyType.fromClass(TupleIterator.class, LOOKUP);

        private final PyObject[] items;
        private int index;

        /**
         * Creates an iterator.
         *
         * @param t the tuple
         */
        public TupleIterator(PyTuple t) {
            this.items = t.items();
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject nextOrNull() {
            return index < items.length ? items[index++] : null;
        }

        @PyMethod
        int __length_hint__() {
            return Math.max(0, items.length - index);
        }
    }
}

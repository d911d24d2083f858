package dev.taipan.objects;

import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * The iterator over a bytes object ({@code bytes_iterator}): it yields each byte as an int. The
 * nested class is the bytearray iterator, which reads the bytearray's current length each step,
 * so changes during iteration are seen, as in CPython.
 *
 * <p>CPython: Objects/bytesobject.c, striter_next; Objects/bytearrayobject.c, bytearrayiter_next
 */
@PyClass(name = "bytes_iterator", baseType = false, methods = {AbstractIterator.IterMethods.class})
public final class PyBytesIterator extends AbstractIterator {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code bytes_iterator}. */
    public static final PyType TYPE = PyType.fromClass(PyBytesIterator.class, LOOKUP);

    private PyBytes bytes;
    private int index;

    /**
     * Creates an iterator.
     *
     * @param bytes the bytes
     */
    public PyBytesIterator(PyBytes bytes) {
        this.bytes = bytes;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject nextOrNull() {
        PyBytes b = bytes;
        if (b == null) {
            return null;
        }
        if (index >= b.length()) {
            bytes = null;
            return null;
        }
        return PyInt.of(b.byteAt(index++) & 0xff);
    }

    @PyMethod
    int __length_hint__() {
        PyBytes b = bytes;
        return b == null ? 0 : Math.max(0, b.length() - index);
    }

    /** The iterator over a bytearray ({@code bytearray_iterator}). */
    @PyClass(name = "bytearray_iterator", baseType = false,
            methods = {AbstractIterator.IterMethods.class})
    public static final class ByteArrayIterator extends AbstractIterator {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        /** The type {@code bytearray_iterator}. */
        public static final PyType TYPE = PyType.fromClass(ByteArrayIterator.class, LOOKUP);

        private PyByteArray array;
        private int index;

        /**
         * Creates an iterator.
         *
         * @param array the bytearray
         */
        public ByteArrayIterator(PyByteArray array) {
            this.array = array;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject nextOrNull() {
            PyByteArray a = array;
            if (a == null) {
                return null;
            }
            int b = a.byteOrMinusOne(index);
            if (b < 0) {
                array = null;
                return null;
            }
            index++;
            return PyInt.of(b);
        }

        @PyMethod
        int __length_hint__() {
            PyByteArray a = array;
            return a == null ? 0 : Math.max(0, a.length() - index);
        }
    }
}

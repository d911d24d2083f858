package dev.taipan.interop;

import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PySet;
import dev.taipan.objects.PySetBase;
import dev.taipan.objects.PyTuple;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.Set;

/**
 * A Python container seen from Java as a live {@code List}, {@code Map} or {@code Set}: reads and
 * writes go to the Python object, items convert as they cross (see {@link JavaValues}). A
 * {@code tuple} or {@code frozenset} view is unmodifiable. Handing a view back to Python gives the
 * original object. Equality and hashing are those of {@code java.util} collections.
 */
public sealed interface PythonView permits PythonView.OfList, PythonView.OfTuple, PythonView.OfDict,
        PythonView.OfSet {
    /**
     * The Python container.
     *
     * @return the object viewed
     */
    PyObject python();

    /** A Python {@code list} as a modifiable {@code List}. */
    final class OfList extends AbstractList<Object> implements PythonView, RandomAccess {
        private final PyList list;
        private final Boundary b;

        OfList(PyList list, Boundary b) {
            this.list = list;
            this.b = b;
        }

        @Override
        public PyObject python() {
            return list;
        }

        @Override
        public Object get(int index) {
            if (index < 0 || index >= list.size()) {
                throw new IndexOutOfBoundsException(index);
            }
            return JavaValues.toJava(list.get(index), b);
        }

        @Override
        public int size() {
            return list.size();
        }

        @Override
        public Object set(int index, Object element) {
            Object old = get(index);
            list.set(index, JavaValues.toPython(element, b));
            return old;
        }

        @Override
        public void add(int index, Object element) {
            if (index < 0 || index > list.size()) {
                throw new IndexOutOfBoundsException(index);
            }
            list.insert(index, JavaValues.toPython(element, b));
        }

        @Override
        public Object remove(int index) {
            Object old = get(index);
            list.removeAt(index);
            return old;
        }
    }

    /** A Python {@code tuple} as an unmodifiable {@code List}. */
    final class OfTuple extends AbstractList<Object> implements PythonView, RandomAccess {
        private final PyTuple tuple;
        private final Boundary b;

        OfTuple(PyTuple tuple, Boundary b) {
            this.tuple = tuple;
            this.b = b;
        }

        @Override
        public PyObject python() {
            return tuple;
        }

        @Override
        public Object get(int index) {
            if (index < 0 || index >= tuple.size()) {
                throw new IndexOutOfBoundsException(index);
            }
            return JavaValues.toJava(tuple.get(index), b);
        }

        @Override
        public int size() {
            return tuple.size();
        }
    }

    /** A Python {@code dict} as a modifiable {@code Map}. */
    final class OfDict extends AbstractMap<Object, Object> implements PythonView {
        private final PyDict dict;
        private final Boundary b;

        OfDict(PyDict dict, Boundary b) {
            this.dict = dict;
            this.b = b;
        }

        @Override
        public PyObject python() {
            return dict;
        }

        @Override
        public int size() {
            return dict.size();
        }

        @Override
        public boolean containsKey(Object key) {
            return dict.get(JavaValues.toPython(key, b)) != null;
        }

        @Override
        public Object get(Object key) {
            PyObject v = dict.get(JavaValues.toPython(key, b));
            return v == null ? null : JavaValues.toJava(v, b);
        }

        @Override
        public Object put(Object key, Object value) {
            PyObject k = JavaValues.toPython(key, b);
            PyObject old = dict.get(k);
            dict.put(k, JavaValues.toPython(value, b));
            return old == null ? null : JavaValues.toJava(old, b);
        }

        @Override
        public Object remove(Object key) {
            PyObject old = dict.remove(JavaValues.toPython(key, b));
            return old == null ? null : JavaValues.toJava(old, b);
        }

        @Override
        public void clear() {
            dict.clear();
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return dict.size();
                }

                @Override
                public Iterator<Entry<Object, Object>> iterator() {
                    PyObject[] keys = dict.keysArray();
                    return new Iterator<>() {
                        private int next;
                        private PyObject last;

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        public Entry<Object, Object> next() {
                            if (next >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            last = keys[next++];
                            PyObject k = last;
                            return new SimpleEntry<>(JavaValues.toJava(k, b), null) {
                                @Override
                                public Object getValue() {
                                    PyObject v = dict.get(k);
                                    return v == null ? null : JavaValues.toJava(v, b);
                                }

                                @Override
                                public Object setValue(Object value) {
                                    Object old = getValue();
                                    dict.put(k, JavaValues.toPython(value, b));
                                    return old;
                                }
                            };
                        }

                        @Override
                        public void remove() {
                            if (last == null) {
                                throw new IllegalStateException();
                            }
                            dict.remove(last);
                            last = null;
                        }
                    };
                }
            };
        }
    }

    /** A Python {@code set} as a modifiable {@code Set}, or a {@code frozenset} as an unmodifiable one. */
    final class OfSet extends AbstractSet<Object> implements PythonView {
        private final PySetBase set;
        private final Boundary b;

        OfSet(PySetBase set, Boundary b) {
            this.set = set;
            this.b = b;
        }

        @Override
        public PyObject python() {
            return set;
        }

        @Override
        public int size() {
            return set.size();
        }

        @Override
        public boolean contains(Object o) {
            return set.contains(JavaValues.toPython(o, b));
        }

        @Override
        public boolean add(Object o) {
            return mutable().add(JavaValues.toPython(o, b));
        }

        @Override
        public boolean remove(Object o) {
            return mutable().discard(JavaValues.toPython(o, b));
        }

        private PySet mutable() {
            if (set instanceof PySet s) {
                return s;
            }
            throw new UnsupportedOperationException("a frozenset cannot change");
        }

        @Override
        public Iterator<Object> iterator() {
            PyObject[] items = set.toArray();
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < items.length;
                }

                @Override
                public Object next() {
                    if (next >= items.length) {
                        throw new NoSuchElementException();
                    }
                    return JavaValues.toJava(items[next++], b);
                }

                @Override
                public void remove() {
                    mutable().discard(items[next - 1]);
                }
            };
        }
    }
}

package dev.taipan.objects;

import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * The dict views ({@code dict_keys}, {@code dict_values}, {@code dict_items}) and dict
 * iterators. Keys and items views are set-like: they compare and combine with sets.
 *
 * <p>CPython: Objects/dictobject.c, dictview_* and dictiter_*
 */
final class DictViews {
    private DictViews() {
    }

    /** What a view or iterator yields. */
    enum Kind {
        KEYS, VALUES, ITEMS
    }

    /** The state shared by the three views. */
    abstract static class View extends PyObject {
        final PyDict dict;

        View(PyDict dict) {
            this.dict = dict;
        }

        abstract Kind kind();

        abstract String typeName();

        PyObject[] snapshot() {
            PyDict.Entries es = dict.entries();
            if (kind() == Kind.KEYS) {
                return es.keys();
            }
            if (kind() == Kind.VALUES) {
                return es.values();
            }
            PyObject[] out = new PyObject[es.keys().length];
            for (int i = 0; i < out.length; i++) {
                out[i] = PyTuple.of(es.keys()[i], es.values()[i]);
            }
            return out;
        }
    }

    /** Methods common to all views. */
    static final class ViewMethods {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        private ViewMethods() {
        }

        @PyMethod
        static int __len__(View self) {
            return self.dict.size();
        }

        @PyMethod
        static PyObject __iter__(View self) {
            return iterator(self.dict, self.kind(), false);
        }

        @PyMethod
        static PyObject __reversed__(View self) {
            return iterator(self.dict, self.kind(), true);
        }

        @dev.taipan.objects.expose.PyGetter
        static PyObject mapping(View self) {
            return new PyMappingProxy(self.dict);
        }

        @PyMethod
        static String __repr__(View self) {
            if (!Abstract.reprEnter(self)) {
                return "...";
            }
            try {
                return self.typeName() + "(" + Abstract.repr(PyList.of(self.snapshot())) + ")";
            } finally {
                Abstract.reprLeave(self);
            }
        }
    }

    /** Set operations of keys and items views. */
    static final class SetLikeMethods {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        private SetLikeMethods() {
        }

        private static PySet toSet(PyObject o) {
            PySet s = new PySet();
            s.addAll(o);
            return s;
        }

        private static boolean isSetLike(PyObject o) {
            return o instanceof PySet || o instanceof PyFrozenSet || o instanceof Keys
                    || o instanceof Items;
        }

        @PyMethod
        static boolean __contains__(View self, PyObject x) {
            if (self.kind() == Kind.KEYS) {
                return self.dict.get(x) != null;
            }
            if (!(x instanceof PyTuple t) || t.size() != 2) {
                return false;
            }
            PyObject v = self.dict.get(t.get(0));
            return v != null && Abstract.richCompareBool(v, t.get(1), CompareOp.EQ);
        }

        @PyMethod
        static PyObject __eq__(View self, PyObject other) {
            if (!isSetLike(other)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(toSet(self).equalsSet(toSet(other)));
        }

        @PyMethod
        static PyObject __ne__(View self, PyObject other) {
            if (!isSetLike(other)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(!toSet(self).equalsSet(toSet(other)));
        }

        private static PyObject order(View self, PyObject other, CompareOp op) {
            if (!isSetLike(other)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return Abstract.richCompare(toSet(self), toSet(other), op);
        }

        @PyMethod
        static PyObject __lt__(View self, PyObject other) {
            return order(self, other, CompareOp.LT);
        }

        @PyMethod
        static PyObject __le__(View self, PyObject other) {
            return order(self, other, CompareOp.LE);
        }

        @PyMethod
        static PyObject __gt__(View self, PyObject other) {
            return order(self, other, CompareOp.GT);
        }

        @PyMethod
        static PyObject __ge__(View self, PyObject other) {
            return order(self, other, CompareOp.GE);
        }

        @PyMethod
        static PyObject __and__(View self, PyObject other) {
            return SetMethods.intersection(toSet(self), new PyObject[] {other});
        }

        @PyMethod
        static PyObject __rand__(View self, PyObject other) {
            return SetMethods.intersection(toSet(other), new PyObject[] {self});
        }

        @PyMethod
        static PyObject __or__(View self, PyObject other) {
            PySet s = toSet(self);
            s.addAll(other);
            return s;
        }

        @PyMethod
        static PyObject __ror__(View self, PyObject other) {
            PySet s = toSet(other);
            s.addAll(self);
            return s;
        }

        @PyMethod
        static PyObject __sub__(View self, PyObject other) {
            return SetMethods.difference(toSet(self), new PyObject[] {other});
        }

        @PyMethod
        static PyObject __rsub__(View self, PyObject other) {
            return SetMethods.difference(toSet(other), new PyObject[] {self});
        }

        @PyMethod
        static PyObject __xor__(View self, PyObject other) {
            return SetMethods.symmetric_difference(toSet(self), other);
        }

        @PyMethod
        static PyObject __rxor__(View self, PyObject other) {
            return SetMethods.symmetric_difference(toSet(other), self);
        }

        @PyMethod
        static boolean isdisjoint(View self, PyObject other) {
            return SetMethods.isdisjoint(toSet(self), other);
        }
    }

    /** {@code dict_keys}. */
    @PyClass(name = "dict_keys", baseType = false, unhashable = true,
            methods = {ViewMethods.class, SetLikeMethods.class})
    static final class Keys extends View {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(Keys.class, LOOKUP);

        Keys(PyDict d) {
            super(d);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        Kind kind() {
            return Kind.KEYS;
        }

        @Override
        String typeName() {
            return "dict_keys";
        }
    }

    /** {@code dict_items}. */
    @PyClass(name = "dict_items", baseType = false, unhashable = true,
            methods = {ViewMethods.class, SetLikeMethods.class})
    static final class Items extends View {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(Items.class, LOOKUP);

        Items(PyDict d) {
            super(d);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        Kind kind() {
            return Kind.ITEMS;
        }

        @Override
        String typeName() {
            return "dict_items";
        }
    }

    /** {@code dict_values}. */
    @PyClass(name = "dict_values", baseType = false, methods = {ViewMethods.class})
    static final class Values extends View {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(Values.class, LOOKUP);

        Values(PyDict d) {
            super(d);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        Kind kind() {
            return Kind.VALUES;
        }

        @Override
        String typeName() {
            return "dict_values";
        }
    }

    /** The {@code __length_hint__} of dict iterators. */
    static final class DictIterMethods {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        private DictIterMethods() {
        }

        @PyMethod
        static int __length_hint__(DictIterator self) {
            PyDict d = self.dict;
            return d == null ? 0 : d.size();
        }
    }

    /** Makes the iterator of the right type for a kind. */
    static DictIterator iterator(PyDict dict, Kind kind, boolean reversed) {
        if (reversed) {
            return switch (kind) {
                case KEYS -> new ReverseKeyIterator(dict);
                case VALUES -> new ReverseValueIterator(dict);
                case ITEMS -> new ReverseItemIterator(dict);
            };
        }
        return switch (kind) {
            case KEYS -> new KeyIterator(dict);
            case VALUES -> new ValueIterator(dict);
            case ITEMS -> new ItemIterator(dict);
        };
    }

    /** {@code dict_keyiterator}. */
    @PyClass(name = "dict_keyiterator", baseType = false,
            methods = {AbstractIterator.IterMethods.class, DictIterMethods.class})
    static final class KeyIterator extends DictIterator {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(KeyIterator.class, LOOKUP);

        KeyIterator(PyDict d) {
            super(d, Kind.KEYS, false);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    /** {@code dict_valueiterator}. */
    @PyClass(name = "dict_valueiterator", baseType = false,
            methods = {AbstractIterator.IterMethods.class, DictIterMethods.class})
    static final class ValueIterator extends DictIterator {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(ValueIterator.class, LOOKUP);

        ValueIterator(PyDict d) {
            super(d, Kind.VALUES, false);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    /** {@code dict_itemiterator}. */
    @PyClass(name = "dict_itemiterator", baseType = false,
            methods = {AbstractIterator.IterMethods.class, DictIterMethods.class})
    static final class ItemIterator extends DictIterator {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(ItemIterator.class, LOOKUP);

        ItemIterator(PyDict d) {
            super(d, Kind.ITEMS, false);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    /** {@code dict_reversekeyiterator} ({@code reversed()} of a dict or its view). */
    @PyClass(name = "dict_reversekeyiterator", baseType = false,
            methods = {AbstractIterator.IterMethods.class, DictIterMethods.class})
    static final class ReverseKeyIterator extends DictIterator {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(ReverseKeyIterator.class, LOOKUP);

        ReverseKeyIterator(PyDict d) {
            super(d, Kind.KEYS, true);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    /** {@code dict_reversevalueiterator} ({@code reversed()} of a dict or its view). */
    @PyClass(name = "dict_reversevalueiterator", baseType = false,
            methods = {AbstractIterator.IterMethods.class, DictIterMethods.class})
    static final class ReverseValueIterator extends DictIterator {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(ReverseValueIterator.class, LOOKUP);

        ReverseValueIterator(PyDict d) {
            super(d, Kind.VALUES, true);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    /** {@code dict_reverseitemiterator} ({@code reversed()} of a dict or its view). */
    @PyClass(name = "dict_reverseitemiterator", baseType = false,
            methods = {AbstractIterator.IterMethods.class, DictIterMethods.class})
    static final class ReverseItemIterator extends DictIterator {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(ReverseItemIterator.class, LOOKUP);

        ReverseItemIterator(PyDict d) {
            super(d, Kind.ITEMS, true);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    /**
     * An iterator over a dict's keys, values or items, forward or reversed; it raises
     * RuntimeError if the dict's size or key set changes underneath it.
     */
    abstract static class DictIterator extends AbstractIterator {
        PyDict dict;
        private final Kind kind;
        private final boolean reversed;
        private final int size;
        private final int version;
        private PyObject[] keys;
        private PyObject[] values;
        private int pos;

        DictIterator(PyDict dict, Kind kind, boolean reversed) {
            this.dict = dict;
            this.kind = kind;
            this.reversed = reversed;
            this.size = dict.size();
            this.version = dict.keysVersion();
        }

        @Override
        public PyObject nextOrNull() {
            PyDict d = dict;
            if (d == null) {
                return null;
            }
            if (d.size() != size) {
                dict = null;
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            if (d.keysVersion() != version) {
                dict = null;
                throw Errors.runtimeError("dictionary keys changed during iteration");
            }
            if (reversed) {
                if (keys == null) {
                    PyDict.Entries es = d.entries();
                    keys = es.keys();
                    values = es.values();
                    pos = keys.length - 1;
                }
                if (pos < 0) {
                    dict = null;
                    return null;
                }
                PyObject k = keys[pos];
                PyObject v = values[pos--];
                return switch (kind) {
                    case KEYS -> k;
                    case VALUES -> v;
                    case ITEMS -> PyTuple.of(k, v);
                };
            }
            // One table read per step: a racing resize or delete can make this step see an
            // older or newer table, never a mixed entry (key and value come from one table, and
            // an entry deleted meanwhile is skipped).
            PyDict.Table t = d.table();
            while (true) {
                int e = PyDict.nextEntry(t, pos);
                if (e < 0) {
                    dict = null;
                    return null;
                }
                pos = e + 1;
                PyObject k = t.keys[e];
                PyObject v = t.values[e];
                if (k == null || v == null) {
                    continue;
                }
                return switch (kind) {
                    case KEYS -> k;
                    case VALUES -> v;
                    case ITEMS -> PyTuple.of(k, v);
                };
            }
        }
    }
}

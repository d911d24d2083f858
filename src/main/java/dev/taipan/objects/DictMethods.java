package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * The methods of {@code dict} named as in Python, its operators and iteration.
 *
 * <p>CPython: Objects/dictobject.c
 */
final class DictMethods {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private DictMethods() {
    }

    @PyMethod
    static PyObject get(PyDict self, PyObject key, @Default("None") PyObject dflt) {
        PyObject v = self.get(key);
        return v == null ? dflt : v;
    }

    @PyMethod
    static PyObject setdefault(PyDict self, PyObject key, @Default("None") PyObject dflt) {
        return self.setDefault(key, dflt);
    }

    @PyMethod
    static PyObject pop(PyDict self, PyObject key, @Opt PyObject dflt) {
        PyObject v = self.remove(key);
        if (v == null) {
            if (dflt == null) {
                throw Errors.keyError(key);
            }
            return dflt;
        }
        return v;
    }

    @PyMethod
    static PyObject popitem(PyDict self) {
        PyObject[] kv = self.popLast();
        if (kv == null) {
            throw Errors.keyError("popitem(): dictionary is empty");
        }
        return PyTuple.of(kv[0], kv[1]);
    }

    @PyMethod
    static void update(PyDict self, @Args PyObject[] args, @Kwargs PyDict kw) {
        if (args.length > 1) {
            throw Errors.typeError("update expected at most 1 argument, got %d", args.length);
        }
        if (args.length == 1) {
            self.update(args[0]);
        }
        if (kw != null) {
            self.update(kw);
        }
    }

    @PyMethod
    static void clear(PyDict self) {
        self.clear();
    }

    @PyMethod
    static PyObject copy(PyDict self) {
        return self.copy();
    }

    @PyClassMethod
    static PyObject fromkeys(PyType cls, PyObject iterable, @Default("None") PyObject value) {
        PyObject d = cls.call();
        PyObject it = Abstract.iter(iterable);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            if (d instanceof PyDict pd && d.getClass() == PyDict.class) {
                pd.put(k, value);
            } else {
                Abstract.setItem(d, k, value);
            }
        }
        return d;
    }

    @PyMethod
    static PyObject keys(PyDict self) {
        return new DictViews.Keys(self);
    }

    @PyMethod
    static PyObject values(PyDict self) {
        return new DictViews.Values(self);
    }

    @PyMethod
    static PyObject items(PyDict self) {
        return new DictViews.Items(self);
    }

    @PyMethod
    static PyObject __iter__(PyDict self) {
        return DictViews.iterator(self, DictViews.Kind.KEYS, false);
    }

    @PyMethod
    static PyObject __reversed__(PyDict self) {
        return DictViews.iterator(self, DictViews.Kind.KEYS, true);
    }

    private static PyObject eq(PyDict self, PyObject other, boolean ne) {
        if (!(other instanceof PyDict o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (self.size() != o.size()) {
            return PyBool.of(ne);
        }
        for (PyObject k : self.keysArray()) {
            PyObject a = self.get(k);
            PyObject b = o.get(k);
            if (a == null || b == null || !Abstract.richCompareBool(a, b, CompareOp.EQ)) {
                return PyBool.of(ne);
            }
        }
        return PyBool.of(!ne);
    }

    @PyMethod
    static PyObject __eq__(PyDict self, PyObject other) {
        return eq(self, other, false);
    }

    @PyMethod
    static PyObject __ne__(PyDict self, PyObject other) {
        return eq(self, other, true);
    }

    @PyMethod
    static PyObject __or__(PyDict self, PyObject other) {
        if (!(other instanceof PyDict)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject d = self.getClass() == PyDict.class ? self.copy()
                : Abstract.callMethod(self, "copy");
        ((PyDict) d).update(other);
        return d;
    }

    @PyMethod
    static PyObject __ror__(PyDict self, PyObject other) {
        if (!(other instanceof PyDict o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDict d = o.copy();
        d.update(self);
        return d;
    }

    @PyMethod
    static PyObject __ior__(PyDict self, PyObject other) {
        self.update(other);
        return self;
    }

    @PyMethod
    static int __sizeof__(PyDict self) {
        PyDict.Table t = self.table();
        return 48 + 24 * t.keys.length + 4 * t.index.length;
    }

    @PyClassMethod
    static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }
}

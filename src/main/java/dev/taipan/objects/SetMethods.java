package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * The methods shared by {@code set} and {@code frozenset}; results take the builtin type of
 * the receiver ({@code set} or {@code frozenset}), as in CPython.
 *
 * <p>CPython: Objects/setobject.c
 */
final class SetMethods {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private SetMethods() {
    }

    /** A set used as a key is looked up as the equal frozenset (CPython's set_contains). */
    static PyObject lookupKey(PyObject x) {
        if (x.getClass() == PySet.class || x instanceof PySet) {
            PyFrozenSet f = new PyFrozenSet();
            f.addAll(x);
            return f;
        }
        return x;
    }

    private static PySetBase copyOf(PySetBase self) {
        PySetBase r = self instanceof PySet ? new PySet() : new PyFrozenSet();
        r.addAll(self);
        return r;
    }

    private static PySetBase asSet(PyObject o) {
        if (o instanceof PySetBase s) {
            return s;
        }
        PySet s = new PySet();
        s.addAll(o);
        return s;
    }

    static PySetBase intersection(PySetBase self, PyObject[] others) {
        PySetBase result = copyOf(self);
        for (PyObject o : others) {
            PySetBase r = self instanceof PySet ? new PySet() : new PyFrozenSet();
            PySetBase a = result;
            PySetBase b = asSet(o);
            if (b.size() < a.size() && o instanceof PySetBase) {
                PySetBase t = a;
                a = b;
                b = t;
            }
            for (PyObject x : a.toArray()) {
                if (b.contains(x)) {
                    r.add(x);
                }
            }
            result = r;
        }
        return result;
    }

    static PySetBase difference(PySetBase self, PyObject[] others) {
        PySetBase result = copyOf(self);
        for (PyObject o : others) {
            PySetBase b = asSet(o);
            for (PyObject x : b.toArray()) {
                result.discard(x);
            }
        }
        return result;
    }

    static PySetBase symmetric_difference(PySetBase self, PyObject other) {
        PySetBase b = other instanceof PySetBase s ? s : asSet(other);
        PySetBase result = copyOf(self);
        for (PyObject x : b.toArray()) {
            if (!result.discard(x)) {
                result.add(x);
            }
        }
        return result;
    }

    static boolean isdisjoint(PySetBase self, PyObject other) {
        PyObject it = Abstract.iter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (self.contains(x)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod
    static int __len__(PySetBase self) {
        return self.size();
    }

    @PyMethod
    static boolean __contains__(PySetBase self, PyObject x) {
        return self.contains(lookupKey(x));
    }

    @PyMethod
    static PyObject __iter__(PySetBase self) {
        return new PySetIterator(self);
    }

    @PyMethod
    static PyObject __repr__(PySetBase self) {
        String name = self.getType().getName();
        if (self.size() == 0) {
            return PyStr.of(name + "()");
        }
        if (!Abstract.reprEnter(self)) {
            return PyStr.of(name + "(...)");
        }
        try {
            StringBuilder sb = new StringBuilder();
            boolean plain = self.getClass() == PySet.class;
            if (!plain) {
                sb.append(name).append('(');
            }
            sb.append('{');
            PyObject[] items = self.toArray();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]));
            }
            sb.append('}');
            if (!plain) {
                sb.append(')');
            }
            return PyStr.of(sb.toString());
        } finally {
            Abstract.reprLeave(self);
        }
    }

    @PyMethod
    static PyObject copy(PySetBase self) {
        if (self.getClass() == PyFrozenSet.class) {
            return self;
        }
        return copyOf(self);
    }

    @PyMethod
    static PyObject union(PySetBase self, @Args PyObject[] others) {
        PySetBase r = copyOf(self);
        for (PyObject o : others) {
            r.addAll(o);
        }
        return r;
    }

    @PyMethod(value = "intersection")
    static PyObject intersectionMethod(PySetBase self, @Args PyObject[] others) {
        return intersection(self, others);
    }

    @PyMethod(value = "difference")
    static PyObject differenceMethod(PySetBase self, @Args PyObject[] others) {
        return difference(self, others);
    }

    @PyMethod(value = "symmetric_difference")
    static PyObject symmetricDifferenceMethod(PySetBase self, PyObject other) {
        return symmetric_difference(self, other);
    }

    @PyMethod(value = "isdisjoint")
    static boolean isdisjointMethod(PySetBase self, PyObject other) {
        return isdisjoint(self, other);
    }

    @PyMethod
    static boolean issubset(PySetBase self, PyObject other) {
        return self.isSubsetOf(asSet(other));
    }

    @PyMethod
    static boolean issuperset(PySetBase self, PyObject other) {
        return asSet(other).isSubsetOf(self);
    }

    @PyMethod
    static PyObject __or__(PySetBase self, PyObject o) {
        return o instanceof PySetBase ? union(self, new PyObject[] {o})
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __ror__(PySetBase self, PyObject o) {
        return o instanceof PySetBase s ? union(s, new PyObject[] {self})
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __and__(PySetBase self, PyObject o) {
        return o instanceof PySetBase ? intersection(self, new PyObject[] {o})
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __rand__(PySetBase self, PyObject o) {
        return o instanceof PySetBase s ? intersection(s, new PyObject[] {self})
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __sub__(PySetBase self, PyObject o) {
        return o instanceof PySetBase ? difference(self, new PyObject[] {o})
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __rsub__(PySetBase self, PyObject o) {
        return o instanceof PySetBase s ? difference(s, new PyObject[] {self})
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __xor__(PySetBase self, PyObject o) {
        return o instanceof PySetBase ? symmetric_difference(self, o)
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __rxor__(PySetBase self, PyObject o) {
        return o instanceof PySetBase s ? symmetric_difference(s, self)
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __eq__(PySetBase self, PyObject o) {
        return o instanceof PySetBase s ? PyBool.of(self.equalsSet(s))
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __ne__(PySetBase self, PyObject o) {
        return o instanceof PySetBase s ? PyBool.of(!self.equalsSet(s))
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __le__(PySetBase self, PyObject o) {
        return o instanceof PySetBase s ? PyBool.of(self.isSubsetOf(s))
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __lt__(PySetBase self, PyObject o) {
        return o instanceof PySetBase s ? PyBool.of(self.size() < s.size() && self.isSubsetOf(s))
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __ge__(PySetBase self, PyObject o) {
        return o instanceof PySetBase s ? PyBool.of(s.isSubsetOf(self))
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __gt__(PySetBase self, PyObject o) {
        return o instanceof PySetBase s ? PyBool.of(s.size() < self.size() && s.isSubsetOf(self))
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __reduce__(PySetBase self) {
        PyObject d = self instanceof HasDict hd && hd.getDict() != null ? hd.getDict()
                : PyNone.NONE;
        return PyTuple.of(self.getType(), PyTuple.of(PyList.of(self.toArray())), d);
    }

    @PyMethod
    static int __sizeof__(PySetBase self) {
        return 200 + 16 * self.capacity();
    }

    @PyClassMethod
    static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }
}

package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import dev.taipan.objects.expose.PySetter;
import java.lang.invoke.MethodHandles;
import java.util.TreeSet;

/**
 * The methods of {@code object}, the root type, including generic attribute access
 * (CPython's PyObject_GenericGetAttr / PyObject_GenericSetAttr).
 *
 * <p>This class only holds behaviour; {@code object} instances are {@link PyInstance}s.
 */
@PyClass(name = "object")
public final class PyBaseObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code object}. */
    public static final PyType TYPE = PyType.OBJECT_TYPE;

    private PyBaseObject() {
    }

    private static boolean excess(PyObject[] args, PyDict kw) {
        return args.length > 0 || kw != null && kw.size() > 0;
    }

    // CPython: Objects/typeobject.c, object_new
    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        if (excess(args, kw)) {
            if (cls.lookup("__new__") != TYPE.getDict().get("__new__")) {
                throw Errors.typeError(
                        "object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == TYPE.getDict().get("__init__")) {
                throw Errors.typeError("%s() takes no arguments", cls.getName());
            }
        }
        PyObject abstracts = cls.getDict().get("__abstractmethods__");
        if (abstracts != null && Abstract.isTrue(abstracts)) {
            PyList names = PyList.of(Abstract.toArray(abstracts));
            names.sort(null, false);
            int n = names.size();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : ", ").append('\'').append(Abstract.str(names.get(i)))
                        .append('\'');
            }
            throw Errors.typeError(
                    "Can't instantiate abstract class %s without an implementation for abstract method%s %s",
                    cls.getName(), n > 1 ? "s" : "", sb);
        }
        return new PyInstance(cls);
    }

    // CPython: Objects/typeobject.c, object_init
    @PyMethod
    static void __init__(PyObject self, @Args PyObject[] args, @Kwargs PyDict kw) {
        if (excess(args, kw)) {
            PyType type = self.getType();
            if (type.lookup("__init__") != TYPE.getDict().get("__init__")) {
                throw Errors.typeError(
                        "object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.lookup("__new__") == TYPE.getDict().get("__new__")) {
                throw Errors.typeError("%s() takes no arguments", type.getName());
            }
        }
    }

    @PyMethod
    static String __repr__(PyObject self) {
        return "<" + self.getType().getFullName() + " object at " + Abstract.addressOf(self) + ">";
    }

    @PyMethod
    static PyObject __str__(PyObject self) {
        return Abstract.repr(self);
    }

    @PyMethod
    static long __hash__(PyObject self) {
        return Abstract.identityHash(self);
    }

    @PyMethod
    static PyObject __eq__(PyObject self, PyObject other) {
        return self == other ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
    }

    // CPython: Objects/typeobject.c, object_richcompare: != inverts __eq__ unless NotImplemented
    @PyMethod
    static PyObject __ne__(PyObject self, PyObject other) {
        PyObject eq = self.getType().slot(Slot.EQ);
        if (eq == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject r = Slots.call1(eq, self, other);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        return PyBool.of(!Abstract.isTrue(r));
    }

    @PyMethod
    static PyObject __lt__(PyObject self, PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __le__(PyObject self, PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __gt__(PyObject self, PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __ge__(PyObject self, PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod
    static PyObject __getattribute__(PyObject self, PyObject name) {
        return genericGetAttr(self, Abstract.attrName(name));
    }

    @PyMethod
    static void __setattr__(PyObject self, PyObject name, PyObject value) {
        genericSetAttr(self, Abstract.attrName(name), value);
    }

    @PyMethod
    static void __delattr__(PyObject self, PyObject name) {
        genericSetAttr(self, Abstract.attrName(name), null);
    }

    @PyMethod
    static PyObject __format__(PyObject self, String spec) {
        if (!spec.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to %.200s.__format__",
                    self.getType().getName());
        }
        return Abstract.str(self);
    }

    @PyMethod
    static PyObject __reduce_ex__(PyObject self, int protocol) {
        return ObjectReduce.reduceEx(self, protocol);
    }

    @PyMethod
    static PyObject __reduce__(PyObject self) {
        return ObjectReduce.reduceNewobj(self);
    }

    // CPython: Objects/typeobject.c, object_getstate_default (without the slots part)
    @PyMethod
    static PyObject __getstate__(PyObject self) {
        PyDict d = self instanceof HasDict hd ? hd.getDict() : null;
        if (d == null || d.size() == 0) {
            return PyNone.NONE;
        }
        return d.copy();
    }

    @PyMethod
    static int __sizeof__(PyObject self) {
        return 16;
    }

    @PyMethod
    static PyObject __dir__(PyObject self) {
        TreeSet<String> names = new TreeSet<>();
        if (self instanceof HasDict hd && hd.getDict() != null) {
            for (PyObject k : hd.getDict().keysArray()) {
                if (k instanceof PyStr s) {
                    names.add(s.toString());
                }
            }
        }
        for (PyType t : self.getType().getMroArray()) {
            for (String k : t.getDict().keys()) {
                names.add(k);
            }
        }
        PyList out = new PyList();
        for (String n : names) {
            out.append(PyStr.of(n));
        }
        return out;
    }

    @PyClassMethod
    static void __init_subclass__(PyType cls, @Kwargs PyDict kw) {
        if (kw != null && kw.size() > 0) {
            throw Errors.typeError("%s.__init_subclass__() takes no keyword arguments",
                    cls.getName());
        }
    }

    @PyClassMethod
    static PyObject __subclasshook__(PyType cls, PyObject subclass) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyGetter
    static PyObject __class__(PyObject self) {
        return self.getType();
    }

    // CPython: Objects/typeobject.c, object_set_class (layouts compared by Java class here)
    @PySetter
    static void __class__(PyObject self, PyObject value) {
        if (value == null) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType newType)) {
            throw Errors.typeError("__class__ must be set to a class, not '%s' object",
                    value.getType().getName());
        }
        PyType old = self.getType();
        if (!(self instanceof PyInstance inst) || !newType.hasFlag(PyType.HEAPTYPE)
                || !old.hasFlag(PyType.HEAPTYPE)) {
            throw Errors.typeError(
                    "__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (newType.getJavaClass() != old.getJavaClass() || newType.slotCount != old.slotCount
                || newType.hasFlag(PyType.HAS_DICT) != old.hasFlag(PyType.HAS_DICT)) {
            throw Errors.typeError("__class__ assignment: '%s' object layout differs from '%s'",
                    newType.getName(), old.getName());
        }
        inst.setType(newType);
    }

    /**
     * Generic attribute lookup: data descriptors on the type, then the instance dict, then
     * other descriptors and plain class attributes.
     *
     * @param obj  the object
     * @param name the attribute name
     * @return the value
     * @throws PyException AttributeError when absent
     */
    public static PyObject genericGetAttr(PyObject obj, String name) {
        PyObject v = genericGetAttrOrNull(obj, name);
        if (v == null) {
            throw Errors.noAttribute(obj, name);
        }
        return v;
    }

    /**
     * Generic attribute lookup returning {@code null} instead of raising AttributeError for a
     * missing attribute (errors raised by descriptors still propagate).
     *
     * @param obj  the object
     * @param name the attribute name
     * @return the value or {@code null}
     */
    public static PyObject genericGetAttrOrNull(PyObject obj, String name) {
        PyType type = obj.getType();
        PyObject descr = type.lookup(name);
        boolean hasGet = false;
        if (descr != null) {
            hasGet = Descriptors.hasGet(descr);
            if (hasGet && Descriptors.isData(descr)) {
                return Descriptors.get(descr, obj, type);
            }
        }
        if (obj instanceof HasDict hd) {
            PyDict d = hd.getDict();
            if (d != null) {
                PyObject v = d.getStr(name);
                if (v != null) {
                    return v;
                }
            }
        }
        if (hasGet) {
            return Descriptors.get(descr, obj, type);
        }
        return descr;
    }

    /**
     * Generic attribute assignment or deletion: data descriptors on the type, else the
     * instance dict.
     *
     * @param obj   the object
     * @param name  the attribute name
     * @param value the value, or {@code null} to delete
     */
    public static void genericSetAttr(PyObject obj, String name, PyObject value) {
        PyType type = obj.getType();
        PyObject descr = type.lookup(name);
        if (descr != null && Descriptors.isData(descr)) {
            if (Descriptors.set(descr, obj, value)) {
                return;
            }
            throw Errors.attributeError(obj, name, String.format("'%.100s' object attribute '%s' is read-only",
                    type.getName(), name));
        }
        PyDict d = obj instanceof HasDict hd ? hd.getDict() : null;
        if (d == null) {
            if (descr == null) {
                throw Errors.attributeError(obj, name,
                        String.format(ErrorMessages.NO_ATTRIBUTE_READONLY, type.getName(), name));
            }
            throw Errors.attributeError(obj, name, String.format(
                    "'%.100s' object attribute '%s' is read-only", type.getName(), name));
        }
        if (value == null) {
            if (d.delStr(name) == null) {
                throw Errors.noAttribute(obj, name);
            }
        } else {
            d.put(PyStr.of(name), value);
        }
    }
}

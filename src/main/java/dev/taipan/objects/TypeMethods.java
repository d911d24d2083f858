package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import dev.taipan.objects.expose.PySetter;
import java.lang.invoke.MethodHandles;

/**
 * The Python-visible methods and attributes of {@code type}, and calling a type
 * (instantiation: {@code __new__} then {@code __init__}).
 *
 * <p>CPython: Objects/typeobject.c, type_call, type_getattro, type_setattro
 */
final class TypeMethods {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private TypeMethods() {
    }

    /**
     * Calls a type: through the metatype's {@code __call__} when a metaclass overrides it,
     * else {@link #typeCall}.
     */
    static PyObject callType(PyType type, PyObject[] args, String[] kwnames) {
        PyType meta = type.getType();
        if (meta != PyType.TYPE) {
            PyObject c = meta.slot(Slot.CALL);
            if (c != PyType.TYPE.getDict().get("__call__")) {
                return Slots.callN(c, type, args, kwnames);
            }
        }
        return typeCall(type, args, kwnames);
    }

    /** CPython's type_call: {@code __new__}, then {@code __init__} if the result is an instance. */
    static PyObject typeCall(PyType type, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (type == PyType.TYPE) {
            int nargs = args.length - nkw;
            if (nargs == 1 && nkw == 0) {
                return args[0].getType();
            }
            if (nargs != 3) {
                throw Errors.typeError("type() takes 1 or 3 arguments");
            }
        }
        PyObject newf = type.lookup("__new__");
        PyObject obj;
        if (newf instanceof PyNewFunction nf) {
            obj = nf.callNew(type, args, kwnames);
        } else if (newf == null) {
            throw Errors.typeError("cannot create '%s' instances", type.getName());
        } else {
            PyObject f = Descriptors.get(newf, null, type);
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = type;
            System.arraycopy(args, 0, all, 1, args.length);
            obj = f.call(all, kwnames);
        }
        if (!obj.getType().isSubtypeOf(type)) {
            return obj;
        }
        PyObject init = obj.getType().slot(Slot.INIT);
        if (init != null) {
            PyObject r = Slots.callN(init, obj, args, kwnames);
            if (r != PyNone.NONE) {
                throw Errors.typeError("__init__() should return None, not '%.200s'",
                        r.getType().getName());
            }
        }
        return obj;
    }

    @PyMethod
    static PyObject __call__(PyType self, @Args PyObject[] args, @Kwargs PyDict kw) {
        if (kw == null || kw.size() == 0) {
            return typeCall(self, args, null);
        }
        int n = kw.size();
        PyObject[] all = new PyObject[args.length + n];
        String[] names = new String[n];
        System.arraycopy(args, 0, all, 0, args.length);
        PyObject[] keys = kw.keysArray();
        for (int i = 0; i < n; i++) {
            names[i] = keys[i].toString();
            all[args.length + i] = kw.getItem(keys[i]);
        }
        return typeCall(self, all, names);
    }

    @PyNew
    static PyObject __new__(PyType meta, @Args PyObject[] args, @Kwargs PyDict kw) {
        if (args.length == 1 && (kw == null || kw.size() == 0) && meta == PyType.TYPE) {
            return args[0].getType();
        }
        if (args.length != 3) {
            throw Errors.typeError("type() takes 1 or 3 arguments");
        }
        if (!(args[0] instanceof PyStr name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not %s",
                    args[0].getType().getName());
        }
        if (!(args[1] instanceof PyTuple bases)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not %s",
                    args[1].getType().getName());
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not %s",
                    args[2].getType().getName());
        }
        return TypeFactory.newType(meta, name.toString(), bases.items(), ns, kw);
    }

    @PyMethod
    static void __init__(PyType self, @Args PyObject[] args, @Kwargs PyDict kw) {
        if (args.length != 1 && args.length != 3) {
            throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
        }
    }

    @PyMethod
    static String __repr__(PyType self) {
        return "<class '" + self.getFullName() + "'>";
    }

    @PyMethod
    static PyObject __getattribute__(PyType self, PyObject name) {
        return getAttr(self, Abstract.attrName(name));
    }

    /**
     * Attribute lookup on a type: data descriptors of the metatype, then the MRO (binding
     * descriptors to the class), then the metatype's other attributes.
     *
     * @param type the type
     * @param name the name
     * @return the value or {@code null} if absent
     */
    static PyObject getAttrOrNull(PyType type, String name) {
        PyType meta = type.getType();
        PyObject metaAttr = meta.lookup(name);
        boolean metaGet = false;
        if (metaAttr != null) {
            metaGet = Descriptors.hasGet(metaAttr);
            if (metaGet && Descriptors.isData(metaAttr)) {
                return Descriptors.get(metaAttr, type, meta);
            }
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            if (Descriptors.hasGet(attr)) {
                return Descriptors.get(attr, null, type);
            }
            return attr;
        }
        if (metaGet) {
            return Descriptors.get(metaAttr, type, meta);
        }
        return metaAttr;
    }

    static PyObject getAttr(PyType type, String name) {
        PyObject v = getAttrOrNull(type, name);
        if (v == null) {
            throw Errors.attributeError(type, name,
                    String.format(ErrorMessages.TYPE_NO_ATTRIBUTE, type.getName(), name));
        }
        return v;
    }

    /**
     * Attribute assignment on a type: a data descriptor of the metatype, else the type dict.
     *
     * @param type  the type
     * @param name  the name
     * @param value the value, or {@code null} to delete
     */
    static void setAttr(PyType type, String name, PyObject value) {
        PyObject metaAttr = type.getType().lookup(name);
        if (metaAttr != null && Descriptors.isData(metaAttr)) {
            if (Descriptors.set(metaAttr, type, value)) {
                return;
            }
        }
        type.setAttribute(name, value);
    }

    @PyMethod
    static void __setattr__(PyType self, PyObject name, PyObject value) {
        setAttr(self, Abstract.attrName(name), value);
    }

    @PyMethod
    static void __delattr__(PyType self, PyObject name) {
        setAttr(self, Abstract.attrName(name), null);
    }

    private static void checkMutable(PyType self, String attr) {
        if (self.hasFlag(PyType.IMMUTABLE)) {
            throw Errors.typeError(ErrorMessages.IMMUTABLE_TYPE_ATTR, "set", attr, self.getName());
        }
    }

    @PyGetter
    static String __name__(PyType self) {
        return self.getName();
    }

    @PySetter
    static void __name__(PyType self, PyObject v) {
        checkMutable(self, "__name__");
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("can only assign string to %s.__name__, not '%s'",
                    self.getName(), v == null ? "NoneType" : v.getType().getName());
        }
        self.setNames(s.toString(), self.getQualname());
    }

    @PyGetter
    static String __qualname__(PyType self) {
        return self.getQualname();
    }

    @PySetter
    static void __qualname__(PyType self, PyObject v) {
        checkMutable(self, "__qualname__");
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("can only assign string to %s.__qualname__, not '%s'",
                    self.getName(), v == null ? "NoneType" : v.getType().getName());
        }
        self.setNames(self.getName(), s.toString());
    }

    @PyGetter
    static PyObject __module__(PyType self) {
        // CPython: Objects/typeobject.c, type_module: a static type's module comes from its
        // name, never from a __module__ entry in its dict (function has an instance getter
        // of that name there).
        if (!self.hasFlag(PyType.HEAPTYPE)) {
            return PyStr.of(self.getModule());
        }
        PyObject m = self.getDict().get("__module__");
        if (m == null) {
            throw Errors.attributeError(self, "__module__", "__module__");
        }
        return m;
    }

    @PySetter
    static void __module__(PyType self, PyObject v) {
        checkMutable(self, "__module__");
        self.setAttribute("__module__", v);
    }

    @PyGetter
    static PyObject __doc__(PyType self) {
        PyObject d = self.getDict().get("__doc__");
        if (d == null) {
            return PyNone.NONE;
        }
        return Descriptors.hasGet(d) ? Descriptors.get(d, null, self) : d;
    }

    @PySetter
    static void __doc__(PyType self, PyObject v) {
        // CPython: Objects/typeobject.c, type_set_doc: heap types take any value.
        checkMutable(self, "__doc__");
        self.setAttribute("__doc__", v);
    }

    @PyGetter
    static PyObject __bases__(PyType self) {
        return PyTuple.of((PyObject[]) self.getBasesArray());
    }

    @PyGetter
    static PyObject __base__(PyType self) {
        PyType b = self.getBase();
        return b == null ? PyNone.NONE : b;
    }

    @PyGetter
    static PyObject __mro__(PyType self) {
        return PyTuple.of((PyObject[]) self.getMroArray());
    }

    @PyGetter
    static PyObject __dict__(PyType self) {
        // A snapshot: later changes to the class are not seen through it (CPython's is live).
        PyDict d = new PyDict();
        self.getDict().forEach((k, v) -> d.put(PyStr.of(k), v));
        return new PyMappingProxy(d);
    }

    @PyGetter
    static PyObject __abstractmethods__(PyType self) {
        PyObject v = self.getDict().get("__abstractmethods__");
        if (v == null || self == PyType.TYPE) {
            throw Errors.attributeError(self, "__abstractmethods__", "__abstractmethods__");
        }
        return v;
    }

    @PySetter
    static void __abstractmethods__(PyType self, PyObject v) {
        self.setAttribute("__abstractmethods__", v);
    }

    @PyMethod
    static PyObject mro(PyType self) {
        return PyList.of(Mro.compute(self, self.getBasesArray()));
    }

    @PyMethod
    static PyObject __subclasses__(PyType self) {
        return PyList.of(self.liveSubclasses().toArray(new PyObject[0]));
    }

    @PyMethod
    static boolean __instancecheck__(PyType self, PyObject inst) {
        return inst.getType().isSubtypeOf(self) || Abstract.recursiveIsInstance(inst, self);
    }

    @PyMethod
    static boolean __subclasscheck__(PyType self, PyObject sub) {
        if (!(sub instanceof PyType t)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        return t.isSubtypeOf(self);
    }

    @PyMethod
    static PyObject __or__(PyType self, PyObject other) {
        return PyUnionType.or(self, other);
    }

    @PyMethod
    static PyObject __ror__(PyType self, PyObject other) {
        return PyUnionType.or(other, self);
    }

    @PyClassMethod
    static PyObject __prepare__(PyType meta, @Args PyObject[] args, @Kwargs PyDict kw) {
        return new PyDict();
    }

    @PyMethod
    static PyObject __dir__(PyType self) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (PyType t : self.getMroArray()) {
            names.addAll(java.util.List.of(t.getDict().keys()));
        }
        PyList out = new PyList();
        for (String n : names) {
            out.append(PyStr.of(n));
        }
        return out;
    }
}

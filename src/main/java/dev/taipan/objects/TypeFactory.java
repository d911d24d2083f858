package dev.taipan.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates classes from Python ({@code type(name, bases, ns)}, and so the class statement):
 * metaclass selection, layout, {@code __slots__}, the type dict, {@code __set_name__} and
 * {@code __init_subclass__}.
 *
 * <p>CPython: Objects/typeobject.c, type_new and its helpers
 */
public final class TypeFactory {
    private TypeFactory() {
    }

    /**
     * Computes the most derived metaclass of a metatype and the bases' metatypes.
     *
     * @param meta  the requested metatype
     * @param bases the bases
     * @return the winner
     */
    public static PyType calculateMetaclass(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType t = b.getType();
            if (winner.isSubtypeOf(t)) {
                continue;
            }
            if (t.isSubtypeOf(winner)) {
                winner = t;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be "
                    + "a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /**
     * Creates a class.
     *
     * @param meta    the metatype
     * @param name    the class name
     * @param baseObjs the bases
     * @param ns      the namespace built by the class body
     * @param kwds    keyword arguments of the class statement (for {@code __init_subclass__})
     * @return the new class
     */
    public static PyType newType(PyType meta, String name, PyObject[] baseObjs, PyDict ns,
            PyDict kwds) {
        PyType winner = calculateMetaclass(meta, baseObjs);
        PyType[] bases;
        if (baseObjs.length == 0) {
            bases = new PyType[] {PyType.OBJECT_TYPE};
        } else {
            bases = new PyType[baseObjs.length];
            for (int i = 0; i < baseObjs.length; i++) {
                if (!(baseObjs[i] instanceof PyType t)) {
                    throw Errors.typeError("bases must be types");
                }
                bases[i] = t;
            }
        }
        PyType best = PyType.bestBase(bases);
        Map<String, PyObject> dict = new LinkedHashMap<>();
        for (PyObject k : ns.keysArray()) {
            if (k instanceof PyStr s) {
                dict.put(s.toString(), ns.getItem(k));
            }
        }
        // __slots__ decide whether instances get a __dict__ and which members they carry.
        List<String> slotNames = null;
        boolean addDict = true;
        PyObject slotsObj = dict.get("__slots__");
        if (slotsObj != null) {
            slotNames = new ArrayList<>();
            addDict = false;
            PyObject[] items = slotsObj instanceof PyStr ? new PyObject[] {slotsObj}
                    : Abstract.toArray(slotsObj);
            for (PyObject it : items) {
                if (!(it instanceof PyStr s)) {
                    throw Errors.typeError("__slots__ items must be strings, not '%.200s'",
                            it.getType().getName());
                }
                String sn = mangle(name, s.toString());
                if (!s.isIdentifier()) {
                    throw Errors.typeError("__slots__ must be identifiers");
                }
                if (sn.equals("__dict__")) {
                    if (!addDict && slotNames.contains(sn)) {
                        throw Errors.typeError("__dict__ slot disallowed: we already got one");
                    }
                    addDict = true;
                } else if (!sn.equals("__weakref__")) {
                    if (dict.containsKey(sn)) {
                        throw Errors.valueError(
                                "'%s' in __slots__ conflicts with class variable", sn);
                    }
                    slotNames.add(sn);
                }
            }
            if (!slotNames.isEmpty() && best.staticBase().getJavaClass() != PyObject.class) {
                throw Errors.typeError("nonempty __slots__ not supported for subtype of '%s'",
                        best.staticBase().getName());
            }
        }
        boolean baseHasDict = false;
        boolean baseHasDictAttr = false;
        for (PyType b : bases) {
            baseHasDict |= b.hasFlag(PyType.HAS_DICT);
            // type, exceptions and others expose their own __dict__ already.
            baseHasDictAttr |= b.lookup("__dict__") != null;
        }
        Class<?> javaClass = best.getJavaClass() == PyObject.class ? PyInstance.class
                : best.getJavaClass();
        int flags = PyType.HEAPTYPE | PyType.BASETYPE
                | (addDict || baseHasDict ? PyType.HAS_DICT : 0);
        PyType type = new PyType(winner, name, javaClass, bases, flags);
        int inherited = best.slotCount;
        if (slotNames != null && !slotNames.isEmpty()) {
            type.slotNames = slotNames.toArray(new String[0]);
            for (int i = 0; i < slotNames.size(); i++) {
                dict.put(slotNames.get(i), new PyMemberDescr(type, slotNames.get(i), inherited + i));
            }
            type.slotCount = inherited + slotNames.size();
        } else {
            type.slotCount = inherited;
        }
        if (!dict.containsKey("__module__")) {
            // CPython takes the module from the calling frame's globals.
            PyObject mod = ThreadContext.currentModuleName();
            if (mod != null) {
                dict.put("__module__", mod);
            }
        }
        PyObject qual = dict.remove("__qualname__");
        if (qual != null && !(qual instanceof PyStr)) {
            throw Errors.typeError("type __qualname__ must be a str, not %s",
                    qual.getType().getName());
        }
        type.setNames(name, qual == null ? name : qual.toString());
        dict.putIfAbsent("__doc__", PyNone.NONE);
        PyObject newf = dict.get("__new__");
        if (newf != null && !(newf instanceof PyStaticMethodObject)
                && !(newf instanceof PyClassMethodObject)) {
            dict.put("__new__", new PyStaticMethodObject(newf));
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = dict.get(cm);
            if (f != null && !(f instanceof PyClassMethodObject) && !(f instanceof PyStaticMethodObject)) {
                dict.put(cm, new PyClassMethodObject(f));
            }
        }
        if (dict.containsKey("__eq__") && !dict.containsKey("__hash__")) {
            dict.put("__hash__", PyNone.NONE);
        }
        if (addDict && !baseHasDict && !baseHasDictAttr) {
            dict.put("__dict__", new PyGetSetDescr(type, "__dict__", HasDict.class,
                    self -> {
                        PyDict d = ((HasDict) self).getDict();
                        return d == null ? PyNone.NONE : d;
                    },
                    (self, v) -> {
                        if (!(v instanceof PyDict d)) {
                            throw Errors.typeError(
                                    "__dict__ must be set to a dictionary, not a '%.200s'",
                                    v == null ? "NoneType" : v.getType().getName());
                        }
                        ((HasDict) self).setDict(d);
                    }, ""));
        }
        if (!baseHasWeakref(bases) && (slotNames == null || slotsObj != null
                && java.util.Arrays.asList(Abstract.toArray(slotsObj instanceof PyStr
                        ? PyTuple.of(slotsObj) : slotsObj)).stream()
                        .anyMatch(o -> o.toString().equals("__weakref__")))) {
            // Weak references are not modelled yet; the attribute exists as in CPython.
            dict.put("__weakref__", new PyGetSetDescr(type, "__weakref__", PyObject.class,
                    self -> PyNone.NONE, null, ""));
        }
        type.getDict().putAll(dict);
        type.ready();
        setNames(type, dict);
        initSubclass(type, kwds);
        return type;
    }

    /**
     * Mangles a private name ({@code __x} in class {@code C} is {@code _C__x}).
     *
     * @param className the class name
     * @param name      the name
     * @return the mangled name
     */
    // CPython: Python/compile.c, _Py_Mangle
    public static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        String cls = className;
        int k = 0;
        while (k < cls.length() && cls.charAt(k) == '_') {
            k++;
        }
        if (k == cls.length()) {
            return name;
        }
        return "_" + cls.substring(k) + name;
    }

    private static boolean baseHasWeakref(PyType[] bases) {
        for (PyType b : bases) {
            if (b.lookup("__weakref__") != null) {
                return true;
            }
        }
        return false;
    }

    // CPython: Objects/typeobject.c, type_new_set_names
    private static void setNames(PyType type, Map<String, PyObject> dict) {
        for (Map.Entry<String, PyObject> e : dict.entrySet()) {
            PyObject v = e.getValue();
            PyObject f = v.getType().slot(Slot.SET_NAME);
            if (f != null) {
                try {
                    Slots.call2(f, v, type, PyStr.of(e.getKey()));
                } catch (PyException ex) {
                    Abstract.callMethod(ex.getValue(), "add_note", PyStr.of(String.format(
                            "Error calling __set_name__ on '%.100s' instance '%s' in '%.100s'",
                            v.getType().getName(), e.getKey(), type.getName())));
                    throw ex;
                }
            }
        }
    }

    // CPython: Objects/typeobject.c, type_new_init_subclass: super(type, type).__init_subclass__(**kwds)
    private static void initSubclass(PyType type, PyDict kwds) {
        PyObject f = type.lookupAfter(type, "__init_subclass__");
        if (f == null) {
            return;
        }
        PyObject bound = Descriptors.get(f, null, type);
        Abstract.callWithDict(bound, PyObject.EMPTY_ARRAY, kwds);
    }
}

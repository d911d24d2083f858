package dev.taipan.objects;

import static dev.taipan.objects.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Types: creation, MRO, lookup and version tags, slots, attribute access, descriptors. */
class TypeSystemTest {
    static PyType subClass(String name, PyObject[] bases, Object... nameValue) {
        PyDict ns = new PyDict();
        ns.put(s("__module__"), s("__main__"));
        for (int k = 0; k < nameValue.length; k += 2) {
            ns.put(s((String) nameValue[k]), (PyObject) nameValue[k + 1]);
        }
        return (PyType) PyType.TYPE.call(s(name), PyTuple.of(bases), ns);
    }

    static PyType newClass(String name, Object... nameValue) {
        return subClass(name, new PyObject[0], nameValue);
    }

    static TestFunction fn(String name, java.util.function.Function<PyObject[], PyObject> f) {
        return new TestFunction(name, f);
    }

    @Test
    void builtinTypeBasics() {
        assertEquals("<class 'int'>", repr(PyInt.TYPE));
        assertEquals("<class 'type'>", repr(PyType.TYPE.getType()));
        assertSame(PyType.TYPE, PyType.OBJECT_TYPE.getType());
        assertEquals("(<class 'bool'>, <class 'int'>, <class 'object'>)",
                repr(Abstract.getAttr(PyBool.TYPE, "__mro__")));
        assertSame(PyInt.TYPE, PyType.TYPE.call(i(5)));
        assertEquals("TypeError: cannot set 'x' attribute of immutable type 'int'",
                error(() -> Abstract.setAttr(PyInt.TYPE, "x", i(1))));
        assertEquals("TypeError: cannot set '__name__' attribute of immutable type 'int'",
                error(() -> Abstract.setAttr(PyInt.TYPE, "__name__", s("x"))));
        assertEquals("AttributeError: type object 'int' has no attribute 'foo'",
                error(() -> Abstract.getAttr(PyInt.TYPE, "foo")));
        assertEquals("<method 'append' of 'list' objects>",
                repr(Abstract.getAttr(PyList.TYPE, "append")));
        assertEquals("<attribute 'real' of 'int' objects>",
                repr(PyInt.TYPE.lookup("real")));
        assertTrue(repr(Abstract.getAttr(l(), "append"))
                .startsWith("<built-in method append of list object at 0x"));
        assertEquals("<method 'fromkeys' of 'dict' objects>",
                repr(PyDict.TYPE.getDict().get("fromkeys")));
        assertTrue(repr(Abstract.getAttr(PyDict.TYPE, "fromkeys"))
                .startsWith("<built-in method fromkeys of type object at 0x"));
    }

    @Test
    void c3Mro() {
        PyType o = PyType.OBJECT_TYPE;
        PyType a = newClass("A");
        PyType b = subClass("B", new PyObject[] {a});
        PyType c = subClass("C", new PyObject[] {a});
        PyType d = subClass("D", new PyObject[] {b, c});
        assertEquals("(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, "
                + "<class '__main__.A'>, <class 'object'>)", repr(Abstract.getAttr(d, "__mro__")));
        assertEquals("TypeError: Cannot create a consistent method resolution order (MRO) for "
                + "bases A, B", error(() -> subClass("X", new PyObject[] {a, b})));
        assertEquals("TypeError: duplicate base class A",
                error(() -> subClass("X", new PyObject[] {a, a})));
        assertEquals("TypeError: type 'bool' is not an acceptable base type",
                error(() -> subClass("X", new PyObject[] {PyBool.TYPE})));
        assertEquals("TypeError: multiple bases have instance lay-out conflict",
                error(() -> subClass("X", new PyObject[] {PyInt.TYPE, PyStr.TYPE})));
        assertSame(o, d.getMroArray()[4]);
    }

    @Test
    void versionTagsChangeOnModificationIncludingSubclasses() {
        PyType a = newClass("A", "x", i(1));
        PyType b = subClass("B", new PyObject[] {a});
        int va = a.getVersionTag();
        int vb = b.getVersionTag();
        assertEquals("1", repr(b.lookup("x")));
        Abstract.setAttr(a, "x", i(2));
        assertNotEquals(va, a.getVersionTag());
        assertNotEquals(vb, b.getVersionTag());
        assertEquals("2", repr(b.lookup("x")));
        int vb2 = b.getVersionTag();
        Abstract.setAttr(b, "y", i(3));
        assertNotEquals(vb2, b.getVersionTag());
        Abstract.delAttr(a, "x");
        assertEquals(null, b.lookup("x"));
        assertEquals("AttributeError: type object 'B' has no attribute 'x'",
                error(() -> Abstract.getAttr(b, "x")));
    }

    @Test
    void slotsFollowTheDictAndSubclasses() {
        PyType a = newClass("A");
        PyType b = subClass("B", new PyObject[] {a});
        PyObject inst = b.call();
        assertEquals("TypeError: unsupported operand type(s) for +: 'B' and 'int'",
                error(() -> Abstract.add(inst, i(1))));
        Abstract.setAttr(a, "__add__", fn("add", args -> s("added")));
        assertEquals("'added'", repr(Abstract.add(inst, i(1))));
        Abstract.setAttr(a, "__len__", fn("len", args -> i(7)));
        assertEquals(7, Abstract.len(inst));
        Abstract.delAttr(a, "__len__");
        assertEquals("TypeError: object of type 'B' has no len()",
                error(() -> Abstract.len(inst)));
    }

    @Test
    void instancesAndGenericAttributes() {
        PyType c = newClass("C", "cls_attr", i(10));
        PyObject o = c.call();
        assertTrue(repr(o).startsWith("<__main__.C object at 0x"));
        Abstract.setAttr(o, "x", i(1));
        assertEquals("1", repr(Abstract.getAttr(o, "x")));
        assertEquals("10", repr(Abstract.getAttr(o, "cls_attr")));
        assertEquals("{'x': 1}", repr(Abstract.getAttr(o, "__dict__")));
        assertEquals("AttributeError: 'C' object has no attribute 'y'",
                error(() -> Abstract.getAttr(o, "y")));
        assertEquals("AttributeError: 'C' object has no attribute 'y'",
                error(() -> Abstract.delAttr(o, "y")));
        assertEquals("TypeError: C() takes no arguments", error(() -> c.call(i(1))));
        PyObject plain = PyType.OBJECT_TYPE.call();
        assertEquals("AttributeError: 'object' object has no attribute 'x' and no __dict__ for "
                + "setting new attributes", error(() -> Abstract.setAttr(plain, "x", i(1))));
        assertEquals("AttributeError: attribute 'real' of 'int' objects is not writable",
                error(() -> Abstract.setAttr(i(5), "real", i(1))));
        assertEquals("AttributeError: 'int' object has no attribute 'foo' and no __dict__ for "
                + "setting new attributes", error(() -> Abstract.setAttr(i(5), "foo", i(1))));
        assertEquals("TypeError: attribute name must be string, not 'int'",
                error(() -> Abstract.getAttr(o, i(1))));
    }

    @Test
    void getattrFallbackAndMethods() {
        PyType c = newClass("C",
                "__getattr__", fn("__getattr__", args -> s("dyn:" + args[1])),
                "m", fn("m", args -> t(args)));
        PyObject o = c.call();
        assertEquals("'dyn:zzz'", repr(Abstract.getAttr(o, "zzz")));
        PyObject bound = Abstract.getAttr(o, "m");
        assertEquals(PyBoundMethod.TYPE, bound.getType());
        PyObject r = bound.call(i(1));
        assertEquals(2, ((PyTuple) r).size());
        assertSame(o, ((PyTuple) r).get(0));
    }

    @Test
    void initAndNew() {
        PyType c = newClass("C", "__init__", fn("__init__", args -> {
            Abstract.setAttr(args[0], "v", args[1]);
            return PyNone.NONE;
        }));
        PyObject o = c.call(i(42));
        assertEquals("42", repr(Abstract.getAttr(o, "v")));
        PyType bad = newClass("Bad", "__init__", fn("__init__", args -> i(1)));
        assertEquals("TypeError: __init__() should return None, not 'int'",
                error(() -> bad.call()));
        assertEquals("TypeError: object.__new__(int) is not safe, use int.__new__()",
                error(() -> Abstract.getAttr(PyType.OBJECT_TYPE, "__new__").call(PyInt.TYPE)));
        assertEquals("TypeError: float.__new__(int): int is not a subtype of float",
                error(() -> Abstract.getAttr(PyFloat.TYPE, "__new__").call(PyInt.TYPE)));
        assertEquals("TypeError: int.__new__(bool) is not safe, use bool.__new__()",
                error(() -> Abstract.getAttr(PyInt.TYPE, "__new__").call(PyBool.TYPE)));
    }

    @Test
    void subclassOfBuiltin() {
        PyType myList = subClass("MyList", new PyObject[] {PyList.TYPE});
        PyObject m = myList.call(l(i(1), i(2)));
        assertTrue(m instanceof PyList);
        assertSame(myList, m.getType());
        Abstract.callMethod(m, "append", i(3));
        assertEquals("[1, 2, 3]", repr(m));
        Abstract.setAttr(m, "tag", s("x"));
        assertEquals("'x'", repr(Abstract.getAttr(m, "tag")));
        PyType myInt = subClass("MyInt", new PyObject[] {PyInt.TYPE});
        PyObject mi = myInt.call(s("12"));
        assertEquals("12", repr(mi));
        assertEquals("13", repr(Abstract.add(mi, i(1))));
        assertSame(PyInt.TYPE, Abstract.add(mi, i(1)).getType());
        PyType myDict = subClass("D", new PyObject[] {PyDict.TYPE},
                "__missing__", fn("__missing__", args -> s("missing " + repr(args[1]))));
        PyObject d = myDict.call();
        assertEquals("'missing 5'", repr(Abstract.getItem(d, i(5))));
    }

    @Test
    void slotsDeclaration() {
        PyType p = newClass("P", "__slots__", t(s("x"), s("y")));
        PyObject o = p.call();
        Abstract.setAttr(o, "x", i(1));
        assertEquals("1", repr(Abstract.getAttr(o, "x")));
        assertEquals("AttributeError: 'P' object has no attribute 'y'",
                error(() -> Abstract.getAttr(o, "y")));
        assertEquals("AttributeError: 'P' object has no attribute 'z' and no __dict__ for "
                + "setting new attributes", error(() -> Abstract.setAttr(o, "z", i(1))));
        assertEquals("<member 'x' of 'P' objects>", repr(p.getDict().get("x")));
        assertEquals("ValueError: 'x' in __slots__ conflicts with class variable",
                error(() -> newClass("Q", "__slots__", t(s("x")), "x", i(1))));
    }

    @Test
    void propertyClassmethodStaticmethod() {
        PyObject getter = fn("get", args -> s("got"));
        PyObject prop = PyProperty.TYPE.call(getter);
        PyType c = newClass("C", "p", prop,
                "cm", PyClassMethodObject.TYPE.call(fn("cm", args -> args[0])),
                "sm", PyStaticMethodObject.TYPE.call(fn("sm", args -> i(args.length))));
        PyObject o = c.call();
        assertEquals("'got'", repr(Abstract.getAttr(o, "p")));
        assertEquals("AttributeError: property 'p' of 'C' object has no setter",
                error(() -> Abstract.setAttr(o, "p", i(1))));
        assertSame(c, Abstract.getAttr(o, "cm").call());
        assertSame(c, Abstract.getAttr(c, "cm").call());
        assertEquals("0", repr(Abstract.getAttr(o, "sm").call()));
        assertSame(prop, Abstract.getAttr(c, "p"));
    }

    @Test
    void hashAndEqDefaults() {
        PyType c = newClass("C", "__eq__", fn("eq", args -> PyBool.TRUE));
        PyObject o = c.call();
        assertEquals("TypeError: unhashable type: 'C'", error(() -> Abstract.hash(o)));
        assertEquals("TypeError: unhashable type: 'list'", error(() -> Abstract.hash(l())));
        PyType d = newClass("D");
        PyObject x = d.call();
        assertEquals(Abstract.hash(x), Abstract.hash(x));
        assertTrue(Abstract.richCompareBool(x, x, CompareOp.EQ));
        assertFalse(Abstract.richCompareBool(x, d.call(), CompareOp.EQ));
        assertEquals("TypeError: '<' not supported between instances of 'D' and 'D'",
                error(() -> Abstract.richCompare(x, d.call(), CompareOp.LT)));
    }

    @Test
    void metaclass() {
        PyType meta = subClass("Meta", new PyObject[] {PyType.TYPE},
                "hello", fn("hello", args -> s("hi from " + ((PyType) args[0]).getName())));
        PyDict ns = new PyDict();
        PyType k = (PyType) meta.call(s("K"), t(), ns);
        assertSame(meta, k.getType());
        assertEquals("'hi from K'", repr(Abstract.getAttr(k, "hello").call()));
        assertTrue(Abstract.isInstance(k, meta));
        assertTrue(Abstract.isInstance(k.call(), k));
    }

    @Test
    void initSubclassAndSetName() {
        StringBuilder log = new StringBuilder();
        PyType base = newClass("Base", "__init_subclass__", fn("__init_subclass__", args -> {
            log.append("init_subclass ").append(((PyType) args[0]).getName()).append(';');
            return PyNone.NONE;
        }));
        subClass("Sub", new PyObject[] {base});
        assertEquals("init_subclass Sub;", log.toString());
        assertEquals("TypeError: X.__init_subclass__() takes no keyword arguments",
                error(() -> TypeFactory.newType(PyType.TYPE, "X", new PyObject[] {newClass("Base")},
                        new PyDict(), dictOf("k", i(1)))));
    }

    static PyDict dictOf(String k, PyObject v) {
        PyDict d = new PyDict();
        d.put(s(k), v);
        return d;
    }

    @Test
    void dirAndSubclasses() {
        PyType a = newClass("A");
        PyType b = subClass("B", new PyObject[] {a});
        assertEquals("[<class '__main__.B'>]", repr(Abstract.callMethod(a, "__subclasses__")));
        assertTrue(((PyList) Abstract.callMethod(b.call(), "__dir__")).size() > 20);
    }

    @Test
    void lookupMethodAvoidsBoundMethods() {
        PyObject[] self = new PyObject[1];
        PyObject lst = l(i(1));
        PyObject m = Abstract.lookupMethod(lst, "append", self);
        assertSame(lst, self[0]);
        m.call(self[0], i(2));
        assertEquals("[1, 2]", repr(lst));
        PyType c = newClass("C", "f", fn("f", args -> i(args.length)));
        PyObject o = c.call();
        assertEquals("1", repr(Abstract.lookupMethod(o, "f", self).call(self[0])));
        Abstract.setAttr(o, "f", fn("g", args -> i(100 + args.length)));
        PyObject shadow = Abstract.lookupMethod(o, "f", self);
        assertEquals(null, self[0]);
        assertEquals("100", repr(shadow.call()));
    }

    @Test
    void genericAliasUnionAndMappingProxy() {
        PyObject li = Abstract.getItem(PyList.TYPE, PyInt.TYPE);
        assertEquals("list[int]", repr(li));
        assertEquals("dict[str, list[int]]", repr(Abstract.getItem(PyDict.TYPE, t(PyStr.TYPE, li))));
        assertEquals("tuple[int, ...]", repr(Abstract.getItem(PyTuple.TYPE, t(PyInt.TYPE,
                PyEllipsis.ELLIPSIS))));
        assertEquals("list[()]", repr(Abstract.getItem(PyList.TYPE, t())));
        assertEquals("<class 'types.GenericAlias'>", repr(li.getType()));
        assertSame(PyList.TYPE, Abstract.getAttr(li, "__origin__"));
        assertEquals("[]", repr(li.call()));
        assertEquals("TypeError: isinstance() argument 2 cannot be a parameterized generic",
                error(() -> Abstract.isInstance(i(1), li)));
        PyObject u = Abstract.or(PyInt.TYPE, PyNone.NONE);
        assertEquals("int | None", repr(u));
        assertEquals("<class 'types.UnionType'>", repr(u.getType()));
        assertEquals("(<class 'int'>, <class 'NoneType'>)", repr(Abstract.getAttr(u, "__args__")));
        assertTrue(Abstract.isInstance(i(3), Abstract.or(PyInt.TYPE, PyStr.TYPE)));
        assertFalse(Abstract.isInstance(f(3), Abstract.or(PyInt.TYPE, PyStr.TYPE)));
        assertSame(PyInt.TYPE, Abstract.or(PyInt.TYPE, PyInt.TYPE));
        assertEquals("None | int", repr(Abstract.or(PyNone.NONE, PyInt.TYPE)));
        assertEquals("True", repr(Abstract.richCompare(Abstract.or(PyInt.TYPE, PyStr.TYPE),
                Abstract.or(PyStr.TYPE, PyInt.TYPE), CompareOp.EQ)));
        assertEquals("TypeError: unsupported operand type(s) for |: 'int' and 'type'",
                error(() -> Abstract.or(i(1), PyInt.TYPE)));
        PyType a = newClass("A", "x", i(1));
        PyObject d = Abstract.getAttr(a, "__dict__");
        assertEquals("<class 'mappingproxy'>", repr(d.getType()));
        assertEquals("1", repr(Abstract.getItem(d, s("x"))));
        assertEquals("TypeError: 'mappingproxy' object does not support item assignment",
                error(() -> Abstract.setItem(d, s("y"), i(2))));
    }
}

package dev.taipan.objects;

import static dev.taipan.objects.Py.*;
import static dev.taipan.objects.StrTest.ev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** tuple, list, dict, set/frozenset, range, slice, bytes: behaviour and CPython's texts. */
class ContainerTest {
    static PyObject m(PyObject self, String name, PyObject... args) {
        return Abstract.callMethod(self, name, args);
    }

    static PyObject kw(PyObject callable, PyObject[] args, String... names) {
        return callable.call(args, names);
    }

    static PySet set(long... v) {
        PySet s = new PySet();
        for (long x : v) {
            s.add(i(x));
        }
        return s;
    }

    static PyDict dict(Object... kv) {
        PyDict d = new PyDict();
        for (int k = 0; k < kv.length; k += 2) {
            d.put(s((String) kv[k]), (PyObject) kv[k + 1]);
        }
        return d;
    }

    @Test
    void setOrderAndHashMatchCPython() {
        assertEquals("{1, 2, 3}", repr(set(3, 1, 2)));
        assertEquals("{1, 100, 9, 10, 17}", repr(set(10, 1, 100, 9, 17)));
        // A set built from a frozenset merges table to table, as CPython's set literals do.
        assertEquals("{1, 17, 100, 9, 10}",
                repr(PySet.TYPE.call(PyFrozenSet.TYPE.call(set(10, 1, 100, 9, 17)))));
        assertEquals("{2, 5, 8, 11, 14, 17, 20}", repr(PySet.TYPE.call(new PyRange(i(20), i(0), i(-3)))));
        assertEquals("{5, -1, -2}", repr(set(-1, -2, 5)));
        assertEquals("{0.5, 1.5, 2.5}", repr(PySet.of(f(1.5), f(2.5), f(0.5))));
        assertEquals("set()", repr(new PySet()));
        assertEquals("frozenset({1, 2})", repr(PyFrozenSet.TYPE.call(set(1, 2))));
        assertEquals("frozenset()", repr(PyFrozenSet.TYPE.call()));
        assertEquals(-272375401224217160L, Abstract.hash(PyFrozenSet.TYPE.call(set(1, 2, 3))));
        assertEquals(133146708735736L, Abstract.hash(PyFrozenSet.TYPE.call()));
        assertEquals("{frozenset({1})}", repr(PySet.of(PyFrozenSet.TYPE.call(set(1)))));
    }

    @Test
    void setOperations() {
        assertEquals("{2, 3}", repr(Abstract.and(set(1, 2, 3), set(2, 3, 4))));
        assertEquals("{1, 2, 3, 4}", repr(Abstract.or(set(1, 2, 3), set(4))));
        assertEquals("{1, 3}", repr(Abstract.sub(set(1, 2, 3), set(2))));
        assertEquals("{1, 2, 4}", repr(Abstract.xor(set(1, 2, 3), set(3, 4))));
        assertEquals("TypeError: unsupported operand type(s) for &: 'set' and 'list'",
                error(() -> Abstract.and(set(1), l(i(1)))));
        assertEquals("True", repr(Abstract.richCompare(set(1, 2), set(1, 2, 3), CompareOp.LE)));
        assertEquals("False", repr(Abstract.richCompare(set(1, 2), set(1, 2), CompareOp.LT)));
        assertEquals("1", repr(m(set(1, 2), "pop")));
        assertEquals("KeyError: 'pop from an empty set'", error(() -> m(new PySet(), "pop")));
        assertEquals("KeyError: 2", error(() -> m(set(1), "remove", i(2))));
        assertEquals("TypeError: unhashable type: 'list'", error(() -> PySet.of(l())));
        assertEquals("TypeError: unhashable type: 'list'",
                error(() -> Abstract.contains(set(1), l(i(1)))));
        assertEquals("True", repr(m(set(1, 2), "isdisjoint", l(i(3)))));
        assertEquals("True", repr(m(set(1, 2), "issubset", l(i(1), i(2), i(3)))));
        assertEquals("{1, 2, 3, 4, 5}", repr(m(set(1, 2, 3), "union", l(i(4)), l(i(5)))));
        PySet x = set(1, 2, 3);
        m(x, "intersection_update", set(2, 3, 9));
        assertEquals("{2, 3}", repr(x));
        assertTrue(Abstract.contains(set(1), PyFrozenSet.of()) == false);
        PySet withSet = PySet.of(PyFrozenSet.of(i(1)));
        assertTrue(Abstract.contains(withSet, set(1)));
    }

    @Test
    void tuples() {
        assertEquals(-3550055125485641917L, Abstract.hash(t(i(1), i(2))));
        assertEquals(5740354900026072187L, Abstract.hash(t()));
        assertEquals(8078679518589016365L, Abstract.hash(t(i(-1))));
        assertEquals(-7900369062496603414L, Abstract.hash(t(f(1.5), PyNone.NONE)));
        assertEquals("True", repr(Abstract.richCompare(t(i(1), i(2)), t(i(1), i(3)), CompareOp.LT)));
        assertEquals("(1, 2, 3)", repr(Abstract.add(t(i(1), i(2)), t(i(3)))));
        assertEquals("(1, 1, 1)", repr(Abstract.mul(t(i(1)), i(3))));
        assertEquals("(2, 3)", repr(Abstract.getItem(t(i(1), i(2), i(3)), new PySlice(i(1), null, null))));
        assertEquals("ValueError: tuple.index(x): x not in tuple", error(() -> m(t(i(1), i(2)), "index", i(3))));
        assertEquals("2", repr(m(t(i(1), i(2), i(2)), "count", i(2))));
        assertEquals("(1, 2)", repr(PyTuple.TYPE.call(l(i(1), i(2)))));
        assertEquals("(1,)", repr(t(i(1))));
        assertEquals("()", repr(t()));
        assertEquals("IndexError: tuple index out of range", error(() -> Abstract.getItem(t(i(1), i(2)), i(5))));
        assertEquals("TypeError: tuple indices must be integers or slices, not str",
                error(() -> Abstract.getItem(t(i(1)), s("a"))));
    }

    @Test
    void listsAndSorting() {
        PyList a = l(i(3), i(1), i(2));
        assertEquals("None", repr(m(a, "sort")));
        assertEquals("[1, 2, 3]", repr(a));
        PyObject sort = Abstract.getAttr(a, "sort");
        kw(sort, new PyObject[] {PyBool.TRUE}, "reverse");
        assertEquals("[3, 2, 1]", repr(a));
        PyList words = l(s("b"), s("A"), s("c"));
        kw(Abstract.getAttr(words, "sort"), new PyObject[] {Abstract.getAttr(PyStr.TYPE, "lower")}, "key");
        assertEquals("['A', 'b', 'c']", repr(words));
        assertEquals("TypeError: '<' not supported between instances of 'str' and 'int'",
                error(() -> m(l(i(1), s("a")), "sort")));
        assertEquals("TypeError: sort() takes no positional arguments", error(() -> m(l(), "sort", i(1))));
        assertEquals("TypeError: sort() got an unexpected keyword argument 'k'",
                error(() -> kw(Abstract.getAttr(l(), "sort"), new PyObject[] {i(1)}, "k")));
        assertEquals("IndexError: list index out of range", error(() -> Abstract.getItem(l(i(1)), i(5))));
        assertEquals("IndexError: pop from empty list", error(() -> m(l(), "pop")));
        assertEquals("IndexError: pop index out of range", error(() -> m(l(i(1)), "pop", i(5))));
        assertEquals("ValueError: 3 is not in list", error(() -> m(l(i(1), i(2)), "index", i(3))));
        assertEquals("ValueError: list.remove(x): x not in list", error(() -> m(l(i(1)), "remove", i(3))));
        assertEquals("['a', 'b', 'c']", repr(PyList.TYPE.call(s("abc"))));
        assertEquals("[1, 2, 3, 1, 2, 3]", repr(Abstract.mul(l(i(1), i(2), i(3)), i(2))));
        assertEquals("True", repr(Abstract.richCompare(l(i(1), i(2)), l(i(1), i(2), i(3)), CompareOp.LT)));
        assertEquals("TypeError: list indices must be integers or slices, not float",
                error(() -> Abstract.getItem(l(i(1)), f(1.5))));
        assertEquals("TypeError: list.append() takes exactly one argument (2 given)",
                error(() -> m(l(), "append", i(1), i(2))));
        assertEquals("TypeError: list.append() takes exactly one argument (0 given)",
                error(() -> m(l(), "append")));
        assertEquals("TypeError: list.clear() takes no arguments (1 given)",
                error(() -> m(l(), "clear", i(1))));
        assertEquals("TypeError: insert expected 2 arguments, got 1", error(() -> m(l(), "insert", i(1))));
        assertEquals("TypeError: list.append() takes no keyword arguments",
                error(() -> kw(Abstract.getAttr(l(), "append"), new PyObject[] {i(1)}, "x")));
        assertEquals("TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object",
                error(() -> Abstract.getAttr(PyList.TYPE, "append").call(i(1), i(2))));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer",
                error(() -> m(l(), "pop", s("a"))));
        assertEquals("None", repr(PyList.TYPE.getDict().get("__hash__")));
    }

    @Test
    void listMutationAndRecursion() {
        PyList a = l(i(1));
        a.append(a);
        assertEquals("[1, [...]]", repr(a));
        PyList x = l(i(1), i(2), i(3));
        Abstract.setItem(x, new PySlice(i(1), i(2), null), l(i(7), i(8), i(9)));
        assertEquals("[1, 7, 8, 9, 3]", repr(x));
        PyList y = l(i(1), i(2), i(3), i(4));
        assertEquals("ValueError: attempt to assign sequence of size 1 to extended slice of size 2",
                error(() -> Abstract.setItem(y, new PySlice(null, null, i(2)), l(i(0)))));
        Abstract.delItem(y, new PySlice(null, null, i(2)));
        assertEquals("[2, 4]", repr(y));
        assertEquals("IndexError: list assignment index out of range",
                error(() -> Abstract.setItem(y, i(5), i(1))));
        PyObject z = Abstract.inplaceOp(BinaryOp.ADD, l(i(1)), t(i(2)));
        assertEquals("[1, 2]", repr(z));
        assertEquals("[1, 1]", repr(Abstract.inplaceOp(BinaryOp.MUL, l(i(1)), i(2))));
        PyList big = new PyList();
        for (int k = 0; k < 1000; k++) {
            big.append(i((k * 7919) % 1000));
        }
        big.sort(null, false);
        for (int k = 0; k < 1000; k++) {
            assertEquals(k, ((PyInt) big.get(k)).intValue());
        }
        PyList victim = l(i(3), i(2), i(1));
        TestFunction key = new TestFunction("key", args -> {
            victim.append(i(0));
            return args[0];
        });
        assertEquals("ValueError: list modified during sort",
                error(() -> kw(Abstract.getAttr(victim, "sort"), new PyObject[] {key}, "key")));
    }

    @Test
    void sortIsStable() {
        PyList pairs = new PyList();
        for (int k = 0; k < 100; k++) {
            pairs.append(t(i(k % 3), i(k)));
        }
        TestFunction first = new TestFunction("first", args -> ((PyTuple) args[0]).get(0));
        kw(Abstract.getAttr(pairs, "sort"), new PyObject[] {first}, "key");
        int last = -1;
        for (int k = 0; k < 100; k++) {
            PyTuple p = (PyTuple) pairs.get(k);
            int second = ((PyInt) p.get(1)).intValue();
            if (k > 0 && ((PyInt) ((PyTuple) pairs.get(k - 1)).get(0)).compareTo((PyInt) p.get(0)) == 0) {
                assertTrue(second > last);
            }
            last = second;
        }
        PyList floats = l(f(Double.NaN), f(1.0), f(0.5));
        floats.sort(null, false);
        assertEquals(3, floats.size());
    }

    @Test
    void dicts() {
        assertEquals("{'a': 1, 'b': [1, 2]}", repr(dict("a", i(1), "b", l(i(1), i(2)))));
        assertEquals("{'a': 1, 'b': 2}", repr(kw(PyDict.TYPE, new PyObject[] {i(1), i(2)}, "a", "b")));
        assertEquals("{'a': 1}", repr(PyDict.TYPE.call(l(t(s("a"), i(1))))));
        assertEquals("TypeError: cannot convert dictionary update sequence element #0 to a sequence",
                error(() -> PyDict.TYPE.call(l(i(1)))));
        assertEquals("ValueError: dictionary update sequence element #1 has length 1; 2 is required",
                error(() -> PyDict.TYPE.call(l(s("ab"), s("c")))));
        assertEquals("KeyError: 'b'", error(() -> Abstract.getItem(dict("a", i(1)), s("b"))));
        assertEquals("KeyError: 'popitem(): dictionary is empty'", error(() -> m(new PyDict(), "popitem")));
        assertEquals("KeyError: 'b'", error(() -> m(dict("a", i(1)), "pop", s("b"))));
        assertEquals("5", repr(m(dict("a", i(1)), "pop", s("b"), i(5))));
        assertEquals("{'a': 0, 'b': 0}", repr(Abstract.getAttr(PyDict.TYPE, "fromkeys").call(s("ab"), i(0))));
        assertEquals("{'a': 1, 'b': 2}", repr(Abstract.or(dict("a", i(1)), dict("b", i(2)))));
        assertEquals("dict_keys(['a'])", repr(m(dict("a", i(1)), "keys")));
        assertEquals("dict_values([1])", repr(m(dict("a", i(1)), "values")));
        assertEquals("dict_items([('a', 1)])", repr(m(dict("a", i(1)), "items")));
        assertEquals("{'a'}", repr(Abstract.and(m(dict("a", i(1), "b", i(2)), "keys"), PySet.of(s("a")))));
        assertEquals("True", repr(Abstract.richCompare(m(dict("a", i(1)), "keys"), PySet.of(s("a")),
                CompareOp.EQ)));
        assertEquals("['b', 'a']", repr(PyList.TYPE.call(m(dict("a", i(1), "b", i(2)), "__reversed__"))));
        assertEquals("TypeError: '<' not supported between instances of 'dict' and 'dict'",
                error(() -> Abstract.richCompare(new PyDict(), new PyDict(), CompareOp.LT)));
        assertEquals("None", repr(m(dict("a", i(1)), "get", s("b"))));
        assertEquals("3", repr(m(dict("a", i(1)), "setdefault", s("b"), i(3))));
        assertEquals("TypeError: unhashable type: 'dict'", error(() -> Abstract.hash(new PyDict())));
        assertEquals("TypeError: get expected at least 1 argument, got 0", error(() -> m(new PyDict(), "get")));
        PyDict d = dict("a", i(1));
        kw(Abstract.getAttr(d, "update"), new PyObject[] {l(t(s("b"), i(2))), i(3)}, "c");
        assertEquals("{'a': 1, 'b': 2, 'c': 3}", repr(d));
        assertEquals("<class 'dict_keyiterator'>", repr(Abstract.iter(d).getType()));
        PyObject it = Abstract.iter(d);
        Abstract.next(it);
        d.put(s("z"), i(0));
        assertEquals("RuntimeError: dictionary changed size during iteration", error(() -> Abstract.next(it)));
        PyDict self = new PyDict();
        self.put(s("me"), self);
        assertEquals("{'me': {...}}", repr(self));
    }

    @Test
    void dictIsInsertionOrderedThroughGrowthAndDeletion() {
        PyDict d = new PyDict();
        for (int k = 0; k < 100; k++) {
            d.put(i(k), i(k * k));
        }
        for (int k = 0; k < 100; k += 2) {
            d.remove(i(k));
        }
        assertEquals(50, d.size());
        assertEquals("1", repr(d.keysArray()[0]));
        assertEquals("9801", repr(d.get(i(99))));
        int v = d.keysVersion();
        d.put(i(1), i(5));
        assertEquals(v, d.keysVersion());
        d.put(i(1000), i(5));
        assertTrue(v != d.keysVersion());
        int ix = d.entryIndex(i(1000));
        assertEquals("5", repr(d.valueAt(ix)));
        PyDict mixed = new PyDict();
        mixed.put(i(1), s("int"));
        mixed.put(f(1.0), s("float"));
        mixed.put(PyBool.TRUE, s("bool"));
        assertEquals("{1: 'bool'}", repr(mixed));
    }

    @Test
    void rangesAndSlices() {
        assertEquals("range(0, 10)", repr(PyRange.TYPE.call(i(10))));
        assertEquals("range(1, 10, 2)", repr(PyRange.TYPE.call(i(1), i(10), i(2))));
        assertEquals("[10, 7, 4, 1]", repr(PyList.TYPE.call(PyRange.TYPE.call(i(10), i(0), i(-3)))));
        PyObject r10 = PyRange.TYPE.call(i(10));
        assertEquals("range(2, 5)", repr(Abstract.getItem(r10, new PySlice(i(2), i(5), null))));
        assertEquals("9", repr(Abstract.getItem(r10, i(-1))));
        assertEquals(4, Abstract.len(PyRange.TYPE.call(i(0), i(10), i(3))));
        assertTrue(Abstract.contains(PyRange.TYPE.call(i(0), i(10), i(5)), i(5)));
        assertEquals("ValueError: range() arg 3 must not be zero",
                error(() -> PyRange.TYPE.call(i(1), i(2), i(0))));
        assertEquals("IndexError: range object index out of range", error(() -> Abstract.getItem(r10, i(10))));
        assertEquals("5", repr(m(r10, "index", i(5))));
        assertEquals("True", repr(Abstract.richCompare(PyRange.TYPE.call(i(0), i(10), i(2)),
                PyRange.TYPE.call(i(0), i(9), i(2)), CompareOp.EQ)));
        assertEquals(Abstract.hash(PyRange.TYPE.call(i(0))), Abstract.hash(PyRange.TYPE.call(i(5), i(5))));
        assertEquals("slice(1, 2, None)", repr(PySlice.TYPE.call(i(1), i(2))));
        assertEquals("(1, 5, 2)", repr(m(PySlice.TYPE.call(i(1), i(10), i(2)), "indices", i(5))));
        assertEquals("(4, -1, -1)", repr(m(new PySlice(null, null, i(-1)), "indices", i(5))));
        assertEquals("ValueError: slice step cannot be zero",
                error(() -> m(new PySlice(i(1), i(2), i(0)), "indices", i(5))));
        assertEquals("[3, 2, 1]", repr(PyList.TYPE.call(Abstract.callMethod(
                PyRange.TYPE.call(i(1), i(4)), "__reversed__"))));
    }

    @Test
    void bytesBasics() {
        assertEquals("b'\\x00\\x00\\x00'", repr(PyBytes.TYPE.call(i(3))));
        assertEquals("ValueError: bytes must be in range(0, 256)",
                error(() -> PyBytes.TYPE.call(l(i(1), i(256)))));
        assertEquals("True", repr(Abstract.richCompare(new PyBytes(new byte[] {'a'}),
                new PyByteArray(new byte[] {'a'}), CompareOp.EQ)));
        assertEquals("bytearray(b'ab')", repr(new PyByteArray("ab".getBytes())));
        assertEquals("b'\\x00ab\"\\''", repr(new PyBytes(new byte[] {0, 'a', 'b', '"', '\''})));
        assertEquals("b'\\xc3\\xa9'", repr(PyBytes.TYPE.call(s("\u00e9"), s("utf-8"))));
        assertEquals("TypeError: string argument without an encoding", error(() -> PyBytes.TYPE.call(s("a"))));
        assertEquals("98", repr(Abstract.getItem(new PyBytes("abc".getBytes()), i(1))));
        assertEquals("b'bc'", repr(Abstract.getItem(new PyBytes("abc".getBytes()), new PySlice(i(1), null, null))));
        assertEquals("'6162'", repr(m(new PyBytes("ab".getBytes()), "hex")));
        assertEquals("b'ab'", repr(Abstract.getAttr(PyBytes.TYPE, "fromhex").call(s("61 62"))));
        assertEquals("ValueError: non-hexadecimal number found in fromhex() arg at position 1",
                error(() -> Abstract.getAttr(PyBytes.TYPE, "fromhex").call(s("6"))));
        assertEquals("b'a-b'", repr(m(new PyBytes("-".getBytes()), "join",
                l(new PyBytes("a".getBytes()), new PyBytes("b".getBytes())))));
    }

    @Test
    void iteratorTypes() {
        assertEquals("<class 'list_iterator'>", repr(Abstract.iter(l()).getType()));
        assertEquals("<class 'str_ascii_iterator'>", repr(Abstract.iter(s("")).getType()));
        assertEquals("<class 'range_iterator'>", repr(Abstract.iter(PyRange.TYPE.call(i(3))).getType()));
        assertEquals("<class 'set_iterator'>", repr(Abstract.iter(new PySet()).getType()));
        assertEquals("<class 'tuple_iterator'>", repr(Abstract.iter(t()).getType()));
        assertEquals("StopIteration", error(() -> m(Abstract.iter(l()), "__next__")));
    }

    static PyBytes bytes(String s) {
        return new PyBytes(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void bytesTextMethods() {
        assertEquals("[b'a', b'b', b'c']", repr(m(bytes(" a b\tc "), "split")));
        assertEquals("[b'a', b'b,c']", repr(m(bytes("a,b,c"), "split", bytes(","), i(1))));
        assertEquals("[b'a,b', b'c']", repr(m(bytes("a,b,c"), "rsplit", bytes(","), i(1))));
        assertEquals("TypeError: a bytes-like object is required, not 'int'",
                error(() -> m(bytes("a"), "split", i(1))));
        assertEquals("b'hi'", repr(m(bytes("xxhixx"), "strip", bytes("x"))));
        assertEquals("2", repr(m(bytes("hello"), "find", bytes("l"))));
        assertEquals("2", repr(m(bytes("hello"), "find", i(108))));
        assertEquals("ValueError: subsection not found", error(() -> m(bytes("ab"), "index", bytes("z"))));
        assertEquals("b'HELLO \\xe9'", repr(m(bytes("hello \u00e9"), "upper")));
        assertEquals("b'Hello World'", repr(m(bytes("hello world"), "title")));
        assertEquals("b'bba'", repr(m(bytes("aaa"), "replace", bytes("a"), bytes("b"), i(2))));
        assertEquals("(b'a', b'.', b'b.c')", repr(m(bytes("a.b.c"), "partition", bytes("."))));
        assertEquals("True", repr(m(bytes("hello"), "startswith", t(bytes("x"), bytes("he")))));
        assertEquals("b'**ab**'", repr(m(bytes("ab"), "center", i(6), bytes("*"))));
        assertEquals("True", repr(m(bytes("12"), "isdigit")));
        assertEquals("bytearray(b'AB')", repr(m(new PyByteArray("ab".getBytes()), "upper")));
        assertEquals("b'xyc'", repr(m(bytes("abc"), "translate",
                Abstract.getAttr(PyBytes.TYPE, "maketrans").call(bytes("ab"), bytes("xy")))));
        PyByteArray ba = new PyByteArray("abc".getBytes());
        m(ba, "insert", i(0), i(122));
        m(ba, "remove", i(98));
        m(ba, "reverse");
        Abstract.delItem(ba, i(0));
        assertEquals("bytearray(b'az')", repr(ba));
        assertEquals("bytearray(b'azaz')", repr(Abstract.mul(ba, i(2))));
    }
}

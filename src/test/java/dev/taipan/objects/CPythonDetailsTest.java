package dev.taipan.objects;

import static dev.taipan.objects.Py.*;
import static dev.taipan.objects.StrTest.ev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Finer points found by running the script tests, each checked against CPython 3.13. */
class CPythonDetailsTest {
    static PyObject m(PyObject self, String name, PyObject... args) {
        return Abstract.callMethod(self, name, args);
    }

    static PyBytes b(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void descriptorsOnNoneBindToNone() {
        assertSame(PyNone.TYPE, Abstract.getAttr(PyNone.NONE, "__class__"));
        assertEquals("'None'", ev(() -> m(PyNone.NONE, "__repr__")));
        assertEquals("TypeError: __get__(None, None) is invalid",
                ev(() -> m(PyType.OBJECT_TYPE.lookup("__class__"), "__get__", PyNone.NONE, PyNone.NONE)));
    }

    @Test
    void bytesFormattingAndHex() {
        assertEquals("b\"x|    3|A|'q'\"", ev(() -> Abstract.mod(b("%s|%5d|%c|%r"),
                t(b("x"), i(3), i(65), s("q")))));
        assertEquals("bytearray(b'ff')", ev(() -> Abstract.mod(new PyByteArray(b("%x").toByteArray()),
                i(255))));
        assertEquals("'0102-0304'", ev(() -> m(b("\u0001\u0002\u0003\u0004"), "hex", s("-"), i(2))));
        assertEquals("'0102:03'", ev(() -> m(b("\u0001\u0002\u0003"), "hex", s(":"), i(-2))));
        assertEquals("ValueError: byte must be in range(0, 256)",
                ev(() -> m(new PyByteArray(new byte[0]), "append", i(256))));
        assertEquals("ValueError: bytes must be in range(0, 256)",
                ev(() -> PyBytes.TYPE.call(l(i(256)))));
    }

    @Test
    void orderingOfSlicesAndViews() {
        assertEquals("True", ev(() -> Abstract.richCompare(new PySlice(i(1), i(2), null),
                new PySlice(i(1), i(3), null), CompareOp.LT)));
        PyDict d = new PyDict();
        d.put(s("a"), i(1));
        assertEquals("True", ev(() -> Abstract.richCompare(m(d, "keys"), PySet.of(s("a"), s("b")),
                CompareOp.LE)));
        assertEquals("mappingproxy({'a': 1})", ev(() -> Abstract.getAttr(m(d, "keys"), "mapping")));
    }

    @Test
    void specialCasing() {
        assertEquals("'\u01c5ungla'", ev(() -> m(s("\u01c5ungla"), "title")));
        assertEquals("'Ss'", ev(() -> m(s("\u00df"), "title")));
        assertEquals("'Fix'", ev(() -> m(s("\ufb01x"), "capitalize")));
        assertEquals("'\u03c3\u03af\u03c3\u03c5\u03c6\u03bf\u03c3'",
                ev(() -> m(s("\u03a3\u038a\u03a3\u03a5\u03a6\u039f\u03a3"), "casefold")));
        assertEquals("'i\u0307'", ev(() -> m(s("\u0130"), "casefold")));
    }

    @Test
    void constructorMessagesUseTheTypeName() {
        assertEquals("TypeError: list expected at most 1 argument, got 2",
                ev(() -> PyList.TYPE.call(i(1), i(2))));
        assertEquals("TypeError: dict expected at most 1 argument, got 2",
                ev(() -> PyDict.TYPE.call(i(1), i(2))));
        assertEquals("TypeError: float expected at most 1 argument, got 2",
                ev(() -> PyFloat.TYPE.call(i(1), i(2))));
        assertEquals("TypeError: int expected at most 2 arguments, got 3",
                ev(() -> PyInt.TYPE.call(i(1), i(2), i(3))));
        assertEquals("TypeError: tuple() takes no keyword arguments",
                ev(() -> PyTuple.TYPE.call(new PyObject[] {i(1)}, new String[] {"x"})));
        assertEquals("TypeError: int() got an unexpected keyword argument 'x'",
                ev(() -> PyInt.TYPE.call(new PyObject[] {i(1)}, new String[] {"x"})));
        assertEquals("TypeError: range expected at most 3 arguments, got 4",
                ev(() -> PyRange.TYPE.call(new PyObject[] {i(1), i(2), i(3), i(4)}, null)));
        assertEquals("TypeError: slice expected at least 1 argument, got 0", ev(() -> PySlice.TYPE.call()));
        assertEquals("TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int",
                ev(() -> ExceptionTypes.ExceptionGroup.call(i(1), l())));
    }

    @Test
    void itemDeletionMessages() {
        assertEquals("TypeError: 'tuple' object doesn't support item deletion",
                ev(() -> {
                    Abstract.delItem(t(i(1)), i(0));
                    return PyNone.NONE;
                }));
        assertEquals("TypeError: 'NoneType' object does not support item deletion",
                ev(() -> {
                    Abstract.delItem(PyNone.NONE, i(0));
                    return PyNone.NONE;
                }));
        assertEquals("TypeError: 'tuple' object does not support item assignment",
                ev(() -> {
                    Abstract.setItem(t(i(1)), i(0), i(2));
                    return PyNone.NONE;
                }));
    }

    @Test
    void floatPowerSpecialCases() {
        assertEquals("1.0", ev(() -> Abstract.pow(i(1), f(Double.NaN))));
        assertEquals("1.0", ev(() -> Abstract.pow(f(1.0), f(Double.POSITIVE_INFINITY))));
        assertEquals("1.0", ev(() -> Abstract.pow(f(-1.0), f(Double.NEGATIVE_INFINITY))));
        assertEquals("1.0", ev(() -> Abstract.pow(f(Double.NaN), i(0))));
        assertEquals("-8.0", ev(() -> Abstract.pow(f(-2.0), i(3))));
        assertEquals("<class 'complex'>", ev(() -> Abstract.pow(f(-8.0), f(0.5)).getType()));
    }

    @Test
    void rangesBeyondLongs() {
        PyObject big = PyRange.TYPE.call(Abstract.pow(i(10), i(20)));
        assertEquals("range(0, 100000000000000000002, 3000000000000000000)", ev(() ->
                Abstract.getItem(PyRange.TYPE.call(i(0), Abstract.add(Abstract.pow(i(10), i(20)), i(2)),
                        i(3)), new PySlice(null, null, Abstract.pow(i(10), i(18))))));
        assertEquals("99999999999999999999", ev(() -> Abstract.getItem(big, i(-1))));
        assertEquals("OverflowError: Python int too large to convert to C ssize_t",
                ev(() -> PyInt.of(Abstract.len(big))));
    }

    @Test
    void propertyGetterAttributeErrorFallsBackToGetattr() {
        PyType c = TypeSystemTest.newClass("C",
                "p", PyProperty.TYPE.call(new TestFunction("p", a -> {
                    throw Errors.attributeError(a[0], "p", "inner");
                })),
                "__getattr__", new TestFunction("ga", a -> s("fallback")));
        assertEquals("'fallback'", ev(() -> Abstract.getAttr(c.call(), "p")));
        PyType d = TypeSystemTest.newClass("D", "p", PyProperty.TYPE.call(new TestFunction("p", a -> {
            throw Errors.attributeError(a[0], "p", "inner");
        })));
        assertEquals(null, Abstract.lookupAttr(d.call(), "p"));
    }

    @Test
    void subclassableWrappers() {
        PyType acm = TypeSystemTest.subClass("abstractclassmethod",
                new PyObject[] {PyClassMethodObject.TYPE});
        PyObject wrapped = acm.call(new TestFunction("f", a -> a[0]));
        PyType holder = TypeSystemTest.newClass("H", "f", wrapped);
        assertSame(holder, Abstract.getAttr(holder, "f").call());
        PyType meta = TypeSystemTest.subClass("Meta", new PyObject[] {PyType.TYPE});
        PyObject k = meta.call(s("K"), t(), new PyDict());
        assertEquals("<class 'mappingproxy'>", ev(() -> Abstract.getAttr(k, "__dict__").getType()));
    }

    @Test
    void slotWrappersShowAsCPythonShowsThem() {
        assertEquals("<slot wrapper '__add__' of 'int' objects>",
                ev(() -> Abstract.getAttr(PyInt.TYPE, "__add__")));
        assertEquals("<class 'wrapper_descriptor'>",
                ev(() -> Abstract.getAttr(PyInt.TYPE, "__add__").getType()));
        assertEquals("<class 'method-wrapper'>", ev(() -> Abstract.getAttr(i(1), "__add__").getType()));
        assertEquals("<method 'append' of 'list' objects>", ev(() -> Abstract.getAttr(PyList.TYPE, "append")));
        assertEquals("<method '__format__' of 'int' objects>",
                ev(() -> Abstract.getAttr(PyInt.TYPE, "__format__")));
        assertEquals("3", ev(() -> Abstract.getAttr(i(1), "__add__").call(i(2))));
        assertEquals("6", ev(() -> Abstract.callMethod(Abstract.getAttr(PyInt.TYPE, "__add__"), "__get__",
                i(1)).call(i(5))));
    }

    @Test
    void reduceExForCopyAndPickle() {
        PyType a = TypeSystemTest.newClass("A");
        PyObject o = a.call();
        Abstract.setAttr(o, "x", i(1));
        PyTuple r = (PyTuple) Abstract.callMethod(o, "__reduce_ex__", i(2));
        assertEquals("'__newobj__'", ev(() -> Abstract.getAttr(r.get(0), "__name__")));
        assertEquals("(<class '__main__.A'>,)", ev(() -> r.get(1)));
        assertEquals("{'x': 1}", ev(() -> r.get(2)));
        PyObject copy = r.get(0).call(r.get(1).getType() == PyTuple.TYPE ? ((PyTuple) r.get(1)).items()
                : PyObject.EMPTY_ARRAY, null);
        assertSame(a, copy.getType());
        assertEquals("(<class 'int'>, (5,))", ev(() -> Abstract.callMethod(i(5), "__reduce_ex__", i(2))
                .getClass() == PyTuple.class ? t(PyInt.TYPE, t(i(5))) : PyNone.NONE));
    }
}

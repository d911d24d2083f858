package dev.taipan.objects;

import static dev.taipan.objects.Py.*;
import static dev.taipan.objects.StrTest.ev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.PyFunction;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Method objects, builtin docstrings, type {@code __module__}, complex formatting, dict and
 * bytes iterators and constructor messages, each checked against CPython 3.13.
 */
class BuiltinDetailsTest {
    /** A module class with a documented and an undocumented function. */
    static final class DocModule {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyFunction(doc = "Return the answer.")
        static PyObject answer() {
            return i(42);
        }

        @PyFunction
        static PyObject plain() {
            return PyNone.NONE;
        }
    }

    private static Map<String, PyObject> exposeDocModule() {
        Map<String, PyObject> functions = new HashMap<>();
        ModuleExposer.expose(PyNone.NONE, DocModule.class, DocModule.LOOKUP, functions::put);
        return functions;
    }

    private static PyObject attr(PyObject o, String name) {
        return Abstract.getAttr(o, name);
    }

    private static PyBytes b(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void moduleFunctionsCarryTheirDoc() {
        Map<String, PyObject> f = exposeDocModule();
        assertEquals("'Return the answer.'", repr(attr(f.get("answer"), "__doc__")));
        assertSame(PyNone.NONE, attr(f.get("plain"), "__doc__"));
    }

    @Test
    void boundBuiltinMethodsTakeTheDocOfTheirDescriptor() {
        PyObject descr = PyList.TYPE.lookup("append");
        assertEquals("'Append object to the end of the list.'", repr(attr(descr, "__doc__")));
        assertEquals("'Append object to the end of the list.'",
                repr(attr(attr(l(), "append"), "__doc__")));
        // Slot wrappers and __new__ answer __doc__ too.
        assertSame(PyNone.NONE, attr(attr(i(1), "__add__"), "__doc__"));
        assertEquals("'Create and return a new object.  See help(type) for accurate signature.'",
                repr(attr(attr(PyInt.TYPE, "__new__"), "__doc__")));
    }

    @Test
    void boundMethodForwardsUnknownAttributesToItsFunction() {
        PyObject answer = exposeDocModule().get("answer");
        PyBoundMethod m = new PyBoundMethod(answer, i(1));
        assertEquals("'answer'", repr(attr(m, "__name__")));
        assertEquals("'Return the answer.'", repr(attr(m, "__doc__")));
        // The method type's own attributes come first.
        assertSame(answer, attr(m, "__func__"));
        assertSame(PyBoundMethod.TYPE, attr(m, "__class__"));
        assertEquals("AttributeError: 'builtin_function_or_method' object has no attribute 'nope'",
                ev(() -> attr(m, "nope")));
    }

    @Test
    void staticTypeModuleComesFromTheTypeNotItsDict() {
        // function-like types define an instance __module__ getter in their dict.
        assertEquals("'builtins'", repr(attr(TestFunction.TYPE, "__module__")));
        assertEquals("'builtins'", repr(attr(PyInt.TYPE, "__module__")));
    }

    @Test
    void complexFormatPadsTheWholeNumber() {
        PyComplex z = new PyComplex(3, 4);
        assertEquals("'        (3+4j)'", ev(() -> Abstract.format(z, s(">14"))));
        assertEquals("'(3+4j)**'", ev(() -> Abstract.format(z, s("*<8"))));
        assertEquals("' 3.00+4.00j '", ev(() -> Abstract.format(z, s("^12.2f"))));
        assertEquals("'+1.5-2j'", ev(() -> Abstract.format(new PyComplex(1.5, -2), s("+g"))));
        assertEquals("'  -1j'", ev(() -> Abstract.format(new PyComplex(0, -1), s("5"))));
        assertEquals("'(-0+1j)'", ev(() -> Abstract.format(new PyComplex(-0.0, 1), s("<"))));
        assertEquals("'(1.+2.j)'", ev(() -> Abstract.format(new PyComplex(1, 2), s("#"))));
        assertEquals("ValueError: Zero padding is not allowed in complex format specifier",
                ev(() -> Abstract.format(z, s("010"))));
        assertEquals("ValueError: '=' alignment flag is not allowed in complex format specifier",
                ev(() -> Abstract.format(z, s("=10"))));
        assertEquals("ValueError: Unknown format code 'd' for object of type 'complex'",
                ev(() -> Abstract.format(z, s("d"))));
    }

    @Test
    void zeroBeforeWidthFillsUnlessAFillIsGiven() {
        assertEquals("'50000'", ev(() -> Abstract.format(i(5), s("<05"))));
        assertEquals("'-0005'", ev(() -> Abstract.format(i(-5), s("05"))));
        assertEquals("'5xxxx'", ev(() -> Abstract.format(i(5), s("x<05"))));
        assertEquals("'a0000'", ev(() -> Abstract.format(s("a"), s("05"))));
    }

    @Test
    void constructorsNameTheTypeInArgumentErrors() {
        assertEquals("TypeError: tuple expected at most 1 argument, got 2",
                ev(() -> PyTuple.TYPE.call(i(1), i(2))));
        assertEquals("TypeError: frozenset expected at most 1 argument, got 2",
                ev(() -> PyFrozenSet.TYPE.call(i(1), i(2))));
    }

    @Test
    void reversedDictIteratorsHaveTheirOwnTypes() {
        PyDict d = new PyDict();
        d.put(s("a"), i(1));
        d.put(s("b"), i(2));
        PyObject keys = call(d, "__reversed__");
        assertEquals("dict_reversekeyiterator", keys.getType().getName());
        assertEquals("dict_reversevalueiterator",
                call(call(d, "values"), "__reversed__").getType().getName());
        PyObject items = call(call(d, "items"), "__reversed__");
        assertEquals("dict_reverseitemiterator", items.getType().getName());
        assertEquals("[('b', 2), ('a', 1)]", repr(PyList.TYPE.call(items)));
        assertEquals("['b', 'a']", repr(PyList.TYPE.call(keys)));
    }

    @Test
    void bytesIterateAsInts() {
        PyObject it = Abstract.iter(b("a\u00ff"));
        assertEquals("bytes_iterator", it.getType().getName());
        assertEquals("2", repr(call(it, "__length_hint__")));
        assertEquals("97", repr(Abstract.next(it)));
        assertEquals("255", repr(Abstract.next(it)));
        assertNull(Abstract.next(it));
        PyByteArray ba = new PyByteArray(b("x").toByteArray());
        PyObject bit = Abstract.iter(ba);
        assertEquals("bytearray_iterator", bit.getType().getName());
        call(ba, "append", i(1));
        assertEquals("[120, 1]", repr(PyList.TYPE.call(bit)));
    }

    @Test
    void splitlinesBoundaries() {
        assertEquals("[b'a', b'b', b'c', b'd\\x0be\\x0cf\\x1cg\\x85h']",
                repr(call(b("a\nb\rc\r\nd\u000be\u000cf\u001cg\u0085h"), "splitlines")));
        assertEquals("['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']",
                repr(call(s("a\nb\rc\r\nd\u000be\u000cf\u001cg\u001dh\u001ei\u0085j\u2028k\u2029l"),
                        "splitlines")));
    }
}

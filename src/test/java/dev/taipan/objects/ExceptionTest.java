package dev.taipan.objects;

import static dev.taipan.objects.Py.*;
import static dev.taipan.objects.StrTest.ev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The builtin exception hierarchy and the behaviour of its families. */
class ExceptionTest {
    static PyObject kw(PyObject callable, PyObject[] args, String... names) {
        return callable.call(args, names);
    }

    @Test
    void hierarchy() {
        assertEquals(69, ExceptionTypes.ALL.size());
        assertEquals("(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, "
                + "<class 'BaseException'>, <class 'object'>)",
                repr(Abstract.getAttr(ExceptionTypes.ExceptionGroup, "__mro__")));
        assertTrue(ExceptionTypes.TabError.isSubtypeOf(ExceptionTypes.SyntaxError));
        assertTrue(ExceptionTypes.ModuleNotFoundError.isSubtypeOf(ExceptionTypes.ImportError));
        assertTrue(ExceptionTypes.BrokenPipeError.isSubtypeOf(ExceptionTypes.ConnectionError));
        assertTrue(ExceptionTypes.PythonFinalizationError.isSubtypeOf(ExceptionTypes.RuntimeError));
        assertTrue(ExceptionTypes.EncodingWarning.isSubtypeOf(ExceptionTypes.Warning));
        assertTrue(ExceptionTypes.KeyboardInterrupt.getBase() == ExceptionTypes.BaseException);
        assertEquals("<class 'ValueError'>", repr(ExceptionTypes.ValueError));
    }

    @Test
    void baseExceptionBehaviour() {
        PyObject ve = ExceptionTypes.ValueError;
        assertEquals("TypeError: ValueError() takes no keyword arguments",
                error(() -> kw(ve, new PyObject[] {i(1)}, "x")));
        assertEquals("ValueError()", repr(ve.call()));
        assertEquals("ValueError(1)", repr(ve.call(i(1))));
        assertEquals("ValueError(1, 2)", repr(ve.call(i(1), i(2))));
        assertEquals("(1, 2)", str(ve.call(i(1), i(2))));
        assertEquals("'a'", str(ExceptionTypes.KeyError.call(s("a"))));
        assertEquals("KeyError('a')", repr(ExceptionTypes.KeyError.call(s("a"))));
        assertEquals("", str(ExceptionTypes.KeyError.call()));
        assertEquals("TypeError: note must be a str, not 'int'",
                error(() -> Abstract.callMethod(ve.call(), "add_note", i(1))));
        PyObject e = ve.call(s("m"));
        Abstract.callMethod(e, "add_note", s("n1"));
        assertEquals("['n1']", repr(Abstract.getAttr(e, "__notes__")));
        assertEquals("TypeError: exception cause must be None or derive from BaseException",
                error(() -> Abstract.setAttr(ve.call(), "__cause__", i(1))));
        assertEquals("TypeError: exception context must be None or derive from BaseException",
                error(() -> Abstract.setAttr(ve.call(), "__context__", i(1))));
        assertEquals("TypeError: __traceback__ must be a traceback or None",
                error(() -> Abstract.setAttr(ve.call(), "__traceback__", i(1))));
        PyObject cause = ExceptionTypes.TypeError.call();
        Abstract.setAttr(e, "__cause__", cause);
        assertSame(cause, Abstract.getAttr(e, "__cause__"));
        assertEquals("True", repr(Abstract.getAttr(e, "__suppress_context__")));
        assertEquals("(<class 'ValueError'>, (1,))", repr(Abstract.callMethod(ve.call(i(1)), "__reduce__")));
        assertEquals("{}", repr(Abstract.getAttr(ve.call(), "__dict__")));
        assertEquals("ValueError(1)", repr(Abstract.callMethod(ve.call(i(1)), "with_traceback", PyNone.NONE)));
        assertEquals("TypeError: BaseException.__new__(int): int is not a subtype of BaseException",
                error(() -> Abstract.getAttr(ExceptionTypes.BaseException, "__new__").call(PyInt.TYPE)));
    }

    @Test
    void families() {
        assertEquals("None", repr(Abstract.getAttr(ExceptionTypes.StopIteration.call(), "value")));
        assertEquals("1", repr(Abstract.getAttr(ExceptionTypes.StopIteration.call(i(1), i(2)), "value")));
        assertEquals("None", repr(Abstract.getAttr(ExceptionTypes.SystemExit.call(), "code")));
        assertEquals("(1, 2)", repr(Abstract.getAttr(ExceptionTypes.SystemExit.call(i(1), i(2)), "code")));
        assertEquals("'m'", repr(Abstract.str(kw(ExceptionTypes.ImportError,
                new PyObject[] {s("m"), s("n"), s("p")}, "name", "path"))));
        assertEquals("'n'", repr(Abstract.getAttr(kw(ExceptionTypes.ImportError,
                new PyObject[] {s("m"), s("n")}, "name"), "name")));
        assertEquals("TypeError: ImportError() got an unexpected keyword argument 'x'",
                error(() -> kw(ExceptionTypes.ImportError, new PyObject[] {i(1)}, "x")));
        assertEquals("'n'", repr(Abstract.getAttr(kw(ExceptionTypes.NameError,
                new PyObject[] {s("m"), s("n")}, "name"), "name")));
        assertEquals("1", repr(Abstract.getAttr(kw(ExceptionTypes.AttributeError,
                new PyObject[] {s("m"), s("n"), i(1)}, "name", "obj"), "obj")));
        PyBaseException ae = (PyBaseException) Errors.noAttribute(i(1), "zz").getValue();
        assertEquals("'zz'", repr(Abstract.getAttr(ae, "name")));
        assertEquals("1", repr(Abstract.getAttr(ae, "obj")));
    }

    @Test
    void osErrors() {
        PyObject os = ExceptionTypes.OSError;
        assertEquals("FileNotFoundError(2, 'No such file')", repr(os.call(i(2), s("No such file"), s("x"))));
        assertEquals("[Errno 2] No such file: 'x'", str(os.call(i(2), s("No such file"), s("x"))));
        assertEquals("(2, 'x')", repr(Abstract.getAttr(os.call(i(2), s("x"), s("f")), "args")));
        assertEquals("[Errno 1] m: 'a' -> 'b'", str(os.call(new PyObject[] {i(1), s("m"), s("a"), PyNone.NONE, s("b")}, null)));
        assertEquals("1", str(os.call(i(1))));
        assertEquals("[Errno 1] 2", str(os.call(i(1), i(2))));
        assertEquals("<class 'OSError'>", repr(os.call(i(99999), s("x")).getType()));
        assertEquals("<class 'BlockingIOError'>", repr(os.call(i(11), s("x")).getType()));
        assertEquals("3", repr(Abstract.getAttr(ExceptionTypes.BlockingIOError.call(i(1), i(2), i(3)),
                "characters_written")));
        assertEquals("'x'", repr(Abstract.getAttr(os.call(i(2), s("m"), s("x")), "filename")));
        assertEquals("2", repr(Abstract.getAttr(os.call(i(2), s("m"), s("x")), "errno")));
    }

    @Test
    void syntaxAndUnicodeErrors() {
        PyObject se = ExceptionTypes.SyntaxError;
        assertEquals("m (f.py, line 1)", str(se.call(s("m"), t(s("f.py"), i(1), i(2), s("x"), i(1), i(3)))));
        assertEquals("m", str(se.call(s("m"))));
        assertEquals("m (line 1)", str(se.call(s("m"), t(PyNone.NONE, i(1), i(2), s("x")))));
        assertEquals("3", repr(Abstract.getAttr(se.call(s("m"), t(s("f.py"), i(1), i(2), s("x"), i(1),
                i(3))), "end_offset")));
        assertEquals("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                str(ExceptionTypes.UnicodeDecodeError.call(new PyObject[] {s("utf-8"),
                    new PyBytes(new byte[] {-1}), i(0), i(1), s("invalid start byte")}, null)));
        assertEquals("'ascii' codec can't encode character '\\u1234' in position 0: bad",
                str(ExceptionTypes.UnicodeEncodeError.call(new PyObject[] {s("ascii"), s("\u1234"),
                    i(0), i(1), s("bad")}, null)));
        assertEquals("'ascii' codec can't encode characters in position 0-1: bad",
                str(ExceptionTypes.UnicodeEncodeError.call(new PyObject[] {s("ascii"), s("\u00e9x"),
                    i(0), i(2), s("bad")}, null)));
    }

    @Test
    void exceptionGroups() {
        PyObject g = ExceptionTypes.ExceptionGroup.call(s("eg"), l(ExceptionTypes.ValueError.call(i(1))));
        assertEquals("eg (1 sub-exception)", str(g));
        assertEquals("ExceptionGroup('eg', [ValueError(1), TypeError()])",
                repr(ExceptionTypes.ExceptionGroup.call(s("eg"),
                        l(ExceptionTypes.ValueError.call(i(1)), ExceptionTypes.TypeError.call()))));
        assertEquals("<class 'ExceptionGroup'>", repr(ExceptionTypes.BaseExceptionGroup.call(s("x"),
                l(ExceptionTypes.ValueError.call())).getType()));
        assertEquals("TypeError: Cannot nest BaseExceptions in an ExceptionGroup",
                error(() -> ExceptionTypes.ExceptionGroup.call(s("eg"),
                        l(ExceptionTypes.KeyboardInterrupt.call()))));
        assertEquals("ValueError: second argument (exceptions) must be a non-empty sequence",
                error(() -> ExceptionTypes.ExceptionGroup.call(s("eg"), l())));
        PyObject mixed = ExceptionTypes.ExceptionGroup.call(s("eg"),
                l(ExceptionTypes.ValueError.call(i(1)), ExceptionTypes.TypeError.call(i(2))));
        PyObject parts = Abstract.callMethod(mixed, "split", ExceptionTypes.ValueError);
        assertEquals("(ExceptionGroup('eg', [ValueError(1)]), ExceptionGroup('eg', [TypeError(2)]))",
                repr(parts));
        assertEquals("None", repr(Abstract.callMethod(mixed, "subgroup", ExceptionTypes.KeyError)));
    }

    @Test
    void javaSide() {
        PyException e = Errors.typeError("bad %s", "thing");
        assertEquals("TypeError: bad thing", e.getMessage());
        assertTrue(e.matches(ExceptionTypes.Exception));
        assertNull(e.getStackTrace().length == 0 ? null : "has stack");
        assertSame(e, e.getValue().toJava());
        assertEquals("'bad thing'", ev(() -> Abstract.getItem(Abstract.getAttr(e.getValue(), "args"), i(0))));
    }
}

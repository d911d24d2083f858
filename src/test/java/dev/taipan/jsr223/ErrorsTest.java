package dev.taipan.jsr223;

import dev.taipan.api.PythonException;
import dev.taipan.api.PythonScriptException;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Python exceptions and syntax errors reach the host as {@code ScriptException}s with positions. */
class ErrorsTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");

    @Test
    void runtimeErrorHasFileLineColumnAndTraceback() {
        ScriptException e = assertThrows(ScriptException.class,
                () -> engine.eval("x = 1\ny = 0\nz = x / y\n"));
        assertEquals("<script>", e.getFileName());
        assertEquals(3, e.getLineNumber());
        assertEquals(5, e.getColumnNumber());
        assertTrue(e.getMessage().startsWith("Traceback (most recent call last):\n"
                + "  File \"<script>\", line 3, in <module>\n"), e.getMessage());
        assertTrue(e.getMessage().contains("ZeroDivisionError: division by zero"), e.getMessage());
        assertInstanceOf(PythonException.class, e.getCause());
        PythonScriptException pe = assertInstanceOf(PythonScriptException.class, e);
        assertEquals("ZeroDivisionError", pe.getPythonType());
        assertEquals("division by zero", pe.getPythonMessage());
        assertTrue(pe.getTraceback().endsWith("ZeroDivisionError: division by zero"), pe.getTraceback());
        assertEquals("ZeroDivisionError", pe.getCause().exception().typeName());
    }

    @Test
    void theFileNameComesFromTheContext() {
        engine.put(ScriptEngine.FILENAME, "report.py");
        ScriptException e = assertThrows(ScriptException.class,
                () -> engine.eval("def f(d):\n    return d['missing']\n\nf({})"));
        assertEquals("report.py", e.getFileName());
        assertEquals(2, e.getLineNumber(), "the innermost line of the script");
        assertTrue(e.getMessage().contains("File \"report.py\", line 4, in <module>"), e.getMessage());
        assertTrue(e.getMessage().contains("KeyError: 'missing'"), e.getMessage());
    }

    @Test
    void anErrorInTheFinalExpressionIsPlacedToo() {
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("a = 1\n\nundefined_name + a"));
        assertEquals(3, e.getLineNumber());
        assertEquals(1, e.getColumnNumber());
        assertTrue(e.getMessage().contains("NameError: name 'undefined_name' is not defined"), e.getMessage());
    }

    @Test
    void syntaxErrorHasItsPosition() {
        engine.put(ScriptEngine.FILENAME, "bad.py");
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("x = 1\nif x\n    pass\n"));
        assertEquals("bad.py", e.getFileName());
        assertEquals(2, e.getLineNumber());
        assertEquals(5, e.getColumnNumber());
        assertTrue(e.getMessage().contains("SyntaxError: expected ':'"), e.getMessage());
        assertTrue(e.getMessage().contains("File \"bad.py\", line 2"), e.getMessage());
    }

    @Test
    void syntaxErrorOfCompileHasItsPositionToo() {
        ScriptException e = assertThrows(ScriptException.class,
                () -> ((javax.script.Compilable) engine).compile("a = (1,\nb = 2"));
        assertEquals("<script>", e.getFileName());
        assertTrue(e.getLineNumber() >= 1, "line " + e.getLineNumber());
        assertTrue(e.getMessage().contains("SyntaxError"), e.getMessage());
    }

    @Test
    void theEngineStaysUsableAfterAnError() throws ScriptException {
        StringWriter err = new StringWriter();
        engine.getContext().setErrorWriter(err);
        assertThrows(ScriptException.class, () -> engine.eval("raise ValueError('no')"));
        assertEquals(2, engine.eval("1 + 1"));
        assertEquals("", err.toString(), "the traceback goes to the exception, not to stderr");
    }

    @Test
    void systemExitIsAnErrorForTheHost() {
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("import sys\nsys.exit(3)"));
        assertTrue(e.getMessage().contains("SystemExit: 3"), e.getMessage());
    }

    @Test
    void aUserExceptionTypeIsQualifiedByItsModule() {
        PythonScriptException e = assertThrows(PythonScriptException.class,
                () -> engine.eval("import json\njson.loads('[1,')"));
        assertEquals("json.decoder.JSONDecodeError", e.getPythonType());
        assertTrue(e.getPythonMessage().startsWith("Expecting value: line 1 column 4"), e.getPythonMessage());
        PythonScriptException mine = assertThrows(PythonScriptException.class,
                () -> engine.eval("class Oops(Exception):\n    pass\nraise Oops('x')"));
        assertEquals("Oops", mine.getPythonType(), "__main__ is not named");
        assertEquals(3, mine.getLineNumber());
    }

    @Test
    void theLineOffsetCoversPrependedCode() {
        engine.put("python.lineOffset", 2);
        ScriptException e = assertThrows(ScriptException.class,
                () -> engine.eval("import math\nimport sys\n\nx = 1 / 0\n"));
        assertEquals(2, e.getLineNumber(), "line 4 less the 2 prepended lines");
        ScriptException syntax = assertThrows(ScriptException.class, () -> engine.eval("a = 1\nb = 2\nc = (\n"));
        assertEquals(1, syntax.getLineNumber());
    }
}

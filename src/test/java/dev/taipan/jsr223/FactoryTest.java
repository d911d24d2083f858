package dev.taipan.jsr223;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import javax.script.SimpleScriptContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Finding the engine through {@code ScriptEngineManager}, and what its factory says. */
class FactoryTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();

    @Test
    void foundByEveryName() {
        for (String name : List.of("python", "python3", "py", "taipan")) {
            assertInstanceOf(TaipanScriptEngine.class, manager.getEngineByName(name), name);
        }
    }

    @Test
    void foundByExtensionAndMimeType() {
        assertInstanceOf(TaipanScriptEngine.class, manager.getEngineByExtension("py"));
        for (String mime : List.of("text/x-python", "application/x-python", "text/python", "application/python")) {
            assertInstanceOf(TaipanScriptEngine.class, manager.getEngineByMimeType(mime), mime);
        }
    }

    @Test
    void eachLookupMakesANewEngine() {
        assertNotSame(manager.getEngineByName("python"), manager.getEngineByName("python"));
    }

    @Test
    void describesItself() {
        ScriptEngineFactory f = manager.getEngineByName("python").getFactory();
        assertEquals("Taipan", f.getEngineName());
        assertEquals("python", f.getLanguageName());
        assertEquals("3.13", f.getLanguageVersion());
        assertNotNull(f.getEngineVersion());
        assertEquals(List.of("py"), f.getExtensions());
        assertEquals(List.of("python", "python3", "py", "taipan"), f.getNames());
    }

    @Test
    void answersTheStandardParameters() {
        ScriptEngineFactory f = new TaipanScriptEngineFactory();
        assertEquals("Taipan", f.getParameter(ScriptEngine.ENGINE));
        assertEquals(f.getEngineVersion(), f.getParameter(ScriptEngine.ENGINE_VERSION));
        assertEquals("python", f.getParameter(ScriptEngine.LANGUAGE));
        assertEquals("3.13", f.getParameter(ScriptEngine.LANGUAGE_VERSION));
        assertEquals("python", f.getParameter(ScriptEngine.NAME));
        assertEquals("MULTITHREADED", f.getParameter("THREADING"));
        assertNull(f.getParameter("no such key"));
    }

    @Test
    void generatedSyntaxRunsAsPython() throws Exception {
        ScriptEngineFactory f = new TaipanScriptEngineFactory();
        String tricky = "it's \"quoted\"\\ with a\nnewline and \u00e9";
        String program = f.getProgram(
                "s = 'abc'",
                "r = " + f.getMethodCallSyntax("s", "replace", "'b'", "'x'"),
                f.getOutputStatement(tricky),
                f.getOutputStatement("r is " + "axc"));
        ScriptEngine engine = f.getScriptEngine();
        StringWriter out = new StringWriter();
        ScriptContext ctx = new SimpleScriptContext();
        ctx.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
        ctx.setWriter(out);
        engine.eval(program, ctx);
        assertEquals(tricky + "\nr is axc\n", out.toString());
        assertEquals("axc", ctx.getAttribute("r"));
    }
}

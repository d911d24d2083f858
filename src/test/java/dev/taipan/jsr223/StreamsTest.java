package dev.taipan.jsr223;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.SimpleScriptContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code print}, {@code sys.stderr} and {@code input()} go to the current evaluation's context. */
class StreamsTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");

    private ScriptContext context(StringWriter out, StringWriter err, String input) {
        ScriptContext ctx = new SimpleScriptContext();
        ctx.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
        ctx.setWriter(out);
        ctx.setErrorWriter(err);
        ctx.setReader(new StringReader(input));
        return ctx;
    }

    @Test
    void printWritesToTheContextWriter() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        engine.eval("import sys\nprint('hello', 42)\nsys.stdout.write('raw\\n')\nprint('oops', file=sys.stderr)",
                context(out, err, ""));
        assertEquals("hello 42\nraw\n", out.toString());
        assertEquals("oops\n", err.toString());
    }

    @Test
    void inputReadsTheContextReader() throws Exception {
        StringWriter out = new StringWriter();
        Object got = engine.eval("a = input('name? ')\nb = input()\na + '/' + b",
                context(out, new StringWriter(), "ada\nlovelace\n"));
        assertEquals("ada/lovelace", got);
        assertEquals("name? ", out.toString());
    }

    @Test
    void theDefaultContextIsUsedOtherwise() throws Exception {
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        engine.eval("print('default')");
        assertEquals("default\n", out.toString());
    }

    @Test
    void twoThreadsPrintIntoTheirOwnWritersOnly() throws Exception {
        StringWriter outA = new StringWriter();
        StringWriter outB = new StringWriter();
        ScriptContext a = context(outA, new StringWriter(), "");
        ScriptContext b = context(outB, new StringWriter(), "");
        a.setAttribute("tag", "A", ScriptContext.ENGINE_SCOPE);
        b.setAttribute("tag", "B", ScriptContext.ENGINE_SCOPE);
        String script = "for i in range(2000):\n    print(tag, i)\n";
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> fa = pool.submit(() -> {
                start.await();
                return engine.eval(script, a);
            });
            Future<?> fb = pool.submit(() -> {
                start.await();
                return engine.eval(script, b);
            });
            start.countDown();
            fa.get();
            fb.get();
        } finally {
            pool.shutdown();
        }
        checkOnly(outA.toString(), "A");
        checkOnly(outB.toString(), "B");
    }

    private static void checkOnly(String text, String tag) {
        String[] lines = text.split("\n");
        assertEquals(2000, lines.length);
        for (int i = 0; i < lines.length; i++) {
            assertEquals(tag + " " + i, lines[i]);
        }
        assertTrue(text.endsWith("\n"));
    }
}

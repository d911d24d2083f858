package dev.taipan.jsr223;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A compiled script runs many times, with any bindings or context, from any thread. */
class CompilableTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
    private final Compilable compilable = (Compilable) engine;

    @Test
    void evaluatesManyTimesWithDifferentBindings() throws Exception {
        CompiledScript square = compilable.compile("result = n * n\nresult");
        assertSame(engine, square.getEngine());
        for (int n = 0; n < 5; n++) {
            Bindings b = engine.createBindings();
            b.put("n", n);
            assertEquals(n * n, square.eval(b));
            assertEquals(n * n, b.get("result"));
        }
        SimpleBindings simple = new SimpleBindings();
        simple.put("n", 9);
        assertEquals(81, square.eval(simple));
        assertEquals(81, simple.get("result"));
    }

    @Test
    void keepsStateInTheDefaultContext() throws Exception {
        CompiledScript counter = compilable.compile(new StringReader("count = globals().get('count', 0) + 1\ncount"));
        assertEquals(1, counter.eval());
        assertEquals(2, counter.eval());
        assertEquals(2, engine.get("count"));
    }

    @Test
    void runsFromManyThreadsWithTheirOwnContexts() throws Exception {
        CompiledScript script = compilable.compile("total = 0\nfor i in range(n):\n    total += i\nprint(total)\ntotal");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> results = new ArrayList<>();
            List<StringWriter> outs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                ScriptContext ctx = new SimpleScriptContext();
                ctx.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
                ctx.setAttribute("n", 1000 * (t + 1), ScriptContext.ENGINE_SCOPE);
                StringWriter out = new StringWriter();
                ctx.setWriter(out);
                outs.add(out);
                results.add(pool.submit(() -> script.eval(ctx)));
            }
            for (int t = 0; t < 8; t++) {
                long n = 1000L * (t + 1);
                int expected = (int) (n * (n - 1) / 2);
                assertEquals(expected, results.get(t).get());
                assertEquals(expected + "\n", outs.get(t).toString());
            }
        } finally {
            pool.shutdown();
        }
    }
}

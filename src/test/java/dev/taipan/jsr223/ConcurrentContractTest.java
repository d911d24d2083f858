package dev.taipan.jsr223;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One engine used by many threads at once, as {@code THREADING = MULTITHREADED} promises: each
 * evaluation sees only its own context's bindings and writers, byte for byte.
 */
class ConcurrentContractTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 25;

    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");

    @Test
    void manyThreadsEvaluateWithTheirOwnContexts() throws Exception {
        String script = "total = 0\nfor i in range(n):\n    total += i\n    print(f'{tag}:{i}')\n"
                + "import sys\nprint(tag, 'err', file=sys.stderr)\ntotal";
        runOnThreads(t -> {
            for (int round = 0; round < ROUNDS; round++) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                ScriptContext ctx = context(out, err);
                ctx.setAttribute("tag", "T" + t, ScriptContext.ENGINE_SCOPE);
                ctx.setAttribute("n", 40 + t, ScriptContext.ENGINE_SCOPE);
                Object total = engine.eval(script, ctx);
                int n = 40 + t;
                assertEquals(n * (n - 1) / 2, total);
                assertEquals(expectedLines("T" + t, n), out.toString());
                assertEquals("T" + t + " err\n", err.toString());
                assertEquals(n * (n - 1) / 2, ctx.getAttribute("total"), "assignments land in ENGINE_SCOPE");
            }
        });
    }

    @Test
    void oneCompiledScriptOnManyThreads() throws Exception {
        CompiledScript compiled = ((Compilable) engine).compile("print('hello', who)\nlen(who)");
        runOnThreads(t -> {
            for (int round = 0; round < ROUNDS; round++) {
                StringWriter out = new StringWriter();
                ScriptContext ctx = context(out, new StringWriter());
                String who = "thread-" + t + "-" + round;
                ctx.setAttribute("who", who, ScriptContext.ENGINE_SCOPE);
                assertEquals(who.length(), compiled.eval(ctx));
                assertEquals("hello " + who + "\n", out.toString());
            }
        });
    }

    @Test
    void invocableCallsFromManyThreads() throws Exception {
        engine.eval("def square(x):\n    return x * x\nclass Greeter:\n    def greet(self, name):\n"
                + "        return 'hi ' + name\n");
        Object greeter = engine.eval("Greeter()");
        Invocable inv = (Invocable) engine;
        runOnThreads(t -> {
            for (int i = 0; i < 200; i++) {
                assertEquals(i * i, inv.invokeFunction("square", i));
                assertEquals("hi " + t, inv.invokeMethod(greeter, "greet", "" + t));
            }
        });
    }

    @Test
    void proxyCallsFromAnotherThreadUseTheEngineContext() throws Exception {
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        engine.eval("def run():\n    print('ran')\n");
        Runnable r = ((Invocable) engine).getInterface(Runnable.class);
        // The other thread has its own evaluation with its own writer going on around the call.
        StringWriter other = new StringWriter();
        ScriptContext ctx = context(other, new StringWriter());
        ctx.setAttribute("r", null, ScriptContext.ENGINE_SCOPE);
        Thread thread = new Thread(() -> {
            try {
                engine.eval("print('other')", ctx);
                r.run();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        thread.start();
        thread.join(10_000);
        assertEquals("ran\n", out.toString());
        assertEquals("other\n", other.toString());
    }

    private interface Body {
        void run(int thread) throws Exception;
    }

    private static void runOnThreads(Body body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int id = t;
                futures.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    body.run(id);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ScriptContext context(StringWriter out, StringWriter err) {
        SimpleScriptContext ctx = new SimpleScriptContext();
        ctx.setBindings(new SimpleBindings(), ScriptContext.ENGINE_SCOPE);
        ctx.setWriter(out);
        ctx.setErrorWriter(err);
        return ctx;
    }

    private static String expectedLines(String tag, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(tag).append(':').append(i).append('\n');
        }
        return b.toString();
    }
}

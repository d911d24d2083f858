package dev.taipan.jsr223;

import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Engines a host drops are garbage, even when pooled threads that outlive them evaluated in them
 * (their per-thread state must not pin the engine).
 */
class EngineLifetimeTest {
    @Test
    void droppedEnginesAreCollectedThoughTheirThreadsLiveOn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<WeakReference<ScriptEngine>> refs = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
                int n = i;
                assertEquals(n * 2, pool.submit(() -> engine.eval("import json, decimal, threading\ndecimal.getcontext().prec = 10\nloc = threading.local()\nloc.v = [1]\nx = " + n + "\nx * 2")).get());
                assertEquals(n, pool.submit(() -> ((javax.script.Invocable) engine)
                        .invokeFunction("abs", -n)).get());
                refs.add(new WeakReference<>(engine));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (refs.stream().anyMatch(r -> r.get() != null) && System.nanoTime() < deadline) {
                System.gc();
                Thread.sleep(50);
            }
            long alive = refs.stream().filter(r -> r.get() != null).count();
            assertTrue(alive == 0, alive + " of 10 dropped engines are still reachable");
        } finally {
            pool.shutdownNow();
        }
    }
}

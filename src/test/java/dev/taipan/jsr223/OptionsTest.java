package dev.taipan.jsr223;

import dev.taipan.api.EngineOptions;
import dev.taipan.api.Taipan;
import dev.taipan.api.ThreadingMode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Engine options: the typed builder, {@code python.*} bindings keys, and when they may change. */
class OptionsTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();

    @Test
    void bindingsKeysSetOptionsBeforeTheFirstEvaluation() throws ScriptException {
        ScriptEngine engine = manager.getEngineByName("python");
        engine.put("python.threading", "free");
        engine.put("python.recursionlimit", 321);
        assertEquals("free", engine.get("python.threading"), "reading an option does not freeze it");
        engine.put("python.threading", "gil");
        engine.put("python.threading", "free");
        assertEquals(false, engine.eval("import sys\nsys._is_gil_enabled()"));
        assertEquals(321, engine.eval("sys.getrecursionlimit()"));
        assertNull(engine.eval("globals().get('python.threading')"), "options are not Python names");
    }

    @Test
    void theDefaultIsTheGil() throws ScriptException {
        ScriptEngine engine = manager.getEngineByName("python");
        assertEquals(true, engine.eval("import sys\nsys._is_gil_enabled()"));
    }

    @Test
    void changingAnOptionAfterTheFirstEvaluationFails() throws ScriptException {
        ScriptEngine engine = manager.getEngineByName("python");
        engine.put("python.recursionlimit", "500");
        engine.eval("1");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> engine.put("python.recursionlimit", 600));
        assertTrue(e.getMessage().contains("python.recursionlimit"), e.getMessage());
        engine.put("python.recursionlimit", 500);
        assertEquals(500, engine.get("python.recursionlimit"), "the same value may be put again");
        assertThrows(IllegalStateException.class, () -> engine.put("python.threading", "free"));
        engine.put("python.threading", "gil");
    }

    @Test
    void unknownKeysAndBadValuesAreRefusedAtOnce() {
        ScriptEngine engine = manager.getEngineByName("python");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> engine.put("python.threads", "free"));
        assertTrue(unknown.getMessage().contains("python.threads"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> engine.put("python.threading", "fast"));
        assertThrows(IllegalArgumentException.class, () -> engine.put("python.recursionlimit", "many"));
        assertThrows(IllegalArgumentException.class, () -> engine.put("python.recursionlimit", 0));
        assertThrows(IllegalArgumentException.class, () -> engine.put("python.hostAccess", "java.util.List;rm"));
        assertNull(engine.get("python.threads"));
    }

    @Test
    void foreignBindingsCanSetOptionsForTheFirstEvaluation() throws ScriptException {
        ScriptEngine engine = manager.getEngineByName("python");
        Bindings b = new SimpleBindings();
        b.put("python.argv", List.of("tool.py", "--fast"));
        b.put("x", 1);
        assertEquals(List.of("tool.py", "--fast"), engine.eval("import sys\nsys.argv", b));
        b.put("python.argv", List.of("other.py"));
        assertThrows(IllegalStateException.class, () -> engine.eval("x", b),
                "foreign bindings cannot refuse the put, so the evaluation refuses the change");
        b.remove("python.argv");
        assertEquals(1, engine.eval("x", b));
    }

    @Test
    void pathDirectoriesComeFirstOnSysPath(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("helper_mod_for_options.py"), "ANSWER = 42\n");
        ScriptEngine engine = manager.getEngineByName("python");
        engine.put("python.path", dir.toString());
        assertEquals(42, engine.eval("import helper_mod_for_options\nhelper_mod_for_options.ANSWER"));
        assertEquals(dir.toString(), engine.eval("import sys\nsys.path[0]"));
    }

    @Test
    void theTypedBuilderSetsTheSameOptions() throws ScriptException {
        try (TaipanScriptEngine engine = Taipan.newEngine().threading(ThreadingMode.FREE).recursionLimit(777)
                .argv("a.py", "b").build()) {
            assertEquals(ThreadingMode.FREE, engine.options().threading());
            assertEquals(false, engine.eval("import sys\nsys._is_gil_enabled()"));
            assertEquals(777, engine.eval("sys.getrecursionlimit()"));
            assertEquals(List.of("a.py", "b"), engine.eval("sys.argv"));
            assertTrue(engine.isStarted());
        }
        assertThrows(IllegalArgumentException.class, () -> Taipan.newEngine().option("python.nope", 1));
        assertEquals(ThreadingMode.FREE, Taipan.newEngine().option(EngineOptions.THREADING, "FREE").options().threading());
    }

    @Test
    void eachEngineIsItsOwnInterpreter() throws ScriptException {
        ScriptEngine a = manager.getEngineByName("python");
        ScriptEngine b = manager.getEngineByName("python");
        a.eval("import sys\nsys.setrecursionlimit(2000)\nimport json\njson.marker = 'a'");
        assertEquals(1000, b.eval("import sys\nsys.getrecursionlimit()"));
        assertEquals(false, b.eval("import json\nhasattr(json, 'marker')"));
        assertEquals(false, b.eval("'json' in sys.modules and sys.modules['json'] is None"));
    }

    @Test
    void aClosedEngineRefusesEvaluation() throws ScriptException {
        TaipanScriptEngine engine = Taipan.newEngine().build();
        assertEquals(2, engine.eval("1 + 1"));
        engine.close();
        assertTrue(engine.isClosed());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> engine.eval("1 + 1"));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> engine.invokeFunction("len", "abc"));
        engine.close();
        TaipanScriptEngine unused = Taipan.newEngine().build();
        unused.close();
        assertThrows(IllegalStateException.class, () -> unused.eval("1"));
        assertFalse(unused.isStarted());
    }

    @Test
    void engineScopeOptionsOfTheDefaultContextAreVisibleAsBindings() {
        ScriptEngine engine = manager.getEngineByName("python");
        engine.put("python.lineOffset", 3);
        Bindings b = engine.getBindings(ScriptContext.ENGINE_SCOPE);
        assertTrue(b.containsKey("python.lineOffset"));
        assertTrue(b.keySet().contains("python.lineOffset"));
        b.remove("python.lineOffset");
        assertFalse(b.containsKey("python.lineOffset"));
    }

    @Test
    void closingStopsThePythonThreadsTheEngineStarted() throws Exception {
        TaipanScriptEngine engine = Taipan.newEngine().build();
        engine.eval("import threading, time\nstarted = threading.Event()\nstate = {'spins': 0}\n"
                + "def spin():\n    started.set()\n    while True:\n        state['spins'] += 1\n"
                + "def sleeper():\n    while True:\n        time.sleep(0.01)\n"
                + "threads = [threading.Thread(target=spin, daemon=True), threading.Thread(target=sleeper)]\n"
                + "for t in threads:\n    t.start()\nstarted.wait(10)\n");
        assertEquals(true, engine.eval("all(t.is_alive() for t in threads)"));
        Object threads = engine.get("threads");
        engine.close();
        TaipanScriptEngine check = engine;
        assertThrows(IllegalStateException.class, () -> check.eval("1"));
        long deadline = System.nanoTime() + 10_000_000_000L;
        boolean alive = true;
        while (alive && System.nanoTime() < deadline) {
            alive = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.isAlive() && (t.getName().endsWith("(spin)") || t.getName().endsWith("(sleeper)")));
            if (alive) {
                Thread.sleep(20);
            }
        }
        assertFalse(alive, "the engine's Python threads ended");
        assertTrue(threads != null);
    }
}

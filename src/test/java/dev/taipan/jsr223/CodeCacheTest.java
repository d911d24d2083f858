package dev.taipan.jsr223;

import dev.taipan.api.Taipan;
import dev.taipan.cache.CodeCache;
import dev.taipan.cache.SourceKey;
import dev.taipan.interp.Interpreter;
import dev.taipan.objects.PyObject;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import javax.script.CompiledScript;
import javax.script.ScriptException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The code cache: compile once, statistics, weight bound, and no engine's objects inside. */
class CodeCacheTest {
    @Test
    void theSameTextIsCompiledOnce() throws ScriptException {
        CodeCache cache = CodeCache.create(1 << 20);
        try (TaipanScriptEngine engine = Taipan.newEngine().codeCache(cache).build()) {
            for (int i = 0; i < 5; i++) {
                assertEquals(42, engine.eval("x = 21\nx * 2"));
            }
            CompiledScript compiled = engine.compile("x = 21\nx * 2");
            assertEquals(42, compiled.eval());
            CodeCache.Stats stats = cache.stats();
            assertEquals(1, stats.misses(), stats.toString());
            assertEquals(5, stats.hits(), stats.toString());
            assertEquals(1, stats.loads());
            assertEquals(1, stats.entries());
            assertTrue(stats.weight() > 0 && stats.totalLoadNanos() > 0, stats.toString());
        }
    }

    @Test
    void importedModulesAreCompiledOncePerCache() throws ScriptException {
        CodeCache cache = CodeCache.create(16 << 20);
        try (TaipanScriptEngine a = Taipan.newEngine().codeCache(cache).build();
                TaipanScriptEngine b = Taipan.newEngine().codeCache(cache).build()) {
            assertEquals("a b", a.eval("import textwrap\ntextwrap.dedent('  a b')"));
            CodeCache.Stats afterFirst = cache.stats();
            assertTrue(afterFirst.misses() >= 2, "the script and the module files: " + afterFirst);
            assertEquals("c", b.eval("import textwrap\ntextwrap.dedent(' c')"));
            CodeCache.Stats afterSecond = cache.stats();
            assertEquals(afterFirst.misses() + 1, afterSecond.misses(), "only the new script text: " + afterSecond);
            assertTrue(afterSecond.hits() >= afterFirst.hits() + afterFirst.misses() - 1, afterSecond.toString());
        }
    }

    @Test
    void fileNameIsPartOfTheKey() throws ScriptException {
        CodeCache cache = CodeCache.create(1 << 20);
        try (TaipanScriptEngine engine = Taipan.newEngine().codeCache(cache).build()) {
            engine.eval("1 + 1");
            engine.put(javax.script.ScriptEngine.FILENAME, "other.py");
            engine.eval("1 + 1");
            assertEquals(2, cache.stats().misses());
        }
    }

    @Test
    void syntaxErrorsAreNotCached() {
        CodeCache cache = CodeCache.create(1 << 20);
        try (TaipanScriptEngine engine = Taipan.newEngine().codeCache(cache).build()) {
            assertThrows(ScriptException.class, () -> engine.eval("x ="));
            assertThrows(ScriptException.class, () -> engine.eval("x ="));
            CodeCache.Stats stats = cache.stats();
            assertEquals(2, stats.loadFailures(), stats.toString());
            assertEquals(0, stats.entries());
        }
    }

    @Test
    void theWeightBoundEvicts() throws ScriptException {
        CodeCache cache = CodeCache.create(4_000);
        try (TaipanScriptEngine engine = Taipan.newEngine().codeCache(cache).build()) {
            for (int i = 0; i < 200; i++) {
                assertEquals(i, engine.eval("value_" + i + " = " + i + "\nvalue_" + i));
            }
            CodeCache.Stats stats = cache.stats();
            assertTrue(stats.evictions() > 0, stats.toString());
            assertTrue(stats.weight() <= 4_000, stats.toString());
        }
    }

    @Test
    void enginesShareCodeButNotObjects() throws Exception {
        CodeCache cache = CodeCache.create(1 << 20);
        String source = "class Box:\n    items = [1, 2]\nb = Box()\ndef f(x=(1, 'two', 3.0)):\n    return x\n"
                + "big = 2 ** 100\nfrozen = 'a' in {'a', 'b'}\nf()";
        try (TaipanScriptEngine a = Taipan.newEngine().codeCache(cache).build();
                TaipanScriptEngine b = Taipan.newEngine().codeCache(cache).build()) {
            a.eval(source);
            b.eval(source);
            assertEquals(1, cache.stats().misses());
            Object code = cache.getIfPresent(new SourceKey(source, "<script>", ScriptCode.SCRIPT_FLAGS));
            assertNotNull(code);
            assertSame(code, cache.getIfPresent(new SourceKey(source, "<script>", ScriptCode.SCRIPT_FLAGS)));
            for (Object reached : reachableFrom(code)) {
                if (reached instanceof PyObject || reached instanceof Interpreter || reached instanceof TaipanScriptEngine) {
                    fail("the cached code reaches an engine's object: " + reached.getClass().getName());
                }
            }
        }
    }

    /** Every object reachable from {@code root} through instance fields and array elements. */
    private static Set<Object> reachableFrom(Object root) throws IllegalAccessException {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (!seen.add(o)) {
                continue;
            }
            Class<?> c = o.getClass();
            if (c.isArray()) {
                if (!c.getComponentType().isPrimitive()) {
                    for (int i = 0; i < Array.getLength(o); i++) {
                        Object e = Array.get(o, i);
                        if (e != null) {
                            todo.push(e);
                        }
                    }
                }
                continue;
            }
            if (o instanceof java.util.Map<?, ?> m) {
                m.forEach((k, v) -> {
                    if (k != null) {
                        todo.push(k);
                    }
                    if (v != null) {
                        todo.push(v);
                    }
                });
                continue;
            }
            if (o instanceof Iterable<?> items && c.getName().startsWith("java.")) {
                items.forEach(e -> {
                    if (e != null) {
                        todo.push(e);
                    }
                });
                continue;
            }
            if (c.getName().startsWith("java.")) {
                continue;
            }
            for (; c != null && !c.getName().startsWith("java."); c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    f.setAccessible(true);
                    Object v = f.get(o);
                    if (v != null) {
                        todo.push(v);
                    }
                }
            }
        }
        return seen;
    }
}

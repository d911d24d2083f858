package dev.taipan.jsr223;

import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link TaipanBindings} keeps the {@code Map} and {@code Bindings} contracts. */
class TaipanBindingsTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();
    private final ScriptEngine engine = manager.getEngineByName("python");

    @Test
    void keysFollowTheBindingsContract() {
        Bindings b = engine.createBindings();
        assertThrows(NullPointerException.class, () -> b.put(null, 1));
        assertThrows(IllegalArgumentException.class, () -> b.put("", 1));
        assertThrows(NullPointerException.class, () -> b.get(null));
        assertThrows(ClassCastException.class, () -> b.get(1));
        assertThrows(IllegalArgumentException.class, () -> b.put("__builtins__", 1));
    }

    @Test
    void behavesAsAMap() {
        Bindings b = engine.createBindings();
        assertNull(b.put("a", 1));
        assertEquals(1, b.put("a", 2));
        b.putAll(Map.of("b", "x", "c", List.of()));
        assertEquals(3, b.size());
        assertEquals(Map.of("a", 2, "b", "x", "c", List.of()), Map.copyOf(b));
        for (Iterator<Map.Entry<String, Object>> it = b.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Object> e = it.next();
            if (e.getKey().equals("a")) {
                e.setValue(3);
            } else if (e.getKey().equals("b")) {
                it.remove();
            }
        }
        assertEquals(3, b.get("a"));
        assertFalse(b.containsKey("b"));
        assertEquals(List.of(), b.remove("c"));
        b.put("none", null);
        assertTrue(b.containsKey("none"));
        assertNull(b.get("none"));
        b.clear();
        assertTrue(b.isEmpty());
    }

    @Test
    void clearKeepsTheNamespaceUsable() throws ScriptException {
        engine.eval("x = 1");
        engine.getBindings(ScriptContext.ENGINE_SCOPE).clear();
        assertEquals(2, engine.eval("len([1, 2])"));
        assertEquals(false, engine.eval("'x' in globals()"));
    }

    @Test
    void engineBindingsCanBeTheGlobalScope() throws ScriptException {
        Bindings shared = engine.createBindings();
        shared.put("limit", 10);
        engine.setBindings(shared, ScriptContext.GLOBAL_SCOPE);
        assertEquals(11, engine.eval("limit + 1"));
        engine.eval("limit = 5");
        assertEquals(10, shared.get("limit"));
        assertEquals(5, engine.get("limit"));
    }

    @Test
    void laterChangesToTheGlobalScopeAreSeenByLaterEvaluations() throws ScriptException {
        manager.put("level", 1);
        assertEquals(1, engine.eval("level"));
        manager.put("level", 2);
        assertEquals(2, engine.eval("level"));
        manager.getBindings().remove("level");
        assertThrows(ScriptException.class, () -> engine.eval("level"));
    }
}

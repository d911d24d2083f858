package dev.taipan.jsr223;

import dev.taipan.api.PythonObject;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code eval}: its value, conversions both ways, and the scopes names live in. */
class EvalTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();
    private final ScriptEngine engine = manager.getEngineByName("python");

    @Test
    void valueOfTheLastExpressionStatement() throws ScriptException {
        assertEquals(42, engine.eval("x = 2\nx * 21"));
        assertEquals(3, engine.eval("1 + 2"));
        assertNull(engine.eval("y = 5"));
        assertNull(engine.eval("def f():\n    return 1\n"));
        assertNull(engine.eval(""));
        assertEquals(5, engine.eval("y"), "an earlier evaluation's global");
    }

    @Test
    void statementsBeforeTheValueRunOnce() throws ScriptException {
        assertEquals(List.of(1, 2), engine.eval("seen = []\nseen.append(1)\nseen.append(2)\nseen"));
    }

    @Test
    void resultsConvertToJava() throws ScriptException {
        assertEquals(7, engine.eval("7"));
        assertEquals(1L << 40, engine.eval("2 ** 40"));
        assertEquals(BigInteger.TWO.pow(100), engine.eval("2 ** 100"));
        assertEquals(2.5, engine.eval("5 / 2"));
        assertEquals("héllo", engine.eval("'hé' + 'llo'"));
        assertEquals(true, engine.eval("1 < 2"));
        assertNull(engine.eval("None"));
        assertEquals(List.of(1, "a", List.of(2.0)), engine.eval("[1, 'a', [2.0]]"));
        Map<Object, Object> expected = new LinkedHashMap<>();
        expected.put("a", 1);
        expected.put(2, null);
        assertEquals(expected, engine.eval("{'a': 1, 2: None}"));
    }

    @Test
    void tuplesAreUnmodifiableLists() throws ScriptException {
        Object t = engine.eval("(1, None, 'x')");
        assertEquals(java.util.Arrays.asList(1, null, "x"), t);
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) t;
        assertThrows(UnsupportedOperationException.class, () -> list.add(4));
    }

    @Test
    void otherObjectsStayOpaque() throws ScriptException {
        Object f = engine.eval("def f(): pass\nf");
        PythonObject p = assertInstanceOf(PythonObject.class, f);
        assertEquals("function", p.typeName());
        assertEquals("bytes", ((PythonObject) engine.eval("b'x'")).typeName());
        engine.put("g", f);
        assertEquals(true, engine.eval("g is f"), "the handle hands back the same object");
    }

    @Test
    void cyclicStructuresConvert() throws ScriptException {
        List<?> l = (List<?>) engine.eval("l = [1]\nl.append(l)\nl");
        assertEquals(1, l.get(0));
        engine.put("inner", l.get(1));
        assertEquals(true, engine.eval("inner is l"), "lists are views: the cycle is the Python list's own");
    }

    @Test
    void javaValuesConvertToPython() throws ScriptException {
        engine.put("s", "text");
        engine.put("i", 41);
        engine.put("l", 1L << 40);
        engine.put("b", new BigInteger("123456789012345678901234567890"));
        engine.put("d", 0.5);
        engine.put("t", true);
        engine.put("n", null);
        engine.put("list", List.of(1, "two"));
        engine.put("map", Map.of("k", List.of(3)));
        assertEquals("str int int int float bool NoneType",
                engine.eval("' '.join(type(v).__name__ for v in (s, i, l, b, d, t, n))"));
        assertEquals(2, engine.eval("len(list)"), "a Java list is seen through a view");
        assertEquals(42, engine.eval("i + 1"));
        assertEquals(new BigInteger("123456789012345678901234567891"), engine.eval("b + 1"));
        assertEquals(3, engine.eval("map['k'][0]"));
    }

    @Test
    void otherJavaObjectsAreHostObjectsBehindTheBarrier() throws ScriptException {
        engine.put("thread", Thread.currentThread());
        assertEquals("<java object java.lang.Thread>", engine.eval("repr(thread)"));
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("thread.getName()"));
        assertTrue(e.getMessage().contains("AttributeError"), e.getMessage());
    }

    @Test
    void bindingsSeeAssignmentsAtOnce() throws ScriptException {
        Bindings b = engine.getBindings(ScriptContext.ENGINE_SCOPE);
        assertInstanceOf(TaipanBindings.class, b);
        engine.eval("a = [1, 2]\nb = {'x': 1}\ndel_me = 1\ndel del_me");
        assertEquals(List.of(1, 2), b.get("a"));
        assertEquals(Map.of("x", 1), b.get("b"));
        assertFalse(b.containsKey("del_me"));
        assertFalse(b.containsKey("__builtins__"));
        assertEquals("__main__", b.get("__name__"));
        b.remove("a");
        assertEquals(false, engine.eval("'a' in globals()"));
    }

    @Test
    void nameIsMain() throws ScriptException {
        assertEquals(true, engine.eval("__name__ == '__main__'"));
    }

    @Test
    void separateBindingsAreSeparateNamespaces() throws ScriptException {
        Bindings one = engine.createBindings();
        Bindings two = engine.createBindings();
        assertTrue(one.isEmpty());
        engine.eval("x = 1", one);
        engine.eval("x = 2", two);
        assertEquals(1, one.get("x"));
        assertEquals(2, two.get("x"));
        assertEquals(3, engine.eval("x + 2", one));
    }

    @Test
    void namesFallBackToGlobalScopeThenBuiltins() throws ScriptException {
        manager.put("shared", 10);
        manager.put("len", "shadowed");
        ScriptEngine fresh = manager.getEngineByName("python");
        assertEquals(11, fresh.eval("shared + 1"));
        assertEquals("shadowed", fresh.eval("len"), "GLOBAL_SCOPE comes before the builtins");
        assertEquals(3, fresh.eval("max(1, 3)"));
        fresh.put("shared", 20);
        assertEquals(21, fresh.eval("shared + 1"), "ENGINE_SCOPE comes first");
        assertEquals(30, fresh.eval("def f():\n    return shared + 10\nf()"));
    }

    @Test
    void assignmentsNeverReachGlobalScope() throws ScriptException {
        manager.put("g", 1);
        ScriptEngine fresh = manager.getEngineByName("python");
        fresh.eval("g = g + 1\ndef h():\n    global g2\n    g2 = 5\nh()");
        assertEquals(1, manager.get("g"));
        assertNull(manager.get("g2"));
        assertEquals(2, fresh.get("g"));
        assertEquals(5, fresh.get("g2"));
        assertThrows(ScriptException.class, () -> fresh.eval("del g\ndel g"),
                "deleting a GLOBAL_SCOPE name from the script's namespace is a NameError");
        assertEquals(1, manager.get("g"));
    }

    @Test
    void simpleBindingsGetChangesWrittenBack() throws ScriptException {
        SimpleBindings b = new SimpleBindings();
        b.put("n", 1);
        b.put("keep", "same");
        b.put("gone", 3);
        List<Integer> list = new ArrayList<>(List.of(1));
        b.put("lst", list);
        assertEquals(2, engine.eval("n += 1\nnew = 'added'\ndel gone\nlst.append(2)\nn", b));
        assertEquals(2, b.get("n"));
        assertEquals("added", b.get("new"));
        assertEquals("same", b.get("keep"));
        assertFalse(b.containsKey("gone"));
        assertEquals(List.of(1, 2), b.get("lst"));
        assertEquals(List.of(1, 2), list, "a Java list is seen through a view, not copied");
        assertFalse(b.containsKey("__builtins__"));
    }

    @Test
    void simpleBindingsGetWritesBackEvenWhenTheScriptFails() {
        SimpleBindings b = new SimpleBindings();
        assertThrows(ScriptException.class, () -> engine.eval("before = 1\n1 / 0", b));
        assertEquals(1, b.get("before"));
    }

    @Test
    void simpleBindingsHandInHostObjects() throws ScriptException {
        Object host = new Object();
        SimpleBindings b = new SimpleBindings(new HashMap<>(Map.of("host", host)));
        assertEquals(host.toString(), engine.eval("str(host)", b));
        assertEquals(host, b.get("host"));
    }

    @Test
    void aContextOfOurOwn() throws ScriptException {
        ScriptContext ctx = new SimpleScriptContext();
        ctx.setBindings(new SimpleBindings(), ScriptContext.ENGINE_SCOPE);
        ctx.setAttribute("x", 4, ScriptContext.ENGINE_SCOPE);
        assertEquals(16, engine.eval("x * x", ctx));
        assertEquals(8, engine.eval(new java.io.StringReader("x + 4"), ctx));
    }
}

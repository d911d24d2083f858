package dev.taipan.jsr223;

import dev.taipan.api.PythonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntBinaryOperator;

import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calling Python functions and methods from Java, and Java interfaces implemented in Python. */
class InvocableTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
    private final Invocable invocable = (Invocable) engine;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void defineThings() throws ScriptException {
        engine.getContext().setWriter(out);
        engine.eval("""
                def add(a, b):
                    return a + b

                def broken():
                    return None.missing

                def run():
                    print('ran')

                class Greeter:
                    def __init__(self, name):
                        self.name = name
                    def greet(self, greeting):
                        return greeting + ', ' + self.name
                    def compare(self, a, b):
                        return len(a) - len(b)

                greeter = Greeter('Ada')
                """);
    }

    @Test
    void invokesFunctionsWithConvertedArguments() throws Exception {
        assertEquals(5, invocable.invokeFunction("add", 2, 3));
        assertEquals("ab", invocable.invokeFunction("add", "a", "b"));
        assertEquals(List.of(1, 2), invocable.invokeFunction("add", List.of(1), List.of(2)));
        assertEquals(3, invocable.invokeFunction("len", "abc"), "builtins are functions too");
    }

    @Test
    void missingFunctionIsNoSuchMethod() {
        assertThrows(NoSuchMethodException.class, () -> invocable.invokeFunction("nope"));
        assertThrows(NoSuchMethodException.class, () -> invocable.invokeFunction("greeter"),
                "an instance without __call__ is not a function");
    }

    @Test
    void attributeErrorInsideIsAScriptException() {
        ScriptException e = assertThrows(ScriptException.class, () -> invocable.invokeFunction("broken"));
        assertTrue(e.getMessage().contains("AttributeError"), e.getMessage());
        assertEquals(5, e.getLineNumber());
    }

    @Test
    void invokesMethods() throws Exception {
        Object greeter = engine.get("greeter");
        assertInstanceOf(PythonObject.class, greeter);
        assertEquals("Hello, Ada", invocable.invokeMethod(greeter, "greet", "Hello"));
        assertEquals("ABC", invocable.invokeMethod("abc", "upper"), "a converted Java value has str's methods");
        assertThrows(NoSuchMethodException.class, () -> invocable.invokeMethod(greeter, "wave"));
        assertThrows(NoSuchMethodException.class, () -> invocable.invokeMethod(greeter, "name"),
                "a str attribute is not a method");
        assertThrows(IllegalArgumentException.class, () -> invocable.invokeMethod(null, "greet"));
    }

    @Test
    void argumentErrorsInsideAMethodAreScriptExceptions() {
        Object greeter = engine.get("greeter");
        ScriptException e = assertThrows(ScriptException.class, () -> invocable.invokeMethod(greeter, "greet"));
        assertTrue(e.getMessage().contains("TypeError"), e.getMessage());
    }

    @Test
    void implementsRunnableWithModuleFunctions() throws Exception {
        Runnable r = invocable.getInterface(Runnable.class);
        assertNotNull(r);
        r.run();
        r.run();
        assertEquals("ran\nran\n", out.toString());
        assertTrue(r.toString().contains("Runnable"));
        assertEquals(r, r);
    }

    @Test
    void missingMethodMeansNoInterface() {
        assertNull(invocable.getInterface(IntBinaryOperator.class), "there is no applyAsInt");
        assertNull(invocable.getInterface(engine.get("greeter"), Runnable.class));
        assertThrows(IllegalArgumentException.class, () -> invocable.getInterface(String.class));
    }

    @Test
    void implementsAnInterfaceWithAnObjectsMethods() throws Exception {
        @SuppressWarnings("unchecked")
        Comparator<String> byLength = invocable.getInterface(engine.get("greeter"), Comparator.class);
        assertNotNull(byLength);
        assertTrue(byLength.compare("aaa", "b") > 0);
        List<String> sorted = new java.util.ArrayList<>(List.of("ccc", "a", "bb"));
        sorted.sort(byLength);
        assertEquals(List.of("a", "bb", "ccc"), sorted);
        // reversed() is a default method Python does not define: Java's body runs.
        assertEquals(-2, byLength.reversed().compare("aaa", "b"));
    }

    /** An interface whose results need converting to primitives. */
    public interface Adder {
        double add(double a, double b);

        long addLong(long a, long b) throws ScriptException;
    }

    @Test
    void resultsFitTheMethodsReturnType() throws Exception {
        engine.eval("def addLong(a, b):\n    return a + b\n");
        Adder adder = invocable.getInterface(Adder.class);
        assertNotNull(adder);
        assertEquals(3.5, adder.add(1.5, 2.0));
        assertEquals(1L << 41, adder.addLong(1L << 40, 1L << 40));
    }

    /** An interface whose method does not declare ScriptException. */
    public interface Broken {
        void broken();
    }

    @Test
    void pythonErrorsSurfaceThroughTheProxy() throws Exception {
        Broken b = invocable.getInterface(Broken.class);
        UndeclaredThrowableException e = assertThrows(UndeclaredThrowableException.class, b::broken);
        assertInstanceOf(ScriptException.class, e.getCause());
        engine.eval("def addLong(a, b):\n    raise ValueError('no')\n");
        Adder adder = invocable.getInterface(Adder.class);
        ScriptException se = assertThrows(ScriptException.class, () -> adder.addLong(1, 2));
        assertTrue(se.getMessage().contains("ValueError: no"), se.getMessage());
    }

    @Test
    void redefinitionsAreSeenByExistingProxies() throws Exception {
        Runnable r = invocable.getInterface(Runnable.class);
        engine.eval("def run():\n    print('new')\n");
        r.run();
        assertEquals("new\n", out.toString());
    }
}

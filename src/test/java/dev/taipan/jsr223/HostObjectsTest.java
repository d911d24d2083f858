package dev.taipan.jsr223;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Java objects handed to scripts, used as a host application would. */
class HostObjectsTest {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");

    /** A bean with fields, properties, overloads and callbacks. */
    public static class Account implements AutoCloseable, Comparable<Account> {
        public int visits = 3;
        public final String id;
        private String owner = "ada";
        private boolean closed;

        public Account(String id) {
            this.id = id;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public boolean isClosed() {
            return closed;
        }

        public String kind(int x) {
            return "int";
        }

        public String kind(long x) {
            return "long";
        }

        public String kind(double x) {
            return "double";
        }

        public String kind(String x) {
            return "String";
        }

        public String kind(List<?> x) {
            return "List";
        }

        public String label(int n, String unit) {
            return n + " " + unit;
        }

        public String join(String sep, String... parts) {
            return String.join(sep, parts);
        }

        public Object transform(Function<Object, Object> f, Object x) {
            return f.apply(x);
        }

        public void fail() {
            throw new IllegalStateException("account locked");
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public int compareTo(Account o) {
            return Integer.compare(visits, o.visits);
        }

        @Override
        public String toString() {
            return "Account " + id;
        }
    }

    private Object eval(String script) throws ScriptException {
        return engine.eval(script);
    }

    @Test
    void listsAreLiveViews() throws ScriptException {
        List<Object> list = new ArrayList<>(List.of(1));
        engine.put("items", list);
        eval("items.append(2)\nitems.append('three')\nitems.insert(0, 0)\nitems[1] = 10");
        assertEquals(List.of(0, 10, 2, "three"), list);
        assertEquals(4, eval("len(items)"));
        assertEquals("three", eval("items[-1]"));
        assertEquals(true, eval("2 in items"));
        assertEquals(List.of(10, 2), eval("[x for x in items if isinstance(x, int) and x > 0]"));
        assertEquals(4, eval("items.size()"), "Java methods stay callable");
        assertEquals("three", eval("items.pop()"));
        assertEquals(List.of(0, 10, 2), list);
        assertSame(list, eval("items"), "the same list comes back");
        assertEquals("[0, 10, 2]", eval("str(items)"));
        assertEquals("<java object java.util.ArrayList>", eval("repr(items)"));
    }

    @Test
    void mapsSetsAndArraysAreViews() throws ScriptException {
        Map<String, Object> map = new HashMap<>(Map.of("a", 1));
        Set<String> set = new TreeSet<>(Set.of("x"));
        int[] numbers = {1, 2, 3};
        engine.put("m", map);
        engine.put("s", set);
        engine.put("nums", numbers);
        eval("m['b'] = 2\ndel m['a']\ns.add('y')\nnums[0] = 7");
        assertEquals(Map.of("b", 2), map);
        assertEquals(Set.of("x", "y"), set);
        assertEquals(7, numbers[0]);
        assertEquals(List.of("b"), eval("sorted(m)"));
        assertEquals(12, eval("sum(nums)"));
        assertEquals(true, eval("'y' in s"));
        assertEquals(5, eval("m.get('zz', 5)"));
        assertThrows(ScriptException.class, () -> eval("m['missing']"), "KeyError");
        assertThrows(ScriptException.class, () -> eval("nums[0] = 'text'"), "an int[] holds ints");
    }

    @Test
    void pythonContainersReachJavaAsViews() throws ScriptException {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) eval("py_list = [1, 2]\npy_list");
        list.add(3);
        assertEquals(List.of(1, 2, 3), eval("py_list"), "writes go to the Python list");
        @SuppressWarnings("unchecked")
        Map<Object, Object> map = (Map<Object, Object>) eval("d = {'a': 1}\nd");
        map.put("b", 2);
        assertEquals(2, eval("d['b']"));
        List<?> tuple = (List<?>) eval("(1, 'x')");
        assertThrows(UnsupportedOperationException.class, () -> tuple.clear());
        assertInstanceOf(Set.class, eval("{1, 2}"));
    }

    @Test
    void fieldsAndBeanProperties() throws ScriptException {
        Account account = new Account("A1");
        engine.put("acct", account);
        assertEquals(3, eval("acct.visits"));
        assertEquals("ada", eval("acct.owner"));
        assertEquals(false, eval("acct.closed"));
        eval("acct.visits += 1\nacct.owner = 'grace'");
        assertEquals(4, account.visits);
        assertEquals("grace", account.getOwner());
        assertThrows(ScriptException.class, () -> eval("acct.id = 'B2'"), "a final field is read-only");
        assertEquals("A1", eval("acct.id"));
    }

    @Test
    void overloadsAreChosenByArityAndType() throws ScriptException {
        engine.put("acct", new Account("A1"));
        assertEquals("long", eval("acct.kind(1)"));
        assertEquals("double", eval("acct.kind(1.5)"));
        assertEquals("String", eval("acct.kind('s')"));
        assertEquals("List", eval("acct.kind([1, 2])"));
        assertEquals("3 kg", eval("acct.label(3, 'kg')"));
        assertEquals("a-b-c", eval("acct.join('-', 'a', 'b', 'c')"));
        ScriptException e = assertThrows(ScriptException.class, () -> eval("acct.label('kg', 3)"));
        assertTrue(e.getMessage().contains("TypeError") && e.getMessage().contains("label(int, java.lang.String)"),
                e.getMessage());
    }

    @Test
    void pythonCallablesImplementFunctionalInterfaces() throws ScriptException {
        engine.put("acct", new Account("A1"));
        assertEquals(42, eval("acct.transform(lambda x: x * 2, 21)"));
        Supplier<String> hello = () -> "hello";
        engine.put("hello", hello);
        assertEquals("hello", eval("hello()"), "a Java lambda is callable from Python");
        assertEquals("HELLO", eval("def shout(s):\n    return s.upper()\nacct.transform(shout, 'hello')"));
    }

    @Test
    void iterationComparisonAndWith() throws ScriptException {
        Account a = new Account("A");
        Account b = new Account("B");
        b.visits = 10;
        engine.put("a", a);
        engine.put("b", b);
        engine.put("words", new ArrayList<>(List.of("x", "y")));
        assertEquals(true, eval("a < b"));
        assertEquals(false, eval("a >= b"));
        assertEquals(List.of("B", "A"), eval("[x.id for x in sorted([a, b], reverse=True)]"));
        assertEquals("xy", eval("''.join(w for w in words)"));
        eval("with a as acct:\n    inside = acct.closed");
        assertEquals(false, engine.get("inside"));
        assertTrue(a.isClosed());
        assertEquals(true, eval("a == a and a != b"));
        assertEquals("Account A", eval("str(a)"));
    }

    @Test
    void hostExceptionsSurfaceWithTheirJavaCause() throws ScriptException {
        engine.put("acct", new Account("A1"));
        ScriptException e = assertThrows(ScriptException.class, () -> eval("acct.fail()"));
        assertTrue(e.getMessage().contains("JavaException: java.lang.IllegalStateException: account locked"),
                e.getMessage());
        Throwable cause = e;
        while (cause != null && !(cause instanceof IllegalStateException)) {
            cause = cause.getCause();
        }
        assertInstanceOf(IllegalStateException.class, cause, "the Java exception is in the cause chain");
        assertEquals("caught", eval("try:\n    acct.fail()\nexcept Exception as x:\n    r = 'caught'\nr"));
    }

    @Test
    void reflectionIsOutOfReach() {
        engine.put("acct", new Account("A1"));
        engine.put("items", new ArrayList<>());
        for (String attempt : new String[] {"acct.getClass()", "items.getClass().forName('java.lang.Runtime')",
            "items.wait()", "acct.hashCode.getClass()"}) {
            ScriptException e = assertThrows(ScriptException.class, () -> eval(attempt), attempt);
            assertTrue(e.getMessage().contains("AttributeError"), attempt + ": " + e.getMessage());
        }
    }

    @Test
    void classLookupIsOffByDefault() {
        ScriptException e = assertThrows(ScriptException.class, () -> eval("from java.util import ArrayList"));
        assertTrue(e.getMessage().contains("ModuleNotFoundError"), e.getMessage());
        assertThrows(ScriptException.class, () -> eval("engine"), "no engine global");
        assertThrows(ScriptException.class, () -> eval("context"), "no context global");
    }

    /** Byte arrays both ways. */
    public static class Codec {
        public int size(byte[] data) {
            return data.length;
        }

        public byte[] encode() {
            return new byte[] {1, 2};
        }
    }

    @Test
    void bytesAndArrays() throws ScriptException {
        engine.put("codec", new Codec());
        assertEquals(3, eval("codec.size(b'abc')"));
        assertEquals(List.of(1, 2), eval("list(codec.encode())"));
        assertEquals(2, eval("len(bytes(codec.encode()))"));
    }

    @Test
    void numbersConvertBothWays() throws ScriptException {
        engine.put("big", BigInteger.TWO.pow(70));
        engine.put("f", 1.5f);
        engine.put("c", 'z');
        assertEquals(BigInteger.TWO.pow(71), eval("big * 2"));
        assertEquals(3.0, eval("f * 2"));
        assertEquals("zz", eval("c * 2"));
    }
}

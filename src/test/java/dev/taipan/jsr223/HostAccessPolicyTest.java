package dev.taipan.jsr223;

import dev.taipan.api.HostAccess;
import dev.taipan.api.PythonException;
import dev.taipan.api.PythonScriptException;
import dev.taipan.api.Taipan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's host access policy, set by the builder or the {@code python.hostAccess} key. */
class HostAccessPolicyTest {
    /** A host service whose method fails. */
    public static final class Service {
        /** Always fails. */
        public void explode() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void classLookupIsOffUnlessTheEngineAllowsIt() throws ScriptException {
        ScriptEngine plain = new ScriptEngineManager().getEngineByName("python");
        ScriptException e = assertThrows(ScriptException.class, () -> plain.eval("from java.util import ArrayList"));
        assertTrue(e.getMessage().contains("ImportError") || e.getMessage().contains("ModuleNotFoundError"),
                e.getMessage());
        try (TaipanScriptEngine allowed = Taipan.newEngine()
                .hostAccess(HostAccess.allowClasses("java.util.ArrayList")).build()) {
            Object list = allowed.eval("from java.util import ArrayList\nxs = ArrayList()\nxs.add('a')\nxs.add('b')\nxs");
            assertEquals(List.of("a", "b"), list);
            assertInstanceOf(ArrayList.class, list, "a host object comes back as itself");
            assertThrows(ScriptException.class, () -> allowed.eval("from java.util import HashMap"),
                    "only the listed classes");
        }
    }

    @Test
    void theBindingsKeySetsThePolicyToo() throws ScriptException {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
        engine.put("python.hostAccess", "java.util.ArrayList, java.util.HashMap");
        assertEquals(0, engine.eval("from java.util import HashMap\nHashMap().size()"));
    }

    @Test
    void reflectionOpensOnlyUnderAll() throws ScriptException {
        ScriptEngine none = new ScriptEngineManager().getEngineByName("python");
        none.put("box", new ArrayList<>());
        ScriptException e = assertThrows(ScriptException.class, () -> none.eval("box.getClass()"));
        assertTrue(e.getMessage().contains("AttributeError"), e.getMessage());
        try (TaipanScriptEngine all = Taipan.newEngine().hostAccess(HostAccess.ALL).build()) {
            all.put("box", new ArrayList<>());
            assertEquals("java.util.ArrayList", all.eval("box.getClass().getName()"));
        }
    }

    @Test
    void aHostExceptionIsTheCauseOfThePythonOne() {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
        engine.put("service", new Service());
        PythonScriptException e = assertThrows(PythonScriptException.class,
                () -> engine.eval("x = 1\nservice.explode()"));
        assertEquals(2, e.getLineNumber());
        PythonException python = e.getCause();
        assertInstanceOf(IllegalStateException.class, python.getCause());
        assertEquals("boom", python.getCause().getMessage());
        assertTrue(e.getPythonMessage().contains("boom"), e.getPythonMessage());
        assertSame(python, e.getCause());
    }
}

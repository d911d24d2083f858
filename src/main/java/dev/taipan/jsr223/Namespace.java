package dev.taipan.jsr223;

import dev.taipan.interop.Boundary;
import dev.taipan.interp.Interpreter;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptException;

/**
 * The global namespace of one evaluation, made from a script context's scopes.
 *
 * <ul>
 * <li>ENGINE_SCOPE is the namespace. When it is a {@link TaipanBindings} (the engine's own), its
 *     dict is the globals, so every write lands at once, from any thread. Other {@link Bindings}
 *     (a {@code SimpleBindings}, say) are copied into a fresh dict before the evaluation, and
 *     after it, even when it failed, the names the script added, rebound or deleted are written
 *     back; a list or dict that came in is written back when its contents changed. Functions
 *     defined in such an evaluation keep that dict as their globals.</li>
 * <li>A name missing from the globals is looked up in GLOBAL_SCOPE, then in the builtins: the
 *     namespace's {@code __builtins__} is a dict of the builtins overlaid with GLOBAL_SCOPE,
 *     made when the evaluation starts (a snapshot; the real builtins module when GLOBAL_SCOPE is
 *     empty). Assignments only ever reach the globals, so GLOBAL_SCOPE is never written.</li>
 * <li>{@code __name__} is {@code "__main__"} unless the bindings say otherwise.</li>
 * </ul>
 */
final class Namespace {
    private static final PyStr NAME = PyStr.of("__name__");
    private static final PyStr BUILTINS = PyStr.of(TaipanBindings.BUILTINS);
    private static final PyStr MAIN = PyStr.of("__main__");

    private final PyDict globals;
    /** The foreign bindings to write back to, or null where the globals are the bindings. */
    private final Bindings foreign;
    /** What each foreign name was, in Java and in Python, when copied in. */
    private final Map<String, Object> javaIn;
    private final Map<String, PyObject> pythonIn;
    private final Boundary rules;

    private Namespace(PyDict globals, Bindings foreign, Map<String, Object> javaIn, Map<String, PyObject> pythonIn,
            Boundary rules) {
        this.rules = rules;
        this.globals = globals;
        this.foreign = foreign;
        this.javaIn = javaIn;
        this.pythonIn = pythonIn;
    }

    /**
     * Makes the namespace for an evaluation in {@code context}.
     *
     * @throws ScriptException when a value in the bindings cannot be passed to Python
     */
    static Namespace open(ScriptContext context, Interpreter interp, Boundary rules) throws ScriptException {
        Bindings engineScope = context.getBindings(ScriptContext.ENGINE_SCOPE);
        if (engineScope == null) {
            throw new IllegalArgumentException("the script context has no ENGINE_SCOPE bindings");
        }
        Namespace ns;
        if (engineScope instanceof TaipanBindings own) {
            ns = new Namespace(own.dict(), null, null, null, rules);
        } else {
            ns = copyIn(engineScope, rules);
        }
        if (ns.globals.get(NAME) == null) {
            ns.globals.put(NAME, MAIN);
        }
        ns.globals.put(BUILTINS, builtins(context.getBindings(ScriptContext.GLOBAL_SCOPE), interp, rules));
        return ns;
    }

    /** The dict the script runs in. */
    PyDict globals() {
        return globals;
    }

    private static Namespace copyIn(Bindings bindings, Boundary rules) throws ScriptException {
        PyDict globals = new PyDict();
        Map<String, Object> javaIn = new HashMap<>();
        Map<String, PyObject> pythonIn = new HashMap<>();
        for (Map.Entry<String, Object> e : bindings.entrySet()) {
            String name = e.getKey();
            if (name.equals(TaipanBindings.BUILTINS) || dev.taipan.api.EngineOptions.isOptionKey(name)) {
                continue;
            }
            PyObject value = convert(name, e.getValue(), rules);
            globals.put(PyStr.of(name), value);
            javaIn.put(name, e.getValue());
            pythonIn.put(name, value);
        }
        return new Namespace(globals, bindings, javaIn, pythonIn, rules);
    }

    /** The {@code __builtins__} of an evaluation: GLOBAL_SCOPE first, then the builtins. */
    private static PyDict builtins(Bindings globalScope, Interpreter interp, Boundary rules) throws ScriptException {
        if (globalScope == null || globalScope.isEmpty()) {
            return interp.builtins();
        }
        PyDict chained = interp.builtins().copy();
        if (globalScope instanceof TaipanBindings own) {
            for (PyObject k : own.dict().keysArray()) {
                PyObject v = own.dict().get(k);
                if (v != null && !isBuiltinsKey(k)) {
                    chained.put(k, v);
                }
            }
        } else {
            for (Map.Entry<String, Object> e : globalScope.entrySet()) {
                chained.put(PyStr.of(e.getKey()), convert(e.getKey(), e.getValue(), rules));
            }
        }
        return chained;
    }

    private static PyObject convert(String name, Object value, Boundary rules) throws ScriptException {
        try {
            return Conversions.toPython(value, rules);
        } catch (IllegalArgumentException e) {
            ScriptException se = new ScriptException("binding '" + name + "': " + e.getMessage());
            se.initCause(e);
            throw se;
        }
    }

    /** Writes what the evaluation changed back to foreign bindings; nothing to do for our own. */
    void close() {
        if (foreign == null) {
            return;
        }
        Set<String> present = new HashSet<>();
        for (PyObject k : globals.keysArray()) {
            PyObject v = globals.get(k);
            if (!(k instanceof PyStr key) || v == null || isBuiltinsKey(k)) {
                continue;
            }
            String name = key.toString();
            present.add(name);
            PyObject before = pythonIn.get(name);
            boolean container = v instanceof PyList || v instanceof PyDict;
            if (before == v && !container) {
                continue;
            }
            Object now = Conversions.toJava(v, rules);
            if (before == null || !Objects.equals(now, javaIn.get(name))) {
                foreign.put(name, now);
            }
        }
        for (String name : pythonIn.keySet()) {
            if (!present.contains(name)) {
                foreign.remove(name);
            }
        }
    }

    private static boolean isBuiltinsKey(PyObject key) {
        return key instanceof PyStr s && s.toString().equals(TaipanBindings.BUILTINS);
    }
}

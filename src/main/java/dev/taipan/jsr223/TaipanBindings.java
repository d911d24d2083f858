package dev.taipan.jsr223;

import dev.taipan.api.EngineOptions;
import dev.taipan.interop.Boundary;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.script.Bindings;

/**
 * Bindings that are a Python namespace: a {@code dict} the engine runs scripts in directly, so
 * what a script assigns is in the bindings at once and what Java puts in is a global of the next
 * evaluation. Values are converted as they cross (see the engine's class comment): {@code put}
 * converts a Java value to Python, {@code get} converts back, copying lists and maps.
 *
 * <p>The Java view holds every {@code str} key of the namespace except {@code __builtins__}, which
 * belongs to the engine. After an evaluation the view also shows {@code __name__}
 * ({@code "__main__"}), as a module's namespace does. Instances are cheap, safe to use from
 * several threads (the dict is), and made with {@link TaipanScriptEngine#createBindings()}.
 *
 * <p>Keys under {@value EngineOptions#PREFIX} are engine options (see {@link EngineOptions}), not
 * Python names: they are checked when put (an unknown key or a bad value is an
 * {@link IllegalArgumentException}; a change once the engine has started, an
 * {@link IllegalStateException}), kept beside the namespace, and read by the engine when it starts.
 */
public final class TaipanBindings extends AbstractMap<String, Object> implements Bindings {
    static final String BUILTINS = "__builtins__";

    private final PyDict dict = new PyDict();
    private final Map<String, Object> options = new ConcurrentHashMap<>();
    /** The engine whose options these bindings set, or null. */
    private final OptionGate gate;

    /** How values are converted: the engine's rules, or {@code HostAccess.NONE}'s. */
    private final Boundary rules;

    /** Makes empty bindings, not tied to an engine. */
    public TaipanBindings() {
        this(null, null);
    }

    TaipanBindings(OptionGate gate, Boundary rules) {
        this.gate = gate;
        this.rules = rules != null ? rules : Conversions.following(() -> null);
    }

    /** Checks an option set through bindings, against the engine's state. */
    interface OptionGate {
        /**
         * Accepts or refuses an option value.
         *
         * @throws IllegalArgumentException when the key is unknown or the value bad
         * @throws IllegalStateException    when the engine has started and the value differs
         */
        void check(String key, Object value);
    }

    /** The engine options set in these bindings, by key. */
    Map<String, Object> options() {
        return options;
    }

    /** The namespace itself, which the engine uses as a script's globals. */
    PyDict dict() {
        return dict;
    }

    /**
     * Binds a name to a Java value converted to Python.
     *
     * @throws IllegalArgumentException when the name is empty or {@code __builtins__}, or the value
     *     cannot be converted
     */
    @Override
    public Object put(String name, Object value) {
        checkName(name);
        if (EngineOptions.isOptionKey(name)) {
            if (gate != null) {
                gate.check(name, value);
            } else {
                EngineOptions.DEFAULTS.with(name, value);
            }
            return options.put(name, value);
        }
        if (name.equals(BUILTINS)) {
            throw new IllegalArgumentException("__builtins__ is managed by the engine");
        }
        PyObject previous = dict.get(PyStr.of(name));
        dict.put(PyStr.of(name), Conversions.toPython(value, rules));
        return previous == null ? null : Conversions.toJava(previous, rules);
    }

    @Override
    public Object get(Object key) {
        if (key instanceof String name && EngineOptions.isOptionKey(name)) {
            return options.get(name);
        }
        PyObject v = lookup(key);
        return v == null ? null : Conversions.toJava(v, rules);
    }

    @Override
    public boolean containsKey(Object key) {
        if (key instanceof String name && EngineOptions.isOptionKey(name)) {
            return options.containsKey(name);
        }
        return lookup(key) != null;
    }

    @Override
    public Object remove(Object key) {
        String name = checkName(key);
        if (name.equals(BUILTINS)) {
            return null;
        }
        if (EngineOptions.isOptionKey(name)) {
            // Forgetting an option changes nothing in an engine that already read it.
            return options.remove(name);
        }
        PyObject previous = dict.remove(PyStr.of(name));
        return previous == null ? null : Conversions.toJava(previous, rules);
    }

    @Override
    public int size() {
        return visibleNames().size() + options.size();
    }

    /** Unbinds every name and forgets the options (an engine that read them keeps them). */
    @Override
    public void clear() {
        for (PyStr name : visibleNames()) {
            dict.remove(name);
        }
        options.clear();
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                List<String> names = new ArrayList<>();
                for (PyStr name : visibleNames()) {
                    names.add(name.toString());
                }
                names.addAll(options.keySet());
                return new EntryIterator(names);
            }

            @Override
            public int size() {
                return TaipanBindings.this.size();
            }
        };
    }

    private PyObject lookup(Object key) {
        String name = checkName(key);
        return name.equals(BUILTINS) ? null : dict.get(PyStr.of(name));
    }

    /** The str keys of the namespace except {@code __builtins__}, as they are now. */
    private List<PyStr> visibleNames() {
        List<PyStr> names = new ArrayList<>();
        for (PyObject k : dict.keysArray()) {
            if (k instanceof PyStr s && !s.toString().equals(BUILTINS)) {
                names.add(s);
            }
        }
        return names;
    }

    /** The {@link Bindings} contract for keys: not null, a String, not empty. */
    private static String checkName(Object key) {
        if (key == null) {
            throw new NullPointerException("key can not be null");
        }
        if (!(key instanceof String name)) {
            throw new ClassCastException("key should be a String");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("key can not be empty");
        }
        return name;
    }

    /** Walks a snapshot of the names, reading each value as it goes; {@code remove} unbinds. */
    private final class EntryIterator implements Iterator<Map.Entry<String, Object>> {
        private final List<String> names;
        private int next;
        private String current;

        EntryIterator(List<String> names) {
            this.names = names;
        }

        @Override
        public boolean hasNext() {
            return next < names.size();
        }

        @Override
        public Map.Entry<String, Object> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            current = names.get(next++);
            return new Entry(current);
        }

        @Override
        public void remove() {
            if (current == null) {
                throw new IllegalStateException();
            }
            TaipanBindings.this.remove(current);
            current = null;
        }
    }

    /** One binding, read when asked for and written through. */
    private final class Entry implements Map.Entry<String, Object> {
        private final String name;

        Entry(String name) {
            this.name = name;
        }

        @Override
        public String getKey() {
            return name;
        }

        @Override
        public Object getValue() {
            return get(name);
        }

        @Override
        public Object setValue(Object value) {
            return put(name, value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && name.equals(e.getKey())
                    && java.util.Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return name.hashCode() ^ java.util.Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return name + "=" + getValue();
        }
    }
}

package dev.taipan.objects.expose;

import dev.taipan.objects.PyBuiltinFunction;
import dev.taipan.objects.PyObject;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Builds the functions of a native module from the {@link PyFunction} methods of its class. A
 * static method becomes a plain builtin function; an instance method is bound to the module
 * object, so it can reach per-interpreter state kept in the module's fields.
 *
 * <p>Reading the annotations by reflection is slow next to making a module, and every interpreter
 * makes its own modules, so the calls built for a class are kept per class: they are immutable and
 * hold no module, which is bound only when each interpreter's function objects are made.
 */
public final class ModuleExposer {
    /** The function table of each module class, built on first use. */
    private static final ClassValue<AtomicReference<List<Exposed>>> TABLES = new ClassValue<>() {
        @Override
        protected AtomicReference<List<Exposed>> computeValue(Class<?> type) {
            return new AtomicReference<>();
        }
    };

    /** One function of a module class: its Python name and how to call it. */
    private record Exposed(String name, JavaCall call) {
    }

    private ModuleExposer() {
    }

    /**
     * Creates the module's functions and hands each to {@code put}.
     *
     * @param module the module object (receiver of instance methods, {@code __self__} of all)
     * @param cls    the class declaring the {@link PyFunction} methods
     * @param lookup a lookup with access to them
     * @param put    receives each function's Python name and object
     */
    public static void expose(PyObject module, Class<?> cls, MethodHandles.Lookup lookup,
                              BiConsumer<String, PyObject> put) {
        AtomicReference<List<Exposed>> slot = TABLES.get(cls);
        List<Exposed> table = slot.get();
        if (table == null) {
            // Racing threads may both build it; the tables are equal, so either may win.
            table = build(cls, lookup);
            slot.compareAndSet(null, table);
        }
        for (Exposed e : table) {
            put.accept(e.name(), new PyBuiltinFunction(e.call(), module));
        }
    }

    private static List<Exposed> build(Class<?> cls, MethodHandles.Lookup lookup) {
        List<Exposed> table = new ArrayList<>();
        Method[] methods = cls.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount));
        Set<String> seen = new HashSet<>();
        for (Method m : methods) {
            PyFunction pf = m.getAnnotation(PyFunction.class);
            if (pf == null) {
                continue;
            }
            String name = pf.value().isEmpty() ? m.getName() : pf.value();
            if (!seen.add(name)) {
                throw new IllegalStateException(cls.getName() + ": duplicate function " + name);
            }
            boolean isStatic = Modifier.isStatic(m.getModifiers());
            try {
                table.add(new Exposed(name, Exposer.buildFunction(name, lookup, m, pf.doc(), !isStatic)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot expose " + m, e);
            }
        }
        return List.copyOf(table);
    }
}

package dev.taipan.objects.expose;

import dev.taipan.objects.PyBuiltinFunction;
import dev.taipan.objects.PyObject;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Builds the functions of a native module from the {@link PyFunction} methods of its class. A
 * static method becomes a plain builtin function; an instance method is bound to the module
 * object, so it can reach per-interpreter state kept in the module's fields.
 */
public final class ModuleExposer {
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
                JavaCall call = Exposer.buildFunction(name, lookup, m, pf.doc(), !isStatic);
                put.accept(name, new PyBuiltinFunction(call, module));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot expose " + m, e);
            }
        }
    }
}

package dev.taipan.objects.expose;

import dev.taipan.objects.PyBuiltinFunction;
import dev.taipan.objects.PyClassMethodDescr;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyGetSetDescr;
import dev.taipan.objects.PyMethodDescr;
import dev.taipan.objects.PyNewFunction;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStaticMethodObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.Slot;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the expose annotations of a Java class once and puts the matching descriptors into a
 * type dict: {@link PyMethodDescr} for {@link PyMethod}, {@link PyGetSetDescr} for
 * {@link PyGetter}/{@link PySetter}, class methods, static methods and {@code __new__}.
 *
 * <p>Declarations are checked as they are read; a bad one (unknown dunder, duplicate name, bad
 * parameter order, unsupported Java type) throws {@link IllegalStateException}, so a test that
 * initializes every builtin type catches it before anything runs.
 */
public final class Exposer {
    /** Dunder names that are not slots but are legitimate in a builtin type dict. */
    static final Set<String> OTHER_DUNDERS = Set.of("__new__", "__init_subclass__",
            "__subclasshook__", "__class_getitem__", "__reduce__", "__reduce_ex__",
            "__getnewargs__", "__getnewargs_ex__", "__getstate__", "__setstate__", "__sizeof__",
            "__copy__", "__deepcopy__", "__prepare__", "__mro_entries__", "__class__", "__dict__",
            "__doc__", "__name__", "__qualname__", "__module__", "__mro__", "__bases__",
            "__base__", "__basicsize__", "__itemsize__", "__flags__", "__weakrefoffset__",
            "__dictoffset__", "__text_signature__", "__self__", "__objclass__", "__func__",
            "__wrapped__", "__isabstractmethod__", "__annotations__", "__notes__", "__cause__",
            "__context__", "__suppress_context__", "__traceback__", "__subclasses__",
            "__abstractmethods__", "__type_params__", "__getformat__", "__trunc__", "__fspath__",
            "__buffer__", "__release_buffer__", "__weakref__", "__length_hint__",
            // function, code, frame and super attributes
            "__code__", "__globals__", "__builtins__", "__closure__", "__defaults__", "__kwdefaults__",
            "__thisclass__", "__self_class__", "__get__", "__getattribute__",
            "__dir__", "__bound__", "__constraints__", "__default__", "__infer_variance__", "__value__",
            "__match_args__", "__origin__", "__args__", "__parameters__", "__complex__", "__await__");

    /** The docstring of every builtin {@code __new__}. */
    // CPython: Objects/typeobject.c, tp_new_methoddef
    static final String NEW_DOC =
            "Create and return a new object.  See help(type) for accurate signature.";

    private Exposer() {
    }

    /**
     * Returns whether a dunder name is one the object model knows.
     *
     * @param name an attribute name of the form {@code __x__}
     * @return whether known
     */
    public static boolean isKnownDunder(String name) {
        return Slot.forName(name) != null || OTHER_DUNDERS.contains(name);
    }

    /**
     * Returns the {@code LOOKUP} field a class declares for the exposer.
     *
     * @param cls the class
     * @return its lookup
     */
    public static MethodHandles.Lookup lookupOf(Class<?> cls) {
        try {
            Field f = cls.getDeclaredField("LOOKUP");
            f.setAccessible(true);
            return (MethodHandles.Lookup) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(cls + " must declare static final LOOKUP", e);
        }
    }

    /**
     * Exposes the annotated members of a class into a type's dict.
     *
     * @param type   the type whose dict to fill
     * @param cls    the class holding annotated members
     * @param lookup a lookup with access to them
     */
    public static void expose(PyType type, Class<?> cls, MethodHandles.Lookup lookup) {
        Method[] methods = cls.getDeclaredMethods();
        // Sorted so that dict order does not depend on the JVM's reflection order.
        Arrays.sort(methods, Comparator.comparing(Method::getName)
                .thenComparing(m -> m.getParameterCount()));
        Map<String, Method> setters = new HashMap<>();
        for (Method m : methods) {
            PySetter s = m.getAnnotation(PySetter.class);
            if (s != null) {
                setters.put(pyName(s.value(), m), m);
            }
        }
        try {
            for (Method m : methods) {
                exposeOne(type, cls, lookup, m, setters);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot expose " + cls, e);
        }
        if (!setters.isEmpty()) {
            throw new IllegalStateException("setters without getters in " + cls + ": "
                    + setters.keySet());
        }
    }

    private static void exposeOne(PyType type, Class<?> cls, MethodHandles.Lookup lookup,
            Method m, Map<String, Method> setters) throws IllegalAccessException {
        boolean isStatic = Modifier.isStatic(m.getModifiers());
        PyMethod pm = m.getAnnotation(PyMethod.class);
        PyGetter pg = m.getAnnotation(PyGetter.class);
        PyClassMethod pc = m.getAnnotation(PyClassMethod.class);
        PyStaticMethod ps = m.getAnnotation(PyStaticMethod.class);
        PyNew pn = m.getAnnotation(PyNew.class);
        if (pm != null) {
            String name = define(type, pyName(pm.value(), m));
            Class<?> selfClass = isStatic ? m.getParameterTypes()[0] : cls;
            JavaCall call = build(type, lookup, m, name, pm.doc(), isStatic ? 1 : 0, !isStatic);
            type.getDict().put(name, new PyMethodDescr(type, name, selfClass, call));
        } else if (pc != null) {
            String name = define(type, pyName(pc.value(), m));
            requireStatic(m, isStatic);
            JavaCall call = build(type, lookup, m, name, pc.doc(), 1, false);
            type.getDict().put(name, new PyClassMethodDescr(type, name, call));
        } else if (ps != null) {
            String name = define(type, pyName(ps.value(), m));
            requireStatic(m, isStatic);
            JavaCall call = build(type, lookup, m, name, ps.doc(), 0, false);
            type.getDict().put(name, new PyStaticMethodObject(new PyBuiltinFunction(call, type)));
        } else if (pn != null) {
            String name = define(type, "__new__");
            requireStatic(m, isStatic);
            if (m.getParameterTypes()[0] != PyType.class) {
                throw new IllegalStateException(m + ": @PyNew takes PyType cls first");
            }
            JavaCall call = build(type, lookup, m, name, NEW_DOC, 1, false);
            type.getDict().put(name, new PyNewFunction(type, call));
        } else if (pg != null) {
            String name = define(type, pyName(pg.value(), m));
            Class<?> selfClass = isStatic ? m.getParameterTypes()[0] : cls;
            MethodHandle get = lookup.unreflect(m);
            get = adaptResult(get, m.getReturnType(), m)
                    .asType(MethodType.methodType(PyObject.class, PyObject.class));
            MethodHandle set = null;
            Method sm = setters.remove(name);
            if (sm != null) {
                set = lookup.unreflect(sm).asType(
                        MethodType.methodType(void.class, PyObject.class, PyObject.class));
            }
            type.getDict().put(name,
                    new PyGetSetDescr(type, name, selfClass, get, set, pg.doc()));
        }
    }

    private static void requireStatic(Method m, boolean isStatic) {
        if (!isStatic) {
            throw new IllegalStateException(m + " must be static");
        }
    }

    private static String pyName(String declared, Method m) {
        return declared.isEmpty() ? m.getName() : declared;
    }

    private static String define(PyType type, String name) {
        if (name.startsWith("__") && name.endsWith("__") && !isKnownDunder(name)) {
            throw new IllegalStateException(type.getName() + ": unknown dunder " + name);
        }
        if (type.getDict().containsKey(name)) {
            throw new IllegalStateException(type.getName() + ": duplicate name " + name);
        }
        return name;
    }

    /**
     * Builds the invocable form of a method.
     *
     * @param skip     leading Java parameters that are not Python parameters (self or cls)
     * @param receiver whether the handle has a receiver ({@code this}) before its parameters
     */
    private static JavaCall build(PyType type, MethodHandles.Lookup lookup, Method m, String name,
            String doc, int skip, boolean receiver) throws IllegalAccessException {
        return build(type.getName() + "." + name, lookup, m, name, doc, skip, receiver);
    }

    /**
     * Builds the invocable form of a module-level function ({@link ModuleExposer}): no self
     * parameter, and the bare name in messages, as CPython's builtin functions have.
     *
     * @param doc      the docstring, or empty for none
     * @param receiver whether the method is an instance method of the module object
     */
    static JavaCall buildFunction(String name, MethodHandles.Lookup lookup, Method m, String doc,
            boolean receiver) throws IllegalAccessException {
        return build(name, lookup, m, name, doc, 0, receiver);
    }

    private static JavaCall build(String qual, MethodHandles.Lookup lookup, Method m, String name,
            String doc, int skip, boolean receiver) throws IllegalAccessException {
        Parameter[] params = m.getParameters();
        int n = params.length - skip;
        String[] names = new String[n];
        PyObject[] defaults = new PyObject[n];
        boolean[] optional = new boolean[n];
        int posOnly = 0;
        int pos = 0;
        int kwOnly = 0;
        boolean varArgs = false;
        boolean varKw = false;
        // Phases: 0 positional-only, 1 named positional, 2 after *args / keyword-only, 3 **kwargs.
        int phase = 0;
        boolean sawDefault = false;
        int pyIndex = 0;
        int[] javaToPy = new int[n];
        for (int j = 0; j < n; j++) {
            Parameter p = params[j + skip];
            if (p.isAnnotationPresent(Kwargs.class)) {
                check(p.getType() == PyDict.class && j == n - 1, m, "@Kwargs must be last PyDict");
                varKw = true;
                phase = 3;
                javaToPy[j] = -2;
                continue;
            }
            check(phase < 3, m, "parameter after @Kwargs");
            if (p.isAnnotationPresent(Args.class)) {
                check(p.getType() == PyObject[].class && phase < 2, m, "bad @Args");
                varArgs = true;
                phase = 2;
                javaToPy[j] = -1;
                continue;
            }
            KwOnly ko = p.getAnnotation(KwOnly.class);
            Name nm = p.getAnnotation(Name.class);
            if (ko != null) {
                phase = 2;
                names[pyIndex] = ko.value();
                kwOnly++;
            } else {
                check(phase < 2, m, "positional parameter after *args or keyword-only");
                if (nm != null) {
                    phase = 1;
                    names[pyIndex] = nm.value();
                } else {
                    check(phase == 0, m, "positional-only parameter after a named one");
                    names[pyIndex] = "";
                    posOnly++;
                }
                pos++;
            }
            Default d = p.getAnnotation(Default.class);
            boolean opt = p.isAnnotationPresent(Opt.class);
            check(!(opt && p.getType().isPrimitive()), m, "@Opt on a primitive");
            if (d != null || opt) {
                optional[pyIndex] = true;
                defaults[pyIndex] = d != null ? parseDefault(d.value(), p.getType(), m) : null;
                if (ko == null) {
                    sawDefault = true;
                }
            } else {
                check(ko != null || !sawDefault, m, "required parameter after optional one");
            }
            javaToPy[j] = pyIndex++;
        }
        String[] pyNames = Arrays.copyOf(names, pyIndex);
        // Constructors report errors under the type's name, as CPython's do ("int expected ...").
        boolean ctor = (name.equals("__new__") || name.equals("__init__")) && qual.contains(".");
        String shown = ctor ? qual.substring(0, qual.lastIndexOf('.')) : name;
        Signature sig = new Signature(shown, qual, pyNames, posOnly, pos, kwOnly, varArgs, varKw,
                Arrays.copyOf(defaults, pyIndex), Arrays.copyOf(optional, pyIndex), ctor);

        MethodHandle h = lookup.unreflect(m);
        int first = receiver ? 1 : skip;
        // Convert each Python parameter from PyObject to its declared Java type.
        for (int j = 0; j < n; j++) {
            Parameter p = params[j + skip];
            String label = javaToPy[j] >= 0 && !pyNames[javaToPy[j]].isEmpty()
                    ? "'" + pyNames[javaToPy[j]] + "'" : Integer.toString(j + 1);
            MethodHandle conv = converter(p.getType(), name, label, m);
            if (conv != null) {
                h = MethodHandles.filterArguments(h, first + j, conv);
            }
        }
        h = adaptResult(h, m.getReturnType(), m);
        // Uniform shape: (PyObject self, PyObject p1..pn) -> PyObject.
        if (!receiver && skip == 0) {
            h = MethodHandles.dropArguments(h, 0, PyObject.class);
        }
        MethodType uniform = MethodType.genericMethodType(n + 1).changeReturnType(PyObject.class);
        for (int i = 0; i <= n; i++) {
            uniform = uniform.changeParameterType(i, PyObject.class);
        }
        h = h.asType(uniform);
        MethodHandle general = h.asSpreader(PyObject[].class, n);
        MethodHandle[] fast = new MethodHandle[4];
        if (sig.simplePositional()) {
            for (int k = sig.minPos; k <= sig.posCount && k <= 3; k++) {
                MethodHandle f = h;
                if (k < n) {
                    Object[] rest = new Object[n - k];
                    for (int i = k; i < n; i++) {
                        rest[i - k] = defaults[i];
                    }
                    f = MethodHandles.insertArguments(h, 1 + k, rest);
                }
                fast[k] = f;
            }
        }
        return new JavaCall(sig, doc, general, fast);
    }

    private static void check(boolean ok, Method m, String what) {
        if (!ok) {
            throw new IllegalStateException(m + ": " + what);
        }
    }

    private static MethodHandle converter(Class<?> t, String fn, String label, Method m) {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            String conv;
            if (t == PyObject.class) {
                return null;
            } else if (t == int.class) {
                conv = "toInt";
            } else if (t == long.class) {
                conv = "toLong";
            } else if (t == double.class) {
                conv = "toDouble";
            } else if (t == boolean.class) {
                conv = "toBoolean";
            } else if (t == String.class) {
                conv = "toStr";
            } else if (t == PyObject[].class) {
                return l.findStatic(Conversions.class, "tupleItems",
                        MethodType.methodType(PyObject[].class, PyObject.class));
            } else if (PyObject.class.isAssignableFrom(t)) {
                MethodHandle c = l.findStatic(Conversions.class, "check", MethodType.methodType(
                        PyObject.class, Class.class, String.class, String.class, String.class,
                        PyObject.class));
                c = MethodHandles.insertArguments(c, 0, t, pythonName(t), fn, label);
                return c.asType(MethodType.methodType(t, PyObject.class));
            } else {
                throw new IllegalStateException(m + ": unsupported parameter type " + t);
            }
            MethodHandle c = l.findStatic(Conversions.class, conv,
                    MethodType.methodType(t, String.class, String.class, PyObject.class));
            return MethodHandles.insertArguments(c, 0, fn, label);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pythonName(Class<?> t) {
        dev.taipan.objects.expose.PyClass pc = t.getAnnotation(PyClass.class);
        if (pc != null) {
            return pc.name();
        }
        return t.getSimpleName();
    }

    private static MethodHandle adaptResult(MethodHandle h, Class<?> r, Method m) {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            String conv;
            if (r == void.class) {
                return MethodHandles.filterReturnValue(h, l.findStatic(Conversions.class, "none",
                        MethodType.methodType(PyObject.class)));
            } else if (PyObject.class.isAssignableFrom(r)) {
                return h;
            } else if (r == boolean.class) {
                conv = "fromBoolean";
            } else if (r == int.class) {
                conv = "fromInt";
            } else if (r == long.class) {
                conv = "fromLong";
            } else if (r == double.class) {
                conv = "fromDouble";
            } else if (r == String.class) {
                conv = "fromString";
            } else if (r == BigInteger.class) {
                conv = "fromBigInteger";
            } else {
                throw new IllegalStateException(m + ": unsupported return type " + r);
            }
            return MethodHandles.filterReturnValue(h, l.findStatic(Conversions.class, conv,
                    MethodType.methodType(PyObject.class, r)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses a {@link Default} literal.
     *
     * @param text     the literal
     * @param javaType the parameter's Java type
     * @param m        the method, for errors
     * @return the value
     */
    static PyObject parseDefault(String text, Class<?> javaType, Method m) {
        switch (text) {
            case "None":
                return dev.taipan.objects.PyNone.NONE;
            case "True":
                // A Java boolean only needs the truth; 1 avoids initializing bool while int is
                // still being initialized (bool's type needs int's).
                return javaType == boolean.class ? dev.taipan.objects.PyInt.of(1)
                        : dev.taipan.objects.PyBool.TRUE;
            case "False":
                return javaType == boolean.class ? dev.taipan.objects.PyInt.of(0)
                        : dev.taipan.objects.PyBool.FALSE;
            default:
                break;
        }
        if (text.length() >= 2 && (text.charAt(0) == '\'' || text.charAt(0) == '"')
                && text.charAt(text.length() - 1) == text.charAt(0)) {
            return PyStr.of(text.substring(1, text.length() - 1));
        }
        try {
            return dev.taipan.objects.PyInt.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            try {
                return dev.taipan.objects.PyFloat.of(Double.parseDouble(text));
            } catch (NumberFormatException e2) {
                throw new IllegalStateException(m + ": bad default " + text);
            }
        }
    }

    @SuppressWarnings("unused")
    private static boolean isAnnotated(Parameter p, Class<? extends Annotation> a) {
        return p.isAnnotationPresent(a);
    }
}

package dev.taipan.modules.decimal;

import dev.taipan.interp.WeakThreadLocal;
import dev.taipan.interp.PyModule;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/**
 * The {@code _decimal} module of one interpreter, re-exported by the bundled {@code decimal}.
 * It owns this interpreter's {@code Decimal} and {@code Context} types (so a value can find the
 * module, and through it the current context, without any static state), the thread-local
 * current context, and the template contexts {@code DefaultContext}, {@code BasicContext} and
 * {@code ExtendedContext}.
 */
// CPython: Modules/_decimal/_decimal.c
public final class DecimalModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** This interpreter's {@code decimal.Decimal}. */
    final PyType decimalType;
    /** This interpreter's {@code decimal.Context}. */
    final PyType contextType;
    /** The context of each thread running in this interpreter. */
    private final WeakThreadLocal<PyContext> current = new WeakThreadLocal<>();
    final PyContext defaultContext;
    private final PyContext basicContext;
    private final PyContext extendedContext;

    /** Creates the module: its types, contexts, constants, signals and functions. */
    public DecimalModule() {
        super("_decimal");
        decimalType = PyType.fromClass(PyDecimal.class, PyDecimal.LOOKUP);
        contextType = PyType.fromClass(PyContext.class, PyContext.LOOKUP);
        decimalType.getDict().put("__module__", PyStr.of("decimal"));
        contextType.getDict().put("__module__", PyStr.of("decimal"));
        // Constructing a Decimal or Context needs this module (its current context, its types),
        // which a static @PyNew cannot reach: __new__ is a function bound to the module instead.
        ModuleExposer.expose(this, DecimalModule.class, LOOKUP, (name, fn) -> {
            if (name.equals("__new__")) {
                decimalType.getDict().put(name, fn);
                contextType.getDict().put(name, fn);
            } else {
                put(name, fn);
            }
        });
        defaultContext = new PyContext(this);
        basicContext = new PyContext(this);
        basicContext.prec = 9;
        basicContext.rounding = Rounding.HALF_UP;
        basicContext.traps = Signals.CLAMPED | Signals.ANY_INVALID | Signals.DIVISION_BY_ZERO
                | Signals.OVERFLOW | Signals.UNDERFLOW;
        extendedContext = new PyContext(this);
        extendedContext.prec = 9;
        extendedContext.traps = 0;
        put("Decimal", decimalType);
        put("Context", contextType);
        put("DefaultContext", defaultContext);
        put("BasicContext", basicContext);
        put("ExtendedContext", extendedContext);
        for (PyType t : Signals.ALL) {
            put(t.getName(), t);
        }
        for (String r : Rounding.NAMES) {
            put(r, PyStr.of(r));
        }
        put("MAX_PREC", PyInt.of(PyContext.MAX_PREC));
        put("MAX_EMAX", PyInt.of(PyContext.MAX_EMAX));
        put("MIN_EMIN", PyInt.of(PyContext.MIN_EMIN));
        put("MIN_ETINY", PyInt.of(PyContext.MIN_EMIN - (PyContext.MAX_PREC - 1)));
        put("HAVE_THREADS", dev.taipan.objects.PyBool.TRUE);
        put("HAVE_CONTEXTVAR", dev.taipan.objects.PyBool.TRUE);
        put("__version__", PyStr.of("1.70"));
        put("__libmpdec_version__", PyStr.of("2.5.1"));
        put("__doc__", PyStr.of("C decimal arithmetic module"));
    }

    /** The current thread's context, made from {@code DefaultContext} on first use. */
    PyContext context() {
        PyContext c = current.get();
        if (c == null) {
            c = defaultContext.copyContext();
            c.flags = 0;
            current.set(c);
        }
        return c;
    }

    /** The context an optional {@code context} argument names: the current one for None. */
    PyContext context(PyObject arg) {
        if (arg == null || arg == PyNone.NONE) {
            return context();
        }
        if (arg instanceof PyContext c) {
            return c;
        }
        throw Errors.typeError("optional argument must be a context");
    }

    /** The {@code DecimalTuple} class that {@code decimal} installs, or null before that. */
    PyObject tupleType() {
        return get("DecimalTuple");
    }

    // ---- module functions ---------------------------------------------------------------

    /** Returns the current thread's context. */
    @PyFunction(doc = "Get the current default context.\n\n")
    PyObject getcontext() {
        return context();
    }

    /** Makes a context the current thread's; the templates are copied first. */
    @PyFunction(doc = "Set a new default context.\n\n")
    void setcontext(PyObject context) {
        if (!(context instanceof PyContext c)) {
            throw Errors.typeError("argument must be a context");
        }
        if (c == defaultContext || c == basicContext || c == extendedContext) {
            c = c.copyContext();
            c.flags = 0;
        }
        current.set(c);
    }

    /** Returns a context manager that makes a copy of a context current for a {@code with} block. */
    @PyFunction(doc = "Return a context manager that will set the default context to a copy\n"
            + "of ctx on entry to the with-statement and restore the previous default\n"
            + "context when exiting the with-statement. If no context is specified, a\n"
            + "copy of the current default context is used.\n\n")
    PyObject localcontext(@Opt PyObject ctx, @Kwargs PyDict kwargs) {
        PyContext base = ctx == null || ctx == PyNone.NONE ? context() : null;
        if (base == null) {
            if (!(ctx instanceof PyContext c)) {
                throw Errors.typeError("optional argument must be a context");
            }
            base = c;
        }
        PyContext local = base.copyContext();
        if (kwargs != null) {
            for (PyObject k : kwargs.keysArray()) {
                String name = k.toString();
                if (!isContextField(name)) {
                    throw Errors.typeError("this function got an unexpected keyword argument '%s'", name);
                }
                local.setField(name, kwargs.getItem(k));
            }
        }
        return new ContextManager(this, local);
    }

    void enter(ContextManager cm) {
        cm.saved = context();
        current.set(cm.local);
    }

    void exit(ContextManager cm) {
        current.set(cm.saved);
    }

    private static final String[] FIELDS = {"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"};

    private static boolean isContextField(String name) {
        for (String f : FIELDS) {
            if (f.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code __new__} of both {@code Decimal} and {@code Context} (they need this module). */
    @PyFunction("__new__")
    PyObject typeNew(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        if (cls.isSubtypeOf(decimalType)) {
            return newDecimal(cls, args, kwargs);
        }
        if (cls.isSubtypeOf(contextType)) {
            return newContext(cls, args, kwargs);
        }
        throw Errors.typeError("decimal.Decimal.__new__(%s): %s is not a subtype of decimal.Decimal",
                cls.getName(), cls.getName());
    }

    private static PyObject[] bind(String fn, String[] names, PyObject[] args, PyDict kwargs) {
        if (args.length > names.length) {
            throw Errors.typeError("%s() takes at most %d arguments (%d given)", fn, names.length,
                    args.length + (kwargs == null ? 0 : kwargs.size()));
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, args.length);
        if (kwargs != null) {
            for (PyObject k : kwargs.keysArray()) {
                String name = k.toString();
                int i = 0;
                while (i < names.length && !names[i].equals(name)) {
                    i++;
                }
                if (i == names.length) {
                    throw Errors.typeError("this function got an unexpected keyword argument '%s'", name);
                }
                if (out[i] != null) {
                    throw Errors.typeError("argument for function given by name ('%s') and position (%d)",
                            name, i + 1);
                }
                out[i] = kwargs.getItem(k);
            }
        }
        return out;
    }

    private PyObject newDecimal(PyType cls, PyObject[] args, PyDict kwargs) {
        PyObject[] a = bind("Decimal", new String[] {"value", "context"}, args, kwargs);
        PyContext ctx = context(a[1]);
        PyDecimal d = a[0] == null ? new PyDecimal(this, false, BigInteger.ZERO, 0, PyDecimal.FINITE)
                : DecimalConversions.construct(this, a[0], ctx);
        return cls == decimalType ? d.exact() : new PyDecimal.Derived(cls, d);
    }

    private PyObject newContext(PyType cls, PyObject[] args, PyDict kwargs) {
        PyObject[] a = bind("Context", FIELDS, args, kwargs);
        PyContext c = cls == contextType ? new PyContext(this) : new PyContext.Derived(this, cls);
        c.copyFrom(defaultContext);
        c.flags = 0;
        for (int i = 0; i < FIELDS.length; i++) {
            if (a[i] != null && a[i] != PyNone.NONE) {
                c.setField(FIELDS[i], a[i]);
            }
        }
        return c;
    }
}

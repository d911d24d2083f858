package dev.taipan.modules;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.PyModule;
import dev.taipan.interp.TracebackPrinter;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.CompareOp;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code atexit} module of one interpreter: the functions a program registers to run when it
 * ends normally. The {@code taipan} command calls {@link #runExitFunctions()} after the main
 * program (and after waiting for non-daemon threads), last registered first.
 */
// CPython: Modules/atexitmodule.c
public final class AtexitModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final String DOC = """
            allow programmer to define multiple exit functions to be executed
            upon normal program termination.

            Two public functions, register and unregister, are defined.
            """;

    private static final String REGISTER_DOC = """
            Register a function to be executed upon normal program termination

                func - function to be called at exit
                args - optional arguments to pass to func
                kwargs - optional keyword arguments to pass to func

                func is returned to facilitate usage as a decorator.""";

    /** A registered function with the arguments to call it with. */
    private record Callback(PyObject function, PyObject[] args, PyDict kwargs) {
    }

    private final Interpreter interp;
    /**
     * The registered callbacks in registration order; an unregistered one leaves a {@code null}
     * slot, so that {@code _ncallbacks()} counts as CPython 3.13 does until the list is run or
     * cleared.
     */
    private final List<Callback> callbacks = new ArrayList<>();

    /**
     * Creates the module for an interpreter.
     *
     * @param interp the interpreter whose standard error reports failing callbacks
     */
    public AtexitModule(Interpreter interp) {
        super("atexit");
        this.interp = interp;
        put("__doc__", PyStr.of(DOC));
        ModuleExposer.expose(this, AtexitModule.class, LOOKUP, this::put);
    }

    /** {@code register(func, /, *args, **kwargs)}: registers {@code func}; returns it. */
    @PyFunction(doc = REGISTER_DOC)
    PyObject register(@Args PyObject[] args, @Kwargs PyDict kwargs) {
        if (args.length == 0) {
            throw Errors.typeError("register() takes at least 1 argument (0 given)");
        }
        PyObject function = args[0];
        if (!Abstract.isCallable(function)) {
            throw Errors.typeError("the first argument must be callable");
        }
        PyDict kw = kwargs == null || kwargs.size() == 0 ? null : kwargs;
        callbacks.add(new Callback(function, Arrays.copyOfRange(args, 1, args.length), kw));
        return function;
    }

    /** {@code unregister(func, /)}: removes every registration of a function equal to {@code func}. */
    @PyFunction
    void unregister(PyObject function) {
        for (int i = 0; i < callbacks.size(); i++) {
            Callback cb = callbacks.get(i);
            if (cb != null && Abstract.richCompareBool(cb.function(), function, CompareOp.EQ)) {
                callbacks.set(i, null);
            }
        }
    }

    /** {@code _run_exitfuncs()}: runs and forgets the callbacks, last registered first. */
    @PyFunction("_run_exitfuncs")
    void runExitFuncs() {
        runExitFunctions();
    }

    /** {@code _clear()}: forgets every callback. */
    @PyFunction("_clear")
    void clear() {
        callbacks.clear();
    }

    /** {@code _ncallbacks()}: the number of callback slots (unregistered ones included). */
    @PyFunction("_ncallbacks")
    PyObject ncallbacks() {
        return PyInt.of(callbacks.size());
    }

    /**
     * Runs the registered callbacks last first, reporting (not raising) what they raise, and
     * forgets them. Called at interpreter exit; the caller holds the interpreter's thread entry.
     */
    public void runExitFunctions() {
        while (!callbacks.isEmpty()) {
            Callback cb = callbacks.remove(callbacks.size() - 1);
            if (cb == null) {
                continue;
            }
            try {
                Abstract.callWithDict(cb.function(), cb.args(), cb.kwargs());
            } catch (PyException e) {
                reportUnraisable(cb.function(), e);
            }
        }
    }

    // CPython: Python/errors.c, write_unraisable_exc
    private void reportUnraisable(PyObject function, PyException e) {
        try {
            String text = "Exception ignored in atexit callback " + Abstract.repr(function) + ":\n"
                    + TracebackPrinter.format(e.getValue());
            PyObject stdout = interp.sys().get("stdout");
            if (stdout != null && stdout != PyNone.NONE) {
                Abstract.callMethod(stdout, "flush");
            }
            PyObject stderr = interp.sys().get("stderr");
            if (stderr == null || stderr == PyNone.NONE) {
                interp.streams().stderr().writeString(text);
            } else {
                Abstract.callMethod(stderr, "write", PyStr.of(text));
            }
        } catch (PyException ignored) {
            // Nothing is left to report a failing report to, as in CPython.
        }
    }
}

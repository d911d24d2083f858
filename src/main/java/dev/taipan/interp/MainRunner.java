package dev.taipan.interp;

import dev.taipan.code.CodeObject;
import dev.taipan.compile.Compiler;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs a program as {@code __main__} the way the {@code python} command does: sets {@code sys.argv}
 * and {@code sys.path[0]}, runs, turns {@code SystemExit} into an exit status and prints any other
 * uncaught exception's traceback to {@code sys.stderr}.
 */
public final class MainRunner {
    private final Interpreter interp;

    /** A runner for programs in {@code interp}. */
    public MainRunner(Interpreter interp) {
        this.interp = interp;
    }

    /** Runs a file; returns the exit status. */
    public int runFile(Path file, List<String> args) {
        Path absolute = file.toAbsolutePath().normalize();
        return run(args, absolute.getParent().toString(), () -> {
            PyDict globals = mainGlobals();
            globals.put(PyStr.of("__file__"), PyStr.of(absolute.toString()));
            globals.put(PyStr.of("__cached__"), PyNone.NONE);
            interp.execFile(absolute.toString(), globals);
        });
    }

    /** Runs source given on the command line ({@code -c}); returns the exit status. */
    public int runCommand(String source, List<String> args) {
        return run(args, "", () -> {
            CodeObject code = interp.compile(source, "<string>", Compiler.Mode.EXEC);
            PyDict globals = mainGlobals();
            interp.exec(code, globals, globals);
        });
    }

    /** Runs source read from standard input; returns the exit status. */
    public int runSource(byte[] source, String filename, List<String> args) {
        return run(args, "", () -> {
            CodeObject code = interp.compile(source, filename);
            PyDict globals = mainGlobals();
            interp.exec(code, globals, globals);
        });
    }

    /** Runs a module as {@code __main__} ({@code -m}); returns the exit status. */
    public int runModule(String name, List<String> args) {
        return run(args, Path.of("").toAbsolutePath().toString(), () -> {
            PyObject spec = interp.findModuleFile(name);
            if (!(spec instanceof PyStr file)) {
                throw dev.taipan.objects.Errors.of(ExceptionTypes.ImportError, "No module named %s", name);
            }
            // As CPython does, sys.argv[0] becomes the file that runs (unittest's usage reads it).
            List<String> argv = new java.util.ArrayList<>(args);
            if (!argv.isEmpty()) {
                argv.set(0, file.toString());
                ((SysModule) interp.sys()).setArgv(argv);
            }
            PyDict globals = mainGlobals();
            globals.put(PyStr.of("__file__"), file);
            interp.execFile(file.toString(), globals);
        });
    }

    private PyDict mainGlobals() {
        PyModule main = new PyModule("__main__");
        main.put("__builtins__", interp.modules().get(PyStr.of("builtins")));
        interp.modules().put(PyStr.of("__main__"), main);
        return main.getDict();
    }

    private int run(List<String> args, String path0, Runnable body) {
        // The main thread holds the GIL while it runs Python; other threads get turns.
        try (ThreadEntry entry = interp.enterThread()) {
            ((SysModule) interp.sys()).setArgv(args);
            interp.sysPath().insert(0, PyStr.of(path0));
            int status;
            try {
                body.run();
                status = 0;
            } catch (PyException e) {
                status = handleUncaught(e.getValue());
            } catch (RuntimeException | StackOverflowError e) {
                // A Java exception outside any Python frame is a bug in Taipan; the user sees SystemError.
                PyException error = e instanceof StackOverflowError
                        ? dev.taipan.objects.Errors.recursionError("maximum recursion depth exceeded")
                        : Unwind.javaError((RuntimeException) e);
                status = handleUncaught(error.getValue());
            }
            waitForThreads();
            runAtexitCallbacks();
            return status;
        } finally {
            interp.streams().flush();
        }
    }

    /**
     * Waits, as CPython does at the end of a program, for the threads {@code threading} started
     * that are not daemons (after running the callbacks of {@code threading._register_atexit}).
     * Nothing to do when the program never imported {@code threading}.
     */
    public void waitForThreads() {
        try (ThreadEntry entry = interp.enterThread()) {
            PyObject threading = interp.modules().get(PyStr.of("threading"));
            if (threading == null) {
                return;
            }
            PyObject shutdown = Abstract.lookupAttr(threading, "_shutdown");
            if (shutdown != null) {
                shutdown.call();
            }
        } catch (PyException e) {
            interp.streams().stdout().flushQuietly();
            interp.streams().stderr().writeString("Exception ignored on threading shutdown:\n"
                    + TracebackPrinter.format(e.getValue(), interp.sys().get("tracebacklimit")));
        }
    }

    /**
     * Runs the callbacks registered with {@code atexit}, last first, as CPython does after waiting
     * for threads. Nothing to do when the program never imported {@code atexit}.
     */
    private void runAtexitCallbacks() {
        PyObject atexit = interp.modules().get(PyStr.of("atexit"));
        if (atexit != null) {
            PyObject run = Abstract.lookupAttr(atexit, "_run_exitfuncs");
            if (run != null) {
                try {
                    run.call();
                } catch (PyException e) {
                    // _run_exitfuncs reports what callbacks raise; a replaced one may raise itself.
                    interp.streams().stderr().writeString(TracebackPrinter.format(e.getValue()));
                }
            }
        }
    }

    /** The exit status for an exception that ended the program, after reporting it. */
    public int handleUncaught(PyBaseException exc) {
        if (exc.getType().isSubtypeOf(ExceptionTypes.SystemExit)) {
            return exitStatus(exc);
        }
        interp.streams().stdout().flushQuietly();
        try {
            PyObject hook = interp.sys().get("excepthook");
            PyObject tb = exc.getTraceback();
            if (hook != null) {
                hook.call(exc.getType(), exc, tb == null ? PyNone.NONE : tb);
            } else {
                interp.streams().stderr().writeString(TracebackPrinter.format(exc, interp.sys().get("tracebacklimit")));
            }
        } catch (PyException e) {
            interp.streams().stderr().writeString(TracebackPrinter.format(exc, interp.sys().get("tracebacklimit")));
        }
        return 1;
    }

    private int exitStatus(PyBaseException exc) {
        PyObject code = Abstract.lookupAttr(exc, "code");
        if (code == null || code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof PyInt) {
            return (int) Abstract.asLong(code);
        }
        interp.streams().stdout().flushQuietly();
        interp.streams().stderr().writeString(Abstract.str(code) + "\n");
        return 1;
    }
}

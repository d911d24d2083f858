package dev.taipan.modules;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.PyModule;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;

/**
 * The {@code _thread} module: starting threads, the lock types and thread-local data, on which the
 * pure-Python {@code threading} module builds. A thread's identity is its Java thread id; Python
 * threads are Java platform threads that enter the interpreter (see
 * {@link dev.taipan.interp.PythonThreads}).
 */
// CPython: Modules/_threadmodule.c
public final class ThreadModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The smallest stack {@code stack_size()} accepts, as CPython's THREAD_STACK_MIN. */
    private static final long STACK_MIN = 32 * 1024;

    private final Interpreter interp;

    /** Creates the module for one interpreter. */
    public ThreadModule(Interpreter interp) {
        super("_thread");
        this.interp = interp;
        ModuleExposer.expose(this, ThreadModule.class, LOOKUP, this::put);
        put("LockType", PyLock.TYPE);
        put("lock", PyLock.TYPE);
        put("RLock", PyRLock.TYPE);
        put("_local", PyThreadLocal.TYPE);
        put("error", ExceptionTypes.RuntimeError);
        put("TIMEOUT_MAX", PyFloat.of(LockTimeouts.TIMEOUT_MAX));
        put("start_new", get("start_new_thread"));
        put("allocate", get("allocate_lock"));
        put("exit_thread", get("exit"));
    }

    @PyFunction(doc = "Start a new thread and return its identifier.")
    PyObject start_new_thread(PyObject function, PyObject args, @Opt PyObject kwargs) {
        if (!Abstract.isCallable(function)) {
            throw Errors.typeError("first arg must be callable");
        }
        if (!(args instanceof PyTuple t)) {
            throw Errors.typeError("2nd arg must be a tuple");
        }
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw Errors.typeError("optional 3rd arg must be a dictionary");
        }
        // Raw _thread threads never hold up the end of the program, as in CPython.
        long ident = interp.threads().start(function, t.items().clone(), (PyDict) kwargs, true,
                "Dummy-" + (interp.threads().count() + 1));
        return PyInt.of(ident);
    }

    /** What {@code threading.Thread.start} uses: a thread with a name and a daemon flag. */
    @PyFunction
    PyObject _start_thread(PyObject function, boolean daemon, String name) {
        return PyInt.of(interp.threads().start(function, PyObject.EMPTY_ARRAY, null, daemon, name));
    }

    @PyFunction(doc = "Create a new lock object. See help(type(threading.Lock())) for\ninformation about locks.")
    static PyObject allocate_lock() {
        return new PyLock();
    }

    @PyFunction(doc = "Return a non-zero integer that uniquely identifies the current thread\n"
            + "amongst other threads that exist simultaneously.")
    static PyObject get_ident() {
        return PyInt.of(Thread.currentThread().threadId());
    }

    @PyFunction(doc = "Return a non-negative integer identifying the thread as reported\nby the OS (kernel).")
    static PyObject get_native_id() {
        return PyInt.of(Thread.currentThread().threadId());
    }

    @PyFunction(doc = "Return the number of currently running Python threads, excluding\nthe main thread.")
    PyObject _count() {
        return PyInt.of(interp.threads().count());
    }

    @PyFunction(doc = "Return the thread stack size used when creating new threads.")
    PyObject stack_size(@Opt PyObject size) {
        long old = interp.threads().stackSize();
        if (size != null) {
            long n = Abstract.asLong(size);
            if (n != 0 && n < STACK_MIN) {
                throw Errors.valueError("size not valid: %d bytes", n);
            }
            if (n < 0) {
                throw Errors.valueError("size must be 0 or a positive value");
            }
            interp.threads().setStackSize(n);
        }
        return PyInt.of(old);
    }

    @PyFunction
    PyObject _get_main_thread_ident() {
        return PyInt.of(interp.threads().mainIdent());
    }

    @PyFunction
    static PyObject _is_main_interpreter() {
        return PyBool.TRUE;
    }

    @PyFunction
    static PyObject daemon_threads_allowed() {
        return PyBool.TRUE;
    }

    // CPython: Modules/_threadmodule.c, thread_excepthook
    @PyFunction(doc = "Handle uncaught Thread.run() exception.")
    PyObject _excepthook(PyObject args) {
        PyObject type = Abstract.getAttr(args, "exc_type");
        if (type == ExceptionTypes.SystemExit) {
            return PyNone.NONE;
        }
        PyObject value = Abstract.getAttr(args, "exc_value");
        PyObject thread = Abstract.getAttr(args, "thread");
        PyObject file = interp.sys().get("stderr");
        if ((file == null || file == PyNone.NONE) && thread != PyNone.NONE) {
            file = Abstract.lookupAttr(thread, "_stderr");
        }
        if (file == null || file == PyNone.NONE) {
            return PyNone.NONE;
        }
        String name = thread == PyNone.NONE ? String.valueOf(Thread.currentThread().threadId())
                : Abstract.str(Abstract.getAttr(thread, "name")).toString();
        StringBuilder text = new StringBuilder("Exception in thread ").append(name).append(":\n");
        if (value instanceof PyBaseException exc) {
            text.append(dev.taipan.interp.TracebackPrinter.format(exc, interp.sys().get("tracebacklimit")));
        } else {
            text.append(Abstract.str(type)).append('\n');
        }
        Abstract.callMethod(file, "write", PyStr.of(text.toString()));
        PyObject flush = Abstract.lookupAttr(file, "flush");
        if (flush != null) {
            flush.call();
        }
        return PyNone.NONE;
    }

    @PyFunction(doc = "This is synonymous to ``raise SystemExit''.")
    static PyObject exit() {
        throw ((PyBaseException) ExceptionTypes.SystemExit.call()).toJava();
    }
}

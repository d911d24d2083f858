package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.nio.ByteOrder;

/**
 * The {@code sys} module of one interpreter: its module table, path, streams, recursion limit,
 * version information and the current exception and frame.
 */
// CPython: Python/sysmodule.c
public final class SysModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** The version Taipan implements, as {@code sys.version_info} reports it. */
    public static final int[] VERSION = {3, 13, 0};
    private static final String VERSION_STRING = "3.13.0 (taipan, Java " + Runtime.version().feature() + ")";

    /** CPython's default limit on the digits of int/str conversions (the object model enforces it). */
    static final int INT_MAX_STR_DIGITS = 4300;

    static final PyType VERSION_INFO = StructSeq.newType("sys", "version_info",
            "sys.version_info\n\nVersion information as a named tuple.",
            "major", "minor", "micro", "releaselevel", "serial");
    private static final PyType FLOAT_INFO = StructSeq.newType("sys", "float_info",
            "sys.float_info\n\nA named tuple holding information about the float type.",
            "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
            "radix", "rounds");
    private static final PyType INT_INFO = StructSeq.newType("sys", "int_info",
            "sys.int_info\n\nA named tuple that holds information about Python's\n"
                    + "internal representation of integers.",
            "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold");
    private static final PyType HASH_INFO = StructSeq.newType("sys", "hash_info",
            "hash_info\n\nA named tuple providing parameters used for computing\nhashes.",
            "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");
    private static final PyType FLAGS = StructSeq.newType("sys", "flags",
            "sys.flags\n\nFlags provided through command line arguments or environment vars.",
            "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
            "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
            "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits");

    private final Interpreter interp;
    /** The hooks of {@code sys.set_asyncgen_hooks}, which async generators read when they start. */
    final AsyncGenHooks asyncGenHooks = new AsyncGenHooks();

    SysModule(Interpreter interp) {
        super("sys");
        this.interp = interp;
        ModuleExposer.expose(this, SysModule.class, LOOKUP, this::put);
        put("modules", interp.modules());
        put("path", interp.sysPath());
        put("argv", new PyList());
        put("orig_argv", new PyList());
        put("warnoptions", new PyList());
        put("meta_path", new PyList());
        put("path_hooks", new PyList());
        put("path_importer_cache", new PyDict());
        put("stdin", interp.streams().stdin());
        put("stdout", interp.streams().stdout());
        put("stderr", interp.streams().stderr());
        put("__stdin__", interp.streams().stdin());
        put("__stdout__", interp.streams().stdout());
        put("__stderr__", interp.streams().stderr());
        put("version", PyStr.of(VERSION_STRING));
        put("version_info", versionInfo(VERSION[0], VERSION[1], VERSION[2], "final", 0));
        put("hexversion", PyInt.of((VERSION[0] << 24) | (VERSION[1] << 16) | (VERSION[2] << 8) | 0xf0));
        put("api_version", PyInt.of(1013));
        put("implementation", Implementation.create());
        put("maxsize", PyInt.of(Long.MAX_VALUE));
        put("maxunicode", PyInt.of(0x10FFFF));
        put("float_info", floatInfo());
        // Ints are a long or a BigInteger, but programs read these to size things: CPython's values.
        put("int_info", StructSeq.of(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(INT_MAX_STR_DIGITS),
                PyInt.of(640)));
        // The numeric hash is CPython's (modulo 2**61 - 1); str hashes are Java's, not SipHash.
        put("hash_info", StructSeq.of(HASH_INFO, PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159),
                PyInt.of(0), PyInt.of(1000003), PyStr.of("java"), PyInt.of(32), PyInt.of(0), PyInt.of(0)));
        put("flags", flags());
        put("byteorder", PyStr.of(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "little" : "big"));
        put("platform", PyStr.of(platform()));
        put("executable", PyStr.of(""));
        put("prefix", PyStr.of(""));
        put("exec_prefix", PyStr.of(""));
        put("base_prefix", PyStr.of(""));
        put("copyright", PyStr.of("Copyright (c) Taipan developers."));
        put("dont_write_bytecode", PyBool.TRUE);
        put("builtin_module_names", builtinModuleNames());
        put("float_repr_style", PyStr.of("short"));
        put("displayhook", getDict().getStr("__displayhook__"));
        put("excepthook", getDict().getStr("__excepthook__"));
    }

    /** A {@code sys.version_info} value. */
    static PyObject versionInfo(int major, int minor, int micro, String level, int serial) {
        return StructSeq.of(VERSION_INFO, PyInt.of(major), PyInt.of(minor), PyInt.of(micro), PyStr.of(level),
                PyInt.of(serial));
    }

    // CPython: Objects/floatobject.c, PyFloat_GetInfo (IEEE 754 binary64, as Java's double)
    private static PyObject floatInfo() {
        return StructSeq.of(FLOAT_INFO, PyFloat.of(Double.MAX_VALUE), PyInt.of(Double.MAX_EXPONENT + 1),
                PyInt.of(308), PyFloat.of(Double.MIN_NORMAL), PyInt.of(Double.MIN_EXPONENT + 1), PyInt.of(-307),
                PyInt.of(15), PyInt.of(53), PyFloat.of(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1));
    }

    private static PyObject flags() {
        PyObject zero = PyInt.of(0);
        PyObject one = PyInt.of(1);
        // As CPython runs a script by default, except that bytecode is never written and str
        // hashes are not randomized.
        return StructSeq.of(FLAGS, zero, zero, zero, zero, one, zero, zero, zero, zero, zero, zero, zero, zero,
                PyBool.FALSE, zero, zero, PyBool.FALSE, PyInt.of(INT_MAX_STR_DIGITS));
    }

    private PyObject builtinModuleNames() {
        java.util.List<String> names = new java.util.ArrayList<>(interp.nativeModuleNames());
        if (!names.contains("sys")) {
            names.add("sys");
        }
        java.util.Collections.sort(names);
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(names.get(i));
        }
        return PyTuple.of(items);
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            return "win32";
        }
        if (os.startsWith("mac")) {
            return "darwin";
        }
        return os.startsWith("linux") ? "linux" : os;
    }

    @PyFunction
    PyObject exit(@Opt PyObject status) {
        PyObject exc = status == null ? ExceptionTypes.SystemExit.call() : ExceptionTypes.SystemExit.call(status);
        throw ((PyBaseException) exc).toJava();
    }

    @PyFunction
    PyObject getrecursionlimit() {
        return PyInt.of(interp.recursionLimit());
    }

    @PyFunction
    PyObject setrecursionlimit(PyObject limit) {
        int n = Abstract.asSize(limit);
        if (n < 1) {
            throw Errors.valueError("recursion limit must be greater or equal than 1");
        }
        ThreadState ts = interp.threadState();
        if (n <= ts.depth) {
            throw Errors.recursionError("cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                    n, ts.depth);
        }
        interp.setRecursionLimit(n);
        return PyNone.NONE;
    }

    @PyFunction
    PyObject getswitchinterval() {
        return PyFloat.of(1e-6 * interp.switchIntervalMicros());
    }

    // CPython: Python/sysmodule.c, sys_setswitchinterval_impl
    @PyFunction
    PyObject setswitchinterval(PyObject interval) {
        double d = Abstract.asDouble(interval);
        if (!(d > 0)) {
            throw Errors.valueError("switch interval must be strictly positive");
        }
        // Kept in whole microseconds, as CPython keeps it.
        interp.setSwitchIntervalMicros((long) Math.min(1e6 * d, 9.2e15));
        return PyNone.NONE;
    }

    @PyFunction
    PyObject _is_gil_enabled() {
        return PyBool.of(!interp.isFreeThreaded());
    }

    @PyFunction
    PyObject exc_info() {
        PyBaseException e = interp.threadState().handled();
        if (e == null) {
            return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        PyObject tb = e.getTraceback();
        return PyTuple.of(e.getType(), e, tb == null ? PyNone.NONE : tb);
    }

    @PyFunction
    PyObject exception() {
        PyBaseException e = interp.threadState().handled();
        return e == null ? PyNone.NONE : e;
    }

    @PyFunction
    PyObject _getframe(@Opt PyObject depth) {
        int n = depth == null ? 0 : Abstract.asSize(depth);
        Frame f = interp.threadState().currentFrame();
        for (int i = 0; i < n && f != null; i++) {
            f = f.back;
        }
        if (f == null) {
            throw Errors.valueError("call stack is not deep enough");
        }
        return f.frameObject();
    }

    @PyFunction
    PyObject intern(PyObject s) {
        if (s.getType() != PyStr.TYPE) {
            throw Errors.typeError("intern() argument must be str, not %s", s.getType().getName());
        }
        return PyStr.of(s.toString());
    }

    @PyFunction
    PyObject getsizeof(PyObject o, @Opt PyObject dflt) {
        PyObject sizeof = Abstract.lookupAttr(o, "__sizeof__");
        if (sizeof == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.typeError("Type %s doesn't define __sizeof__", o.getType().getName());
        }
        return PyInt.of(Abstract.asLong(sizeof.call()) + 16);
    }

    @PyFunction
    PyObject get_int_max_str_digits() {
        return PyInt.of(INT_MAX_STR_DIGITS);
    }

    @PyFunction
    PyObject getdefaultencoding() {
        return PyStr.of("utf-8");
    }

    @PyFunction
    PyObject getfilesystemencoding() {
        return PyStr.of("utf-8");
    }

    @PyFunction
    PyObject __displayhook__(PyObject value) {
        return interp.defaultDisplayHook(value);
    }

    @PyFunction
    PyObject __excepthook__(PyObject type, PyObject value, PyObject tb) {
        if (value instanceof PyBaseException be) {
            interp.streams().stderr().writeString(TracebackPrinter.format(be, interp.sys().get("tracebacklimit")));
        }
        return PyNone.NONE;
    }

    @PyFunction
    PyObject get_asyncgen_hooks() {
        return asyncGenHooks.get();
    }

    @PyFunction
    PyObject set_asyncgen_hooks(@Name("firstiter") @Opt PyObject firstiter, @Name("finalizer") @Opt PyObject finalizer) {
        asyncGenHooks.set(firstiter, finalizer);
        return PyNone.NONE;
    }

    /** Sets {@code sys.argv}. */
    public void setArgv(java.util.List<String> argv) {
        PyObject[] items = new PyObject[argv.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(argv.get(i));
        }
        put("argv", PyList.of(items));
        put("orig_argv", PyList.of(items.clone()));
    }
}

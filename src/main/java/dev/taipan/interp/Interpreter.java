package dev.taipan.interp;

import dev.taipan.code.CodeObject;
import dev.taipan.compile.Compiler;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.parse.Parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Python interpreter: everything mutable that Python code can reach hangs off it
 * ({@code sys.modules}, the builtins, the recursion limit, the standard streams), so engines
 * are isolated from each other and nothing mutable is static.
 */
public final class Interpreter {
    private final ThreadLocal<ThreadState> threadStates = ThreadLocal.withInitial(() -> new ThreadState(this));
    private final Map<String, NativeModule> nativeModules = new LinkedHashMap<>();
    private final PyDict modules = new PyDict();
    private final PyModule builtinsModule;
    private final PyModule sysModule;
    private final PyList path = new PyList();
    private volatile int recursionLimit = 1000;
    private final StdStreams streams;

    /**
     * Creates an interpreter.
     *
     * @param modules the native modules it can import; one must be named {@code builtins}
     * @param stdin   standard input
     * @param stdout  standard output
     * @param stderr  standard error
     */
    public Interpreter(List<NativeModule> modules, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        for (NativeModule m : modules) {
            nativeModules.put(m.name(), m);
        }
        this.streams = new StdStreams(stdin, stdout, stderr);
        this.builtinsModule = createNativeModule("builtins");
        if (builtinsModule == null) {
            throw new IllegalArgumentException("no builtins module registered");
        }
        this.modules.put(PyStr.of("builtins"), builtinsModule);
        this.sysModule = new SysModule(this);
        this.sysModule.nativeModule = true;
        this.modules.put(PyStr.of("sys"), sysModule);
        this.path.append(PyStr.of(Sources.BUNDLED));
    }

    /** This thread's state in this interpreter. */
    public ThreadState threadState() {
        return threadStates.get();
    }

    /** {@code sys.modules}. */
    public PyDict modules() {
        return modules;
    }

    /** {@code sys.path}. */
    public PyList sysPath() {
        return path;
    }

    /** The {@code sys} module. */
    public PyModule sys() {
        return sysModule;
    }

    /** The {@code builtins} module's namespace. */
    public PyDict builtins() {
        return builtinsModule.getDict();
    }

    /** The standard streams. */
    public StdStreams streams() {
        return streams;
    }

    /** {@code sys.getrecursionlimit()}. */
    public int recursionLimit() {
        return recursionLimit;
    }

    /** {@code sys.setrecursionlimit(n)}. */
    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    /** The builtin {@code __import__}, to tell whether a script replaced it. */
    PyObject builtinImport() {
        return builtins().getStr("__import__");
    }

    /** Names of the native modules this interpreter can import. */
    public List<String> nativeModuleNames() {
        return List.copyOf(nativeModules.keySet());
    }

    /** Makes and initialises a native module, or returns null when there is none of that name. */
    PyModule createNativeModule(String name) {
        NativeModule def = nativeModules.get(name);
        if (def == null) {
            return null;
        }
        PyModule module = def.create(this);
        module.nativeModule = true;
        return module;
    }

    /** Imports a module by its absolute dotted name, as {@code importlib.import_module}. */
    public PyObject importModule(String name) {
        return Imports.importDotted(this, name);
    }

    /** The path of the source file of a top-level or dotted module on {@code sys.path}, or None. */
    public PyObject findModuleFile(String name) {
        String[] parts = name.split("\\.");
        for (PyObject dirObj : Abstract.toArray(path)) {
            Path p = Path.of(dirObj.toString().isEmpty() ? "." : dirObj.toString());
            for (int i = 0; i < parts.length - 1; i++) {
                p = p.resolve(parts[i]);
            }
            Path file = p.resolve(parts[parts.length - 1] + ".py");
            if (Files.isRegularFile(file)) {
                return PyStr.of(file.toString());
            }
            Path pkgMain = p.resolve(parts[parts.length - 1]).resolve("__main__.py");
            if (Files.isRegularFile(pkgMain)) {
                return PyStr.of(pkgMain.toString());
            }
        }
        return PyNone.NONE;
    }

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    public PyObject importModule(String name, PyDict globals, PyObject fromlist, int level) {
        return Imports.importModuleLevel(this, name, globals, fromlist, level);
    }

    /** Makes a module namespace whose builtins are this interpreter's. */
    public PyDict newGlobals(String name) {
        PyDict globals = new PyDict();
        globals.put(PyStr.of("__name__"), PyStr.of(name));
        globals.put(PyStr.of("__builtins__"), builtinsModule);
        return globals;
    }

    /** Parses and compiles a file and runs it with {@code globals} as its namespace. */
    void execFile(String name, PyDict globals) {
        byte[] bytes;
        try {
            bytes = Sources.read(name);
        } catch (IOException e) {
            throw dev.taipan.objects.Errors.of(dev.taipan.objects.ExceptionTypes.OSError, "%s", e.getMessage());
        }
        CodeObject code = compile(bytes, name);
        exec(code, globals, globals);
    }

    /** Parses and compiles source bytes as a module (SyntaxErrors become Python exceptions). */
    public CodeObject compile(byte[] source, String filename) {
        try {
            return Compiler.compile(Parser.parseFile(source, filename), filename, Compiler.Mode.EXEC);
        } catch (dev.taipan.parse.SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
    }

    /** Compiles source text in a mode (SyntaxErrors become Python exceptions). */
    public CodeObject compile(String source, String filename, Compiler.Mode mode) {
        try {
            return Compiler.compile(source, filename, mode);
        } catch (dev.taipan.parse.SyntaxErrorException e) {
            throw SyntaxErrors.toPython(e);
        }
    }

    /** Runs module-level code with the given globals and locals mapping; returns its value. */
    public PyObject exec(CodeObject code, PyDict globals, PyObject locals) {
        if (globals.getStr("__builtins__") == null) {
            globals.put(PyStr.of("__builtins__"), builtinsModule);
        }
        PyCode pyCode = new PyCode(code);
        Frame f = new Frame(pyCode, globals, builtinsOf(globals), locals, null);
        return Eval.run(threadState(), f, null);
    }

    /** Runs a code object (of a module body or {@code exec}) as {@link #exec(CodeObject, PyDict, PyObject)}. */
    public PyObject exec(PyCode code, PyDict globals, PyObject locals) {
        if (globals.getStr("__builtins__") == null) {
            globals.put(PyStr.of("__builtins__"), builtinsModule);
        }
        Frame f = new Frame(code, globals, builtinsOf(globals), locals, null);
        return Eval.run(threadState(), f, null);
    }

    /** The builtins namespace a frame with these globals uses. */
    PyDict builtinsOf(PyDict globals) {
        PyObject b = globals.getStr("__builtins__");
        if (b instanceof PyModule m) {
            return m.getDict();
        }
        if (b instanceof PyDict d) {
            return d;
        }
        return builtins();
    }

    /** {@code sys.displayhook}: what the REPL and interactive code do with an expression's value. */
    PyObject displayHook(PyObject value) {
        PyObject hook = sysModule.get("displayhook");
        if (hook != null) {
            return hook.call(value);
        }
        return defaultDisplayHook(value);
    }

    /** The default {@code sys.displayhook}: prints the repr of anything but None and keeps it in {@code _}. */
    PyObject defaultDisplayHook(PyObject value) {
        if (value == PyNone.NONE) {
            return PyNone.NONE;
        }
        builtins().put(PyStr.of("_"), PyNone.NONE);
        streams.writeOut(Abstract.repr(value) + "\n");
        builtins().put(PyStr.of("_"), value);
        return PyNone.NONE;
    }

    /** The safe point: GIL hand-off, budgets and cancellation come here. Nothing to do yet. */
    void safePoint(ThreadState ts, Frame f) {
    }
}

package dev.taipan.interp;

import dev.taipan.cache.CodeCache;
import dev.taipan.cache.Compiled;
import dev.taipan.cache.SourceKey;
import dev.taipan.code.CodeObject;
import dev.taipan.compile.Compiler;
import dev.taipan.interp.specialize.SpecializationStats;
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
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Python interpreter: everything mutable that Python code can reach hangs off it
 * ({@code sys.modules}, the builtins, the recursion limit, the standard streams), so engines
 * are isolated from each other and nothing mutable is static.
 */
public final class Interpreter {
    /**
     * Each thread's state, found through a thread-local that holds it only weakly: a thread-local
     * value is reachable from its thread for as long as the thread lives, and a thread state
     * reaches this interpreter, so a strong value would keep every engine a pooled host thread
     * ever used alive (see {@link WeakThreadLocal}).
     */
    private final WeakThreadLocal<ThreadState> threadStates = new WeakThreadLocal<>();
    private final Map<String, NativeModule> nativeModules = new LinkedHashMap<>();
    private final PyDict modules = new PyDict();
    private final PyModule builtinsModule;
    private final PyModule sysModule;
    private final PyList path = new PyList();
    private volatile int recursionLimit = 1000;
    private final StdStreams streams;
    /** Consulted for modules the path does not have (a host's Java packages), or null. */
    private volatile ModuleFinder moduleFinder;
    private final boolean freeThreaded;
    /** Cache keys of module files: a flag bit no other user of the cache sets. */
    private static final int MODULE_FLAGS = 1 << 25;
    private volatile CodeCache codeCache = CodeCache.shared();
    private volatile SpecializationStats specializationStats;
    /** The interpreter lock in GIL mode; null when free-threaded. */
    private final Gil gil;
    private volatile long switchIntervalMicros = 5000;
    private final PythonThreads threads;
    private volatile boolean shutDown;
    /** The door to the host file system, with this interpreter's working directory. */
    private final FileSystemGate fileSystem = new FileSystemGate();

    /**
     * Creates an interpreter.
     *
     * @param modules the native modules it can import; one must be named {@code builtins}
     * @param stdin   standard input
     * @param stdout  standard output
     * @param stderr  standard error
     */
    public Interpreter(List<NativeModule> modules, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        this(modules, stdin, stdout, stderr, false);
    }

    /**
     * Creates an interpreter in a chosen threading mode, fixed for its life.
     *
     * @param modules      the native modules it can import; one must be named {@code builtins}
     * @param stdin        standard input
     * @param stdout       standard output
     * @param stderr       standard error
     * @param freeThreaded true for no interpreter lock (threads run Python in parallel), false for a GIL
     */
    public Interpreter(List<NativeModule> modules, InputStream stdin, OutputStream stdout, OutputStream stderr,
            boolean freeThreaded) {
        this.freeThreaded = freeThreaded;
        this.specializationStats = Boolean.getBoolean("taipan.stats") ? new SpecializationStats() : null;
        this.gil = freeThreaded ? null : new Gil(this);
        this.threads = new PythonThreads(this);
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

    /**
     * The specializer's counters, or null when nobody asked for them (the system property
     * {@code taipan.stats} or {@link #enableSpecializationStats()}).
     */
    public SpecializationStats specializationStats() {
        return specializationStats;
    }

    /**
     * Starts counting what the specializer does; code objects first run after this call are
     * counted. Meant to be called right after construction.
     *
     * @return the counters
     */
    public SpecializationStats enableSpecializationStats() {
        if (specializationStats == null) {
            specializationStats = new SpecializationStats();
        }
        return specializationStats;
    }

    /** Whether this interpreter runs without a GIL ({@code sys._is_gil_enabled()} is its negation). */
    public boolean isFreeThreaded() {
        return freeThreaded;
    }

    /**
     * Ends this interpreter's life as an engine: marks it shut down, so hosts refuse further use,
     * and stops the Python threads it started: each raises {@code SystemExit} (which ends a thread
     * quietly) at its next safe point or blocking wait. Waits up to {@code waitMillis} for them to
     * end. Idempotent.
     *
     * @param waitMillis how long to wait for the threads, in milliseconds (0: do not wait)
     * @return true when no thread started here is still running
     */
    public boolean shutdown(long waitMillis) {
        shutDown = true;
        return threads().stopAll(waitMillis);
    }

    /** {@link #shutdown(long)} waiting up to two seconds for the threads. */
    public void shutdown() {
        shutdown(2000);
    }

    /** Whether {@link #shutdown()} was called. */
    public boolean isShutDown() {
        return shutDown;
    }

    /**
     * Enters the interpreter on the current thread: in GIL mode, waits for and takes the GIL
     * (unless this thread holds it already). Embedding code calls it around each evaluation and
     * each use of Python objects from a thread of its own; close the entry on the same thread.
     * {@link #exec} enters by itself, so a plain evaluation needs no entry.
     *
     * @return the entry to close when the thread leaves
     */
    public ThreadEntry enterThread() {
        ThreadState ts = threadState();
        ThreadState outer = Blocking.active();
        boolean acquire = gil != null && !ts.holdsGil;
        if (acquire) {
            gil.acquire(ts);
        }
        Blocking.setActive(ts);
        return new ThreadEntry(ts, outer, acquire);
    }

    /**
     * Runs {@code op} with this thread's GIL released (see {@link Blocking}); in free-threaded mode,
     * or when the thread does not hold the GIL, it just runs it.
     *
     * @param op  a blocking operation that touches no Python object
     * @param <T> its result type
     * @return what it returned
     */
    public <T> T releaseGil(Blocking.Op<T> op) {
        return Blocking.callReleasing(threadState(), op);
    }

    /** The GIL, or null in free-threaded mode. */
    Gil gil() {
        return gil;
    }

    /** How many times the GIL passed from one thread to a waiting one (0 when free-threaded). */
    public long gilSwitches() {
        return gil == null ? 0 : gil.switches();
    }

    /** {@code sys.getswitchinterval()}, in whole microseconds. */
    public long switchIntervalMicros() {
        return switchIntervalMicros;
    }

    /** {@code sys.setswitchinterval()}, in whole microseconds; below 1 it acts as 1. */
    public void setSwitchIntervalMicros(long micros) {
        switchIntervalMicros = Math.max(0, micros);
    }

    /** How long a thread may keep the GIL while another waits, in nanoseconds. */
    long switchIntervalNanos() {
        return Math.max(1, switchIntervalMicros) * 1000;
    }

    /** The threads Python code started in this interpreter. */
    public PythonThreads threads() {
        return threads;
    }

    /**
     * Sets the finder the import system consults last, for modules that neither the native
     * modules nor {@code sys.path} have (an embedding host's Java packages).
     *
     * @param finder the finder, or null for none
     */
    public void setModuleFinder(ModuleFinder finder) {
        moduleFinder = finder;
    }

    /** The finder of modules the path does not have, or null. */
    ModuleFinder moduleFinder() {
        return moduleFinder;
    }

    /** This thread's state in this interpreter. */
    public ThreadState threadState() {
        ThreadState ts = threadStates.get();
        return ts != null ? ts : newThreadState();
    }

    private ThreadState newThreadState() {
        ThreadState ts = new ThreadState(this);
        threadStates.set(ts);
        return ts;
    }

    /** The gate every file-system operation of this interpreter passes through. */
    public FileSystemGate fileSystem() {
        return fileSystem;
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
        String relative = String.join("/", parts);
        for (PyObject dirObj : Abstract.toArray(path)) {
            // Sources also answers for the bundled library, so -m finds unittest and the like.
            String dir = dirObj.toString();
            if (Sources.isFile(dir, relative + ".py")) {
                return PyStr.of(Sources.join(dir, relative + ".py"));
            }
            if (Sources.isFile(dir, relative + "/__main__.py")) {
                return PyStr.of(Sources.join(dir, relative + "/__main__.py"));
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

    /**
     * Parses and compiles a file and runs it with {@code globals} as its namespace. The compiled
     * code comes from the code cache when the same file with the same bytes was compiled before,
     * by this interpreter or another: importing a module in a new engine costs no compilation.
     */
    void execFile(String name, PyDict globals) {
        byte[] bytes;
        try {
            bytes = Sources.read(name);
        } catch (IOException e) {
            throw dev.taipan.objects.Errors.of(dev.taipan.objects.ExceptionTypes.OSError, "%s", e.getMessage());
        }
        // Latin-1 maps bytes to chars one to one: a cheap, exact key for the file's bytes.
        SourceKey key = new SourceKey(new String(bytes, StandardCharsets.ISO_8859_1), name, MODULE_FLAGS);
        CompiledModule compiled = codeCache.get(key, k -> new CompiledModule(compile(bytes, name)));
        exec(compiled.code(), globals, globals);
    }

    /** A module's compiled code, as the code cache holds it. */
    private record CompiledModule(CodeObject code) implements Compiled {
        @Override
        public long weight() {
            return code.estimatedSize();
        }
    }

    /**
     * Compiles and caches through another code cache than the JVM-wide one (an engine's own).
     *
     * @param cache the cache
     */
    public void setCodeCache(CodeCache cache) {
        this.codeCache = java.util.Objects.requireNonNull(cache, "cache");
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
        return exec(new PyCode(code), globals, locals);
    }

    /** Runs a code object (of a module body or {@code exec}) as {@link #exec(CodeObject, PyDict, PyObject)}. */
    public PyObject exec(PyCode code, PyDict globals, PyObject locals) {
        ThreadState ts = threadState();
        if (gil == null || ts.holdsGil) {
            return execEntered(ts, code, globals, locals);
        }
        try (ThreadEntry entry = enterThread()) {
            return execEntered(ts, code, globals, locals);
        }
    }

    private PyObject execEntered(ThreadState ts, PyCode code, PyDict globals, PyObject locals) {
        if (globals.getStr("__builtins__") == null) {
            globals.put(PyStr.of("__builtins__"), builtinsModule);
        }
        Frame f = new Frame(code, globals, builtinsOf(globals), locals, null, this);
        return Eval.run(ts, f, null);
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

    /** The safe point: GIL hand-off (budgets and cancellation will come here too). */
    void safePoint(ThreadState ts, Frame f) {
        if (ts.stopRequested) {
            throw Blocking.shuttingDown();
        }
        if (ts.gilDropRequested) {
            ts.gilDropRequested = false;
            if (gil != null && ts.holdsGil) {
                gil.yieldToWaiter(ts);
            }
        }
    }
}

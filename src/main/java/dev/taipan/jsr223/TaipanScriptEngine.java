package dev.taipan.jsr223;

import dev.taipan.api.EngineOptions;
import dev.taipan.api.PythonObject;
import dev.taipan.api.HostAccess;
import dev.taipan.api.ThreadingMode;
import dev.taipan.interop.Boundary;
import dev.taipan.builtins.Builtins;
import dev.taipan.interp.Interpreter;
import dev.taipan.interp.NativeModule;
import dev.taipan.interp.PyCode;
import dev.taipan.interp.SysModule;
import dev.taipan.interp.ThreadEntry;
import dev.taipan.modules.StandardModules;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.parse.SyntaxErrorException;
import dev.taipan.code.CodeObject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;

/**
 * Taipan as a {@code javax.script} engine: Python 3.13 scripts evaluated in one interpreter per
 * engine, made on first use. Any number of host threads may evaluate at once, each with its own
 * {@link ScriptContext}.
 *
 * <h2>Namespaces</h2>
 * A script's globals are the context's ENGINE_SCOPE bindings; names missing there are looked up in
 * GLOBAL_SCOPE, then in the builtins; assignments only ever reach ENGINE_SCOPE. The engine's own
 * {@link TaipanBindings} (from {@link #createBindings()}, and the default context's) are the
 * namespace itself; other bindings are copied in and the changes written back (see
 * {@link Namespace}). {@code __name__} is {@code "__main__"}.
 *
 * <h2>Values</h2>
 * {@code eval} returns the value of the script's last statement when it is an expression, else
 * null. Values cross the boundary converted (see {@link dev.taipan.interop.JavaValues}): strings,
 * numbers, booleans and null become {@code str}, {@code int}, {@code float}, {@code bool} and
 * {@code None} and back; Java lists, maps, sets and arrays are seen from Python as live views, and
 * Python lists, dicts and sets are seen from Java as live {@code List}/{@code Map}/{@code Set}
 * views (tuples and frozensets read-only); other Python objects come back as
 * {@link PythonObject} handles, and other Java objects are host objects whose public methods,
 * fields and bean properties scripts may use. What else scripts may reach of the JVM is the
 * engine's {@link HostAccess} policy: by default, nothing (no class lookup, no reflection).
 *
 * <h2>Streams</h2>
 * {@code print}, {@code sys.stdout}, {@code sys.stderr} and {@code input()} use the writer, error
 * writer and reader of the context of the evaluation running on the calling thread (the
 * interpreter's streams are routed per thread); elsewhere, as in {@link Invocable} calls and
 * threads a script started, they use the engine's default context. Both writers are flushed when
 * an evaluation or call ends.
 *
 * <h2>Errors</h2>
 * A Python exception, a {@code SyntaxError} included, reaches the host as a
 * {@link ScriptException} whose message is the Python traceback text, with the file name
 * ({@link ScriptEngine#FILENAME} from the context, default {@code <script>}), line and 1-based
 * column, and the Python exception as its cause.
 *
 * <h2>Options and life cycle</h2>
 * An engine's options ({@link EngineOptions}) come from {@link dev.taipan.api.Taipan#newEngine()}
 * and from {@code python.*} keys put in its bindings before the first evaluation, which starts
 * its interpreter; after that, putting a different value is an {@link IllegalStateException}.
 * Scripts are compiled through the JVM-wide code cache (or the engine's own, if configured).
 * {@link #close()} ends the engine: its Python threads are stopped and every later evaluation or
 * call is refused with an {@link IllegalStateException}.
 */
public final class TaipanScriptEngine extends AbstractScriptEngine implements Compilable, Invocable, AutoCloseable {
    /** The file name of scripts whose context names none. */
    public static final String DEFAULT_FILENAME = "<script>";

    private final TaipanScriptEngineFactory factory;
    /** The context of the evaluation running on each thread, for the stream router. */
    private final ThreadLocal<ScriptContext> current = new ThreadLocal<>();
    private final Writer discard = Writer.nullWriter();
    private final EngineOptions configured;
    /** The options in force, set when the interpreter starts. */
    private volatile EngineOptions options;
    private volatile Interpreter interpreter;
    private volatile boolean closed;
    /** This engine's wrappers of cached code: its constants and, later, its adaptive state. */
    private final Cache<CodeObject, PyCode> codes = Caffeine.newBuilder().weakKeys().build();
    /** The host access rules of the running interpreter, or null before it starts. */
    private volatile Boundary boundary;
    /** How values cross: {@link HostAccess#NONE}'s rules until the engine starts, then its own. */
    private final Boundary rules = Conversions.following(() -> boundary);

    /** Makes an engine outside a {@code ScriptEngineManager}, with a factory of its own. */
    public TaipanScriptEngine() {
        this(new TaipanScriptEngineFactory(), EngineOptions.DEFAULTS);
    }

    /**
     * Makes an engine for its factory.
     *
     * @param factory the factory that {@link #getFactory()} returns
     */
    public TaipanScriptEngine(TaipanScriptEngineFactory factory) {
        this(factory, EngineOptions.DEFAULTS);
    }

    /**
     * Makes an engine with options; {@link dev.taipan.api.Taipan#newEngine()} is the usual way.
     *
     * @param options the options, which bindings keys may still change until the first evaluation
     */
    public TaipanScriptEngine(EngineOptions options) {
        this(new TaipanScriptEngineFactory(), options);
    }

    /**
     * Makes an engine for its factory, with options.
     *
     * @param factory the factory that {@link #getFactory()} returns
     * @param options the options, which bindings keys may still change until the first evaluation
     */
    public TaipanScriptEngine(TaipanScriptEngineFactory factory, EngineOptions options) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.configured = Objects.requireNonNull(options, "options");
        context.setBindings(createBindings(), ScriptContext.ENGINE_SCOPE);
    }

    /**
     * The options in force: those configured and set through bindings, once the engine has
     * started; until then, those configured.
     *
     * @return the options
     */
    public EngineOptions options() {
        EngineOptions o = options;
        return o != null ? o : configured;
    }

    /**
     * Whether the first evaluation has started the interpreter, fixing the options.
     *
     * @return true once started
     */
    public boolean isStarted() {
        return interpreter != null;
    }

    /**
     * Ends the engine: stops the Python threads it started and refuses later evaluations and calls
     * with an {@link IllegalStateException}. Evaluations running on other threads finish or fail.
     * Closing twice does nothing.
     */
    @Override
    public void close() {
        closed = true;
        Interpreter interp = interpreter;
        if (interp != null) {
            interp.shutdown();
        }
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    /** Returns new empty {@link TaipanBindings}; cheap, as no interpreter is needed. */
    @Override
    public Bindings createBindings() {
        return new TaipanBindings(this::checkOption, rules);
    }

    /** Accepts an option put in this engine's bindings while it can still take effect. */
    private void checkOption(String key, Object value) {
        EngineOptions inForce = options;
        EngineOptions changed = (inForce != null ? inForce : configured).with(key, value);
        if (inForce != null && !Objects.equals(changed.get(key), inForce.get(key))) {
            throw new IllegalStateException("engine option " + key + " cannot change after the engine's first"
                    + " evaluation (it is " + inForce.get(key) + ")");
        }
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        return run(compileScript(script, filenameOf(context), context), context);
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        return eval(readAll(reader), context);
    }

    /**
     * Compiles a script once for many evaluations, from any thread and with any context. Its
     * file name is the one the engine's default context names when it is compiled.
     */
    @Override
    public CompiledScript compile(String script) throws ScriptException {
        return new TaipanCompiledScript(this, compileScript(script, filenameOf(context), context));
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(readAll(script));
    }

    // ---- Invocable ---------------------------------------------------------------------------

    /**
     * Calls a function of the default context's namespace (a global of ENGINE_SCOPE, else of
     * GLOBAL_SCOPE, else a builtin).
     *
     * @throws NoSuchMethodException only when there is no callable of that name; an
     *     {@code AttributeError} raised inside the function is a {@link ScriptException}
     */
    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (name == null) {
            throw new NullPointerException("name");
        }
        PyObject fn = function(context, name);
        if (fn == null) {
            throw new NoSuchMethodException("no function named '" + name + "'");
        }
        return call(fn, args);
    }

    /**
     * Calls a method of a Python object ({@code thiz.name(*args)}).
     *
     * @param thiz a {@link PythonObject} or any convertible Java value
     * @throws NoSuchMethodException only when the object has no callable attribute of that name
     */
    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (name == null) {
            throw new NullPointerException("name");
        }
        PyObject fn = method(target(thiz), name);
        if (fn == null) {
            throw new NoSuchMethodException("'" + typeName(thiz) + "' object has no method '" + name + "'");
        }
        return call(fn, args);
    }

    /**
     * Implements a Java interface with the functions of the default context's namespace, or
     * returns null when one of its abstract methods has no function of that name. See
     * {@link InterfaceProxy} for how calls, results and errors are mapped.
     */
    @Override
    public <T> T getInterface(Class<T> iface) {
        ScriptContext ctx = context;
        return InterfaceProxy.create(this, iface, name -> function(ctx, name));
    }

    /**
     * Implements a Java interface with the methods of a Python object, or returns null when one
     * of its abstract methods has no callable attribute of that name.
     *
     * @param thiz a {@link PythonObject} or any convertible Java value
     */
    @Override
    public <T> T getInterface(Object thiz, Class<T> iface) {
        PyObject target = target(thiz);
        return InterfaceProxy.create(this, iface, name -> method(target, name));
    }

    // ---- running -----------------------------------------------------------------------------

    /** Runs compiled code in a context; the one path for every evaluation. */
    Object run(ScriptCode code, ScriptContext ctx) throws ScriptException {
        if (ctx == null) {
            throw new NullPointerException("context");
        }
        Interpreter interp = interpreter(ctx);
        checkOptionsOf(ctx.getBindings(ScriptContext.ENGINE_SCOPE));
        ScriptContext previous = enter(ctx);
        try (ThreadEntry entry = interp.enterThread()) {
            Namespace ns = Namespace.open(ctx, interp, rules);
            try {
                PyDict globals = ns.globals();
                PyObject result = PyNone.NONE;
                if (code.body() != null) {
                    interp.exec(pyCode(code.body()), globals, globals);
                }
                if (code.value() != null) {
                    result = interp.exec(pyCode(code.value()), globals, globals);
                }
                return Conversions.toJava(result, rules);
            } catch (PyException e) {
                throw ScriptErrors.of(e, code.filename(), code.source(), options.lineOffset());
            } catch (RuntimeException | StackOverflowError e) {
                throw ScriptErrors.internal(e, code.filename());
            } finally {
                ns.close();
            }
        } finally {
            leave(ctx, previous);
        }
    }

    /** Calls a Python callable with converted arguments in the default context. */
    Object call(PyObject fn, Object[] args) throws ScriptException {
        ScriptContext ctx = context;
        Interpreter interp = interpreter(ctx);
        ScriptContext previous = enter(ctx);
        try (ThreadEntry entry = interp.enterThread()) {
            PyObject[] pyArgs = new PyObject[args == null ? 0 : args.length];
            for (int i = 0; i < pyArgs.length; i++) {
                pyArgs[i] = Conversions.toPython(args[i], rules);
            }
            return Conversions.toJava(fn.call(pyArgs, null), rules);
        } catch (PyException e) {
            throw ScriptErrors.of(e, filenameOf(ctx), null, options.lineOffset());
        } catch (RuntimeException | StackOverflowError e) {
            throw ScriptErrors.internal(e, filenameOf(ctx));
        } finally {
            leave(ctx, previous);
        }
    }

    private ScriptContext enter(ScriptContext ctx) {
        ScriptContext previous = current.get();
        current.set(ctx);
        return previous;
    }

    private void leave(ScriptContext ctx, ScriptContext previous) {
        flushQuietly(ctx.getWriter());
        flushQuietly(ctx.getErrorWriter());
        if (previous == null) {
            current.remove();
        } else {
            current.set(previous);
        }
    }

    private static void flushQuietly(Writer w) {
        if (w != null) {
            try {
                w.flush();
            } catch (IOException e) {
                // The host's writer failing to flush must not hide the script's own result.
            }
        }
    }

    /** This engine's wrapper of compiled code, made once per code object. */
    private PyCode pyCode(CodeObject code) {
        return codes.get(code, PyCode::new);
    }

    /** The engine's interpreter, started on first use from the options the context's bindings set. */
    Interpreter interpreter(ScriptContext ctx) {
        Interpreter interp = interpreter;
        if (interp == null) {
            synchronized (this) {
                interp = interpreter;
                if (interp == null) {
                    interp = start(ctx);
                }
            }
        }
        checkOpen();
        return interp;
    }

    private Interpreter start(ScriptContext ctx) {
        checkOpen();
        EngineOptions o = configured;
        o = withOptionsOf(o, context.getBindings(ScriptContext.ENGINE_SCOPE));
        if (ctx != context) {
            o = withOptionsOf(o, ctx.getBindings(ScriptContext.ENGINE_SCOPE));
        }
        List<NativeModule> modules = new ArrayList<>();
        modules.add(new Builtins());
        modules.addAll(StandardModules.all());
        // The interpreter's own streams are never used: the router always answers.
        Interpreter interp = new Interpreter(modules, InputStream.nullInputStream(),
                OutputStream.nullOutputStream(), OutputStream.nullOutputStream(),
                o.threading() == ThreadingMode.FREE);
        interp.streams().setRouter(new ContextStreams());
        interp.setRecursionLimit(o.recursionLimit());
        interp.setCodeCache(o.codeCache());
        List<String> path = o.path();
        for (int i = path.size() - 1; i >= 0; i--) {
            interp.sysPath().insert(0, PyStr.of(path.get(i)));
        }
        ((SysModule) interp.sys()).setArgv(o.argv());
        boundary = Conversions.install(interp, o.hostAccess());
        options = o;
        interpreter = interp;
        return interp;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the Taipan engine is closed");
        }
    }

    /** Options with those set by {@code python.*} keys of some bindings applied. */
    private static EngineOptions withOptionsOf(EngineOptions o, Bindings b) {
        for (Map.Entry<String, Object> e : optionsIn(b).entrySet()) {
            o = o.with(e.getKey(), e.getValue());
        }
        return o;
    }

    /**
     * Refuses an evaluation whose bindings set options other than those in force (bindings that
     * are not this engine's own cannot refuse the change when it is put).
     */
    private void checkOptionsOf(Bindings b) {
        optionsIn(b).forEach(this::checkOption);
    }

    /** The {@code python.*} entries of some bindings (none for null bindings). */
    private static Map<String, Object> optionsIn(Bindings b) {
        if (b instanceof TaipanBindings own) {
            return own.options();
        }
        Map<String, Object> options = new java.util.HashMap<>();
        if (b != null) {
            for (Map.Entry<String, Object> e : b.entrySet()) {
                if (EngineOptions.isOptionKey(e.getKey())) {
                    options.put(e.getKey(), e.getValue());
                }
            }
        }
        return options;
    }

    /** Routes the standard streams to the context of the evaluation on the calling thread. */
    private final class ContextStreams implements dev.taipan.interp.StreamRouter {
        private ScriptContext context() {
            ScriptContext ctx = current.get();
            return ctx != null ? ctx : TaipanScriptEngine.this.context;
        }

        @Override
        public Writer writer(int fileno) {
            ScriptContext ctx = context();
            Writer w = fileno == 2 ? ctx.getErrorWriter() : ctx.getWriter();
            return w != null ? w : discard;
        }

        @Override
        public Reader reader() {
            Reader r = context().getReader();
            return r != null ? r : Reader.nullReader();
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private ScriptCode compileScript(String source, String filename, ScriptContext ctx) throws ScriptException {
        if (source == null) {
            throw new NullPointerException("script");
        }
        checkOpen();
        EngineOptions o = options();
        try {
            return ScriptCode.compile(o.codeCache(), source, filename);
        } catch (SyntaxErrorException e) {
            interpreter(ctx);
            throw ScriptErrors.of(e, options.lineOffset());
        }
    }

    private static String filenameOf(ScriptContext ctx) {
        Object name = ctx.getAttribute(ScriptEngine.FILENAME);
        return name != null ? name.toString() : DEFAULT_FILENAME;
    }

    /** A callable global of the context's namespace, of GLOBAL_SCOPE or of the builtins, or null. */
    private PyObject function(ScriptContext ctx, String name) {
        PyObject fn = null;
        for (int scope : new int[] {ScriptContext.ENGINE_SCOPE, ScriptContext.GLOBAL_SCOPE}) {
            Bindings b = ctx.getBindings(scope);
            if (b instanceof TaipanBindings own) {
                fn = own.dict().get(PyStr.of(name));
            } else if (b != null && b.get(name) instanceof PythonObject p) {
                fn = p.unwrap();
            }
            if (fn != null) {
                break;
            }
        }
        if (fn == null) {
            fn = interpreter(ctx).builtins().get(PyStr.of(name));
        }
        return fn != null && Abstract.isCallable(fn) ? fn : null;
    }

    /**
     * A callable attribute of a Python object, or null (an {@code AttributeError} while getting it
     * counts as missing).
     *
     * @throws ScriptException when getting the attribute raises anything else
     */
    private PyObject method(PyObject target, String name) throws ScriptException {
        ScriptContext ctx = context;
        Interpreter interp = interpreter(ctx);
        ScriptContext previous = enter(ctx);
        try (ThreadEntry entry = interp.enterThread()) {
            PyObject fn = Abstract.lookupAttr(target, name);
            return fn != null && Abstract.isCallable(fn) ? fn : null;
        } catch (PyException e) {
            throw ScriptErrors.of(e, filenameOf(ctx), null, options.lineOffset());
        } finally {
            leave(ctx, previous);
        }
    }

    private PyObject target(Object thiz) {
        if (thiz == null) {
            throw new IllegalArgumentException("the object to call a method of is null");
        }
        return Conversions.toPython(thiz, rules);
    }

    private static String typeName(Object thiz) {
        return thiz instanceof PythonObject p ? p.typeName() : thiz.getClass().getSimpleName();
    }

    private static String readAll(Reader reader) throws ScriptException {
        if (reader == null) {
            throw new NullPointerException("reader");
        }
        try {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = reader.read(buf)) >= 0; ) {
                b.append(buf, 0, n);
            }
            return b.toString();
        } catch (IOException | UncheckedIOException e) {
            ScriptException se = new ScriptException("cannot read the script: " + e.getMessage());
            se.initCause(e);
            throw se;
        }
    }
}

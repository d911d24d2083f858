package dev.taipan.modules;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.PyModule;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.PyFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.invoke.MethodHandles;
import java.util.Objects;

/**
 * The {@code _taipan_slf4j} module of one interpreter: where Python's {@code logging} hands every
 * record a logger handles, so that the host application sees Python's logs in its own logging.
 * By default records go to SLF4J under the Python logger's name; an embedding application (or a
 * test) may install another {@link Sink} per interpreter with {@link #setSink}.
 *
 * <p>Forwarding is invisible to Python: it prints nothing and raises nothing, whatever the sink
 * does, so what Python's handlers write stays exactly what CPython writes.
 */
public final class Slf4jBridgeModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** The module's name, as {@code logging} imports it. */
    public static final String NAME = "_taipan_slf4j";

    /** Python's numeric levels, as the thresholds of the SLF4J levels. */
    private static final int DEBUG = 10;
    private static final int INFO = 20;
    private static final int WARNING = 30;
    private static final int ERROR = 40;

    /**
     * Where forwarded Python log records go. Levels are Python's numbers ({@code logging.DEBUG}
     * is 10, {@code INFO} 20, {@code WARNING} 30, {@code ERROR} 40, {@code CRITICAL} 50).
     * Implementations must be safe to call from several threads at once.
     */
    public interface Sink {
        /**
         * Whether a record of this logger and level would be kept; when false, the message is
         * not even formatted.
         *
         * @param logger the Python logger's name ({@code "root"} for the root logger)
         * @param level  the record's Python level number
         * @return whether to call {@link #log} for such a record
         */
        boolean isEnabled(String logger, int level);

        /**
         * Takes one record.
         *
         * @param logger  the Python logger's name
         * @param level   the record's Python level number
         * @param message the message with its arguments merged in, followed by the traceback
         *                and stack information when the record has them
         */
        void log(String logger, int level, String message);
    }

    /** The default sink: SLF4J, each Python level mapped to the nearest SLF4J level. */
    private static final Sink SLF4J = new Sink() {
        @Override
        public boolean isEnabled(String logger, int level) {
            Logger target = LoggerFactory.getLogger(logger);
            if (level >= ERROR) {
                return target.isErrorEnabled();
            } else if (level >= WARNING) {
                return target.isWarnEnabled();
            } else if (level >= INFO) {
                return target.isInfoEnabled();
            } else if (level >= DEBUG) {
                return target.isDebugEnabled();
            }
            return target.isTraceEnabled();
        }

        @Override
        public void log(String logger, int level, String message) {
            Logger target = LoggerFactory.getLogger(logger);
            if (level >= ERROR) {
                target.error(message);
            } else if (level >= WARNING) {
                target.warn(message);
            } else if (level >= INFO) {
                target.info(message);
            } else if (level >= DEBUG) {
                target.debug(message);
            } else {
                target.trace(message);
            }
        }
    };

    private volatile Sink sink = SLF4J;

    /**
     * Creates the module for an interpreter, forwarding to SLF4J.
     *
     * @param interp the interpreter it belongs to (unused: the sink is the module's own state)
     */
    public Slf4jBridgeModule(Interpreter interp) {
        super(NAME);
        ModuleExposer.expose(this, Slf4jBridgeModule.class, LOOKUP, this::put);
    }

    /**
     * Returns the sink that SLF4J forwarding uses, the default of every interpreter.
     *
     * @return the SLF4J sink
     */
    public static Sink slf4jSink() {
        return SLF4J;
    }

    /**
     * Installs the sink that the records of an interpreter's {@code logging} go to from now on.
     *
     * @param interp the interpreter
     * @param sink   where its records go
     */
    public static void setSink(Interpreter interp, Sink sink) {
        ((Slf4jBridgeModule) interp.importModule(NAME)).setSink(sink);
    }

    /**
     * Installs the sink this module forwards to from now on.
     *
     * @param sink where records go
     */
    public void setSink(Sink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Returns the sink this module forwards to.
     *
     * @return the current sink
     */
    public Sink sink() {
        return sink;
    }

    /** {@code enabled(name, level)}: whether the sink keeps records of this logger and level. */
    @PyFunction
    PyObject enabled(String name, int level) {
        try {
            return PyBool.of(sink.isEnabled(name, level));
        } catch (RuntimeException | LinkageError e) {
            // The host's logging failing must not change what the Python program does.
            return PyBool.FALSE;
        }
    }

    /** {@code forward(name, level, message)}: hands one record to the sink. */
    @PyFunction
    void forward(String name, int level, String message) {
        try {
            sink.log(name, level, message);
        } catch (RuntimeException | LinkageError e) {
            // As in enabled(): a failing sink is dropped silently.
        }
    }
}

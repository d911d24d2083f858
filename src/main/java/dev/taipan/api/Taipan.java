package dev.taipan.api;

import dev.taipan.cache.CodeCache;
import dev.taipan.jsr223.TaipanScriptEngine;

import java.util.List;

/**
 * The typed way to make an engine:
 *
 * <pre>{@code
 * TaipanScriptEngine engine = Taipan.newEngine()
 *         .threading(ThreadingMode.FREE)
 *         .recursionLimit(5000)
 *         .path("/opt/app/python")
 *         .build();
 * }</pre>
 *
 * The engine is a {@code javax.script} engine like any other; its options are those of
 * {@link EngineOptions}, which bindings keys may still change until the first evaluation.
 */
public final class Taipan {
    private Taipan() {
    }

    /**
     * Starts configuring an engine.
     *
     * @return a builder with the default options
     */
    public static Builder newEngine() {
        return new Builder();
    }

    /**
     * The statistics of the JVM-wide code cache.
     *
     * @return hits, misses, evictions, load time, size
     */
    public static CodeCache.Stats codeCacheStats() {
        return CodeCache.shared().stats();
    }

    /** Collects options for one engine. Not thread-safe; each {@link #build()} makes a new engine. */
    public static final class Builder {
        private EngineOptions options = EngineOptions.DEFAULTS;

        private Builder() {
        }

        /**
         * Runs with a GIL or free-threaded.
         *
         * @param mode the mode
         * @return this builder
         */
        public Builder threading(ThreadingMode mode) {
            options = options.threading(mode);
            return this;
        }

        /**
         * Sets the initial {@code sys.getrecursionlimit()}.
         *
         * @param limit a positive number
         * @return this builder
         */
        public Builder recursionLimit(int limit) {
            options = options.recursionLimit(limit);
            return this;
        }

        /**
         * Puts directories at the front of {@code sys.path}.
         *
         * @param directories the directories, first searched first
         * @return this builder
         */
        public Builder path(String... directories) {
            options = options.path(List.of(directories));
            return this;
        }

        /**
         * Sets {@code sys.argv}.
         *
         * @param args the arguments, the script name first
         * @return this builder
         */
        public Builder argv(String... args) {
            options = options.argv(List.of(args));
            return this;
        }

        /**
         * Says how many lines the host prepends to each script, so error lines match the host's.
         *
         * @param lines the number of prepended lines
         * @return this builder
         */
        public Builder lineOffset(int lines) {
            options = options.lineOffset(lines);
            return this;
        }

        /**
         * Chooses which Java classes scripts may look up.
         *
         * @param access the policy; {@link HostAccess#NONE} by default
         * @return this builder
         */
        public Builder hostAccess(HostAccess access) {
            options = options.hostAccess(access);
            return this;
        }

        /**
         * Compiles through another code cache than the JVM-wide one.
         *
         * @param cache the cache
         * @return this builder
         */
        public Builder codeCache(CodeCache cache) {
            options = options.codeCache(cache);
            return this;
        }

        /**
         * Sets an option by its bindings key, as {@link EngineOptions#with(String, Object)} does.
         *
         * @param key   the key, such as {@code python.threading}
         * @param value its value
         * @return this builder
         * @throws IllegalArgumentException when the key is unknown or the value does not parse
         */
        public Builder option(String key, Object value) {
            options = options.with(key, value);
            return this;
        }

        /**
         * The options so far.
         *
         * @return the options
         */
        public EngineOptions options() {
            return options;
        }

        /**
         * Makes the engine. Its interpreter starts at the first evaluation.
         *
         * @return a new engine
         */
        public TaipanScriptEngine build() {
            return new TaipanScriptEngine(options);
        }
    }
}

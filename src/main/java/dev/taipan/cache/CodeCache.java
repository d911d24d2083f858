package dev.taipan.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.function.Function;

/**
 * A cache of compiled code, bounded by weight (an estimate of the code's size in bytes), with
 * statistics. Thread-safe: any number of engines and threads may share one.
 *
 * <p>The JVM-wide instance, {@link #shared()}, is sized by the system property
 * {@value #MAX_WEIGHT_PROPERTY} (bytes; default {@value #DEFAULT_MAX_WEIGHT}), read when it is
 * first used. Loads and evictions are logged at debug level under this class's name.
 */
public final class CodeCache {
    /** The system property that sizes the shared cache, in bytes of compiled code. */
    public static final String MAX_WEIGHT_PROPERTY = "taipan.codeCache.maxWeight";
    /** The shared cache's size when the property is not set: 64 MiB. */
    public static final long DEFAULT_MAX_WEIGHT = 64L << 20;

    private static final Logger LOG = LoggerFactory.getLogger(CodeCache.class);

    /** Initialization-on-demand: the shared cache is made, and the property read, on first use. */
    private static final class Shared {
        static final CodeCache INSTANCE = new CodeCache(maxWeightFromProperty());
    }

    private final Cache<SourceKey, Compiled> cache;
    private final long maxWeight;

    private CodeCache(long maxWeight) {
        this.maxWeight = maxWeight;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((SourceKey k, Compiled v) -> (int) Math.min(Integer.MAX_VALUE, v.weight()))
                .removalListener((SourceKey k, Compiled v, RemovalCause cause) -> {
                    if (cause.wasEvicted() && k != null && LOG.isDebugEnabled()) {
                        LOG.debug("evicted {} ({}, {} bytes)", k.filename(), cause, v == null ? 0 : v.weight());
                    }
                })
                .recordStats()
                .build();
    }

    /**
     * The JVM-wide cache that engines use unless given another.
     *
     * @return the shared cache
     */
    public static CodeCache shared() {
        return Shared.INSTANCE;
    }

    /**
     * Makes a private cache, for engines that should not share compiled code or need another size.
     *
     * @param maxWeight the most compiled code it keeps, in (estimated) bytes; 0 keeps nothing
     * @return a new, empty cache
     * @throws IllegalArgumentException when {@code maxWeight} is negative
     */
    public static CodeCache create(long maxWeight) {
        if (maxWeight < 0) {
            throw new IllegalArgumentException("code cache size must not be negative: " + maxWeight);
        }
        return new CodeCache(maxWeight);
    }

    /**
     * The compiled code for a key, compiling it on a miss. Concurrent callers asking for the same
     * key wait for one compilation. A compiler that throws caches nothing and the exception
     * reaches the caller as it was thrown.
     *
     * @param key      what to compile
     * @param compiler compiles the key's source; must not return null
     * @param <T>      the kind of compiled code
     * @return the cached or freshly compiled code
     */
    @SuppressWarnings("unchecked")
    public <T extends Compiled> T get(SourceKey key, Function<SourceKey, T> compiler) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(compiler, "compiler");
        return (T) cache.get(key, k -> {
            long start = System.nanoTime();
            T compiled = Objects.requireNonNull(compiler.apply(k), "compiler returned null");
            if (LOG.isDebugEnabled()) {
                LOG.debug("compiled {} in {} us ({} bytes)", k.filename(),
                        (System.nanoTime() - start) / 1000, compiled.weight());
            }
            return compiled;
        });
    }

    /**
     * The code cached for a key, without compiling.
     *
     * @param key what to look up
     * @return the cached code, or null
     */
    public Compiled getIfPresent(SourceKey key) {
        return cache.getIfPresent(key);
    }

    /** Removes every entry (the statistics are kept). */
    public void invalidateAll() {
        cache.invalidateAll();
    }

    /**
     * A snapshot of the cache's statistics.
     *
     * @return hits, misses, evictions, load time, size and weight so far
     */
    public Stats stats() {
        cache.cleanUp();
        CacheStats s = cache.stats();
        long weighted = cache.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
        return new Stats(s.hitCount(), s.missCount(), s.evictionCount(), s.loadSuccessCount(),
                s.loadFailureCount(), s.totalLoadTime(), cache.estimatedSize(), weighted, maxWeight);
    }

    /**
     * The statistics of a code cache at one moment.
     *
     * @param hits           lookups that found compiled code
     * @param misses         lookups that had to compile
     * @param evictions      entries dropped to stay within the weight bound
     * @param loads          compilations that succeeded
     * @param loadFailures   compilations that failed (syntax errors, say)
     * @param totalLoadNanos the time spent compiling, in nanoseconds
     * @param entries        the number of entries now (an estimate)
     * @param weight         the weight of the entries now, in estimated bytes
     * @param maxWeight      the bound on that weight
     */
    public record Stats(long hits, long misses, long evictions, long loads, long loadFailures,
            long totalLoadNanos, long entries, long weight, long maxWeight) {
        /**
         * The fraction of lookups that hit, or 1 when there were none.
         *
         * @return a number from 0 to 1
         */
        public double hitRate() {
            long requests = hits + misses;
            return requests == 0 ? 1.0 : (double) hits / requests;
        }
    }

    private static long maxWeightFromProperty() {
        String value = System.getProperty(MAX_WEIGHT_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_WEIGHT;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the warning
        }
        LOG.warn("ignoring {}={}: not a byte count; using {}", MAX_WEIGHT_PROPERTY, value, DEFAULT_MAX_WEIGHT);
        return DEFAULT_MAX_WEIGHT;
    }
}

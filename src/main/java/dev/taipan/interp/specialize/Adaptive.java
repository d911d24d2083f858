package dev.taipan.interp.specialize;

import dev.taipan.code.Opcode;

import java.util.Arrays;

/**
 * One engine's adaptive state for one code object: a private copy of its instructions that
 * specialized forms are written into, an inline-cache slot per instruction, and a counter per
 * instruction. The shared {@link dev.taipan.code.CodeObject} is never written.
 *
 * <p>A generic instruction counts down from {@link #WARMUP} on each run and then tries to
 * specialize for the operands in front of it. Success rewrites the instruction, gives it a budget
 * of {@link #MISS_BUDGET} guard misses and resets its back-off; failure waits an exponentially
 * growing number of runs before the next try. A specialized instruction that spends its miss
 * budget goes back to the generic form and backs off one step, so a site whose types changed
 * re-specializes for the new types soon, while one that keeps failing waits longer each time and,
 * after a dozen failures in a row, stays generic for good.
 */
public final class Adaptive {
    /** Runs of a generic instruction before its first specialization attempt. */
    static final int WARMUP = 8;
    /** Guard misses a specialized instruction absorbs before it goes back to the generic form. */
    static final int MISS_BUDGET = 52;
    private static final int MAX_BACKOFF = 12;
    /**
     * The counter of an instruction that has failed to specialize, or de-specialized, at the
     * longest back-off: it stays generic and stops counting, so threads sharing the code do not
     * keep writing the counter's cache line.
     */
    private static final int PARKED = Integer.MIN_VALUE;
    /**
     * Whether instructions may specialize at all: {@code -Dtaipan.specialize=false} parks every
     * instruction from the start, for comparing against the plain generic interpreter.
     */
    private static final boolean ENABLED = !"false".equals(System.getProperty("taipan.specialize"));

    /** The instructions: the code's own at first, rewritten in place as they specialize. */
    public final int[] words;
    private final Object[] caches;
    private final int[] counters;
    private final byte[] backoff;
    /** Where hits, misses and rewrites are counted, or null when nobody asked. */
    private final SpecializationStats stats;

    /**
     * Makes the adaptive state of one code object.
     *
     * @param code  the code object's instructions (copied, never written)
     * @param stats the engine's counters, or null
     */
    public Adaptive(int[] code, SpecializationStats stats) {
        this.words = code.clone();
        this.caches = new Object[code.length];
        this.counters = new int[code.length];
        Arrays.fill(counters, ENABLED ? WARMUP : PARKED);
        this.backoff = new byte[code.length];
        this.stats = stats;
    }

    /** Counts one run of generic instruction {@code i}; true when it should try to specialize. */
    public boolean warm(int i) {
        int c = counters[i];
        if (c == PARKED) {
            return false;
        }
        counters[i] = c - 1;
        return c <= 1;
    }

    /** The inline cache of instruction {@code i}: an immutable entry, or null. */
    Object cache(int i) {
        return caches[i];
    }

    /** Rewrites instruction {@code i} into {@code opcode}, its cache entry published first. */
    void rewrite(int i, int opcode, Object cache, Family family) {
        caches[i] = cache;
        counters[i] = MISS_BUDGET;
        backoff[i] = 0;
        words[i] = Opcode.word(opcode, Opcode.arg(words[i]));
        if (stats != null) {
            stats.specialized(family);
        }
    }

    /** Records that instruction {@code i} found nothing to specialize, and backs off. */
    void failed(int i, Family family) {
        counters[i] = backOff(i);
        if (stats != null) {
            stats.failed(family);
        }
    }

    /** Counts a fast-path hit (only when statistics are on). */
    void hit(Family family) {
        if (stats != null) {
            stats.hit(family);
        }
    }

    /**
     * Records a guard miss of specialized instruction {@code i}; once its budget is spent the
     * instruction goes back to the generic form of its family.
     */
    void miss(int i, Family family) {
        if (stats != null) {
            stats.miss(family);
        }
        int c = counters[i];
        if (c > 1) {
            counters[i] = c - 1;
        } else {
            // Also taken for PARKED, which a rewrite racing with a parking thread can leave here.
            counters[i] = backOff(i);
            words[i] = Opcode.word(family.generic, Opcode.arg(words[i]));
            if (stats != null) {
                stats.deopt(family);
            }
        }
    }

    private int backOff(int i) {
        int b = backoff[i] + 1;
        if (b > MAX_BACKOFF) {
            return PARKED;
        }
        backoff[i] = (byte) b;
        return WARMUP << b;
    }
}

package dev.taipan.interp.specialize;

import java.io.PrintStream;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-engine counts of what the specializer did, by instruction family: rewrites into a
 * specialized form, attempts that found nothing to specialize, guarded fast-path hits, guard
 * misses, and de-specializations. Kept only when asked for ({@code -X stats} or the system
 * property {@code taipan.stats}), since counting every hit costs.
 */
public final class SpecializationStats {
    private static final int SPECIALIZED = 0, FAILED = 1, HIT = 2, MISS = 3, DEOPT = 4;
    private static final String[] COLUMNS = {"specialized", "failed", "hits", "misses", "deopts"};

    private final LongAdder[][] counts = new LongAdder[Family.values().length][COLUMNS.length];

    /** Creates zeroed counters. */
    public SpecializationStats() {
        for (LongAdder[] row : counts) {
            for (int c = 0; c < row.length; c++) {
                row[c] = new LongAdder();
            }
        }
    }

    void specialized(Family f) {
        counts[f.ordinal()][SPECIALIZED].increment();
    }

    void failed(Family f) {
        counts[f.ordinal()][FAILED].increment();
    }

    void hit(Family f) {
        counts[f.ordinal()][HIT].increment();
    }

    void miss(Family f) {
        counts[f.ordinal()][MISS].increment();
    }

    void deopt(Family f) {
        counts[f.ordinal()][DEOPT].increment();
    }

    /** The number of specializations of a family so far. */
    public long specializations(Family f) {
        return counts[f.ordinal()][SPECIALIZED].sum();
    }

    /** The number of fast-path hits of a family so far. */
    public long hits(Family f) {
        return counts[f.ordinal()][HIT].sum();
    }

    /** The number of guard misses of a family so far. */
    public long misses(Family f) {
        return counts[f.ordinal()][MISS].sum();
    }

    /** The number of de-specializations of a family so far. */
    public long deopts(Family f) {
        return counts[f.ordinal()][DEOPT].sum();
    }

    /** Prints one line per family with its counts. */
    public void print(PrintStream out) {
        StringBuilder sb = new StringBuilder("Specialization stats:\n");
        sb.append(String.format("  %-14s", "family"));
        for (String c : COLUMNS) {
            sb.append(String.format(" %13s", c));
        }
        sb.append('\n');
        for (Family f : Family.values()) {
            sb.append(String.format("  %-14s", f.name()));
            for (LongAdder a : counts[f.ordinal()]) {
                sb.append(String.format(" %13d", a.sum()));
            }
            sb.append('\n');
        }
        out.print(sb);
        out.flush();
    }
}

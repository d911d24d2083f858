package dev.taipan.modules.regex;

import java.util.List;

/**
 * The parsed form of a pattern. Each node that depends on flags carries the flags in force
 * where it was written (global and scoped inline flags included), so the compiler needs no
 * flag context.
 */
sealed interface Node {
    /** Widths at or above this are "unbounded" (CPython's MAXWIDTH is larger still). */
    long UNBOUNDED = 1L << 40;

    /** Returns the minimum number of characters the node matches. */
    long minWidth();

    /** Returns the maximum number of characters the node matches, capped at {@link #UNBOUNDED}. */
    long maxWidth();

    /** One character, compared exactly or case-insensitively as {@code flags} say. */
    record Literal(int c, int flags) implements Node {
        public long minWidth() {
            return 1;
        }

        public long maxWidth() {
            return 1;
        }
    }

    /** Any character but one ({@code [^c]}). */
    record NotLiteral(int c, int flags) implements Node {
        public long minWidth() {
            return 1;
        }

        public long maxWidth() {
            return 1;
        }
    }

    /** {@code .}: any character, or any but newline without DOTALL. */
    record Any(int flags) implements Node {
        public long minWidth() {
            return 1;
        }

        public long maxWidth() {
            return 1;
        }
    }

    /** A set or category. */
    record Set(CharClass set) implements Node {
        public long minWidth() {
            return 1;
        }

        public long maxWidth() {
            return 1;
        }
    }

    /** A zero-width position test ({@code ^ $ \A \Z \b \B}); {@code kind} is a {@code Program.AT_*}. */
    record At(int kind) implements Node {
        public long minWidth() {
            return 0;
        }

        public long maxWidth() {
            return 0;
        }
    }

    /** A capturing group. */
    record Group(int index, Node body) implements Node {
        public long minWidth() {
            return body.minWidth();
        }

        public long maxWidth() {
            return body.maxWidth();
        }
    }

    /** Nodes matched one after another. */
    record Seq(List<Node> items) implements Node {
        public long minWidth() {
            long w = 0;
            for (Node n : items) {
                w = Math.min(UNBOUNDED, w + n.minWidth());
            }
            return w;
        }

        public long maxWidth() {
            long w = 0;
            for (Node n : items) {
                w = Math.min(UNBOUNDED, w + n.maxWidth());
            }
            return w;
        }
    }

    /** Alternatives tried in order. */
    record Alt(List<Node> branches) implements Node {
        public long minWidth() {
            long w = UNBOUNDED;
            for (Node n : branches) {
                w = Math.min(w, n.minWidth());
            }
            return w;
        }

        public long maxWidth() {
            long w = 0;
            for (Node n : branches) {
                w = Math.max(w, n.maxWidth());
            }
            return w;
        }
    }

    /** How a repeat behaves. */
    enum Greed {
        GREEDY, LAZY, POSSESSIVE
    }

    /** {@code body{min,max}}; {@code max} is {@link Integer#MAX_VALUE} for no limit. */
    record Repeat(Node body, int min, int max, Greed greed) implements Node {
        public long minWidth() {
            return Math.min(UNBOUNDED, body.minWidth() * min);
        }

        public long maxWidth() {
            long b = body.maxWidth();
            if (b == 0) {
                return 0;
            }
            if (max == Integer.MAX_VALUE || b >= UNBOUNDED) {
                return UNBOUNDED;
            }
            return Math.min(UNBOUNDED, b * max);
        }
    }

    /** A backreference; the widths are those of the referenced (closed) group. */
    record Backref(int group, int flags, long min, long max) implements Node {
        public long minWidth() {
            return min;
        }

        public long maxWidth() {
            return max;
        }
    }

    /** A lookahead or lookbehind assertion. */
    record Look(Node body, boolean behind, boolean negate) implements Node {
        public long minWidth() {
            return 0;
        }

        public long maxWidth() {
            return 0;
        }
    }

    /** {@code (?>...)}: once matched, never re-entered by backtracking. */
    record Atomic(Node body) implements Node {
        public long minWidth() {
            return body.minWidth();
        }

        public long maxWidth() {
            return body.maxWidth();
        }
    }

    /** {@code (?(group)yes|no)}; {@code no} may be null. */
    record Conditional(int group, Node yes, Node no) implements Node {
        public long minWidth() {
            return Math.min(yes.minWidth(), no == null ? 0 : no.minWidth());
        }

        public long maxWidth() {
            return Math.max(yes.maxWidth(), no == null ? 0 : no.maxWidth());
        }
    }
}

package dev.taipan.code;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Stack effects read from {@link Opcode}'s table: each {@code (inputs -- outputs)} string is parsed
 * once into functions of the argument, so the compiler's stack-depth pass and any checker use the
 * same numbers the table documents.
 *
 * <p>An item is a name ({@code value}: one slot) or a run {@code name[count]}, where the count is
 * an integer expression of {@code oparg} with C's operators {@code + - * >> & ==} and
 * parentheses (for example {@code values[oparg*2]}, {@code kwargs[oparg & 1]},
 * {@code step[oparg == 3]}).
 */
public final class StackEffect {
    private static final Shape[] FALL_THROUGH;
    private static final Shape[] BRANCH;

    static {
        int n = Opcode.count();
        FALL_THROUGH = new Shape[n];
        BRANCH = new Shape[n];
        for (int op = 0; op < n; op++) {
            Opcode.Info info = Opcode.info(op);
            FALL_THROUGH[op] = parse(info.effect());
            BRANCH[op] = info.branch().isEmpty() ? FALL_THROUGH[op] : parse(info.branch());
        }
    }

    private StackEffect() {
    }

    /** The inputs and outputs of one effect, each a sum of item counts. */
    record Shape(List<IntUnaryOperator> inputs, List<IntUnaryOperator> outputs) {
        int count(List<IntUnaryOperator> items, int oparg) {
            int total = 0;
            for (IntUnaryOperator item : items) {
                total += item.applyAsInt(oparg);
            }
            return total;
        }
    }

    /** How many values {@code opcode} pops, for argument {@code oparg}. */
    public static int inputs(int opcode, int oparg) {
        Shape s = FALL_THROUGH[opcode];
        return s.count(s.inputs(), oparg);
    }

    /** How many values {@code opcode} pushes when it falls through. */
    public static int outputs(int opcode, int oparg) {
        Shape s = FALL_THROUGH[opcode];
        return s.count(s.outputs(), oparg);
    }

    /** The change of stack depth when {@code opcode} falls through to the next instruction. */
    public static int effect(int opcode, int oparg) {
        Shape s = FALL_THROUGH[opcode];
        return s.count(s.outputs(), oparg) - s.count(s.inputs(), oparg);
    }

    /** The change of stack depth when the jump of {@code opcode} is taken. */
    public static int branchEffect(int opcode, int oparg) {
        Shape s = BRANCH[opcode];
        return s.count(s.outputs(), oparg) - s.count(s.inputs(), oparg);
    }

    /**
     * Parses an effect string.
     *
     * @throws IllegalArgumentException when the string is not in the table's notation
     */
    static Shape parse(String effect) {
        String text = effect.trim();
        if (!text.startsWith("(") || !text.endsWith(")") || !text.contains("--")) {
            throw new IllegalArgumentException("bad stack effect: " + effect);
        }
        String body = text.substring(1, text.length() - 1);
        int sep = body.indexOf("--");
        return new Shape(items(body.substring(0, sep)), items(body.substring(sep + 2)));
    }

    private static List<IntUnaryOperator> items(String list) {
        List<IntUnaryOperator> out = new ArrayList<>();
        for (String raw : splitTopLevel(list)) {
            String item = raw.trim();
            if (item.isEmpty()) {
                continue;
            }
            int open = item.indexOf('[');
            if (open < 0) {
                out.add(oparg -> 1);
            } else {
                if (!item.endsWith("]")) {
                    throw new IllegalArgumentException("bad stack item: " + item);
                }
                out.add(new CountParser(item.substring(open + 1, item.length() - 1)).parseAll());
            }
        }
        return out;
    }

    // Splits on commas outside brackets, so "a[(x, y)]" would stay one item.
    private static List<String> splitTopLevel(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(list.substring(start));
        return parts;
    }

    /** A recursive-descent parser for the count expressions, with C's precedence. */
    private static final class CountParser {
        private final String text;
        private int pos;

        CountParser(String text) {
            this.text = text;
        }

        IntUnaryOperator parseAll() {
            IntUnaryOperator e = bitAnd();
            skipSpaces();
            if (pos != text.length()) {
                throw new IllegalArgumentException("bad count expression: " + text);
            }
            return e;
        }

        private IntUnaryOperator bitAnd() {
            IntUnaryOperator left = equality();
            while (accept("&")) {
                IntUnaryOperator l = left;
                IntUnaryOperator r = equality();
                left = x -> l.applyAsInt(x) & r.applyAsInt(x);
            }
            return left;
        }

        private IntUnaryOperator equality() {
            IntUnaryOperator left = shift();
            while (true) {
                IntUnaryOperator l = left;
                if (accept("==")) {
                    IntUnaryOperator r = shift();
                    left = x -> l.applyAsInt(x) == r.applyAsInt(x) ? 1 : 0;
                } else if (accept("!=")) {
                    IntUnaryOperator r = shift();
                    left = x -> l.applyAsInt(x) != r.applyAsInt(x) ? 1 : 0;
                } else {
                    return left;
                }
            }
        }

        private IntUnaryOperator shift() {
            IntUnaryOperator left = additive();
            while (true) {
                IntUnaryOperator l = left;
                if (accept(">>")) {
                    IntUnaryOperator r = additive();
                    left = x -> l.applyAsInt(x) >> r.applyAsInt(x);
                } else if (accept("<<")) {
                    IntUnaryOperator r = additive();
                    left = x -> l.applyAsInt(x) << r.applyAsInt(x);
                } else {
                    return left;
                }
            }
        }

        private IntUnaryOperator additive() {
            IntUnaryOperator left = multiplicative();
            while (true) {
                IntUnaryOperator l = left;
                if (accept("+")) {
                    IntUnaryOperator r = multiplicative();
                    left = x -> l.applyAsInt(x) + r.applyAsInt(x);
                } else if (accept("-")) {
                    IntUnaryOperator r = multiplicative();
                    left = x -> l.applyAsInt(x) - r.applyAsInt(x);
                } else {
                    return left;
                }
            }
        }

        private IntUnaryOperator multiplicative() {
            IntUnaryOperator left = primary();
            while (accept("*")) {
                IntUnaryOperator l = left;
                IntUnaryOperator r = primary();
                left = x -> l.applyAsInt(x) * r.applyAsInt(x);
            }
            return left;
        }

        private IntUnaryOperator primary() {
            skipSpaces();
            if (accept("(")) {
                IntUnaryOperator inner = bitAnd();
                if (!accept(")")) {
                    throw new IllegalArgumentException("missing ) in " + text);
                }
                return inner;
            }
            if (text.startsWith("oparg", pos)) {
                pos += 5;
                return x -> x;
            }
            int start = pos;
            if (text.startsWith("0x", pos) || text.startsWith("0X", pos)) {
                pos += 2;
                while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0) {
                    pos++;
                }
                int value = Integer.parseInt(text.substring(start + 2, pos), 16);
                return x -> value;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("bad count expression: " + text);
            }
            int value = Integer.parseInt(text.substring(start, pos));
            return x -> value;
        }

        private boolean accept(String token) {
            skipSpaces();
            if (text.startsWith(token, pos)) {
                // "&" must not swallow the first half of "&&", nor ">" of ">>"; neither occurs.
                pos += token.length();
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }
    }
}

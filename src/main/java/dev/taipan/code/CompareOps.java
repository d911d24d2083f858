package dev.taipan.code;

/** The arguments of {@link Opcode#COMPARE_OP}: the six rich comparisons, in CPython's order. */
public final class CompareOps {
    private CompareOps() {
    }

    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;

    private static final String[] SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] DUNDERS = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    /** The operator's symbol. */
    public static String symbol(int op) {
        return SYMBOLS[op];
    }

    /** The special method that implements it. */
    public static String dunder(int op) {
        return DUNDERS[op];
    }

    /** The operator to try on the right operand: {@code a < b} becomes {@code b > a}. */
    public static int swapped(int op) {
        return SWAPPED[op];
    }
}

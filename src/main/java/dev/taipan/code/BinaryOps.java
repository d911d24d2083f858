package dev.taipan.code;

/**
 * The arguments of {@link Opcode#BINARY_OP}: CPython 3.13's numbering, with each in-place form
 * 13 above its plain form.
 */
public final class BinaryOps {
    private BinaryOps() {
    }

    public static final int ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4,
            MULTIPLY = 5, REMAINDER = 6, OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11,
            XOR = 12;
    /** Added to a plain operator's number to get its in-place form ({@code +=}). */
    public static final int INPLACE = 13;

    private static final String[] SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};

    /** The operator's symbol as error messages spell it: {@code +} or {@code +=}. */
    public static String symbol(int op) {
        return op >= INPLACE ? SYMBOLS[op - INPLACE] + "=" : SYMBOLS[op];
    }

    /** Whether the operator is an in-place form. */
    public static boolean isInplace(int op) {
        return op >= INPLACE;
    }

    /** The plain form of an operator. */
    public static int plain(int op) {
        return op >= INPLACE ? op - INPLACE : op;
    }
}

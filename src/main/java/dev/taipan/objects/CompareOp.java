package dev.taipan.objects;

/** The six rich comparisons, with their operator text, slot and reflection. */
public enum CompareOp {
    LT("<", Slot.LT), LE("<=", Slot.LE), EQ("==", Slot.EQ), NE("!=", Slot.NE),
    GT(">", Slot.GT), GE(">=", Slot.GE);

    private final String symbol;
    private final Slot slot;

    CompareOp(String symbol, Slot slot) {
        this.symbol = symbol;
        this.slot = slot;
    }

    /** Returns the operator as written, for example {@code "<"}. */
    public String symbol() {
        return symbol;
    }

    /** Returns the slot of the special method. */
    public Slot slot() {
        return slot;
    }

    /** Returns the operation with operands swapped ({@code a < b} is {@code b > a}). */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /**
     * Applies the operation to the sign of a three-way comparison.
     *
     * @param c negative, zero or positive
     * @return the truth of {@code c op 0}
     */
    public boolean test(int c) {
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }
}

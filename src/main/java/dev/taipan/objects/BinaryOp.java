package dev.taipan.objects;

/** The binary operators, each with its operator text, slot, reflected slot and in-place slot. */
public enum BinaryOp {
    ADD("+", Slot.ADD, Slot.RADD, Slot.IADD),
    SUB("-", Slot.SUB, Slot.RSUB, Slot.ISUB),
    MUL("*", Slot.MUL, Slot.RMUL, Slot.IMUL),
    MATMUL("@", Slot.MATMUL, Slot.RMATMUL, Slot.IMATMUL),
    TRUEDIV("/", Slot.TRUEDIV, Slot.RTRUEDIV, Slot.ITRUEDIV),
    FLOORDIV("//", Slot.FLOORDIV, Slot.RFLOORDIV, Slot.IFLOORDIV),
    MOD("%", Slot.MOD, Slot.RMOD, Slot.IMOD),
    DIVMOD("divmod()", Slot.DIVMOD, Slot.RDIVMOD, null),
    POW("** or pow()", Slot.POW, Slot.RPOW, Slot.IPOW),
    LSHIFT("<<", Slot.LSHIFT, Slot.RLSHIFT, Slot.ILSHIFT),
    RSHIFT(">>", Slot.RSHIFT, Slot.RRSHIFT, Slot.IRSHIFT),
    AND("&", Slot.AND, Slot.RAND, Slot.IAND),
    XOR("^", Slot.XOR, Slot.RXOR, Slot.IXOR),
    OR("|", Slot.OR, Slot.ROR, Slot.IOR);

    private final String symbol;
    private final Slot slot;
    private final Slot reflected;
    private final Slot inplace;

    BinaryOp(String symbol, Slot slot, Slot reflected, Slot inplace) {
        this.symbol = symbol;
        this.slot = slot;
        this.reflected = reflected;
        this.inplace = inplace;
    }

    /** Returns the operator as error messages show it, for example {@code "+"}. */
    public String symbol() {
        return symbol;
    }

    /** Returns the in-place operator text, for example {@code "+="}. */
    public String inplaceSymbol() {
        return this == POW ? "**=" : symbol + "=";
    }

    /** Returns the forward slot ({@code __add__}). */
    public Slot slot() {
        return slot;
    }

    /** Returns the reflected slot ({@code __radd__}). */
    public Slot reflected() {
        return reflected;
    }

    /** Returns the in-place slot ({@code __iadd__}), or {@code null} for divmod. */
    public Slot inplace() {
        return inplace;
    }
}

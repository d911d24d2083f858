package dev.taipan.compile;

/**
 * The flag bits CPython 3.13 keeps for each name in a scope ({@code Include/internal/pycore_symtable.h}),
 * with the same values, so a dump can be compared bit for bit with {@code _symtable}. The low
 * {@link #SCOPE_OFFSET} bits say how the name is defined and used; the resolved
 * {@link Resolution} is stored above them.
 */
public final class SymbolFlags {
    /** Declared by a {@code global} statement (or a walrus target that binds in the module). */
    public static final int DEF_GLOBAL = 1;
    /** Assigned (or deleted) in the block. */
    public static final int DEF_LOCAL = 2;
    /** A formal parameter. */
    public static final int DEF_PARAM = 1 << 2;
    /** Declared by a {@code nonlocal} statement (or a walrus target that binds in an outer function). */
    public static final int DEF_NONLOCAL = 1 << 3;
    /** Read in the block. */
    public static final int USE = 1 << 4;
    /** Free in a nested scope and also bound or global in this class scope. */
    public static final int DEF_FREE_CLASS = 1 << 6;
    /** Bound by an import. */
    public static final int DEF_IMPORT = 1 << 7;
    /** Has a simple annotation ({@code x: int}). */
    public static final int DEF_ANNOT = 1 << 8;
    /** A comprehension iteration variable. */
    public static final int DEF_COMP_ITER = 1 << 9;
    /** A type parameter (PEP 695). */
    public static final int DEF_TYPE_PARAM = 1 << 10;
    /** A cell in a comprehension inlined into this scope (PEP 709). */
    public static final int DEF_COMP_CELL = 1 << 11;

    /** The flags that bind a name in its block. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Where the {@link Resolution} code sits in the combined flags word. */
    public static final int SCOPE_OFFSET = 12;
    /** Mask for the resolution code once shifted down. */
    public static final int SCOPE_MASK = 0xf;
    /** Mask for the definition flags, without the resolution. */
    public static final int FLAGS_MASK = (1 << SCOPE_OFFSET) - 1;

    private SymbolFlags() {
    }

    /** The resolution code stored in a combined flags word (0 while unresolved). */
    public static int scopeCode(int flags) {
        return (flags >> SCOPE_OFFSET) & SCOPE_MASK;
    }
}

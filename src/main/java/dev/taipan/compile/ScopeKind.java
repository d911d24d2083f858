package dev.taipan.compile;

/**
 * The kinds of block CPython 3.13's symbol table distinguishes ({@code _Py_block_ty}), with the
 * codes and names its {@code symtable} module reports. Lambdas and comprehensions are
 * {@link #FUNCTION} scopes.
 */
public enum ScopeKind {
    /** A function, lambda, comprehension or generator expression. */
    FUNCTION(0, "function"),
    /** A class body. */
    CLASS(1, "class"),
    /** The module. */
    MODULE(2, "module"),
    /**
     * An annotation under {@code from __future__ import annotations}; such scopes are never
     * compiled (the annotations become strings) and are not linked into the tree.
     */
    ANNOTATION(3, "annotation"),
    /** The lazily evaluated value of a {@code type X = ...} statement. */
    TYPE_ALIAS(4, "type alias"),
    /** The scope that holds the type parameters of a generic function, class or type alias. */
    TYPE_PARAMETERS(5, "type parameters"),
    /** The lazily evaluated bound, constraints or default of one type parameter. */
    TYPE_VARIABLE(6, "type variable");

    private final int code;
    private final String pythonName;

    ScopeKind(int code, String pythonName) {
        this.code = code;
        this.pythonName = pythonName;
    }

    /** CPython's numeric code ({@code _symtable.TYPE_*}). */
    public int code() {
        return code;
    }

    /** The name {@code symtable.SymbolTableType} gives this kind. */
    public String pythonName() {
        return pythonName;
    }

    /** Whether names bound here are fast locals of a code object (CPython's {@code _PyST_IsFunctionLike}). */
    public boolean isFunctionLike() {
        return this == FUNCTION || this == ANNOTATION || this == TYPE_VARIABLE
                || this == TYPE_ALIAS || this == TYPE_PARAMETERS;
    }
}

package dev.taipan.compile;

/**
 * One name of a {@link Scope} with its combined flags word: the {@link SymbolFlags} definition
 * bits, and the {@link Resolution} code above {@link SymbolFlags#SCOPE_OFFSET}, exactly as
 * CPython 3.13 stores them.
 *
 * @param name  the name as stored, that is after private-name mangling
 * @param flags the combined flags word
 */
public record Symbol(String name, int flags) {
    /** How the name resolves in its scope. */
    public Resolution resolution() {
        return Resolution.ofCode(SymbolFlags.scopeCode(flags));
    }

    /** A formal parameter (including the implicit {@code .0} of a comprehension). */
    public boolean isParameter() {
        return (flags & SymbolFlags.DEF_PARAM) != 0;
    }

    /** Assigned or deleted in the scope ({@code symtable.Symbol.is_assigned}). */
    public boolean isAssigned() {
        return (flags & SymbolFlags.DEF_LOCAL) != 0;
    }

    /** Read in the scope. */
    public boolean isReferenced() {
        return (flags & SymbolFlags.USE) != 0;
    }

    /** Bound by an import. */
    public boolean isImported() {
        return (flags & SymbolFlags.DEF_IMPORT) != 0;
    }

    /** Has a simple annotation. */
    public boolean isAnnotated() {
        return (flags & SymbolFlags.DEF_ANNOT) != 0;
    }

    /** Named in a {@code global} statement (or bound there by a walrus in a comprehension). */
    public boolean isDeclaredGlobal() {
        return resolution() == Resolution.GLOBAL_EXPLICIT;
    }

    /** Named in a {@code nonlocal} statement (or a walrus target bound in an outer function). */
    public boolean isNonlocal() {
        return (flags & SymbolFlags.DEF_NONLOCAL) != 0;
    }

    /** Resolves to a global or builtin. */
    public boolean isGlobal() {
        Resolution r = resolution();
        return r == Resolution.GLOBAL_EXPLICIT || r == Resolution.GLOBAL_IMPLICIT;
    }

    /** Resolves to a local of the scope (possibly held in a cell). */
    public boolean isLocal() {
        Resolution r = resolution();
        return r == Resolution.LOCAL || r == Resolution.CELL;
    }

    /** Read from an enclosing function through a closure. */
    public boolean isFree() {
        return resolution() == Resolution.FREE;
    }

    /** A local that nested scopes close over. */
    public boolean isCell() {
        return resolution() == Resolution.CELL;
    }

    /** A class-scope name that a method also reads as a free variable. */
    public boolean isFreeClass() {
        return (flags & SymbolFlags.DEF_FREE_CLASS) != 0;
    }

    /** A comprehension iteration variable. */
    public boolean isComprehensionIterationVariable() {
        return (flags & SymbolFlags.DEF_COMP_ITER) != 0;
    }

    /** A cell of a comprehension inlined into this scope. */
    public boolean isComprehensionCell() {
        return (flags & SymbolFlags.DEF_COMP_CELL) != 0;
    }

    /** A PEP 695 type parameter. */
    public boolean isTypeParameter() {
        return (flags & SymbolFlags.DEF_TYPE_PARAM) != 0;
    }
}

package dev.taipan.compile;

/**
 * How a name resolves in a scope, CPython's {@code LOCAL} .. {@code CELL} (the codes are CPython's).
 * The compiler picks the load and store instructions from it.
 */
public enum Resolution {
    /** Not a name of this scope: the compiler falls back to the name-based instructions. */
    NONE(0),
    /** A local variable (a fast local in function-like scopes, a namespace entry elsewhere). */
    LOCAL(1),
    /** Declared {@code global}. */
    GLOBAL_EXPLICIT(2),
    /** Not bound in any enclosing function: a global or builtin. */
    GLOBAL_IMPLICIT(3),
    /** Bound in an enclosing function and read through a closure cell. */
    FREE(4),
    /** Local, and also read by a nested scope, so it lives in a cell. */
    CELL(5);

    private final int code;

    Resolution(int code) {
        this.code = code;
    }

    /** CPython's numeric code for this resolution. */
    public int code() {
        return code;
    }

    /** The resolution with CPython's numeric code {@code code}. */
    public static Resolution ofCode(int code) {
        return switch (code) {
            case 0 -> NONE;
            case 1 -> LOCAL;
            case 2 -> GLOBAL_EXPLICIT;
            case 3 -> GLOBAL_IMPLICIT;
            case 4 -> FREE;
            case 5 -> CELL;
            default -> throw new IllegalArgumentException("no resolution code " + code);
        };
    }
}

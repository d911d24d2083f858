package dev.taipan.ast;

/** The constant singletons a {@link Constant} may hold besides numbers, strings and bytes. */
public enum Singleton {
    /** Python's {@code None}. */
    NONE,
    /** Python's {@code ...}. */
    ELLIPSIS
}

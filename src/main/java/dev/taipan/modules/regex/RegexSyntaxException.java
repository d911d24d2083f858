package dev.taipan.modules.regex;

/**
 * A pattern that does not compile. The module turns it into {@code re.PatternError} (with
 * {@link #position()}), or into {@code OverflowError} / {@code ValueError} as {@link #kind()} says,
 * as CPython does.
 */
public final class RegexSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Which Python exception the error becomes. */
    public enum Kind {
        /** {@code re.PatternError}. */
        PATTERN,
        /** {@code OverflowError}, for repeat counts beyond the engine's limit. */
        OVERFLOW,
        /** {@code ValueError}, for incompatible flags. */
        VALUE
    }

    private final int position;
    private final Kind kind;

    /**
     * Creates the error.
     *
     * @param message  the message, without the position
     * @param position the code point index in the pattern, or -1 when there is none
     * @param kind     the Python exception to raise
     */
    public RegexSyntaxException(String message, int position, Kind kind) {
        super(message, null, false, false);
        this.position = position;
        this.kind = kind;
    }

    /** Returns the code point index in the pattern where the error is, or -1 for none. */
    public int position() {
        return position;
    }

    /** Returns which Python exception the error becomes. */
    public Kind kind() {
        return kind;
    }
}

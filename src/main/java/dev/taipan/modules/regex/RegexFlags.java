package dev.taipan.modules.regex;

/** The flag bits of {@code re}, with CPython's values ({@code re.IGNORECASE} is 2, ...). */
// CPython: Lib/re/_constants.py, SRE_FLAG_*
public final class RegexFlags {
    /** {@code re.TEMPLATE} (gone from Python, the bit stays reserved). */
    public static final int TEMPLATE = 1;
    /** {@code re.IGNORECASE}. */
    public static final int IGNORECASE = 2;
    /** {@code re.LOCALE}. */
    public static final int LOCALE = 4;
    /** {@code re.MULTILINE}. */
    public static final int MULTILINE = 8;
    /** {@code re.DOTALL}. */
    public static final int DOTALL = 16;
    /** {@code re.UNICODE}. */
    public static final int UNICODE = 32;
    /** {@code re.VERBOSE}. */
    public static final int VERBOSE = 64;
    /** {@code re.DEBUG}. */
    public static final int DEBUG = 128;
    /** {@code re.ASCII}. */
    public static final int ASCII = 256;
    /** The flags that choose how character classes and case folding behave. */
    static final int TYPE_FLAGS = ASCII | LOCALE | UNICODE;

    private RegexFlags() {
    }

    /**
     * Returns the flag of an inline-flag letter, or 0 for a letter that is not one.
     *
     * @param c the letter
     * @return the flag bit
     */
    static int ofLetter(int c) {
        return switch (c) {
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'x' -> VERBOSE;
            case 'a' -> ASCII;
            case 'u' -> UNICODE;
            default -> 0;
        };
    }
}

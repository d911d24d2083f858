package dev.taipan.modules.regex;

/**
 * A character set {@code [...]} or a category such as {@code \d}: ranges and categories,
 * optionally negated, with the case mode and ASCII-ness fixed when the pattern is compiled.
 * Immutable; membership of the first 256 code points is precomputed.
 */
final class CharClass {
    /** Category bits. */
    static final int DIGIT = 1;
    static final int NOT_DIGIT = 2;
    static final int SPACE = 4;
    static final int NOT_SPACE = 8;
    static final int WORD = 16;
    static final int NOT_WORD = 32;

    private final int[] ranges;
    private final int categories;
    private final boolean negate;
    private final boolean ascii;
    private final int caseMode;
    private final long[] latin1 = new long[4];

    /**
     * Creates a class.
     *
     * @param ranges     inclusive lo, hi pairs
     * @param categories category bits
     * @param negate     whether the class is {@code [^...]}
     * @param ascii      whether categories are ASCII-only
     * @param caseMode   one of the {@code Chars.CASE_*} modes
     */
    CharClass(int[] ranges, int categories, boolean negate, boolean ascii, int caseMode) {
        this.ranges = ranges;
        this.categories = categories;
        this.negate = negate;
        this.ascii = ascii;
        this.caseMode = caseMode;
        for (int c = 0; c < 256; c++) {
            if (compute(c)) {
                latin1[c >> 6] |= 1L << (c & 63);
            }
        }
    }

    boolean matches(int c) {
        if (c < 256) {
            return (latin1[c >> 6] & (1L << (c & 63))) != 0;
        }
        return compute(c);
    }

    private boolean compute(int c) {
        boolean in = contains(c);
        if (!in && caseMode != Chars.CASE_NONE) {
            in = contains(Chars.lower(c, caseMode)) || contains(Chars.upper(c, caseMode))
                    || contains(Chars.fold(c, caseMode));
        }
        return in != negate;
    }

    private boolean contains(int c) {
        int[] r = ranges;
        for (int i = 0; i < r.length; i += 2) {
            if (c >= r[i] && c <= r[i + 1]) {
                return true;
            }
        }
        int cat = categories;
        if (cat == 0) {
            return false;
        }
        return (cat & DIGIT) != 0 && Chars.isDigit(c, ascii)
                || (cat & NOT_DIGIT) != 0 && !Chars.isDigit(c, ascii)
                || (cat & SPACE) != 0 && Chars.isSpace(c, ascii)
                || (cat & NOT_SPACE) != 0 && !Chars.isSpace(c, ascii)
                || (cat & WORD) != 0 && Chars.isWord(c, ascii)
                || (cat & NOT_WORD) != 0 && !Chars.isWord(c, ascii);
    }
}

package dev.taipan.modules.regex;

import dev.taipan.objects.PyStr;

/**
 * The character predicates and case mappings of the engine, in their ASCII and Unicode
 * flavours ({@code re.ASCII} and bytes patterns use the ASCII ones).
 */
// CPython: Modules/_sre/sre.c, sre_category and sre_lower_*/sre_upper_*
final class Chars {
    /** Case-insensitive matching is off. */
    static final int CASE_NONE = 0;
    /** Case-insensitive matching folds ASCII letters only. */
    static final int CASE_ASCII = 1;
    /** Case-insensitive matching folds by the Unicode simple case mappings. */
    static final int CASE_UNICODE = 2;

    private Chars() {
    }

    static boolean isDigit(int c, boolean ascii) {
        if (c < 128 || ascii) {
            return c >= '0' && c <= '9';
        }
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isSpace(int c, boolean ascii) {
        if (c < 128 || ascii) {
            return c == ' ' || c >= 9 && c <= 13 || !ascii && c >= 28 && c <= 31;
        }
        return PyStr.isPySpace(c);
    }

    static boolean isWord(int c, boolean ascii) {
        if (c < 128 || ascii) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER
                || t == Character.OTHER_NUMBER;
    }

    static int lower(int c, int mode) {
        if (mode == CASE_UNICODE) {
            return Character.toLowerCase(c);
        }
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    static int upper(int c, int mode) {
        if (mode == CASE_UNICODE) {
            return Character.toUpperCase(c);
        }
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    /**
     * Returns the representative of a character's case class: two characters match each other
     * case-insensitively when their folds are equal ({@code 'K'}, {@code 'k'} and the Kelvin sign
     * all fold to {@code 'k'}).
     */
    static int fold(int c, int mode) {
        if (mode == CASE_UNICODE) {
            if (c < 128) {
                return c >= 'A' && c <= 'Z' ? c + 32 : c;
            }
            return Character.toLowerCase(Character.toUpperCase(c));
        }
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** Returns whether a character has other case forms, so folding matters for it. */
    static boolean isCased(int c, int mode) {
        return fold(c, mode) != c || upper(c, mode) != c || lower(c, mode) != c;
    }
}

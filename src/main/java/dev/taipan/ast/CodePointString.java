package dev.taipan.ast;

import java.util.Arrays;

/**
 * A {@code str} constant that holds at least one surrogate code point (U+D800 to U+DFFF), kept as
 * its sequence of code points.
 *
 * <p>It exists because a Java {@code String} cannot hold such a value faithfully. Python's
 * {@code '\ud83d\udc0d'} is two lone surrogate code points, of length 2, and differs from
 * {@code '\U0001f40d'}; as a Java {@code String} both would be the same two chars, which Java reads
 * as the one astral character. So every {@code str} constant the front end builds is a
 * {@code String} when it holds no surrogate code point (always the case for text written
 * literally in the source), and a {@code CodePointString} otherwise, which only escapes such as
 * {@code \ud83d} can produce. The constructor enforces this, so one value has one representation
 * and {@code String} constants never contain lone surrogates; use {@link #strValue} to get the
 * right one. The array is owned by this record and never changed.
 *
 * @param codePoints the string's code points, at least one of them a surrogate
 */
public record CodePointString(int[] codePoints) {
    /**
     * Checks that the value is one only this type can hold.
     *
     * @throws IllegalArgumentException if no code point is a surrogate, or one is not a code point
     */
    public CodePointString {
        boolean surrogate = false;
        for (int cp : codePoints) {
            if (!Character.isValidCodePoint(cp)) {
                throw new IllegalArgumentException("not a code point: " + cp);
            }
            surrogate |= isSurrogate(cp);
        }
        if (!surrogate) {
            throw new IllegalArgumentException("no surrogate code point: use a String");
        }
    }

    /**
     * The {@code str} constant with these code points: a {@code CodePointString} if one is a
     * surrogate, else a {@code String}.
     */
    public static Object strValue(int[] codePoints) {
        for (int cp : codePoints) {
            if (isSurrogate(cp)) {
                return new CodePointString(codePoints);
            }
        }
        return new String(codePoints, 0, codePoints.length);
    }

    /**
     * The code points of a {@code str} constant.
     *
     * @param str a {@code String} or a {@code CodePointString}
     * @return the code points (a fresh array for a {@code String}; this record's own for a
     *         {@code CodePointString}, not to be changed)
     */
    public static int[] codePointsOf(Object str) {
        return switch (str) {
            case String s -> s.codePoints().toArray();
            case CodePointString c -> c.codePoints;
            default -> throw new IllegalArgumentException("not a str constant: " + str);
        };
    }

    /** Whether {@code cp} is a surrogate code point, U+D800 to U+DFFF. */
    public static boolean isSurrogate(int cp) {
        return cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
    }

    /** The number of code points: Python's {@code len()}. */
    public int length() {
        return codePoints.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodePointString c && Arrays.equals(codePoints, c.codePoints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codePoints);
    }

    /** Python's {@code repr()} of the string, as for the other constant value types. */
    @Override
    public String toString() {
        return ConstantRepr.repr(this);
    }
}

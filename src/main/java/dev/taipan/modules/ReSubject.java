package dev.taipan.modules;

import dev.taipan.modules.regex.MatchBudget;
import dev.taipan.modules.regex.Regex;
import dev.taipan.modules.regex.RegexMatcher;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The string a pattern is matched against, seen as code points: a BMP str as its Java string,
 * another str as a code point array, bytes and bytearray as Latin-1 text. Slices come back as
 * the subject's own kind ({@code str} or {@code bytes}).
 */
final class ReSubject {
    final PyObject original;
    final boolean isText;
    private final String chars;
    private final int[] codePoints;
    private final byte[] bytes;
    final int length;

    private ReSubject(PyObject original, boolean isText, String chars, int[] codePoints, byte[] bytes) {
        this.original = original;
        this.isText = isText;
        this.chars = chars;
        this.codePoints = codePoints;
        this.bytes = bytes;
        this.length = chars != null ? chars.length() : codePoints.length;
    }

    /**
     * Reads a subject, checking it against the pattern's kind.
     *
     * @param o             the object to search
     * @param patternIsText whether the pattern is a str
     * @return the subject
     */
    static ReSubject of(PyObject o, boolean patternIsText) {
        ReSubject s = ofAny(o);
        if (s.isText != patternIsText) {
            throw Errors.typeError(patternIsText ? "cannot use a string pattern on a bytes-like object"
                    : "cannot use a bytes pattern on a string-like object");
        }
        return s;
    }

    /** Reads a str or bytes-like object of either kind. */
    static ReSubject ofAny(PyObject o) {
        if (o instanceof PyStr s) {
            if (s.isBmp()) {
                return new ReSubject(o, true, s.toString(), null, null);
            }
            return new ReSubject(o, true, null, s.toString().codePoints().toArray(), null);
        }
        byte[] b;
        if (o instanceof PyBytes pb) {
            b = pb.toByteArray();
        } else if (o instanceof PyByteArray ba) {
            b = ba.toByteArray();
        } else {
            throw Errors.typeError("expected string or bytes-like object, got '%s'", o.getType().getName());
        }
        return new ReSubject(o, false, new String(b, StandardCharsets.ISO_8859_1), null, b);
    }

    /**
     * Returns whether reading this subject copied it (a str beyond the BMP, or bytes), so it is
     * worth reusing; only immutable exact types qualify.
     */
    boolean isCostly() {
        return original.getType() == PyBytes.TYPE || original.getType() == PyStr.TYPE && codePoints != null;
    }

    /** Returns the code point at i. */
    int at(int i) {
        return chars != null ? chars.charAt(i) : codePoints[i];
    }

    /** Returns the code points of the whole subject. */
    int[] codePoints() {
        return codePoints != null ? codePoints : chars.codePoints().toArray();
    }

    RegexMatcher matcher(Regex regex, MatchBudget budget) {
        return chars != null ? regex.matcher(chars, budget) : regex.matcher(codePoints, budget);
    }

    /** Returns the slice [start, end) as a str or bytes. */
    PyObject slice(int start, int end) {
        if (!isText) {
            return new PyBytes(Arrays.copyOfRange(bytes, start, end));
        }
        if (chars != null) {
            return PyStr.of(chars.substring(start, end));
        }
        return PyStr.of(((PyStr) original).substring(start, end));
    }

    /** Appends the slice [start, end) to a builder of code points / Latin-1 chars. */
    void appendTo(StringBuilder sb, int start, int end) {
        if (chars != null) {
            sb.append(chars, start, end);
        } else {
            for (int i = start; i < end; i++) {
                sb.appendCodePoint(codePoints[i]);
            }
        }
    }

    /** Makes a result of this subject's kind from builder text (Latin-1 for bytes). */
    PyObject make(String text) {
        return isText ? PyStr.of(text) : new PyBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}

package dev.taipan.parse;

import dev.taipan.ast.CodePointString;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Decodes the body of a string or bytes literal (the text between the quotes) into its value, with
 * CPython's escape rules and error messages. CPython: Parser/string_parser.c and the
 * {@code unicode_escape} codec in Objects/unicodeobject.c; Objects/bytesobject.c for bytes.
 */
final class StringLiterals {
    private StringLiterals() {
    }

    /** A literal whose escapes are malformed; the message is the one CPython's SyntaxError carries. */
    static final class DecodeError extends RuntimeException {
        DecodeError(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Decodes a {@code str} literal body that is not raw. Unknown escapes stay as written (CPython
     * only warns about them), octal escapes above {@code \377} are allowed.
     *
     * @return the value: a {@code String}, or a {@link CodePointString} when an escape such as
     *         {@code \ud83d} produced a surrogate code point
     * @throws DecodeError for a truncated hex ({@code x}, {@code u} or {@code U}), a bad code point or an
     *                     unknown {@code \N{...}} name
     */
    static Object decodeStr(String body) {
        int bs = body.indexOf('\\');
        if (bs < 0) {
            return body;
        }
        int n = body.length();
        StringBuilder out = new StringBuilder(n);
        out.append(body, 0, bs);
        // The chars of `out` that are escaped surrogates, each a code point of its own: in `out`
        // they cannot be told from the halves of an astral character written in the source.
        BitSet lone = null;
        int i = bs;
        while (i < n) {
            char ch = body.charAt(i);
            if (ch != '\\') {
                out.append(ch);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                // A trailing backslash (possible in an f-string part) stands for itself.
                out.append('\\');
                break;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\u000b');
                case 'a' -> out.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && isOctal(body.charAt(i)); k++) {
                        value = value * 8 + body.charAt(i++) - '0';
                    }
                    out.append((char) value);
                }
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int cp = hexEscape(body, start, i, digits);
                    i += digits;
                    if (CodePointString.isSurrogate(cp)) {
                        if (lone == null) {
                            lone = new BitSet();
                        }
                        lone.set(out.length());
                    }
                    out.appendCodePoint(cp);
                }
                case 'N' -> i = namedEscape(body, start, i, out);
                default -> {
                    out.append('\\');
                    i--; // the character after the backslash is kept as it is (it may be a surrogate pair)
                }
            }
        }
        return lone == null ? out.toString() : withLoneSurrogates(out, lone);
    }

    /** The code points of {@code chars}, where the chars at the {@code lone} indices stand alone. */
    private static CodePointString withLoneSurrogates(CharSequence chars, BitSet lone) {
        int[] cps = new int[chars.length()];
        int n = 0;
        for (int i = 0; i < chars.length(); ) {
            char c = chars.charAt(i);
            if (Character.isHighSurrogate(c) && !lone.get(i) && i + 1 < chars.length()
                    && Character.isLowSurrogate(chars.charAt(i + 1)) && !lone.get(i + 1)) {
                cps[n++] = Character.toCodePoint(c, chars.charAt(i + 1));
                i += 2;
            } else {
                cps[n++] = c;
                i++;
            }
        }
        return new CodePointString(Arrays.copyOf(cps, n));
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** The code point of the {@code count} hex digits at {@code i}; the escape starts at {@code start}. */
    private static int hexEscape(String body, int start, int i, int count) {
        String message = switch (count) {
            case 2 -> "truncated \\xXX escape";
            case 4 -> "truncated \\uXXXX escape";
            default -> "truncated \\UXXXXXXXX escape";
        };
        long value = 0;
        for (int k = 0; k < count; k++) {
            int digit = i < body.length() ? hexValue(body.charAt(i)) : -1;
            if (digit < 0) {
                throw unicodeError(body, start, i, message);
            }
            value = value * 16 + digit;
            i++;
        }
        if (value > Character.MAX_CODE_POINT) {
            throw unicodeError(body, start, i, "illegal Unicode character");
        }
        return (int) value;
    }

    private static int namedEscape(String body, int start, int i, StringBuilder out) {
        int n = body.length();
        if (i < n && body.charAt(i) == '{') {
            int close = body.indexOf('}', i + 1);
            if (close < 0) {
                throw unicodeError(body, start, n, "malformed \\N character escape");
            }
            if (close > i + 1) {
                int cp = UnicodeNames.lookup(body.substring(i + 1, close));
                if (cp < 0) {
                    throw unicodeError(body, start, close + 1, "unknown Unicode character name");
                }
                out.appendCodePoint(cp);
                return close + 1;
            }
            i++; // CPython's error range for "\N{}" ends at the brace
        }
        throw unicodeError(body, start, i, "malformed \\N character escape");
    }

    /**
     * Builds CPython's message for a failed {@code unicode_escape} decode of the escape from
     * {@code start} to {@code end} (char indices into {@code body}). CPython decodes a copy of the body
     * in which every non-ASCII character became a 10-byte {@code \UXXXXXXXX} escape and a backslash
     * before one became the escape u005c, and positions are counted in that copy.
     */
    private static DecodeError unicodeError(String body, int start, int end, String message) {
        int s = bufferOffset(body, start);
        int e = bufferOffset(body, end);
        String where = e - s == 1 ? "can't decode byte 0x5c in position " + s
                : "can't decode bytes in position " + s + "-" + (e - 1);
        return new DecodeError("(unicode error) 'unicodeescape' codec " + where + ": " + message);
    }

    private static int bufferOffset(String body, int upTo) {
        int offset = 0;
        int i = 0;
        while (i < upTo) {
            char c = body.charAt(i++);
            if (c == '\\') {
                offset++;
                if (i >= body.length() || body.charAt(i) >= 0x80) {
                    offset += 5; // the backslash became the six-byte escape of itself
                } else if (i < upTo) {
                    offset++; // the escaped ASCII character is copied unexamined
                    i++;
                }
            } else if (c < 0x80) {
                offset++;
            } else if (!Character.isLowSurrogate(c)) {
                offset += 10;
            }
        }
        return offset;
    }

    /**
     * Decodes a bytes literal body.
     *
     * @throws DecodeError for a non-ASCII character or a malformed {@code \x} escape
     */
    static byte[] decodeBytes(String body, boolean raw) {
        int n = body.length();
        for (int i = 0; i < n; i++) {
            if (body.charAt(i) >= 0x80) {
                throw new DecodeError("bytes can only contain ASCII literal characters");
            }
        }
        if (raw || body.indexOf('\\') < 0) {
            byte[] bytes = new byte[n];
            for (int i = 0; i < n; i++) {
                bytes[i] = (byte) body.charAt(i);
            }
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        int i = 0;
        while (i < n) {
            char ch = body.charAt(i++);
            if (ch != '\\') {
                out.write(ch);
                continue;
            }
            if (i >= n) {
                out.write('\\');
                break;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && isOctal(body.charAt(i)); k++) {
                        value = value * 8 + body.charAt(i++) - '0';
                    }
                    out.write(value & 0xFF); // values above 0o377 wrap, with a warning in CPython
                }
                case 'x' -> {
                    int d1 = i < n ? hexValue(body.charAt(i)) : -1;
                    int d2 = i + 1 < n ? hexValue(body.charAt(i + 1)) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new DecodeError("(value error) invalid \\x escape at position " + (i - 2));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}

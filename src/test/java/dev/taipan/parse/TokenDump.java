package dev.taipan.parse;

import dev.taipan.ast.Bytes;
import dev.taipan.ast.CodePointString;
import dev.taipan.ast.Imaginary;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats Taipan tokens the way {@code tokenize_dump.py} prints CPython's: exact kind name, start and
 * end position, and an encoded value.
 */
final class TokenDump {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TokenDump() {
    }

    /** Tokenizes {@code source} and returns one line per token, ENDMARKER included. */
    static List<String> dump(String source, String filename) {
        Lexer lexer = new Lexer(source, filename);
        List<String> lines = new ArrayList<>();
        for (;;) {
            Token t = lexer.next();
            lines.add(format(t));
            if (t.kind() == TokenKind.ENDMARKER) {
                return lines;
            }
        }
    }

    static String format(Token t) {
        String name = t.kind().isKeyword() ? "NAME" : t.kind() == TokenKind.ARROW ? "RARROW" : t.kind().name();
        String line = name + " " + t.line() + " " + t.col() + " " + t.endLine() + " " + t.endCol();
        String value = value(t);
        return value == null ? line : line + " " + value;
    }

    private static String value(Token t) {
        Object v = t.value();
        return switch (t.kind()) {
            case NUMBER -> switch (v) {
                case Long l -> "i" + l;
                case BigInteger b -> "i" + b;
                case Double d -> "f" + Long.toHexString(Double.doubleToRawLongBits(d));
                case Imaginary j -> "j" + Long.toHexString(Double.doubleToRawLongBits(j.imag()));
                default -> "?" + v;
            };
            case STRING -> v instanceof Bytes b ? "b" + hex(b.data()) : "s" + hex(utf8(v));
            case FSTRING_MIDDLE -> "m" + hex(utf8(v));
            default -> t.kind() == TokenKind.NAME || t.kind().isKeyword() ? "n" + v : null;
        };
    }

    /**
     * UTF-8 of a str value ({@code String} or {@link CodePointString}), with lone surrogates
     * encoded as three bytes, like Python's {@code surrogatepass}.
     */
    static byte[] utf8(Object str) {
        int[] codePoints = CodePointString.codePointsOf(str);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(codePoints.length);
        for (int c : codePoints) {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | c >> 6);
                out.write(0x80 | c & 0x3F);
            } else if (c < 0x10000) {
                out.write(0xE0 | c >> 12);
                out.write(0x80 | c >> 6 & 0x3F);
                out.write(0x80 | c & 0x3F);
            } else {
                out.write(0xF0 | c >> 18);
                out.write(0x80 | c >> 12 & 0x3F);
                out.write(0x80 | c >> 6 & 0x3F);
                out.write(0x80 | c & 0x3F);
            }
        }
        return out.toByteArray();
    }

    static String hex(byte[] data) {
        StringBuilder sb = new StringBuilder(data.length * 2);
        for (byte b : data) {
            sb.append(HEX[b >> 4 & 0xF]).append(HEX[b & 0xF]);
        }
        return sb.toString();
    }
}

package dev.taipan.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Decodes the bytes of a Python source file into text as CPython does (PEP 263 and PEP 3120):
 * UTF-8 unless a {@code coding:} comment on line 1 or 2 names another encoding, with an optional UTF-8
 * byte order mark. CPython: Parser/tokenizer/helpers.c ({@code get_coding_spec},
 * {@code check_coding_spec}, {@code check_bom}).
 */
public final class SourceDecoder {
    private static final String PEP263 = "see https://peps.python.org/pep-0263/ for details";

    private SourceDecoder() {
    }

    /** Decodes source bytes; errors name the file {@code <unknown>}. */
    public static String decode(byte[] bytes) {
        return decode(bytes, "<unknown>");
    }

    /**
     * Decodes source bytes.
     *
     * @param bytes    the file's content
     * @param filename the file name errors report
     * @throws SyntaxErrorException for an unknown or unusable encoding, or bytes the encoding cannot decode
     */
    public static String decode(byte[] bytes, String filename) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        String cookie = findCookie(bytes, start);
        if (cookie != null && bom && !cookie.equals("utf-8")) {
            throw error("encoding problem: " + cookie + " with BOM", filename, 0);
        }
        Charset charset = StandardCharsets.UTF_8;
        if (cookie != null && !cookie.equals("utf-8")) {
            charset = charsetFor(cookie);
            if (charset == null) {
                throw error("encoding problem: " + cookie, filename, 0);
            }
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return chars.toString();
        } catch (CharacterCodingException e) {
            int bad = firstUndecodable(bytes, start, charset);
            int line = 1;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String hex = String.format("%02x", bytes[Math.min(bad, bytes.length - 1)] & 0xFF);
            if (cookie == null) {
                throw error("Non-UTF-8 code starting with '\\x" + hex + "' in file " + filename + " on line " + line
                        + ", but no encoding declared; " + PEP263, filename, line);
            }
            throw error("'" + cookie + "' codec can't decode byte 0x" + hex + " in position " + (bad - start)
                    + (e instanceof MalformedInputException ? ": invalid data" : ": character maps to <undefined>"),
                    filename, line);
        }
    }

    private static SyntaxErrorException error(String msg, String filename, int line) {
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename, line, 0, line, 0,
                null);
    }

    /** The index of the first byte the charset cannot decode. */
    private static int firstUndecodable(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    /**
     * The normalised encoding named by a coding comment on line 1, or on line 2 when line 1 holds no
     * code; {@code null} when there is none.
     */
    static String findCookie(byte[] bytes, int start) {
        int lineStart = start;
        for (int line = 0; line < 2 && lineStart < bytes.length; line++) {
            int lineEnd = lineStart;
            while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
                lineEnd++;
            }
            int i = lineStart;
            while (i < lineEnd && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\f')) {
                i++;
            }
            if (i < lineEnd && bytes[i] == '#') {
                String spec = codingSpec(bytes, i, lineEnd);
                if (spec != null) {
                    return spec;
                }
            } else if (i < lineEnd) {
                return null; // a line with code ends the search
            }
            lineStart = lineEnd;
            if (lineStart < bytes.length && bytes[lineStart] == '\r') {
                lineStart++;
            }
            if (lineStart < bytes.length && bytes[lineStart] == '\n') {
                lineStart++;
            }
        }
        return null;
    }

    private static String codingSpec(byte[] bytes, int from, int to) {
        for (int i = from; i + 6 < to; i++) {
            if (bytes[i] == 'c' && bytes[i + 1] == 'o' && bytes[i + 2] == 'd' && bytes[i + 3] == 'i'
                    && bytes[i + 4] == 'n' && bytes[i + 5] == 'g' && (bytes[i + 6] == ':' || bytes[i + 6] == '=')) {
                int t = i + 7;
                while (t < to && (bytes[t] == ' ' || bytes[t] == '\t')) {
                    t++;
                }
                int begin = t;
                while (t < to && (Character.isLetterOrDigit(bytes[t]) && bytes[t] > 0 || bytes[t] == '-'
                        || bytes[t] == '_' || bytes[t] == '.')) {
                    t++;
                }
                if (t > begin) {
                    return normalName(new String(bytes, begin, t - begin, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return null;
    }

    /** CPython's get_normal_name: spellings of UTF-8 and Latin-1 become "utf-8" and "iso-8859-1". */
    static String normalName(String name) {
        String head = name.substring(0, Math.min(12, name.length())).toLowerCase(Locale.ROOT).replace('_', '-');
        if (head.equals("utf-8") || head.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (head.equals("latin-1") || head.equals("iso-8859-1") || head.equals("iso-latin-1")
                || head.startsWith("latin-1-") || head.startsWith("iso-8859-1-") || head.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return name;
    }

    /** The Java charset for a Python codec name, or {@code null} when Java has none. */
    static Charset charsetFor(String pythonName) {
        String name = pythonName.toLowerCase(Locale.ROOT);
        String alias = switch (name.replace('-', '_')) {
            case "utf8", "utf_8", "u8", "utf", "cp65001" -> "UTF-8";
            case "latin1", "latin_1", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "latin" -> "ISO-8859-1";
            case "ascii", "us_ascii", "646" -> "US-ASCII";
            default -> null;
        };
        if (alias != null) {
            return Charset.forName(alias);
        }
        for (String candidate : new String[] {name, name.replace('_', '-'), name.replace('-', '_')}) {
            try {
                return Charset.forName(candidate);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // try the next spelling
            }
        }
        return null;
    }
}

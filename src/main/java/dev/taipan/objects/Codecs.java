package dev.taipan.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The text codecs that {@code str.encode} and {@code bytes.decode} need before a codecs
 * module exists: UTF-8, ASCII and Latin-1 with the {@code strict}, {@code ignore},
 * {@code replace} and {@code backslashreplace} handlers, and UTF-16/32 through Java (strict).
 *
 * <p>CPython: Objects/unicodeobject.c and Objects/stringlib/codecs.h
 */
public final class Codecs {
    private Codecs() {
    }

    /**
     * Returns the canonical name of an encoding, or raises LookupError.
     *
     * @param encoding the name as given
     * @return "utf-8", "ascii", "latin-1", "utf-16", "utf-32" ...
     */
    static String normalize(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-').replace(' ', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "ascii", "us-ascii", "646" -> "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin" ->
                    "latin-1";
            case "utf-16", "utf16" -> "utf-16";
            case "utf-16-le", "utf-16le" -> "utf-16-le";
            case "utf-16-be", "utf-16be" -> "utf-16-be";
            case "utf-32", "utf32" -> "utf-32";
            case "utf-32-le", "utf-32le" -> "utf-32-le";
            case "utf-32-be", "utf-32be" -> "utf-32-be";
            default -> throw Errors.of(ExceptionTypes.LookupError, "unknown encoding: %s", encoding);
        };
    }

    private static void checkErrors(String errors) {
        switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace", "surrogateescape",
                    "xmlcharrefreplace", "surrogatepass" -> {
            }
            default -> throw Errors.of(ExceptionTypes.LookupError,
                    "unknown error handler name '%s'", errors);
        }
    }

    /**
     * Encodes a str.
     *
     * @param s        the string
     * @param encoding the encoding
     * @param errors   the error handler name
     * @return the bytes
     */
    public static byte[] encode(PyStr s, String encoding, String errors) {
        String enc = normalize(encoding);
        checkErrors(errors);
        int limit = switch (enc) {
            case "ascii" -> 128;
            case "latin-1" -> 256;
            default -> -1;
        };
        String v = s.toString();
        if (limit < 0 && !enc.equals("utf-8")) {
            return v.getBytes(javaCharset(enc));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(v.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            int c = s.codePointAt(i);
            boolean bad = limit > 0 ? c >= limit : c >= 0xd800 && c <= 0xdfff;
            if (!bad) {
                if (limit > 0) {
                    out.write(c);
                } else {
                    byte[] b = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                }
                continue;
            }
            switch (errors) {
                case "ignore" -> {
                }
                case "replace" -> out.write('?');
                case "xmlcharrefreplace" -> out.writeBytes(("&#" + c + ";")
                        .getBytes(StandardCharsets.US_ASCII));
                case "backslashreplace" -> {
                    String esc = c <= 0xff ? String.format("\\x%02x", c)
                            : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
                    out.writeBytes(esc.getBytes(StandardCharsets.US_ASCII));
                }
                case "surrogateescape" -> {
                    if (c >= 0xdc80 && c <= 0xdcff) {
                        out.write(c - 0xdc00);
                    } else {
                        throw encodeError(enc, s, i, limit);
                    }
                }
                case "surrogatepass" -> {
                    // CPython writes a surrogate as its three-byte UTF-8 form (UTF-8 only).
                    if (limit > 0) {
                        throw encodeError(enc, s, i, limit);
                    }
                    out.write(0xe0 | (c >> 12));
                    out.write(0x80 | ((c >> 6) & 0x3f));
                    out.write(0x80 | (c & 0x3f));
                }
                default -> {
                    int end = i + 1;
                    while (end < n && (limit > 0 ? s.codePointAt(end) >= limit : false)) {
                        end++;
                    }
                    throw Errors.unicodeEncodeError(enc, s, i, end, limit > 0
                            ? "ordinal not in range(" + limit + ")" : "surrogates not allowed");
                }
            }
        }
        return out.toByteArray();
    }

    private static PyException encodeError(String enc, PyStr s, int i, int limit) {
        return Errors.unicodeEncodeError(enc, s, i, i + 1, limit > 0
                ? "ordinal not in range(" + limit + ")" : "surrogates not allowed");
    }

    private static Charset javaCharset(String enc) {
        return switch (enc) {
            case "utf-16" -> StandardCharsets.UTF_16;
            case "utf-16-le" -> StandardCharsets.UTF_16LE;
            case "utf-16-be" -> StandardCharsets.UTF_16BE;
            case "utf-32" -> Charset.forName("UTF-32");
            case "utf-32-le" -> Charset.forName("UTF-32LE");
            default -> Charset.forName("UTF-32BE");
        };
    }

    /**
     * Decodes bytes.
     *
     * @param b        the bytes
     * @param encoding the encoding
     * @param errors   the error handler name
     * @return the str
     */
    public static PyStr decode(byte[] b, String encoding, String errors) {
        String enc = normalize(encoding);
        checkErrors(errors);
        switch (enc) {
            case "latin-1":
                return PyStr.of(new String(b, StandardCharsets.ISO_8859_1));
            case "ascii": {
                StringBuilder sb = new StringBuilder(b.length);
                for (int i = 0; i < b.length; i++) {
                    int c = b[i] & 0xff;
                    if (c < 128) {
                        sb.append((char) c);
                    } else {
                        handleDecode(sb, errors, enc, b, i, i + 1, "ordinal not in range(128)");
                    }
                }
                return PyStr.of(sb.toString());
            }
            case "utf-8":
                return PyStr.of(decodeUtf8(b, errors));
            default:
                return PyStr.of(new String(b, javaCharset(enc)));
        }
    }

    private static void handleDecode(StringBuilder sb, String errors, String enc, byte[] b,
            int start, int end, String reason) {
        switch (errors) {
            case "ignore" -> {
            }
            case "replace" -> sb.append('\ufffd');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", b[k] & 0xff));
                }
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    sb.append((char) (0xdc00 + (b[k] & 0xff)));
                }
            }
            default -> throw Errors.unicodeDecodeError(enc, new PyBytes(b), start, end, reason);
        }
    }

    // CPython: Objects/stringlib/codecs.h, utf8_decode (error ranges and reasons)
    private static String decodeUtf8(byte[] b, String errors) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                if (c == 0xe0) {
                    lo = 0xa0;
                } else if (c == 0xed) {
                    hi = 0x9f;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                handleDecode(sb, errors, "utf-8", b, i, i + 1, "invalid start byte");
                i++;
                continue;
            }
            int cp = c & (0x3f >> need);
            int j = i + 1;
            boolean ok = true;
            for (int k = 0; k < need; k++, j++) {
                if (j >= n) {
                    handleDecode(sb, errors, "utf-8", b, i, n, "unexpected end of data");
                    return sb.toString();
                }
                int cc = b[j] & 0xff;
                int l = k == 0 ? lo : 0x80;
                int h = k == 0 ? hi : 0xbf;
                if (cc < l || cc > h) {
                    handleDecode(sb, errors, "utf-8", b, i, j, "invalid continuation byte");
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (cc & 0x3f);
            }
            if (ok) {
                sb.appendCodePoint(cp);
                i = j;
            } else {
                i = j;
            }
        }
        return sb.toString();
    }
}

package dev.taipan.ast;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python's {@code repr()} of the values a {@link Constant} can hold, so the front end can print
 * its tree exactly as CPython's {@code ast.dump()} does without the runtime.
 */
public final class ConstantRepr {
    private ConstantRepr() {
    }

    /** Returns CPython's {@code repr()} of a constant value; {@code null} prints as {@code None}. */
    public static String repr(Object value) {
        return switch (value) {
            case null -> "None";
            case Singleton s -> s == Singleton.NONE ? "None" : "Ellipsis";
            case Boolean b -> b ? "True" : "False";
            case String s -> str(s);
            case CodePointString s -> str(s.codePoints());
            case Double d -> floatRepr(d);
            case Long l -> l.toString();
            case Integer i -> i.toString();
            case BigInteger b -> b.toString();
            case Imaginary c -> imaginaryRepr(c.imag());
            case Bytes b -> bytes(b.data());
            default -> throw new IllegalArgumentException("not a constant: " + value.getClass().getName());
        };
    }

    /** Python's {@code repr(str)}: quotes chosen as CPython does, non-printables escaped. */
    public static String str(String s) {
        char quote = quote(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            strChar(out, cp, quote);
        }
        return out.append(quote).toString();
    }

    /** Python's {@code repr(str)} of a string given as code points, which may be lone surrogates. */
    public static String str(int[] codePoints) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int cp : codePoints) {
            hasSingle |= cp == '\'';
            hasDouble |= cp == '"';
        }
        char quote = quote(hasSingle, hasDouble);
        StringBuilder out = new StringBuilder(codePoints.length + 2).append(quote);
        for (int cp : codePoints) {
            strChar(out, cp, quote);
        }
        return out.append(quote).toString();
    }

    private static char quote(boolean hasSingle, boolean hasDouble) {
        return hasSingle && !hasDouble ? '"' : '\'';
    }

    // CPython: Objects/unicodeobject.c, unicode_repr. Surrogates are not printable, so a lone one
    // prints as a backslash-u escape.
    private static void strChar(StringBuilder out, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            out.append('\\').appendCodePoint(cp);
        } else if (cp == '\t') {
            out.append("\\t");
        } else if (cp == '\n') {
            out.append("\\n");
        } else if (cp == '\r') {
            out.append("\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            hex(out, "\\x", cp, 2);
        } else if (cp < 0x7f) {
            out.append((char) cp);
        } else if (isPrintable(cp)) {
            out.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            hex(out, "\\x", cp, 2);
        } else if (cp <= 0xffff) {
            hex(out, "\\u", cp, 4);
        } else {
            hex(out, "\\U", cp, 8);
        }
    }

    /** Python's {@code str.isprintable()} for one code point, by CPython 3.13's Unicode version. */
    public static boolean isPrintable(int cp) {
        return Printable.isPrintable(cp);
    }

    /** Python's {@code repr(bytes)}. */
    public static String bytes(byte[] data) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : data) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(data.length + 3).append('b').append(quote);
        for (byte b : data) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                hex(out, "\\x", c, 2);
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }

    /** Python's {@code repr(float)}: the shortest string that round-trips. */
    public static String floatRepr(double d) {
        return shortest(d, true);
    }

    /** Python's {@code repr()} of a complex number with a zero real part. */
    public static String imaginaryRepr(double imag) {
        return shortest(imag, false) + "j";
    }

    // CPython: Python/pystrtod.c, format_float_short with 'r': fixed notation for decimal
    // exponents in [-4, 16), scientific beyond, exponent with a sign and at least two digits.
    private static String shortest(double d, boolean forceDecimalPoint) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            String zero = forceDecimalPoint ? "0.0" : "0";
            return (1 / d < 0 ? "-" : "") + zero;
        }
        // Since JDK 19, Double.toString gives the shortest decimal that round-trips.
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int exponent = digits.length() - 1 - exact.scale();   // d = d.igits * 10^exponent
        if (digits.length() == 2) {
            // Java prints at least two significant digits (4.9E-324) where one digit may round-trip.
            String one = oneDigit(Math.abs(d), digits, exponent);
            if (one != null) {
                digits = one.substring(0, 1);
                exponent = Integer.parseInt(one.substring(2));
            }
        }
        StringBuilder out = new StringBuilder(24);
        if (d < 0) {
            out.append('-');
        }
        if (exponent >= -4 && exponent < 16) {
            if (exponent < 0) {
                out.append("0.");
                out.append("0".repeat(-exponent - 1)).append(digits);
            } else if (digits.length() <= exponent + 1) {
                out.append(digits).append("0".repeat(exponent + 1 - digits.length()));
                if (forceDecimalPoint) {
                    out.append(".0");
                }
            } else {
                out.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        }
        return out.toString();
    }

    /** A one-digit decimal "dE<exp>" that reads back as {@code abs}, the closer of two, or null. */
    private static String oneDigit(double abs, String digits, int exponent) {
        int first = digits.charAt(0) - '0';
        String best = null;
        BigDecimal bestError = null;
        for (int candidate = first; candidate <= first + 1; candidate++) {
            int digit = candidate == 10 ? 1 : candidate;
            int exp = candidate == 10 ? exponent + 1 : exponent;
            String text = digit + "E" + exp;
            if (Double.parseDouble(text) == abs) {
                // Compared exactly: near the subnormal limit both errors underflow to 0.0 as doubles.
                BigDecimal error = new BigDecimal(text).subtract(new BigDecimal(abs)).abs();
                if (bestError == null || error.compareTo(bestError) < 0) {
                    bestError = error;
                    best = digit + "E" + exp;
                }
            }
        }
        return best;
    }

    private static void hex(StringBuilder out, String prefix, int value, int width) {
        String h = Integer.toHexString(value);
        out.append(prefix).append("0".repeat(width - h.length())).append(h);
    }
}

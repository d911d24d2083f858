package dev.taipan.objects;

import java.math.BigInteger;

/**
 * A parsed format specification (the mini-language of {@code format()} and f-strings) and its
 * application to ints, floats, complex numbers and strings.
 *
 * <p>{@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}
 *
 * <p>CPython: Python/formatter_unicode.c
 */
public final class FormatSpec {
    final int fill;
    final char align;
    final char sign;
    final boolean noNegZero;
    final boolean alternate;
    final int width;
    final char grouping;
    final int precision;
    final char type;
    private final String typeName;

    private FormatSpec(int fill, char align, char sign, boolean z, boolean alt, int width,
            char grouping, int precision, char type, String typeName) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegZero = z;
        this.alternate = alt;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
        this.typeName = typeName;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Parses a spec.
     *
     * @param spec     the spec text
     * @param typeName the type being formatted, for messages
     * @return the parsed spec
     */
    public static FormatSpec parse(String spec, String typeName) {
        int[] cps = spec.codePoints().toArray();
        int i = 0;
        int n = cps.length;
        int fill = ' ';
        char align = 0;
        boolean fillGiven = n >= 2 && isAlign(cps[1]);
        if (fillGiven) {
            fill = cps[0];
            align = (char) cps[1];
            i = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            i = 1;
        }
        char sign = 0;
        if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) {
            sign = (char) cps[i++];
        }
        boolean z = false;
        if (i < n && cps[i] == 'z') {
            z = true;
            i++;
        }
        boolean alt = false;
        if (i < n && cps[i] == '#') {
            alt = true;
            i++;
        }
        // CPython: Python/formatter_unicode.c, parse_internal_render_format_spec: a '0' sets
        // the fill unless a fill was given, and '=' alignment too for numbers (whose default
        // alignment is '>') when no alignment was given.
        if (i < n && cps[i] == '0') {
            if (!fillGiven) {
                fill = '0';
                if (align == 0 && !typeName.equals("str")) {
                    align = '=';
                }
            }
            i++;
        }
        int width = -1;
        int start = i;
        while (i < n && cps[i] >= '0' && cps[i] <= '9') {
            i++;
        }
        if (i > start) {
            width = parseNumber(cps, start, i);
        }
        char grouping = 0;
        if (i < n && (cps[i] == ',' || cps[i] == '_')) {
            grouping = (char) cps[i++];
            if (i < n && (cps[i] == ',' || cps[i] == '_')) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
        }
        int precision = -1;
        if (i < n && cps[i] == '.') {
            i++;
            start = i;
            while (i < n && cps[i] >= '0' && cps[i] <= '9') {
                i++;
            }
            if (i == start) {
                throw Errors.valueError("Format specifier missing precision");
            }
            precision = parseNumber(cps, start, i);
        }
        char type = 0;
        if (i < n) {
            type = (char) cps[i++];
        }
        if (i < n) {
            throw Errors.valueError("Invalid format specifier '%s' for object of type '%s'", spec,
                    typeName);
        }
        if (grouping != 0 && type != 0) {
            String ok = grouping == ',' ? "deEfFgG%" : "bdeEfFgGoxX%";
            if (ok.indexOf(type) < 0) {
                throw Errors.valueError("Cannot specify '%c' with '%c'.", grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, z, alt, width, grouping, precision, type,
                typeName);
    }

    private static int parseNumber(int[] cps, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (cps[k] - '0');
            if (v > Integer.MAX_VALUE) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
        }
        return (int) v;
    }

    private PyException unknown() {
        return Errors.valueError("Unknown format code '%c' for object of type '%s'", type,
                typeName);
    }

    /**
     * Inserts grouping separators into a string of digits.
     *
     * @param digits   the digits
     * @param sep      the separator
     * @param every    group size
     * @param minWidth pad with zeros (grouped too) up to this width, or 0
     * @return the grouped digits
     */
    static String group(String digits, char sep, int every, int minWidth) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int k = digits.length() - 1; k >= 0; k--) {
            if (count > 0 && count % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(k));
            count++;
        }
        while (sb.length() < minWidth) {
            if (count > 0 && count % every == 0) {
                sb.append(sep);
                if (sb.length() >= minWidth) {
                    break;
                }
            }
            sb.append('0');
            count++;
        }
        return sb.reverse().toString();
    }

    /** Pads sign + prefix + body to the width with fill and alignment. */
    private String pad(String signStr, String body, char defaultAlign) {
        char a = align == 0 ? defaultAlign : align;
        int len = signStr.codePointCount(0, signStr.length()) + body.codePointCount(0, body.length());
        int padding = Math.max(0, width - len);
        String f = new String(Character.toChars(fill));
        return switch (a) {
            case '<' -> signStr + body + f.repeat(padding);
            case '^' -> f.repeat(padding / 2) + signStr + body + f.repeat(padding - padding / 2);
            case '=' -> signStr + f.repeat(padding) + body;
            default -> f.repeat(padding) + signStr + body;
        };
    }

    private String signOf(boolean negative) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    /**
     * Formats an int.
     *
     * @param v the value
     * @return the text
     */
    public String formatInt(PyInt v) {
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloat(v.toDouble());
            }
            default -> {
            }
        }
        if (precision >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (noNegZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format "
                    + "specifier");
        }
        if (type == 'c') {
            if (sign != 0) {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (alternate) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format "
                        + "specifier 'c'");
            }
            if (v.signum() < 0 || !v.fitsInt() || v.intValue() > 0x10ffff) {
                throw Errors.overflowError("%c arg not in range(0x110000)");
            }
            return pad("", new String(Character.toChars(v.intValue())), '<');
        }
        int radix;
        String prefix = "";
        switch (type) {
            case 0, 'd', 'n' -> radix = 10;
            case 'b' -> {
                radix = 2;
                prefix = "0b";
            }
            case 'o' -> {
                radix = 8;
                prefix = "0o";
            }
            case 'x', 'X' -> {
                radix = 16;
                prefix = type == 'x' ? "0x" : "0X";
            }
            default -> throw unknown();
        }
        BigInteger b = v.bigValue();
        String digits = radix == 10 ? v.toString() : b.abs().toString(radix);
        if (radix == 10 && b.signum() < 0) {
            digits = digits.substring(1);
        }
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        String signStr = signOf(b.signum() < 0) + (alternate ? prefix : "");
        if (grouping != 0) {
            int every = radix == 10 ? 3 : 4;
            int min = fill == '0' && align == '=' ? Math.max(0, width - signStr.length()) : 0;
            digits = group(digits, grouping, every, min);
        }
        return pad(signStr, digits, '>');
    }

    /**
     * Formats a float.
     *
     * @param d the value
     * @return the text
     */
    public String formatFloat(double d) {
        char t = type;
        if ("eEfFgGn%".indexOf(t) < 0 && t != 0) {
            throw unknown();
        }
        boolean negative = d < 0 || d == 0 && 1 / d < 0;
        double a = Math.abs(d);
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            negative = !Double.isNaN(d) && d < 0;
            body = Double.isNaN(d) ? "nan" : "inf";
            if (t == 'E' || t == 'F' || t == 'G') {
                body = body.toUpperCase();
            }
            if (t == '%') {
                body = body + "%";
            }
        } else {
            int prec = precision < 0 ? 6 : precision;
            switch (t) {
                case 'e', 'E' -> body = FloatFormat.formatE(a, prec, t == 'E', alternate);
                case 'f', 'F' -> {
                    body = FloatFormat.formatF(a, prec);
                    if (alternate && prec == 0) {
                        body = body + ".";
                    }
                }
                case '%' -> {
                    body = FloatFormat.formatF(a * 100, prec);
                    if (alternate && prec == 0) {
                        body = body + ".";
                    }
                    body = body + "%";
                }
                case 'g', 'G', 'n' -> body = FloatFormat.formatG(a, prec, t == 'G', alternate, false);
                default -> {
                    if (precision < 0) {
                        body = FloatFormat.repr(a);
                    } else {
                        body = FloatFormat.formatG(a, precision, false, alternate, true);
                    }
                }
            }
            if (noNegZero && negative && isZeroText(body)) {
                negative = false;
            }
        }
        if (grouping != 0) {
            int dot = indexOfNonDigit(body);
            String intPart = body.substring(0, dot);
            int min = fill == '0' && align == '=' ? Math.max(0,
                    width - signOf(negative).length() - (body.length() - dot)) : 0;
            body = group(intPart, grouping, 3, min) + body.substring(dot);
        }
        return pad(signOf(negative), body, '>');
    }

    /**
     * Formats a complex number: each part as a float without padding, then the whole
     * {@code (re+imj)} padded to the width, right-aligned by default.
     *
     * @param re the real part
     * @param im the imaginary part
     * @return the text
     */
    // CPython: Python/formatter_unicode.c, format_complex_internal
    public String formatComplex(double re, double im) {
        if (fill == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (align == '=') {
            throw Errors.valueError(
                    "'=' alignment flag is not allowed in complex format specifier");
        }
        if (type != 0 && "eEfFgGn".indexOf(type) < 0) {
            throw unknown();
        }
        // No type: like str(), repr-style parts, parentheses unless the real part is +0.0,
        // which is then left out. A precision without a type means 'g'.
        boolean reprStyle = type == 0 && precision < 0;
        boolean skipRe = type == 0 && re == 0.0 && Math.copySign(1.0, re) == 1.0;
        boolean parens = type == 0 && !skipRe;
        char partType = type == 0 ? (reprStyle ? 0 : 'g') : type;
        String reText = "";
        if (!skipRe) {
            reText = complexPart(re, sign, partType, reprStyle);
        }
        // The imaginary part is always signed when the real part shows.
        String imText = complexPart(im, skipRe ? sign : '+', partType, reprStyle);
        String body = reText + imText + "j";
        return pad("", parens ? "(" + body + ")" : body, '>');
    }

    /** Formats one part of a complex number with this spec's flags and no padding. */
    private String complexPart(double d, char partSign, char partType, boolean reprStyle) {
        FormatSpec part = new FormatSpec(' ', '<', partSign, noNegZero, alternate, -1, grouping,
                precision, partType, typeName);
        String text = part.formatFloat(d);
        // CPython formats repr-style parts with mode 'r' and no Py_DTSF_ADD_DOT_0.
        if (reprStyle && text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        // '#' keeps a decimal point in the mantissa (Py_DTSF_ALT).
        if (reprStyle && alternate && Double.isFinite(d)) {
            int e = text.indexOf('e');
            String mantissa = e < 0 ? text : text.substring(0, e);
            if (mantissa.indexOf('.') < 0) {
                text = mantissa + "." + (e < 0 ? "" : text.substring(e));
            }
        }
        return text;
    }

    private static boolean isZeroText(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
        }
        return true;
    }

    private static int indexOfNonDigit(String s) {
        int k = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /**
     * Formats a string.
     *
     * @param s the value
     * @return the text
     */
    public String formatStr(String s) {
        if (type != 0 && type != 's') {
            throw unknown();
        }
        if (sign != 0) {
            throw Errors.valueError("Sign not allowed in string format specifier");
        }
        if (alternate) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (align == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        if (grouping != 0) {
            throw Errors.valueError("Cannot specify '%c' with 's'.", grouping);
        }
        String body = s;
        if (precision >= 0 && s.codePointCount(0, s.length()) > precision) {
            body = s.substring(0, s.offsetByCodePoints(0, precision));
        }
        return pad("", body, '<');
    }
}

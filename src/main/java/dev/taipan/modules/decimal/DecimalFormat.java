package dev.taipan.modules.decimal;

import dev.taipan.objects.Errors;

import java.math.BigInteger;

/**
 * {@code Decimal.__format__}: the format mini-language for decimals, with the context's rounding
 * and without binary rounding: {@code [[fill]align][sign][z][#][0][width][,][.precision][type]},
 * type one of {@code eEfFgGn%} or none.
 */
// CPython: Modules/_decimal/libmpdec/io.c, mpd_qformat_spec
final class DecimalFormat {
    private DecimalFormat() {
    }

    private static ValueErrorHolder invalid() {
        return new ValueErrorHolder();
    }

    /** Marker for a bad spec, turned into CPython's one message. */
    private static final class ValueErrorHolder extends RuntimeException {
        ValueErrorHolder() {
            super(null, null, false, false);
        }
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    static String format(PyDecimal d, String spec, PyContext ctx) {
        try {
            return formatChecked(d, spec, ctx);
        } catch (ValueErrorHolder e) {
            throw Errors.valueError("invalid format string");
        }
    }

    private static String formatChecked(PyDecimal d, String spec, PyContext ctx) {
        int[] cps = spec.codePoints().toArray();
        int n = cps.length;
        int i = 0;
        String fill = " ";
        char align = 0;
        if (n >= 2 && isAlign(cps[1])) {
            fill = new String(cps, 0, 1);
            align = (char) cps[1];
            i = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            i = 1;
        }
        char sign = '-';
        if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) {
            sign = (char) cps[i++];
        }
        boolean noNegZero = false;
        if (i < n && cps[i] == 'z') {
            noNegZero = true;
            i++;
        }
        boolean alternate = false;
        if (i < n && cps[i] == '#') {
            alternate = true;
            i++;
        }
        boolean zeroPad = false;
        if (i < n && cps[i] == '0') {
            zeroPad = true;
            i++;
        }
        int width = -1;
        int start = i;
        while (i < n && cps[i] >= '0' && cps[i] <= '9') {
            i++;
        }
        if (i > start) {
            width = parseCount(cps, start, i);
        }
        boolean grouping = false;
        if (i < n && cps[i] == ',') {
            grouping = true;
            i++;
        }
        int precision = -1;
        if (i < n && cps[i] == '.') {
            i++;
            start = i;
            while (i < n && cps[i] >= '0' && cps[i] <= '9') {
                i++;
            }
            if (i == start) {
                throw invalid();
            }
            precision = parseCount(cps, start, i);
        }
        char type = 0;
        if (i < n) {
            type = (char) cps[i++];
            if ("eEfFgGn%".indexOf(type) < 0) {
                throw invalid();
            }
        }
        if (i != n) {
            throw invalid();
        }
        boolean explicitAlign = align != 0;
        if (zeroPad && align == 0) {
            fill = "0";
            align = '=';
        }
        if (align == 0) {
            align = '>';
        }
        boolean negative = d.negative;
        String body;
        if (d.isSpecial()) {
            body = DecimalText.special(d.withSign(false));
            if (type == '%') {
                body += "%";
            }
            if (zeroPad && !explicitAlign) {
                fill = " ";
                align = '>';
            }
            grouping = false;
        } else {
            PyDecimal v = d;
            if (type == '%') {
                v = v.finite(v.negative, v.coeff, v.exp + 2);
            }
            v = round(v, type, precision, ctx.rounding);
            negative = negative && !(noNegZero && v.isZero());
            body = layout(v, type, precision, alternate, ctx.capitals != 0);
        }
        String signText = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        String intPart = body;
        String rest = "";
        int cut = firstNonDigit(body);
        if (!d.isSpecial()) {
            intPart = body.substring(0, cut);
            rest = body.substring(cut);
        }
        if (grouping || (zeroPad && fill.equals("0") && align == '=')) {
            int minInt = zeroPad && fill.equals("0") && align == '=' && width > 0
                    ? width - signText.length() - rest.length() : 0;
            intPart = group(intPart, grouping, minInt);
            body = intPart + rest;
            if (zeroPad && fill.equals("0") && align == '=') {
                return signText + body;
            }
        }
        return pad(signText, body, fill, align, width);
    }

    private static int parseCount(int[] cps, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (cps[k] - '0');
            if (v > Integer.MAX_VALUE) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
        }
        return (int) v;
    }

    private static int firstNonDigit(String s) {
        int k = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Rounds to what the type and precision keep (no exponent limits apply). */
    private static PyDecimal round(PyDecimal v, char type, int precision, int mode) {
        if (precision < 0) {
            return v;
        }
        switch (type) {
            case 'e', 'E' -> {
                return toDigits(v, precision + 1, mode, true);
            }
            case 'f', 'F', '%' -> {
                return rescale(v, -(long) precision, mode);
            }
            default -> {
                return toDigits(v, Math.max(precision, 1), mode, false);
            }
        }
    }

    private static PyDecimal rescale(PyDecimal v, long e, int mode) {
        if (e == v.exp) {
            return v;
        }
        if (e < v.exp) {
            return v.finite(v.negative, v.coeff.multiply(Rounding.pow10(v.exp - e)), e);
        }
        BigInteger c = Rounding.drop(v.coeff, e - v.exp, v.negative, mode, new boolean[1]);
        return v.finite(v.negative, c, e);
    }

    /** Rounds (or, when {@code pad}, extends) to exactly {@code digits} significant digits. */
    private static PyDecimal toDigits(PyDecimal v, int digits, int mode, boolean pad) {
        if (v.isZero()) {
            return pad ? v.finite(v.negative, BigInteger.ZERO, v.exp) : v;
        }
        int have = v.digits();
        if (have > digits) {
            PyDecimal r = rescale(v, v.exp + have - digits, mode);
            if (r.digits() > digits) {
                r = v.finite(r.negative, r.coeff.divide(BigInteger.TEN), r.exp + 1);
            }
            return r;
        }
        if (pad && have < digits) {
            return rescale(v, v.exp - (digits - have), mode);
        }
        return v;
    }

    /** The digits, point and exponent of a finite, rounded number. */
    private static String layout(PyDecimal v, char type, int precision, boolean alternate, boolean capitals) {
        String digits = v.coeff.toString();
        if (v.isZero() && (type == 'e' || type == 'E') && precision > 0) {
            digits = "0".repeat(precision + 1);
        }
        int nd = digits.length();
        long dotplace;
        boolean sci;
        char lower = Character.toLowerCase(type);
        if (lower == 'e') {
            sci = true;
            dotplace = 1;
        } else if (lower == 'f' || type == '%') {
            sci = false;
            // A zero shows no digits for a positive exponent.
            dotplace = v.isZero() && v.exp > 0 ? nd : nd + v.exp;
        } else {
            long leftdigits = v.exp + nd;
            if (v.exp <= 0 && leftdigits > -6) {
                sci = false;
                dotplace = leftdigits;
            } else {
                sci = true;
                dotplace = 1;
            }
        }
        StringBuilder b = new StringBuilder();
        String intPart;
        String frac;
        if (dotplace <= 0) {
            intPart = "0";
            frac = "0".repeat((int) -dotplace) + digits;
        } else if (dotplace >= nd) {
            intPart = digits + "0".repeat((int) (dotplace - nd));
            frac = "";
        } else {
            intPart = digits.substring(0, (int) dotplace);
            frac = digits.substring((int) dotplace);
        }
        if (intPart.isEmpty()) {
            intPart = "0";
        }
        b.append(intPart);
        if (!frac.isEmpty() || alternate) {
            b.append('.').append(frac);
        }
        if (sci) {
            boolean upper = type == 'E' || type == 'G' || (type == 0 && capitals);
            long shown = v.exp + nd - dotplace;
            b.append(upper ? 'E' : 'e').append(shown >= 0 ? "+" : "").append(shown);
        }
        if (type == '%') {
            b.append('%');
        }
        return b.toString();
    }

    /** Inserts thousands separators, first padding with zeros to {@code minWidth} characters. */
    private static String group(String digits, boolean grouping, int minWidth) {
        if (!grouping) {
            StringBuilder b = new StringBuilder();
            b.repeat('0', Math.max(0, minWidth - digits.length()));
            return b.append(digits).toString();
        }
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int k = digits.length() - 1; k >= 0; k--) {
            if (count > 0 && count % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(k));
            count++;
        }
        while (out.length() < minWidth) {
            if (count % 3 == 0) {
                out.append(',');
                if (out.length() >= minWidth) {
                    out.append('0');
                    count++;
                    break;
                }
            }
            out.append('0');
            count++;
        }
        return out.reverse().toString();
    }

    private static String pad(String sign, String body, String fill, char align, int width) {
        int len = sign.length() + body.codePointCount(0, body.length());
        if (width <= len) {
            return sign + body;
        }
        int total = width - len;
        return switch (align) {
            case '<' -> sign + body + fill.repeat(total);
            case '^' -> fill.repeat(total / 2) + sign + body + fill.repeat(total - total / 2);
            case '=' -> sign + fill.repeat(total) + body;
            default -> fill.repeat(total) + sign + body;
        };
    }
}

package dev.taipan.modules.decimal;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Conversion of decimals from and to text, and exact conversion from {@code float}. */
// Semantics: the specification's "Numeric string syntax", "to-scientific-string" and
// "to-engineering-string"
final class DecimalText {
    private DecimalText() {
    }

    /**
     * Parses a numeric string as the {@code Decimal} constructor does: surrounding white space
     * and underscores are ignored, any Unicode decimal digit counts.
     *
     * @param m the module whose value to make
     * @param text the string
     * @return the exact value, null when the text is not a number, or {@link #OUT_OF_RANGE}
     */
    static PyDecimal parse(DecimalModule m, String text) {
        String s = text.strip();
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '_') {
                continue;
            }
            if (cp > 127) {
                int d = Character.digit(cp, 10);
                if (d < 0 || !Character.isDigit(cp)) {
                    return null;
                }
                b.append((char) ('0' + d));
            } else {
                b.append((char) cp);
            }
        }
        s = b.toString();
        if (s.isEmpty()) {
            return null;
        }
        boolean neg = false;
        int i = 0;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        String rest = s.substring(i);
        String lower = rest.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return new PyDecimal(m, neg, BigInteger.ZERO, 0, PyDecimal.INFINITE);
        }
        if (lower.startsWith("nan") || lower.startsWith("snan")) {
            boolean signaling = lower.charAt(0) == 's';
            String payload = rest.substring(signaling ? 4 : 3);
            if (!allDigits(payload, 0, payload.length())) {
                return null;
            }
            BigInteger p = payload.isEmpty() ? BigInteger.ZERO : new BigInteger(payload);
            return new PyDecimal(m, neg, p, 0, signaling ? PyDecimal.SNAN : PyDecimal.QNAN);
        }
        int n = rest.length();
        int j = 0;
        StringBuilder digits = new StringBuilder();
        int intStart = j;
        while (j < n && isAsciiDigit(rest.charAt(j))) {
            j++;
        }
        digits.append(rest, intStart, j);
        int fracDigits = 0;
        if (j < n && rest.charAt(j) == '.') {
            j++;
            int fracStart = j;
            while (j < n && isAsciiDigit(rest.charAt(j))) {
                j++;
            }
            fracDigits = j - fracStart;
            digits.append(rest, fracStart, j);
        }
        if (digits.length() == 0) {
            return null;
        }
        long exp = 0;
        if (j < n && (rest.charAt(j) == 'e' || rest.charAt(j) == 'E')) {
            j++;
            int expStart = j;
            if (j < n && (rest.charAt(j) == '+' || rest.charAt(j) == '-')) {
                j++;
            }
            if (!allDigits(rest, j, n) || j == n) {
                return null;
            }
            try {
                exp = Long.parseLong(rest.substring(expStart, n));
            } catch (NumberFormatException e) {
                return OUT_OF_RANGE;
            }
            if (Math.abs(exp) > 4_000_000_000_000_000_000L) {
                return OUT_OF_RANGE;
            }
            j = n;
        }
        if (j != n) {
            return null;
        }
        BigInteger c = new BigInteger(digits.toString());
        long e = exp - fracDigits;
        if (e + Rounding.digits(c) - 1 > PyContext.MAX_EMAX || e < PyContext.MIN_EMIN - (PyContext.MAX_PREC - 1)) {
            return OUT_OF_RANGE;
        }
        return new PyDecimal(m, neg, c, e, PyDecimal.FINITE);
    }

    /** What {@link #parse} returns for a well-formed number whose exponent no context allows. */
    static final PyDecimal OUT_OF_RANGE = new PyDecimal(null, false, BigInteger.ZERO, 0, PyDecimal.QNAN);

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isAsciiDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The exact value of a float. */
    static PyDecimal fromDouble(DecimalModule m, double d) {
        if (Double.isNaN(d)) {
            return new PyDecimal(m, false, BigInteger.ZERO, 0, PyDecimal.QNAN);
        }
        boolean neg = (Double.doubleToRawLongBits(d) < 0);
        if (Double.isInfinite(d)) {
            return new PyDecimal(m, neg, BigInteger.ZERO, 0, PyDecimal.INFINITE);
        }
        BigDecimal exact = new BigDecimal(Math.abs(d));
        if (exact.signum() == 0) {
            return new PyDecimal(m, neg, BigInteger.ZERO, 0, PyDecimal.FINITE);
        }
        exact = exact.stripTrailingZeros();
        long e = -exact.scale();
        BigInteger c = exact.unscaledValue();
        if (e > 0) {
            c = c.multiply(Rounding.pow10(e));
            e = 0;
        }
        return new PyDecimal(m, neg, c, e, PyDecimal.FINITE);
    }

    /** The text of a special value, or null for a finite number. */
    static String special(PyDecimal d) {
        String sign = d.negative ? "-" : "";
        return switch (d.kind) {
            case PyDecimal.INFINITE -> sign + "Infinity";
            case PyDecimal.QNAN -> sign + "NaN" + (d.coeff.signum() == 0 ? "" : d.coeff.toString());
            case PyDecimal.SNAN -> sign + "sNaN" + (d.coeff.signum() == 0 ? "" : d.coeff.toString());
            default -> null;
        };
    }

    /** {@code to-scientific-string}; {@code capitals} picks 'E' or 'e'. */
    static String toSci(PyDecimal d, boolean capitals) {
        String sp = special(d);
        if (sp != null) {
            return sp;
        }
        String digits = d.coeff.toString();
        long adj = d.exp + digits.length() - 1;
        StringBuilder b = new StringBuilder();
        if (d.negative) {
            b.append('-');
        }
        if (d.exp <= 0 && adj >= -6) {
            plain(b, digits, d.exp);
            return b.toString();
        }
        b.append(digits.charAt(0));
        if (digits.length() > 1) {
            b.append('.').append(digits, 1, digits.length());
        }
        appendExponent(b, adj, capitals);
        return b.toString();
    }

    private static void plain(StringBuilder b, String digits, long exp) {
        if (exp == 0) {
            b.append(digits);
            return;
        }
        long point = digits.length() + exp;
        if (point > 0) {
            b.append(digits, 0, (int) point).append('.').append(digits, (int) point, digits.length());
        } else {
            b.append("0.");
            b.repeat('0', (int) -point);
            b.append(digits);
        }
    }

    private static void appendExponent(StringBuilder b, long e, boolean capitals) {
        b.append(capitals ? 'E' : 'e');
        if (e >= 0) {
            b.append('+');
        }
        b.append(e);
    }

    /** {@code to-engineering-string}: like scientific, with an exponent that is a multiple of 3. */
    static String toEng(PyDecimal d, boolean capitals) {
        String sp = special(d);
        if (sp != null) {
            return sp;
        }
        String digits = d.coeff.toString();
        long adj = d.exp + digits.length() - 1;
        if (d.exp <= 0 && adj >= -6) {
            return toSci(d, capitals);
        }
        StringBuilder b = new StringBuilder();
        if (d.negative) {
            b.append('-');
        }
        if (d.coeff.signum() == 0) {
            long e3 = d.exp + Math.floorMod(-d.exp, 3);
            long zeros = e3 - d.exp;
            b.append('0');
            if (zeros > 0) {
                b.append('.').repeat('0', (int) zeros);
            }
            if (e3 != 0) {
                appendExponent(b, e3, capitals);
            }
            return b.toString();
        }
        long e3 = adj - Math.floorMod(adj, 3);
        int before = (int) (adj - e3 + 1);
        if (digits.length() < before) {
            digits = digits + "0".repeat(before - digits.length());
        }
        b.append(digits, 0, before);
        if (digits.length() > before) {
            b.append('.').append(digits, before, digits.length());
        }
        if (e3 != 0) {
            appendExponent(b, e3, capitals);
        }
        return b.toString();
    }
}

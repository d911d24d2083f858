package dev.taipan.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Text forms of doubles as CPython writes them: {@code repr} (shortest round-trip digits) and
 * the {@code e}, {@code f}, {@code g} conversions with correct rounding of the exact binary
 * value.
 *
 * <p>CPython: Python/pystrtod.c, PyOS_double_to_string
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** Decimal digits (no leading zeros, at least one) and the exponent of the first digit. */
    record Digits(String digits, int exp) {
    }

    /**
     * Returns the shortest digits that round-trip (Java 19+ {@code Double.toString} finds them).
     *
     * @param d a finite, non-zero magnitude
     * @return the digits
     */
    static Digits shortest(double d) {
        String s = Double.toString(Math.abs(d));
        int e = s.indexOf('E');
        int exp = 0;
        String mant = s;
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            mant = s.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        String frac = mant.substring(dot + 1);
        String all = intPart + frac;
        int pointPos = intPart.length() + exp;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        all = all.substring(lead);
        pointPos -= lead;
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        String digits = all.substring(0, end);
        if (digits.length() == 2) {
            // Java prints at least two significant digits ("4.9E-324"); Python wants the
            // shortest string that round-trips, which may have one ("5e-324").
            BigDecimal one = new BigDecimal(Math.abs(d)).round(new MathContext(1,
                    RoundingMode.HALF_EVEN));
            if (Double.parseDouble(one.toString()) == Math.abs(d)) {
                String u = one.unscaledValue().toString();
                return new Digits(u.substring(0, 1), u.length() - 1 - one.scale());
            }
        }
        return new Digits(digits, pointPos - 1);
    }

    /**
     * Returns {@code repr(d)}.
     *
     * @param d the value
     * @return the text
     */
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        } else if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        Digits dg = shortest(d);
        String sign = d < 0 ? "-" : "";
        if (dg.exp < -4 || dg.exp >= 16) {
            return sign + sci(dg.digits, dg.exp, false, false);
        }
        return sign + fixed(dg.digits, dg.exp, true);
    }

    /** Scientific form of digits: d.ddde+XX. */
    static String sci(String digits, int exp, boolean upper, boolean keepPoint) {
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        } else if (keepPoint) {
            sb.append('.');
        }
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
        return sb.toString();
    }

    /** Fixed form of digits with the given first-digit exponent; ".0" added if requested. */
    static String fixed(String digits, int exp, boolean addPointZero) {
        StringBuilder sb = new StringBuilder();
        if (exp < 0) {
            sb.append("0.");
            sb.append("0".repeat(-exp - 1));
            sb.append(digits);
        } else if (digits.length() <= exp + 1) {
            sb.append(digits).append("0".repeat(exp + 1 - digits.length()));
            if (addPointZero) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
        }
        return sb.toString();
    }

    /**
     * Formats with {@code %.<prec>f} semantics (magnitude only; no sign).
     *
     * @param d    a finite value
     * @param prec digits after the point
     * @return the text
     */
    static String formatF(double d, int prec) {
        BigDecimal b = new BigDecimal(Math.abs(d)).setScale(prec, RoundingMode.HALF_EVEN);
        return b.toPlainString();
    }

    /**
     * Rounds to {@code n} significant digits.
     *
     * @param d a finite value
     * @param n significant digits, at least 1
     * @return the digits (exactly n) and exponent
     */
    static Digits roundSig(double d, int n) {
        if (d == 0) {
            return new Digits("0".repeat(n), 0);
        }
        BigDecimal b = new BigDecimal(Math.abs(d)).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String u = b.unscaledValue().toString();
        int exp = u.length() - 1 - b.scale();
        if (u.length() < n) {
            u = u + "0".repeat(n - u.length());
        } else if (u.length() > n) {
            u = u.substring(0, n);
        }
        return new Digits(u, exp);
    }

    /**
     * Formats with {@code %.<prec>e} semantics (magnitude only).
     *
     * @param d     a finite value
     * @param prec  digits after the point
     * @param upper 'E' rather than 'e'
     * @param alt   keep the point even without fraction digits
     * @return the text
     */
    static String formatE(double d, int prec, boolean upper, boolean alt) {
        Digits dg = roundSig(d, prec + 1);
        return sci(dg.digits, d == 0 ? 0 : dg.exp, upper, alt);
    }

    /**
     * Formats with {@code %.<prec>g} semantics (magnitude only).
     *
     * @param d         a finite value
     * @param prec      significant digits (0 means 1)
     * @param upper     'E' rather than 'e'
     * @param alt       keep trailing zeros and the point
     * @param noneType  the empty presentation type: fixed form keeps a ".0" and exponent form
     *                  starts one digit earlier
     * @return the text
     */
    static String formatG(double d, int prec, boolean upper, boolean alt, boolean noneType) {
        int p = prec == 0 ? 1 : prec;
        Digits dg = roundSig(d, p);
        int exp = d == 0 ? 0 : dg.exp;
        String digits = dg.digits;
        if (!alt) {
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') {
                end--;
            }
            digits = digits.substring(0, end);
        }
        // CPython's Py_DTSF_ADD_DOT_0 (the empty type) lowers the switch to exponent form by one.
        boolean useExp = exp < -4 || exp >= (noneType ? p - 1 : p);
        if (useExp) {
            return sci(digits, exp, upper, alt);
        }
        if (alt && digits.length() < exp + 1) {
            digits = digits + "0".repeat(exp + 1 - digits.length());
        }
        String f = fixed(digits, exp, noneType);
        if (alt && f.indexOf('.') < 0) {
            f = f + ".";
        }
        return f;
    }
}

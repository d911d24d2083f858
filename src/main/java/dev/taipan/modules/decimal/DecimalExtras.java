package dev.taipan.modules.decimal;

import java.math.BigInteger;

/**
 * The operations of the specification that are neither basic arithmetic nor functions:
 * comparisons returning decimals, max and min, total ordering, classification, scaling, the
 * neighbours of a number, and the digit-wise logical operations.
 */
// Semantics: the specification's "compare", "max", "min", "compare-total", "class", "logb",
// "scaleb", "next-plus", "next-minus", "remainder-near", "logical and" ... "rotate", "shift"
final class DecimalExtras {
    private DecimalExtras() {
    }

    private static PyDecimal small(PyContext ctx, long v) {
        return new PyDecimal(ctx.module, v < 0, BigInteger.valueOf(Math.abs(v)), 0, PyDecimal.FINITE);
    }

    /** {@code compare}: -1, 0 or 1 as a Decimal, NaN for NaNs; {@code signal} makes quiet NaNs invalid too. */
    static PyDecimal compare(PyDecimal a, PyDecimal b, boolean signal, PyContext ctx, Status st) {
        if (a.isNaN() || b.isNaN()) {
            if (signal) {
                st.add(Signals.INVALID_OPERATION);
            }
            return DecimalArith.nans(a, b, ctx, st);
        }
        return small(ctx, DecimalArith.compare(a, b));
    }

    /** The total order of the specification: -NaN &lt; -sNaN &lt; -Inf &lt; ... &lt; Inf &lt; sNaN &lt; NaN. */
    static int compareTotal(PyDecimal a, PyDecimal b) {
        if (a.negative != b.negative) {
            return a.negative ? -1 : 1;
        }
        int r = compareTotalMagnitude(a, b);
        return a.negative ? -r : r;
    }

    /** The total order of the absolute values. */
    static int compareTotalMagnitude(PyDecimal a, PyDecimal b) {
        int ka = rank(a);
        int kb = rank(b);
        if (ka != kb) {
            return Integer.compare(ka, kb);
        }
        if (a.isNaN()) {
            return a.coeff.compareTo(b.coeff);
        }
        if (a.isInfinite()) {
            return 0;
        }
        int c = DecimalArith.compareMagnitude(a, b);
        if (c != 0) {
            return c;
        }
        return Long.compare(a.exp, b.exp);
    }

    private static int rank(PyDecimal d) {
        return switch (d.kind) {
            case PyDecimal.FINITE -> 0;
            case PyDecimal.INFINITE -> 1;
            case PyDecimal.SNAN -> 2;
            default -> 3;
        };
    }

    /** {@code max} ({@code wantMax}) or {@code min}, optionally by magnitude. */
    static PyDecimal maxMin(PyDecimal a, PyDecimal b, boolean wantMax, boolean byMagnitude, PyContext ctx,
            Status st) {
        if (a.isNaN() || b.isNaN()) {
            if (a.kind == PyDecimal.SNAN || b.kind == PyDecimal.SNAN) {
                return DecimalArith.nans(a, b, ctx, st);
            }
            // A quiet NaN loses to a number.
            if (a.isNaN() && b.isNaN()) {
                return DecimalArith.nans(a, b, ctx, st);
            }
            return DecimalArith.round(a.isNaN() ? b : a, ctx, st);
        }
        int c = byMagnitude ? DecimalArith.compare(abs(a), abs(b)) : DecimalArith.compare(a, b);
        if (c == 0 && byMagnitude) {
            c = DecimalArith.compare(a, b);
        }
        if (c == 0) {
            c = compareTotal(a, b);
        }
        PyDecimal pick = (c >= 0) == wantMax ? a : b;
        return DecimalArith.round(pick, ctx, st);
    }

    private static PyDecimal abs(PyDecimal a) {
        return a.withSign(false);
    }

    static String numberClass(PyDecimal a, PyContext ctx) {
        String sign = a.negative ? "-" : "+";
        return switch (a.kind) {
            case PyDecimal.SNAN -> "sNaN";
            case PyDecimal.QNAN -> "NaN";
            case PyDecimal.INFINITE -> sign + "Infinity";
            default -> a.isZero() ? sign + "Zero" : a.adjusted() < ctx.emin ? sign + "Subnormal" : sign + "Normal";
        };
    }

    static PyDecimal logb(PyDecimal a, PyContext ctx, Status st) {
        if (a.isNaN()) {
            return DecimalArith.nans(a, null, ctx, st);
        }
        if (a.isInfinite()) {
            return DecimalArith.infinity(ctx, false);
        }
        if (a.isZero()) {
            st.add(Signals.DIVISION_BY_ZERO);
            return DecimalArith.infinity(ctx, true);
        }
        long adj = a.adjusted();
        return DecimalArith.finish(ctx, adj < 0, BigInteger.valueOf(Math.abs(adj)), 0, st);
    }

    static PyDecimal scaleb(PyDecimal a, PyDecimal b, PyContext ctx, Status st) {
        PyDecimal n = DecimalArith.nans(a, b, ctx, st);
        if (n != null) {
            return n;
        }
        BigInteger shift = DecimalFunctions.integralValue(b);
        long limit = 2 * (ctx.emax + ctx.prec);
        if (b.isInfinite() || shift == null || b.exp != 0 || shift.abs().compareTo(BigInteger.valueOf(limit)) > 0) {
            return DecimalArith.invalid(ctx, st, Signals.INVALID_OPERATION);
        }
        if (a.isInfinite()) {
            return a.exact();
        }
        return DecimalArith.finish(ctx, a.negative, a.coeff, a.exp + shift.longValue(), st);
    }

    /** {@code next_plus} ({@code up}) or {@code next_minus}: the closest representable neighbour. */
    static PyDecimal next(PyDecimal a, boolean up, PyContext ctx, Status st) {
        if (a.isNaN()) {
            return DecimalArith.nans(a, null, ctx, st);
        }
        if (a.isInfinite()) {
            if (a.negative != up) {
                return a.exact();
            }
            BigInteger max = Rounding.pow10(ctx.prec).subtract(BigInteger.ONE);
            return new PyDecimal(ctx.module, a.negative, max, ctx.etop(), PyDecimal.FINITE);
        }
        // Adding a nudge far below the last digit and rounding toward the direction lands on the neighbour.
        PyContext work = ctx.copyContext();
        work.rounding = up ? Rounding.CEILING : Rounding.FLOOR;
        work.traps = 0;
        long below = a.isZero() ? ctx.etiny() - 1 : Math.min(ctx.etiny() - 1, a.adjusted() - ctx.prec - 1);
        PyDecimal nudge = new PyDecimal(ctx.module, !up, BigInteger.ONE, below, PyDecimal.FINITE);
        Status ignored = new Status();
        PyDecimal r = DecimalArith.add(a, nudge, false, work, ignored);
        if (r.isInfinite()) {
            st.add(ignored.bits & (Signals.OVERFLOW | Signals.INEXACT | Signals.ROUNDED));
        }
        return r;
    }

    static PyDecimal nextToward(PyDecimal a, PyDecimal b, PyContext ctx, Status st) {
        PyDecimal n = DecimalArith.nans(a, b, ctx, st);
        if (n != null) {
            return n;
        }
        int c = DecimalArith.compare(a, b);
        if (c == 0) {
            return new PyDecimal(ctx.module, b.negative, a.coeff, a.exp, a.kind);
        }
        PyDecimal r = next(a, c < 0, ctx, st);
        if (r.isInfinite()) {
            st.add(Signals.OVERFLOW | Signals.INEXACT | Signals.ROUNDED);
        } else if (!r.isZero() && r.adjusted() < ctx.emin) {
            st.add(Signals.SUBNORMAL | Signals.UNDERFLOW | Signals.INEXACT | Signals.ROUNDED);
        } else if (r.isZero()) {
            st.add(Signals.SUBNORMAL | Signals.UNDERFLOW | Signals.INEXACT | Signals.ROUNDED | Signals.CLAMPED);
        }
        return r;
    }

    /** {@code remainder_near}: a - b*n with n the integer nearest a/b (ties to even). */
    static PyDecimal remainderNear(PyDecimal a, PyDecimal b, PyContext ctx, Status st) {
        PyDecimal n = DecimalArith.nans(a, b, ctx, st);
        if (n != null) {
            return n;
        }
        if (a.isInfinite() || b.isZero()) {
            return DecimalArith.invalid(ctx, st, a.isZero() ? Signals.DIVISION_UNDEFINED : Signals.INVALID_OPERATION);
        }
        if (b.isInfinite()) {
            return DecimalArith.round(a, ctx, st);
        }
        Status probe = new Status();
        PyDecimal[] qr = DecimalArith.divmod(a, b, ctx, probe, true, false);
        if (qr[0].isNaN()) {
            st.add(probe.bits);
            return qr[0];
        }
        long e = Math.min(a.exp, b.exp);
        BigInteger x = a.coeff.multiply(Rounding.pow10(a.exp - e));
        BigInteger y = b.coeff.multiply(Rounding.pow10(b.exp - e));
        BigInteger[] dr = x.divideAndRemainder(y);
        BigInteger q = dr[0];
        BigInteger r = dr[1];
        int half = r.shiftLeft(1).compareTo(y);
        if (half > 0 || (half == 0 && q.testBit(0))) {
            r = r.subtract(y);
            q = q.add(BigInteger.ONE);
        }
        if (Rounding.digits(q) > ctx.prec) {
            return DecimalArith.invalid(ctx, st, Signals.DIVISION_IMPOSSIBLE);
        }
        boolean neg = r.signum() < 0 ? !a.negative : a.negative;
        return DecimalArith.finish(ctx, neg, r.abs(), e, st);
    }

    /** {@code fma}: a * b + c with a single rounding. */
    static PyDecimal fma(PyDecimal a, PyDecimal b, PyDecimal c, PyContext ctx, Status st) {
        PyDecimal product;
        if (a.isSpecial() || b.isSpecial()) {
            if (a.kind == PyDecimal.SNAN || b.kind == PyDecimal.SNAN || c.kind == PyDecimal.SNAN) {
                PyDecimal n = DecimalArith.nans(a, b, ctx, st);
                return n != null && (a.isNaN() || b.isNaN()) ? n : DecimalArith.nans(c, null, ctx, st);
            }
            product = DecimalArith.multiply(a, b, ctx, st);
            if (product.isNaN()) {
                return product;
            }
        } else {
            product = new PyDecimal(ctx.module, a.negative ^ b.negative, a.coeff.multiply(b.coeff), a.exp + b.exp,
                    PyDecimal.FINITE);
        }
        return DecimalArith.add(product, c, false, ctx, st);
    }

    // ---- digit-wise operations ----------------------------------------------------------

    /** The digits of a logical operand, padded to the precision, or null when it is not one. */
    private static char[] logicalDigits(PyDecimal a, PyContext ctx) {
        if (a.isSpecial() || a.negative || a.exp != 0) {
            return null;
        }
        String s = a.coeff.toString();
        if (s.length() > ctx.prec) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '0' && s.charAt(i) != '1') {
                return null;
            }
        }
        return ("0".repeat((int) (ctx.prec - s.length())) + s).toCharArray();
    }

    private static PyDecimal fromDigits(char[] digits, PyContext ctx) {
        return new PyDecimal(ctx.module, false, new BigInteger(new String(digits)), 0, PyDecimal.FINITE);
    }

    /** {@code logical_and} ('&amp;'), {@code logical_or} ('|'), {@code logical_xor} ('^'). */
    static PyDecimal logical(PyDecimal a, PyDecimal b, char op, PyContext ctx, Status st) {
        char[] x = logicalDigits(a, ctx);
        char[] y = logicalDigits(b, ctx);
        if (x == null || y == null) {
            return DecimalArith.invalid(ctx, st, Signals.INVALID_OPERATION);
        }
        for (int i = 0; i < x.length; i++) {
            boolean p = x[i] == '1';
            boolean q = y[i] == '1';
            boolean r = op == '&' ? p && q : op == '|' ? p || q : p ^ q;
            x[i] = r ? '1' : '0';
        }
        return fromDigits(x, ctx);
    }

    static PyDecimal logicalInvert(PyDecimal a, PyContext ctx, Status st) {
        char[] x = logicalDigits(a, ctx);
        if (x == null) {
            return DecimalArith.invalid(ctx, st, Signals.INVALID_OPERATION);
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] == '1' ? '0' : '1';
        }
        return fromDigits(x, ctx);
    }

    /** {@code rotate} ({@code rotate} true) or {@code shift} of the coefficient's digits. */
    static PyDecimal rotateOrShift(PyDecimal a, PyDecimal b, boolean rotate, PyContext ctx, Status st) {
        PyDecimal n = DecimalArith.nans(a, b, ctx, st);
        if (n != null) {
            return n;
        }
        BigInteger count = DecimalFunctions.integralValue(b);
        if (b.isInfinite() || count == null || b.exp != 0 || count.abs().compareTo(BigInteger.valueOf(ctx.prec)) > 0) {
            return DecimalArith.invalid(ctx, st, Signals.INVALID_OPERATION);
        }
        if (a.isInfinite()) {
            return a.exact();
        }
        int prec = (int) ctx.prec;
        String s = a.coeff.toString();
        if (s.length() > prec) {
            s = s.substring(s.length() - prec);
        }
        s = "0".repeat(prec - s.length()) + s;
        int k = count.intValue();
        String r;
        if (rotate) {
            int m = Math.floorMod(k, prec);
            r = s.substring(m) + s.substring(0, m);
        } else if (k >= 0) {
            r = (s + "0".repeat(k)).substring(k);
        } else {
            r = ("0".repeat(-k) + s).substring(0, prec);
        }
        return new PyDecimal(ctx.module, a.negative, new BigInteger(r), a.exp, PyDecimal.FINITE);
    }
}

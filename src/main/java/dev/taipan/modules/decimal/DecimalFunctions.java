package dev.taipan.modules.decimal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.IntFunction;

/**
 * The functions of the specification beyond the four operations: {@code sqrt}, {@code exp},
 * {@code ln}, {@code log10} and {@code power}. Results of exp, ln and log10 (and of power with a
 * non-integral exponent) are correctly rounded with ROUND_HALF_EVEN: they are computed with guard
 * digits, and again with more while the guard digits cannot decide the rounding.
 */
// Semantics: the specification's "exp", "ln", "log10", "power" and "square-root"
final class DecimalFunctions {
    private DecimalFunctions() {
    }

    private static PyDecimal one(PyContext ctx) {
        return new PyDecimal(ctx.module, false, BigInteger.ONE, 0, PyDecimal.FINITE);
    }

    private static BigDecimal big(PyDecimal a) {
        BigInteger c = a.negative ? a.coeff.negate() : a.coeff;
        if (a.exp < -Integer.MAX_VALUE || a.exp > Integer.MAX_VALUE) {
            // Beyond what the working numbers can hold (CPython's libmpdec would run out of memory).
            throw dev.taipan.objects.Errors.memoryError();
        }
        return new BigDecimal(c, (int) -a.exp);
    }

    /** A working result: {@code value * 10**shift}, for results whose exponent exceeds an int. */
    record Scaled(BigDecimal value, long shift) {
    }

    /** Computes a value to about the given number of significant digits. */
    interface Approximation {
        Scaled apply(int digits);
    }

    /** One plus or minus a quantity too small to matter but to the rounding, rounded by {@code mode}. */
    private static PyDecimal nearOne(PyContext ctx, Status st, int direction, int mode) {
        int prec = precision(ctx);
        BigInteger c = Rounding.pow10(prec + 2);
        c = direction > 0 ? c.add(BigInteger.ONE) : c.subtract(BigInteger.ONE);
        return DecimalArith.finish(ctx, false, c, -(prec + 2), st, mode);
    }

    private static int precision(PyContext ctx) {
        if (ctx.prec > 100_000) {
            throw dev.taipan.objects.Errors.memoryError();
        }
        return (int) ctx.prec;
    }

    /**
     * Rounds a value known only approximately, with HALF_EVEN, using more working digits while
     * the approximation lies too near a rounding boundary.
     *
     * @param f computes the value with about the given number of correct significant digits
     */
    private static PyDecimal correctlyRounded(PyContext ctx, Status st, IntFunction<BigDecimal> f) {
        return correctlyRounded(ctx, st, w -> new Scaled(f.apply(w), 0), Rounding.HALF_EVEN);
    }

    /**
     * Rounds a value known only approximately by {@code mode}. The boundaries that matter are
     * the halfway points for the half modes and the representable numbers for the others; near
     * one of those more digits are computed. A value that stays on a representable number is
     * taken to be exactly that number.
     */
    private static PyDecimal correctlyRounded(PyContext ctx, Status st, Approximation f, int mode) {
        int prec = precision(ctx);
        boolean half = mode == Rounding.HALF_EVEN || mode == Rounding.HALF_UP || mode == Rounding.HALF_DOWN;
        BigInteger tolerance = BigInteger.valueOf(1000);
        for (int extra = 12; ; extra += 24) {
            int wp = prec + extra;
            Scaled approx = f.apply(wp + 6);
            BigDecimal y = approx.value().round(new MathContext(wp, RoundingMode.DOWN));
            BigInteger u = y.unscaledValue().abs();
            long exp = -(long) y.scale() + approx.shift();
            int d = Rounding.digits(u);
            if (d < wp) {
                u = u.multiply(Rounding.pow10(wp - d));
                exp -= wp - d;
            }
            BigInteger unit = Rounding.pow10(extra);
            BigInteger tail = u.mod(unit);
            boolean ambiguous;
            if (half) {
                BigInteger halfway = BigInteger.valueOf(5).multiply(Rounding.pow10(extra - 1));
                ambiguous = tail.subtract(halfway).abs().compareTo(tolerance) <= 0;
            } else {
                ambiguous = tail.compareTo(tolerance) <= 0 || unit.subtract(tail).compareTo(tolerance) <= 0;
            }
            boolean negative = y.signum() < 0;
            if (!ambiguous) {
                BigInteger sticky = u.multiply(BigInteger.TEN).add(BigInteger.ONE);
                return DecimalArith.finish(ctx, negative, sticky, exp - 1, st, mode);
            }
            if (extra > 100) {
                if (!half) {
                    // On a representable number: round to it, then report the rounding.
                    u = tail.compareTo(tolerance) <= 0 ? u.subtract(tail) : u.add(unit.subtract(tail));
                    st.add(Signals.INEXACT | Signals.ROUNDED);
                    return DecimalArith.finish(ctx, negative, u, exp, st, mode);
                }
                BigInteger sticky = u.multiply(BigInteger.TEN).add(BigInteger.ONE);
                return DecimalArith.finish(ctx, negative, sticky, exp - 1, st, mode);
            }
        }
    }

    // ---- square root --------------------------------------------------------------------

    static PyDecimal sqrt(PyDecimal a, PyContext ctx, Status st) {
        if (a.isSpecial()) {
            PyDecimal n = DecimalArith.nans(a, null, ctx, st);
            if (n != null) {
                return n;
            }
            if (a.negative) {
                return DecimalArith.invalid(ctx, st, Signals.INVALID_OPERATION);
            }
            return a.exact();
        }
        long ideal = Math.floorDiv(a.exp, 2);
        if (a.isZero()) {
            return DecimalArith.finish(ctx, a.negative, BigInteger.ZERO, ideal, st);
        }
        if (a.negative) {
            return DecimalArith.invalid(ctx, st, Signals.INVALID_OPERATION);
        }
        int prec = precision(ctx);
        BigInteger c = a.coeff;
        long e = a.exp;
        if ((e & 1) != 0) {
            c = c.multiply(BigInteger.TEN);
            e--;
        }
        long k = Math.max(0, (2L * (prec + 1) - Rounding.digits(c) + 1) / 2);
        BigInteger n = c.multiply(Rounding.pow10(2 * k));
        BigInteger s = n.sqrt();
        long re = e / 2 - k;
        if (s.multiply(s).equals(n)) {
            while (re < ideal && s.mod(BigInteger.TEN).signum() == 0) {
                s = s.divide(BigInteger.TEN);
                re++;
            }
            return DecimalArith.finish(ctx, false, s, re, st, Rounding.HALF_EVEN);
        }
        return DecimalArith.finish(ctx, false, s.multiply(BigInteger.TEN).add(BigInteger.ONE), re - 1, st,
                Rounding.HALF_EVEN);
    }

    // ---- exp ----------------------------------------------------------------------------

    static PyDecimal exp(PyDecimal a, PyContext ctx, Status st) {
        if (a.isSpecial()) {
            PyDecimal n = DecimalArith.nans(a, null, ctx, st);
            if (n != null) {
                return n;
            }
            return a.negative ? DecimalArith.zero(ctx, false, 0) : a.exact();
        }
        if (a.isZero()) {
            return one(ctx);
        }
        // Far outside the exponent range: the result overflows or underflows whatever its digits.
        double decimalExponent = a.adjusted() > 20 ? Double.POSITIVE_INFINITY
                : DecimalConversions.toDouble(a.withSign(false)) * 0.4342944819032518;
        if (!a.negative && decimalExponent > ctx.emax + 2) {
            return DecimalArith.finish(ctx, false, BigInteger.ONE, ctx.emax + 1, st, Rounding.HALF_EVEN);
        }
        if (a.negative && decimalExponent > -ctx.etiny() + 3) {
            return DecimalArith.finish(ctx, false, BigInteger.ONE, ctx.etiny() - 2, st, Rounding.HALF_EVEN);
        }
        if (a.adjusted() < -(ctx.prec + 5)) {
            return nearOne(ctx, st, a.negative ? -1 : 1, Rounding.HALF_EVEN);
        }
        BigDecimal x = big(a);
        return correctlyRounded(ctx, st, wp -> expScaled(x, wp), Rounding.HALF_EVEN);
    }

    /** e**x as a value and a power of ten, so that huge and tiny results stay representable. */
    static Scaled expScaled(BigDecimal x, int wp) {
        if (x.abs().compareTo(BigDecimal.TEN) <= 0) {
            return new Scaled(expOf(x, wp), 0);
        }
        int intDigits = Math.max(1, x.precision() - x.scale());
        MathContext mc = new MathContext(wp + intDigits + 10);
        BigDecimal ln10 = ln10(mc);
        BigDecimal k = x.divide(ln10, mc).setScale(0, RoundingMode.FLOOR);
        BigDecimal r = x.subtract(ln10.multiply(k, mc), mc);
        return new Scaled(expOf(r, wp), k.longValueExact());
    }

    /** e**x to about {@code wp} significant digits. */
    static BigDecimal expOf(BigDecimal x, int wp) {
        BigDecimal r = x;
        int k = 0;
        BigDecimal limit = new BigDecimal("0.001");
        BigDecimal halfValue = new BigDecimal("0.5");
        while (r.abs().compareTo(limit) > 0) {
            r = r.multiply(halfValue);
            k++;
        }
        MathContext mc = new MathContext(wp + k / 3 + 6);
        r = r.round(mc);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int n = 1; ; n++) {
            term = term.multiply(r, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, mc);
        }
        return sum;
    }

    // ---- logarithms ---------------------------------------------------------------------

    /** The result of ln or log10 for special or exact cases, or null. */
    private static PyDecimal logSpecial(PyDecimal a, PyContext ctx, Status st) {
        if (a.isSpecial()) {
            PyDecimal n = DecimalArith.nans(a, null, ctx, st);
            if (n != null) {
                return n;
            }
            if (a.negative) {
                return DecimalArith.invalid(ctx, st, Signals.INVALID_OPERATION);
            }
            return a.exact();
        }
        if (a.isZero()) {
            return DecimalArith.infinity(ctx, true);
        }
        if (a.negative) {
            return DecimalArith.invalid(ctx, st, Signals.INVALID_OPERATION);
        }
        return null;
    }

    static PyDecimal ln(PyDecimal a, PyContext ctx, Status st) {
        PyDecimal s = logSpecial(a, ctx, st);
        if (s != null) {
            return s;
        }
        if (a.exp <= 0 && a.coeff.equals(Rounding.pow10(-a.exp))) {
            return DecimalArith.zero(ctx, false, 0);
        }
        return correctlyRounded(ctx, st, wp -> lnOf(a, wp));
    }

    static PyDecimal log10(PyDecimal a, PyContext ctx, Status st) {
        PyDecimal s = logSpecial(a, ctx, st);
        if (s != null) {
            return s;
        }
        // An exact power of ten has an exact integer logarithm.
        BigInteger c = a.coeff;
        int d = a.digits();
        if (c.equals(Rounding.pow10(d - 1))) {
            long v = a.exp + d - 1;
            return DecimalArith.finish(ctx, v < 0, BigInteger.valueOf(Math.abs(v)), 0, st);
        }
        BigDecimal m = new BigDecimal(c, d - 1);
        long q = a.adjusted();
        return correctlyRounded(ctx, st, wp -> {
            int extra = Long.toString(Math.abs(q)).length();
            MathContext mc = new MathContext(wp + 4 + extra);
            BigDecimal ln10 = ln10(mc);
            if (q == 0 || q == -1) {
                return lnScaled(m, q, wp + 4).divide(ln10, mc);
            }
            return lnReduced(m, mc).divide(ln10, mc).add(BigDecimal.valueOf(q), mc);
        });
    }

    /** ln(a) for a finite positive number, to about {@code wp} significant digits. */
    static BigDecimal lnOf(PyDecimal a, int wp) {
        return lnScaled(new BigDecimal(a.coeff, a.digits() - 1), a.adjusted(), wp);
    }

    /** ln(m * 10**q) for m in [1, 10), to about {@code wp} significant digits. */
    static BigDecimal lnScaled(BigDecimal m, long q, int wp) {
        MathContext mc = new MathContext(wp + 6);
        // Near 1 the series on the value itself avoids the cancellation of ln(m) - ln(10).
        if (q == 0 && m.compareTo(new BigDecimal("1.1")) < 0) {
            return atanhLog(m, mc);
        }
        if (q == -1 && m.compareTo(new BigDecimal("9")) > 0) {
            return atanhLog(m.movePointLeft(1), mc);
        }
        int extra = Long.toString(Math.abs(q)).length();
        MathContext wide = new MathContext(wp + 10 + extra);
        BigDecimal lnM = lnReduced(m, wide);
        if (q == 0) {
            return lnM;
        }
        BigDecimal ln10 = ln10(wide);
        return lnM.add(ln10.multiply(BigDecimal.valueOf(q), wide), wide);
    }

    /** ln(10) to 240 digits, computed once: most contexts need far fewer. */
    private static final BigDecimal LN10 = lnReduced(BigDecimal.TEN, new MathContext(250))
            .round(new MathContext(240));

    /** ln(10) to the precision of {@code mc}. */
    private static BigDecimal ln10(MathContext mc) {
        return mc.getPrecision() <= 230 ? LN10.round(mc) : lnReduced(BigDecimal.TEN, mc);
    }

    /** ln(m) for m in [1, 10]: square roots bring m near 1, then the atanh series. */
    private static BigDecimal lnReduced(BigDecimal m, MathContext mc) {
        MathContext wide = new MathContext(mc.getPrecision() + 4);
        BigDecimal limit = new BigDecimal("1.05");
        int k = 0;
        while (m.compareTo(limit) > 0) {
            m = m.sqrt(wide);
            k++;
        }
        return atanhLog(m, wide).multiply(new BigDecimal(BigInteger.ONE.shiftLeft(k)), wide);
    }

    /** ln(x) = 2 atanh((x - 1) / (x + 1)), for x near 1. */
    private static BigDecimal atanhLog(BigDecimal x, MathContext mc) {
        BigDecimal z = x.subtract(BigDecimal.ONE).divide(x.add(BigDecimal.ONE), mc);
        BigDecimal z2 = z.multiply(z, mc);
        BigDecimal sum = z;
        BigDecimal power = z;
        BigDecimal eps = z.abs().movePointLeft(mc.getPrecision() + 2);
        for (int n = 3; ; n += 2) {
            power = power.multiply(z2, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(eps) <= 0 || term.signum() == 0) {
                break;
            }
        }
        return sum.multiply(BigDecimal.TWO, mc);
    }

    // ---- power --------------------------------------------------------------------------

    /** The integral value of a finite number, or null when it has a fraction. */
    static BigInteger integralValue(PyDecimal b) {
        if (b.isSpecial()) {
            return null;
        }
        BigInteger v;
        if (b.exp >= 0) {
            if (b.exp > 40 && !b.isZero()) {
                return null;
            }
            v = b.coeff.multiply(Rounding.pow10(b.exp));
        } else {
            if (b.isZero()) {
                return BigInteger.ZERO;
            }
            BigInteger[] qr = b.coeff.divideAndRemainder(Rounding.pow10(Math.min(-b.exp, b.digits() + 1)));
            if (qr[1].signum() != 0 || -b.exp > b.digits()) {
                return null;
            }
            v = qr[0];
        }
        return b.negative ? v.negate() : v;
    }

    static PyDecimal power(PyDecimal a, PyDecimal b, PyContext ctx, Status st) {
        PyDecimal nan = DecimalArith.nans(a, b, ctx, st);
        if (nan != null) {
            return nan;
        }
        BigInteger n = integralValue(b);
        if (b.isInfinite()) {
            return powerInfiniteExponent(a, b, ctx, st);
        }
        if (n != null) {
            return integerPower(a, n, b, ctx, st);
        }
        if (a.negative && !a.isZero()) {
            return DecimalArith.invalid(ctx, st, Signals.INVALID_OPERATION);
        }
        if (a.isZero()) {
            return b.negative ? DecimalArith.infinity(ctx, false) : DecimalArith.zero(ctx, false, 0);
        }
        if (a.isInfinite()) {
            return b.negative ? DecimalArith.zero(ctx, false, 0) : DecimalArith.infinity(ctx, false);
        }
        double log10a = log10Approx(a);
        if (log10a == 0 && a.adjusted() == 0 && a.coeff.equals(Rounding.pow10(a.digits() - 1))) {
            // 1 ** b: one, with all the precision's digits.
            st.add(Signals.INEXACT | Signals.ROUNDED);
            return new PyDecimal(ctx.module, false, Rounding.pow10(ctx.prec - 1), 1 - ctx.prec, PyDecimal.FINITE);
        }
        double decimalExponent = DecimalConversions.toDouble(b) * log10a;
        if (decimalExponent > ctx.emax + 2) {
            return DecimalArith.finish(ctx, false, BigInteger.ONE, ctx.emax + 1, st);
        }
        if (decimalExponent < ctx.etiny() - 3) {
            return DecimalArith.finish(ctx, false, BigInteger.ONE, ctx.etiny() - 2, st);
        }
        // |b * ln(a)| has about this many digits before the point; ln(a) needs them as extra digits.
        double estimate = log10Approx(b.withSign(false)) + Math.log10(Math.abs(log10a) * 2.302585092994046 + 1e-300);
        if (estimate < -(ctx.prec + 5)) {
            return nearOne(ctx, st, (b.negative == (log10a < 0)) ? 1 : -1, ctx.rounding);
        }
        int magnitude = (int) Math.min(100_000, Math.max(0, Math.ceil(estimate))) + 2;
        BigDecimal y = big(b);
        return correctlyRounded(ctx, st, wp -> expScaled(y.multiply(lnOf(a, wp + magnitude),
                new MathContext(wp + magnitude)), wp), ctx.rounding);
    }

    /** log10 of a finite positive number, to double precision. */
    static double log10Approx(PyDecimal a) {
        String digits = a.coeff.toString();
        int keep = Math.min(digits.length(), 17);
        double lead = Double.parseDouble(digits.substring(0, keep)) / Math.pow(10, keep - 1);
        return a.adjusted() + Math.log10(lead);
    }

    private static PyDecimal powerInfiniteExponent(PyDecimal a, PyDecimal b, PyContext ctx, Status st) {
        if (a.negative && !a.isZero()) {
            return DecimalArith.invalid(ctx, st, Signals.INVALID_OPERATION);
        }
        if (a.isZero()) {
            return b.negative ? DecimalArith.infinity(ctx, false) : DecimalArith.zero(ctx, false, 0);
        }
        int cmp = a.isInfinite() ? 1 : DecimalArith.compareMagnitude(a, one(ctx));
        if (cmp == 0) {
            // 1 ** inf is 1 with all the precision's digits, inexact.
            int prec = precision(ctx);
            st.add(Signals.INEXACT | Signals.ROUNDED);
            return new PyDecimal(ctx.module, false, Rounding.pow10(prec - 1), 1 - prec, PyDecimal.FINITE);
        }
        boolean big = (cmp > 0) != b.negative;
        return big ? DecimalArith.infinity(ctx, false) : DecimalArith.zero(ctx, false, 0);
    }

    private static PyDecimal integerPower(PyDecimal a, BigInteger n, PyDecimal b, PyContext ctx, Status st) {
        boolean neg = a.negative && n.testBit(0);
        if (n.signum() == 0) {
            if (a.isZero()) {
                return DecimalArith.invalid(ctx, st, Signals.INVALID_OPERATION);
            }
            return one(ctx);
        }
        if (a.isInfinite()) {
            return n.signum() > 0 ? DecimalArith.infinity(ctx, neg) : DecimalArith.zero(ctx, neg, 0);
        }
        if (a.isZero()) {
            if (n.signum() < 0) {
                return DecimalArith.infinity(ctx, neg);
            }
            return DecimalArith.zero(ctx, neg, 0);
        }
        // The decimal exponent of the result, to catch overflow and underflow before computing.
        double magnitude = log10Approx(a.withSign(false)) * n.doubleValue();
        if (magnitude > ctx.emax + 2) {
            return DecimalArith.finish(ctx, neg, BigInteger.ONE, ctx.emax + 1, st);
        }
        // Far below the smallest subnormal the power is zero whatever the rounding (CPython's
        // libmpdec underflows on the way while squaring).
        if (magnitude < ctx.etiny() - (n.signum() > 0 ? 3 : 2.5)) {
            st.add(Signals.UNDERFLOW | Signals.SUBNORMAL | Signals.INEXACT | Signals.ROUNDED | Signals.CLAMPED);
            return DecimalArith.zero(ctx, neg, ctx.etiny());
        }
        if (magnitude < ctx.etiny() - 3) {
            return DecimalArith.finish(ctx, neg, BigInteger.ONE, ctx.etiny() - 2, st);
        }
        // BigDecimal.pow takes at most nine digits of exponent.
        boolean huge = n.abs().compareTo(BigInteger.valueOf(999_999_999)) > 0;
        if (huge && a.adjusted() == 0 && a.coeff.equals(Rounding.pow10(a.digits() - 1))) {
            // (+-1) ** n: exactly one, at an exponent that only the precision limits.
            if (a.exp == 0 || n.signum() < 0) {
                return DecimalArith.finish(ctx, neg, BigInteger.ONE, 0, st);
            }
            st.add(Signals.ROUNDED);
            return new PyDecimal(ctx.module, neg, Rounding.pow10(ctx.prec - 1), 1 - ctx.prec, PyDecimal.FINITE);
        }
        if (huge) {
            // Too many squarings for BigDecimal.pow: go through exp and ln like a fractional power.
            PyDecimal base = a.withSign(false);
            BigDecimal y = new BigDecimal(n);
            int extra = n.toString().length() + 10;
            PyDecimal r = correctlyRounded(ctx, st, w -> expScaled(y.multiply(lnOf(base, w + extra),
                    new MathContext(w + extra)), w), Rounding.HALF_EVEN);
            return neg ? r.withSign(true) : r;
        }
        long count = n.abs().longValue();
        if ((long) a.digits() * count <= 5000) {
            BigInteger c = a.coeff.pow((int) count);
            long e = satMul(a.exp, count);
            if (n.signum() > 0) {
                return DecimalArith.finish(ctx, neg, c, e, st);
            }
            PyDecimal denominator = new PyDecimal(ctx.module, neg, c, e, PyDecimal.FINITE);
            return DecimalArith.divide(one(ctx), denominator, ctx, st);
        }
        int wp = precision(ctx) + 10 + Long.toString(count).length();
        MathContext mc = new MathContext(wp);
        BigDecimal y = big(a.withSign(false)).pow((int) count, mc);
        if (n.signum() < 0) {
            y = BigDecimal.ONE.divide(y, mc);
        }
        y = y.round(new MathContext(wp, RoundingMode.DOWN));
        BigInteger u = y.unscaledValue().multiply(BigInteger.TEN).add(BigInteger.ONE);
        return DecimalArith.finish(ctx, neg, u, -(long) y.scale() - 1, st);
    }

    private static long satMul(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return (a < 0) != (b < 0) ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
        }
    }

    /** {@code pow(a, b, m)}: all integral, b not negative; the remainder has a's sign. */
    static PyDecimal modularPower(PyDecimal a, PyDecimal b, PyDecimal m, PyContext ctx, Status st) {
        if (a.isNaN() || b.isNaN() || m.isNaN()) {
            PyDecimal n = DecimalArith.nans(a, b, ctx, st);
            return n != null ? n : DecimalArith.nans(m, null, ctx, st);
        }
        BigInteger x = integralValue(a);
        BigInteger y = integralValue(b);
        BigInteger z = integralValue(m);
        if (x == null || y == null || z == null || y.signum() < 0 || z.signum() == 0
                || Rounding.digits(z.abs()) > ctx.prec || (x.signum() == 0 && y.signum() == 0)) {
            return DecimalArith.invalid(ctx, st, Signals.INVALID_OPERATION);
        }
        BigInteger r = x.abs().modPow(y, z.abs());
        boolean neg = x.signum() < 0 && y.testBit(0);
        return new PyDecimal(ctx.module, neg, r, 0, PyDecimal.FINITE);
    }
}

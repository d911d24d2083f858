package dev.taipan.modules.decimal;

import java.math.BigInteger;

/**
 * The arithmetic of the specification on {@link PyDecimal} values: rounding to a context
 * ({@link #finish}), NaN propagation, and the basic operations. Every operation reports its
 * conditions in a {@link Status}; the caller hands them to the context.
 */
// Semantics: General Decimal Arithmetic Specification 1.70, "Arithmetic operations"
final class DecimalArith {
    private DecimalArith() {
    }

    // ---- results ------------------------------------------------------------------------

    /** The quiet NaN an invalid operation returns. */
    static PyDecimal invalid(PyContext ctx, Status st, int condition) {
        st.add(condition);
        return new PyDecimal(ctx.module, false, BigInteger.ZERO, 0, PyDecimal.QNAN);
    }

    static PyDecimal infinity(PyContext ctx, boolean neg) {
        return new PyDecimal(ctx.module, neg, BigInteger.ZERO, 0, PyDecimal.INFINITE);
    }

    static PyDecimal zero(PyContext ctx, boolean neg, long exp) {
        return new PyDecimal(ctx.module, neg, BigInteger.ZERO, exp, PyDecimal.FINITE);
    }

    /** Returns a NaN operand made quiet, its payload dropped when it is too long for the context. */
    static PyDecimal quiet(PyDecimal nan, PyContext ctx) {
        BigInteger payload = nan.coeff;
        if (payload.signum() != 0 && Rounding.digits(payload) > ctx.prec - ctx.clamp) {
            payload = BigInteger.ZERO;
        }
        if (nan.kind == PyDecimal.QNAN && payload == nan.coeff) {
            return nan.exact();
        }
        return new PyDecimal(ctx.module, nan.negative, payload, 0, PyDecimal.QNAN);
    }

    /** The result of an operation with a NaN operand, or null when neither is a NaN. */
    static PyDecimal nans(PyDecimal a, PyDecimal b, PyContext ctx, Status st) {
        if (a.kind == PyDecimal.SNAN) {
            st.add(Signals.INVALID_OPERATION);
            return quiet(a, ctx);
        }
        if (b != null && b.kind == PyDecimal.SNAN) {
            st.add(Signals.INVALID_OPERATION);
            return quiet(b, ctx);
        }
        if (a.kind == PyDecimal.QNAN) {
            return quiet(a, ctx);
        }
        if (b != null && b.kind == PyDecimal.QNAN) {
            return quiet(b, ctx);
        }
        return null;
    }

    /**
     * Rounds a finite result to the context: precision, then the exponent limits (subnormal
     * results, underflow, overflow, clamping).
     */
    // Semantics: the specification's "rounding" and "Exceptional conditions"
    static PyDecimal finish(PyContext ctx, boolean neg, BigInteger c, long e, Status st) {
        return finish(ctx, neg, c, e, st, ctx.rounding);
    }

    static PyDecimal finish(PyContext ctx, boolean neg, BigInteger c, long e, Status st, int mode) {
        long etiny = ctx.etiny();
        long emax = ctx.emax;
        long top = ctx.clamp != 0 ? ctx.etop() : emax;
        if (c.signum() == 0) {
            if (e < etiny) {
                e = etiny;
                st.add(Signals.CLAMPED);
            } else if (e > top) {
                e = top;
                st.add(Signals.CLAMPED);
            }
            return zero(ctx, neg, e);
        }
        int d = Rounding.digits(c);
        long adj = e + d - 1;
        boolean[] inexact = new boolean[1];
        if (adj < ctx.emin) {
            // Subnormal is judged before rounding, as the specification does.
            st.add(Signals.SUBNORMAL);
            if (e < etiny) {
                c = Rounding.drop(c, etiny - e, neg, mode, inexact);
                e = etiny;
                st.add(Signals.ROUNDED);
                if (inexact[0]) {
                    st.add(Signals.INEXACT | Signals.UNDERFLOW);
                }
                if (c.signum() == 0) {
                    st.add(Signals.CLAMPED);
                }
            }
            return clamped(ctx, neg, c, e, st);
        }
        if (d > ctx.prec) {
            long drop = d - ctx.prec;
            c = Rounding.drop(c, drop, neg, mode, inexact);
            e += drop;
            st.add(Signals.ROUNDED);
            if (inexact[0]) {
                st.add(Signals.INEXACT);
            }
            if (c.equals(Rounding.pow10(ctx.prec))) {
                c = c.divide(BigInteger.TEN);
                e++;
            }
            adj = e + Rounding.digits(c) - 1;
        }
        if (adj > emax) {
            st.add(Signals.OVERFLOW | Signals.INEXACT | Signals.ROUNDED);
            boolean toInfinity = switch (mode) {
                case Rounding.DOWN, Rounding.ZERO_FIVE_UP -> false;
                case Rounding.CEILING -> !neg;
                case Rounding.FLOOR -> neg;
                default -> true;
            };
            if (toInfinity) {
                return infinity(ctx, neg);
            }
            return new PyDecimal(ctx.module, neg, Rounding.pow10(ctx.prec).subtract(BigInteger.ONE),
                    ctx.etop(), PyDecimal.FINITE);
        }
        return clamped(ctx, neg, c, e, st);
    }

    /** A finite result, its exponent lowered to Etop (padding the coefficient) when clamp is 1. */
    static PyDecimal clamped(PyContext ctx, boolean neg, BigInteger c, long e, Status st) {
        if (ctx.clamp != 0 && e > ctx.etop()) {
            c = c.multiply(Rounding.pow10(e - ctx.etop()));
            e = ctx.etop();
            st.add(Signals.CLAMPED);
        }
        return new PyDecimal(ctx.module, neg, c, e, PyDecimal.FINITE);
    }

    /** Applies the context to a number ({@code plus} without the sign rule for zero). */
    static PyDecimal round(PyDecimal a, PyContext ctx, Status st) {
        if (a.isSpecial()) {
            PyDecimal n = nans(a, null, ctx, st);
            return n != null ? n : a.exact();
        }
        return finish(ctx, a.negative, a.coeff, a.exp, st);
    }

    // ---- add, subtract, multiply --------------------------------------------------------

    static PyDecimal add(PyDecimal a, PyDecimal b, boolean subtract, PyContext ctx, Status st) {
        PyDecimal n = nans(a, b, ctx, st);
        if (n != null) {
            return n;
        }
        boolean bneg = b.negative ^ subtract;
        if (a.isInfinite() || b.isInfinite()) {
            if (a.isInfinite() && b.isInfinite() && a.negative != bneg) {
                return invalid(ctx, st, Signals.INVALID_OPERATION);
            }
            return infinity(ctx, a.isInfinite() ? a.negative : bneg);
        }
        boolean aneg = a.negative;
        BigInteger ac = a.coeff;
        BigInteger bc = b.coeff;
        long ae = a.exp;
        long be = b.exp;
        if (ac.signum() == 0 || bc.signum() == 0) {
            if (ac.signum() == 0 && bc.signum() == 0) {
                boolean neg = aneg == bneg ? aneg : ctx.rounding == Rounding.FLOOR;
                return finish(ctx, neg, BigInteger.ZERO, Math.min(ae, be), st);
            }
            // x + 0: x, at the smaller exponent when that adds no digits beyond the precision.
            boolean zeroIsA = ac.signum() == 0;
            BigInteger c = zeroIsA ? bc : ac;
            long e = zeroIsA ? be : ae;
            long ze = zeroIsA ? ae : be;
            boolean neg = zeroIsA ? bneg : aneg;
            if (ze < e) {
                long shift = Math.min(e - ze, Math.max(0, ctx.prec - Rounding.digits(c)));
                c = c.multiply(Rounding.pow10(shift));
                e -= shift;
            }
            return finish(ctx, neg, c, e, st);
        }
        // Far apart operands: the smaller only decides rounding, so a sticky digit stands for it.
        long aadj = ae + Rounding.digits(ac) - 1;
        long badj = be + Rounding.digits(bc) - 1;
        if (aadj > badj) {
            long floor = Math.min(ae, aadj - ctx.prec - 1) - 1;
            if (badj < floor) {
                bc = BigInteger.ONE;
                be = floor;
            }
        } else if (badj > aadj) {
            long floor = Math.min(be, badj - ctx.prec - 1) - 1;
            if (aadj < floor) {
                ac = BigInteger.ONE;
                ae = floor;
            }
        }
        long e = Math.min(ae, be);
        BigInteger x = ac.multiply(Rounding.pow10(ae - e));
        BigInteger y = bc.multiply(Rounding.pow10(be - e));
        if (aneg) {
            x = x.negate();
        }
        if (bneg) {
            y = y.negate();
        }
        BigInteger sum = x.add(y);
        boolean neg;
        if (sum.signum() == 0) {
            neg = aneg == bneg ? aneg : ctx.rounding == Rounding.FLOOR;
        } else {
            neg = sum.signum() < 0;
        }
        return finish(ctx, neg, sum.abs(), e, st);
    }

    static PyDecimal multiply(PyDecimal a, PyDecimal b, PyContext ctx, Status st) {
        PyDecimal n = nans(a, b, ctx, st);
        if (n != null) {
            return n;
        }
        boolean neg = a.negative ^ b.negative;
        if (a.isInfinite() || b.isInfinite()) {
            if (a.isZero() || b.isZero()) {
                return invalid(ctx, st, Signals.INVALID_OPERATION);
            }
            return infinity(ctx, neg);
        }
        return finish(ctx, neg, a.coeff.multiply(b.coeff), a.exp + b.exp, st);
    }

    // ---- division -----------------------------------------------------------------------

    static PyDecimal divide(PyDecimal a, PyDecimal b, PyContext ctx, Status st) {
        PyDecimal n = nans(a, b, ctx, st);
        if (n != null) {
            return n;
        }
        boolean neg = a.negative ^ b.negative;
        if (a.isInfinite()) {
            if (b.isInfinite()) {
                return invalid(ctx, st, Signals.INVALID_OPERATION);
            }
            return infinity(ctx, neg);
        }
        if (b.isInfinite()) {
            st.add(Signals.CLAMPED);
            return finish(ctx, neg, BigInteger.ZERO, ctx.etiny(), st);
        }
        if (b.isZero()) {
            if (a.isZero()) {
                return invalid(ctx, st, Signals.DIVISION_UNDEFINED);
            }
            st.add(Signals.DIVISION_BY_ZERO);
            return infinity(ctx, neg);
        }
        long ideal = a.exp - b.exp;
        if (a.isZero()) {
            return finish(ctx, neg, BigInteger.ZERO, ideal, st);
        }
        long shift = Math.max(0, ctx.prec + b.digits() - a.digits() + 1);
        BigInteger[] qr = a.coeff.multiply(Rounding.pow10(shift)).divideAndRemainder(b.coeff);
        BigInteger q = qr[0];
        long e = ideal - shift;
        if (qr[1].signum() != 0) {
            // A sticky digit below the precision makes the rounding see the remainder.
            q = q.multiply(BigInteger.TEN).add(BigInteger.ONE);
            e--;
        } else {
            while (e < ideal && q.mod(BigInteger.TEN).signum() == 0) {
                q = q.divide(BigInteger.TEN);
                e++;
            }
        }
        return finish(ctx, neg, q, e, st);
    }

    /**
     * The integer part and remainder of a / b (truncating), for {@code //}, {@code %} and
     * {@code divmod}; either result may be null when not wanted. Returns false when the
     * operation was invalid (and results hold the NaN).
     */
    static PyDecimal[] divmod(PyDecimal a, PyDecimal b, PyContext ctx, Status st, boolean wantQ, boolean wantR) {
        PyDecimal n = nans(a, b, ctx, st);
        if (n != null) {
            return new PyDecimal[] {n, n};
        }
        boolean neg = a.negative ^ b.negative;
        if (a.isInfinite()) {
            PyDecimal nan = invalid(ctx, st, Signals.INVALID_OPERATION);
            if (b.isInfinite() || !wantQ || wantR) {
                return new PyDecimal[] {nan, nan};
            }
            return new PyDecimal[] {infinity(ctx, neg), nan};
        }
        if (b.isInfinite()) {
            return new PyDecimal[] {zero(ctx, neg, 0), wantR ? finish(ctx, a.negative, a.coeff, a.exp, st) : null};
        }
        if (b.isZero()) {
            if (a.isZero()) {
                PyDecimal nan = invalid(ctx, st, Signals.DIVISION_UNDEFINED);
                return new PyDecimal[] {nan, nan};
            }
            if (wantR) {
                PyDecimal nan = invalid(ctx, st, Signals.INVALID_OPERATION);
                if (!wantQ) {
                    return new PyDecimal[] {nan, nan};
                }
                st.add(Signals.DIVISION_BY_ZERO);
                return new PyDecimal[] {infinity(ctx, neg), nan};
            }
            st.add(Signals.DIVISION_BY_ZERO);
            return new PyDecimal[] {infinity(ctx, neg), null};
        }
        long e = Math.min(a.exp, b.exp);
        // The quotient has about adj(a) - adj(b) + 1 digits; refuse before building huge numbers.
        if (a.adjusted() - b.adjusted() > ctx.prec) {
            PyDecimal nan = invalid(ctx, st, Signals.DIVISION_IMPOSSIBLE);
            return new PyDecimal[] {nan, nan};
        }
        BigInteger q;
        BigInteger r;
        if (a.adjusted() < b.adjusted() - 1) {
            q = BigInteger.ZERO;
            r = a.coeff.multiply(Rounding.pow10(a.exp - e));
        } else {
            BigInteger x = a.coeff.multiply(Rounding.pow10(a.exp - e));
            BigInteger y = b.coeff.multiply(Rounding.pow10(b.exp - e));
            BigInteger[] qr = x.divideAndRemainder(y);
            q = qr[0];
            r = qr[1];
        }
        if (Rounding.digits(q) > ctx.prec) {
            PyDecimal nan = invalid(ctx, st, Signals.DIVISION_IMPOSSIBLE);
            return new PyDecimal[] {nan, nan};
        }
        PyDecimal quotient = wantQ ? finish(ctx, neg, q, 0, st) : null;
        PyDecimal rem = null;
        if (wantR) {
            rem = finish(ctx, a.negative, r, e, st);
        }
        return new PyDecimal[] {quotient, rem};
    }

    // ---- comparison ---------------------------------------------------------------------

    /** Compares two non-NaN numbers: -1, 0 or 1. */
    static int compare(PyDecimal a, PyDecimal b) {
        if (a.isInfinite() || b.isInfinite()) {
            int x = a.isInfinite() ? (a.negative ? -2 : 2) : 0;
            int y = b.isInfinite() ? (b.negative ? -2 : 2) : 0;
            if (x == 0) {
                x = a.isZero() ? 0 : a.negative ? -1 : 1;
            }
            if (y == 0) {
                y = b.isZero() ? 0 : b.negative ? -1 : 1;
            }
            return Integer.compare(x, y);
        }
        boolean az = a.isZero();
        boolean bz = b.isZero();
        if (az || bz) {
            int sa = az ? 0 : a.negative ? -1 : 1;
            int sb = bz ? 0 : b.negative ? -1 : 1;
            return Integer.compare(sa, sb);
        }
        if (a.negative != b.negative) {
            return a.negative ? -1 : 1;
        }
        int mag = compareMagnitude(a, b);
        return a.negative ? -mag : mag;
    }

    /** Compares the absolute values of two finite numbers. */
    static int compareMagnitude(PyDecimal a, PyDecimal b) {
        long aa = a.adjusted();
        long ba = b.adjusted();
        if (a.isZero() || b.isZero()) {
            return Boolean.compare(!a.isZero(), !b.isZero());
        }
        if (aa != ba) {
            return aa < ba ? -1 : 1;
        }
        long e = Math.min(a.exp, b.exp);
        return a.coeff.multiply(Rounding.pow10(a.exp - e)).compareTo(b.coeff.multiply(Rounding.pow10(b.exp - e)));
    }

    // ---- quantize and integral values ------------------------------------------------------

    /** Returns a finite number at exponent {@code e}, rounding by {@code mode}; reports rounding. */
    static PyDecimal rescale(PyDecimal a, long e, int mode, PyContext ctx, Status st) {
        if (e >= a.exp) {
            boolean[] inexact = new boolean[1];
            BigInteger c = e == a.exp ? a.coeff : Rounding.drop(a.coeff, e - a.exp, a.negative, mode, inexact);
            if (e > a.exp && a.coeff.signum() != 0) {
                st.add(Signals.ROUNDED);
            }
            if (inexact[0]) {
                st.add(Signals.INEXACT);
            }
            return new PyDecimal(ctx.module, a.negative, c, e, PyDecimal.FINITE);
        }
        return new PyDecimal(ctx.module, a.negative, a.coeff.multiply(Rounding.pow10(a.exp - e)), e,
                PyDecimal.FINITE);
    }

    static PyDecimal quantize(PyDecimal a, PyDecimal b, int mode, PyContext ctx, Status st) {
        PyDecimal n = nans(a, b, ctx, st);
        if (n != null) {
            return n;
        }
        if (a.isInfinite() || b.isInfinite()) {
            if (a.isInfinite() && b.isInfinite()) {
                return a.exact();
            }
            return invalid(ctx, st, Signals.INVALID_OPERATION);
        }
        long e = b.exp;
        if (e > ctx.emax || e < ctx.etiny()) {
            return invalid(ctx, st, Signals.INVALID_OPERATION);
        }
        if (a.isZero()) {
            return clamped(ctx, a.negative, BigInteger.ZERO, e, st);
        }
        // Far below the target exponent: the result is 0 or 1 unit, no need to shift.
        PyDecimal r;
        if (a.adjusted() < e - 1) {
            boolean[] inexact = {true};
            BigInteger c = Rounding.roundsAway(BigInteger.ZERO, -1, true, a.negative, mode)
                    ? BigInteger.ONE : BigInteger.ZERO;
            st.add(Signals.INEXACT | Signals.ROUNDED);
            r = new PyDecimal(ctx.module, a.negative, c, e, PyDecimal.FINITE);
            if (!inexact[0]) {
                return r;
            }
        } else if (a.adjusted() - e + 1 > ctx.prec) {
            return invalid(ctx, st, Signals.INVALID_OPERATION);
        } else {
            Status local = new Status();
            r = rescale(a, e, mode, ctx, local);
            st.add(local.bits);
        }
        if (r.digits() > ctx.prec || r.adjusted() > ctx.emax) {
            st.bits &= ~(Signals.INEXACT | Signals.ROUNDED);
            return invalid(ctx, st, Signals.INVALID_OPERATION);
        }
        if (r.coeff.signum() != 0 && r.adjusted() < ctx.emin) {
            st.add(Signals.SUBNORMAL);
            if ((st.bits & Signals.INEXACT) != 0) {
                st.add(Signals.UNDERFLOW);
            }
        }
        return clamped(ctx, r.negative, r.coeff, r.exp, st);
    }

    /** {@code to_integral_value} ({@code exact} false) or {@code to_integral_exact}. */
    static PyDecimal toIntegral(PyDecimal a, int mode, boolean exact, PyContext ctx, Status st) {
        if (a.isSpecial()) {
            PyDecimal n = nans(a, null, ctx, st);
            return n != null ? n : a.exact();
        }
        if (a.exp >= 0) {
            return a.exact();
        }
        if (a.isZero()) {
            return zero(ctx, a.negative, 0);
        }
        Status local = new Status();
        PyDecimal r = a.adjusted() < -1
                ? new PyDecimal(ctx.module, a.negative,
                        Rounding.roundsAway(BigInteger.ZERO, -1, true, a.negative, mode) ? BigInteger.ONE
                                : BigInteger.ZERO, 0, PyDecimal.FINITE)
                : rescale(a, 0, mode, ctx, local);
        if (a.adjusted() < -1) {
            local.add(Signals.INEXACT | Signals.ROUNDED);
        }
        if (exact) {
            st.add(local.bits);
        }
        return r;
    }

    /** {@code normalize}: rounds, then strips trailing zeros as far as the exponent limits allow. */
    static PyDecimal normalize(PyDecimal a, PyContext ctx, Status st) {
        PyDecimal r = round(a, ctx, st);
        if (r.isSpecial()) {
            return r;
        }
        if (r.coeff.signum() == 0) {
            return zero(ctx, r.negative, 0);
        }
        BigInteger c = r.coeff;
        long e = r.exp;
        long top = ctx.clamp != 0 ? ctx.etop() : ctx.emax;
        while (e < top) {
            BigInteger[] qr = c.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) {
                break;
            }
            c = qr[0];
            e++;
        }
        return new PyDecimal(ctx.module, r.negative, c, e, PyDecimal.FINITE);
    }
}

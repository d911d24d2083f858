package dev.taipan.modules.decimal;

import dev.taipan.objects.Errors;

import java.math.BigInteger;

/** The eight rounding modes, their Python names, and rounding of an integer coefficient. */
final class Rounding {
    private Rounding() {
    }

    static final int UP = 0;
    static final int DOWN = 1;
    static final int CEILING = 2;
    static final int FLOOR = 3;
    static final int HALF_UP = 4;
    static final int HALF_DOWN = 5;
    static final int HALF_EVEN = 6;
    static final int ZERO_FIVE_UP = 7;

    /** The Python names, indexed by mode. */
    static final String[] NAMES = {
        "ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_HALF_UP",
        "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP",
    };

    /** Returns the mode named, or -1. */
    static int byName(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the mode named by a Python object, raising CPython's error for anything else. */
    static int fromObject(dev.taipan.objects.PyObject o) {
        int mode = o instanceof dev.taipan.objects.PyStr s ? byName(s.toString()) : -1;
        if (mode < 0) {
            throw Errors.typeError("valid values for rounding are:\n"
                    + "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                    + "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                    + "   ROUND_05UP]");
        }
        return mode;
    }

    private static final BigInteger[] POWERS = new BigInteger[64];

    static {
        POWERS[0] = BigInteger.ONE;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1].multiply(BigInteger.TEN);
        }
    }

    /** Returns 10**n. */
    static BigInteger pow10(long n) {
        if (n < POWERS.length) {
            return POWERS[(int) n];
        }
        if (n > Integer.MAX_VALUE) {
            throw Errors.memoryError();
        }
        return BigInteger.TEN.pow((int) n);
    }

    /** Returns the number of decimal digits of a non-negative integer (1 for zero). */
    static int digits(BigInteger c) {
        int bits = c.bitLength();
        if (bits < 63) {
            long v = c.longValue();
            int n = 1;
            while (v >= 10) {
                v /= 10;
                n++;
            }
            return n;
        }
        // log10(2) slightly underestimated, then corrected by one comparison.
        int estimate = (int) ((bits - 1) * 0.30102999566398114) + 1;
        return c.compareTo(pow10(estimate)) >= 0 ? estimate + 1 : estimate;
    }

    /**
     * Drops the lowest {@code n} digits of a coefficient, rounding by {@code mode}.
     *
     * @param c        the coefficient, not negative
     * @param n        how many digits to drop, positive
     * @param negative the sign of the number (for CEILING and FLOOR)
     * @param mode     the rounding mode
     * @param inexact  receives whether anything non-zero was dropped, at index 0
     * @return the rounded coefficient
     */
    static BigInteger drop(BigInteger c, long n, boolean negative, int mode, boolean[] inexact) {
        if (n > digits(c) + 1L) {
            // Everything is dropped, and the first dropped digit is below one half.
            boolean nonzero = c.signum() != 0;
            inexact[0] = nonzero;
            return nonzero && roundsAway(BigInteger.ZERO, -1, true, negative, mode)
                    ? BigInteger.ONE : BigInteger.ZERO;
        }
        BigInteger[] qr = c.divideAndRemainder(pow10(n));
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() == 0) {
            inexact[0] = false;
            return q;
        }
        inexact[0] = true;
        int half = r.compareTo(BigInteger.valueOf(5).multiply(pow10(n - 1)));
        return roundsAway(q, half, true, negative, mode) ? q.add(BigInteger.ONE) : q;
    }

    /**
     * Whether a truncated quotient moves one unit away from zero.
     *
     * @param q        the truncated coefficient
     * @param half     the sign of (discarded - one half unit)
     * @param nonzero  whether the discarded part is non-zero
     * @param negative the number's sign
     * @param mode     the rounding mode
     */
    static boolean roundsAway(BigInteger q, int half, boolean nonzero, boolean negative, int mode) {
        if (!nonzero) {
            return false;
        }
        return switch (mode) {
            case UP -> true;
            case DOWN -> false;
            case CEILING -> !negative;
            case FLOOR -> negative;
            case HALF_UP -> half >= 0;
            case HALF_DOWN -> half > 0;
            case HALF_EVEN -> half > 0 || (half == 0 && q.testBit(0));
            default -> {
                int last = q.mod(BigInteger.TEN).intValue();
                yield last == 0 || last == 5;
            }
        };
    }
}

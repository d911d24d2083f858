package dev.taipan.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Arithmetic on Python ints beyond the {@code long} fast path: floor division and modulo,
 * powers, true division, hashing, and {@code int(str, base)} parsing.
 *
 * <p>CPython: Objects/longobject.c
 */
final class IntMath {
    private IntMath() {
    }

    /** The modulus of numeric hashes, 2**61 - 1 (CPython's _PyHASH_MODULUS). */
    static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);
    /** CPython's default limit on decimal digits in int/str conversion. */
    static final int MAX_STR_DIGITS = 4300;

    /**
     * Hashes an int as CPython does: the value reduced modulo 2**61 - 1, sign kept, -1 to -2.
     *
     * @param v the value
     * @return the hash
     */
    static long hash(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /**
     * Hashes a long value as CPython does.
     *
     * @param v the value
     * @return the hash
     */
    static long hash(long v) {
        if (v == Long.MIN_VALUE) {
            return hash(BigInteger.valueOf(v));
        }
        long a = Math.abs(v);
        long h = a >= HASH_MODULUS ? a % HASH_MODULUS : a;
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** Floor division of big values. */
    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    /** Floor modulo of big values (sign of the divisor). */
    static BigInteger floorMod(BigInteger a, BigInteger b) {
        BigInteger r = a.remainder(b);
        if (r.signum() != 0 && r.signum() != b.signum()) {
            r = r.add(b);
        }
        return r;
    }

    /**
     * Correctly rounded true division of ints (to within one rounding of a 60-digit quotient).
     *
     * @param a the dividend
     * @param b the divisor, not zero
     * @return the quotient
     */
    // CPython: Objects/longobject.c, long_true_divide
    static double trueDivide(BigInteger a, BigInteger b) {
        if (a.bitLength() <= 53 && b.bitLength() <= 53) {
            return a.doubleValue() / b.doubleValue();
        }
        boolean negative = a.signum() * b.signum() < 0;
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        BigDecimal q = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(60));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        return d;
    }

    /**
     * Modular power with CPython's rules: modulus sign taken by the result, negative exponents
     * through the modular inverse.
     *
     * @param base the base
     * @param exp  the exponent
     * @param mod  the modulus, not zero
     * @return the result
     */
    // CPython: Objects/longobject.c, long_pow (the three-argument part)
    static BigInteger modPow(BigInteger base, BigInteger exp, BigInteger mod) {
        if (mod.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger m = mod.abs();
        if (m.equals(BigInteger.ONE)) {
            return BigInteger.ZERO;
        }
        BigInteger b = base.mod(m);
        BigInteger r;
        if (exp.signum() < 0) {
            try {
                b = b.modInverse(m);
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            r = b.modPow(exp.negate(), m);
        } else {
            r = b.modPow(exp, m);
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.subtract(m);
        }
        return r;
    }

    /**
     * Parses the text of {@code int(text, base)}.
     *
     * @param text   the text as given (for the error message)
     * @param base   the base, 0 or 2..36
     * @return the value
     */
    // CPython: Objects/longobject.c, PyLong_FromString
    static PyInt parse(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String s = PyStr.stripWhitespace(text);
        final int givenBase = base;
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean decimalZeroCheck = givenBase == 0;
        if (base == 0) {
            base = 10;
        }
        StringBuilder digits = new StringBuilder(n - i);
        // One underscore may separate digits, or follow a base prefix ("0x_1f").
        boolean underscoreAllowed = prefixed;
        boolean lastUnderscore = false;
        int errBase = givenBase;
        while (i < n) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '_') {
                if (!underscoreAllowed) {
                    throw invalid(text, errBase);
                }
                underscoreAllowed = false;
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0) {
                throw invalid(text, errBase);
            }
            digits.append(Character.forDigit(d, base));
            underscoreAllowed = true;
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            throw invalid(text, errBase);
        }
        if (decimalZeroCheck && base == 10 && digits.length() > 1 && digits.charAt(0) == '0') {
            // Base 0 rejects leading zeros in non-zero decimals ("010"), but allows "00".
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    throw invalid(text, 0);
                }
            }
        }
        if ((base & (base - 1)) != 0 && digits.length() > MAX_STR_DIGITS) {
            throw Errors.valueError("Exceeds the limit (%d digits) for integer string conversion: "
                    + "value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
                    MAX_STR_DIGITS, digits.length());
        }
        String ds = digits.toString();
        if (ds.length() <= 17 && base <= 10 || ds.length() <= 12) {
            long v = Long.parseLong(ds, base);
            return PyInt.of(negative ? -v : v);
        }
        BigInteger v = new BigInteger(ds, base);
        return PyInt.of(negative ? v.negate() : v);
    }

    private static PyException invalid(String text, int base) {
        return Errors.valueError("invalid literal for int() with base %d: %s", base,
                PyStr.of(text).repr());
    }

    /**
     * Rounds an int to a negative number of decimal digits, half to even.
     *
     * @param v       the value
     * @param ndigits the digits, negative
     * @return the rounded value
     */
    // CPython: Objects/longobject.c, _PyLong_Round
    static BigInteger round(BigInteger v, long ndigits) {
        if (ndigits < -4400) {
            return BigInteger.ZERO;
        }
        BigInteger pow = BigInteger.TEN.pow((int) -ndigits);
        BigInteger q = floorDiv(v, pow);
        BigInteger r = v.subtract(q.multiply(pow));
        int cmp = r.shiftLeft(1).compareTo(pow);
        if (cmp > 0 || cmp == 0 && q.testBit(0)) {
            q = q.add(BigInteger.ONE);
        }
        return q.multiply(pow);
    }
}

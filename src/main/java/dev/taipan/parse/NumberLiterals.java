package dev.taipan.parse;

import dev.taipan.ast.Imaginary;
import java.math.BigInteger;

/**
 * Scans numeric literals and computes their values, with CPython's rules and error messages.
 * CPython: Parser/lexer/lexer.c (the number branch of {@code tok_get_normal_mode},
 * {@code tok_decimal_tail}, {@code verify_end_of_number}) and Parser/pegen.c ({@code parsenumber}).
 */
final class NumberLiterals {
    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    private static final int MAX_STR_DIGITS = 4300;

    private final Lexer lx;

    NumberLiterals(Lexer lx) {
        this.lx = lx;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * Scans a number starting at the lexer's position (a digit, or a dot followed by a digit) and leaves
     * the position just past it.
     */
    void scan() {
        int start = lx.pos;
        int c = lx.nextc();
        if (c == '.') {
            fraction(lx.nextc());
            return;
        }
        if (c != '0') {
            c = decimalTail();
            if (c == '.') {
                fraction(lx.nextc());
            } else {
                afterFraction(c);
            }
            return;
        }
        c = lx.nextc();
        if (c == 'x' || c == 'X') {
            c = lx.nextc();
            do {
                if (c == '_') {
                    c = lx.nextc();
                }
                if (!isHexDigit(c)) {
                    lx.backup(c);
                    throw lx.errorAtPos("invalid hexadecimal literal");
                }
                do {
                    c = lx.nextc();
                } while (isHexDigit(c));
            } while (c == '_');
            verifyEnd(c, "hexadecimal");
        } else if (c == 'o' || c == 'O') {
            c = radixDigits('8', "octal");
            verifyEnd(c, "octal");
        } else if (c == 'b' || c == 'B') {
            c = radixDigits('2', "binary");
            verifyEnd(c, "binary");
        } else {
            // "0", "00", "0_0" are fine; other digits after leading zeros only before '.', 'e' or 'j'.
            boolean nonzero = false;
            while (true) {
                if (c == '_') {
                    c = lx.nextc();
                    if (!isDigit(c)) {
                        lx.backup(c);
                        throw lx.errorAtPos("invalid decimal literal");
                    }
                }
                if (c != '0') {
                    break;
                }
                c = lx.nextc();
            }
            int zerosEnd = lx.pos;
            if (isDigit(c)) {
                nonzero = true;
                c = decimalTail();
            }
            if (c == '.') {
                fraction(lx.nextc());
                return;
            } else if (c == 'e' || c == 'E' || c == 'j' || c == 'J') {
                afterFraction(c);
                return;
            } else if (nonzero) {
                lx.backup(c);
                throw lx.errorBetween("leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", start + 1, zerosEnd);
            }
            verifyEnd(c, "decimal");
        }
        lx.backup(c);
    }

    /** Octal or binary digits with underscores; {@code limit} is the first digit that is not allowed. */
    private int radixDigits(char limit, String kind) {
        int c = lx.nextc();
        do {
            if (c == '_') {
                c = lx.nextc();
            }
            if (c < '0' || c >= limit) {
                if (isDigit(c)) {
                    throw lx.errorAtPos("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                lx.backup(c);
                throw lx.errorAtPos("invalid " + kind + " literal");
            }
            do {
                c = lx.nextc();
            } while (c >= '0' && c < limit);
        } while (c == '_');
        if (isDigit(c)) {
            throw lx.errorAtPos("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        return c;
    }

    /** Reads the digits (and single underscores between them) after a first digit; returns the next char. */
    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = lx.nextc();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = lx.nextc();
            if (!isDigit(c)) {
                lx.backup(c);
                throw lx.errorAtPos("invalid decimal literal");
            }
        }
    }

    /** Continues after the decimal point; {@code c} is the character after it. */
    private void fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        afterFraction(c);
    }

    /** Handles an optional exponent and imaginary suffix; {@code c} is the next, consumed character. */
    private void afterFraction(int c) {
        if (c == 'e' || c == 'E') {
            int e = c;
            c = lx.nextc();
            if (c == '+' || c == '-') {
                c = lx.nextc();
                if (!isDigit(c)) {
                    lx.backup(c);
                    throw lx.errorAtPos("invalid decimal literal");
                }
            } else if (!isDigit(c)) {
                // "1else": the number ends before the 'e'.
                lx.backup(c);
                verifyEnd(e, "decimal");
                lx.backup(e);
                return;
            }
            c = decimalTail();
        }
        if (c == 'j' || c == 'J') {
            c = lx.nextc();
            verifyEnd(c, "imaginary");
        } else {
            verifyEnd(c, "decimal");
        }
        lx.backup(c);
    }

    /**
     * Rejects a letter right after a number, except the start of a keyword that may follow one in valid
     * code ({@code 1if x else y}), which CPython only warns about.
     */
    private void verifyEnd(int c, String kind) {
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> {
                int c2 = lx.peek(lx.pos);
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (!keyword && c >= 0 && c < 128 && Identifiers.isPotentialPart(c)) {
            lx.backup(c);
            throw lx.errorAtPos("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String rest) {
        int p = lx.pos;
        for (int i = 0; i < rest.length(); i++) {
            if (lx.peek(p + i) != rest.charAt(i)) {
                return false;
            }
        }
        int after = lx.peek(p + rest.length());
        return after < 0 || !Identifiers.isPotentialPart(after);
    }

    /**
     * The value of a valid numeric literal: {@code Long}, {@code BigInteger}, {@code Double} or
     * {@code Imaginary}.
     *
     * @throws StringLiterals.DecodeError when a decimal integer has more digits than CPython converts
     */
    static Object value(String text) {
        String digits = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        int n = digits.length();
        char last = digits.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return new Imaginary(Double.parseDouble(digits.substring(0, n - 1)));
        }
        if (n > 1 && digits.charAt(0) == '0') {
            char p = digits.charAt(1);
            int radix = p == 'x' || p == 'X' ? 16 : p == 'o' || p == 'O' ? 8 : p == 'b' || p == 'B' ? 2 : 0;
            if (radix != 0) {
                return integer(digits.substring(2), radix);
            }
        }
        for (int i = 0; i < n; i++) {
            char c = digits.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(digits);
            }
        }
        if (n > MAX_STR_DIGITS) {
            throw new StringLiterals.DecodeError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer "
                    + "string conversion: value has " + n + " digits; use sys.set_int_max_str_digits() to increase "
                    + "the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        }
        return integer(digits, 10);
    }

    private static Object integer(String digits, int radix) {
        int safeLength = switch (radix) {
            case 16 -> 15;
            case 8 -> 21;
            case 2 -> 63;
            default -> 18;
        };
        if (digits.length() <= safeLength) {
            return Long.parseLong(digits, radix);
        }
        BigInteger big = new BigInteger(digits, radix);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
}

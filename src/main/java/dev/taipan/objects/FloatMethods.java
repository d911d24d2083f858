package dev.taipan.objects;

import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * The unary, conversion, rounding, hashing and hex methods of {@code float}, and the rules of
 * {@code float(x)}.
 *
 * <p>CPython: Objects/floatobject.c
 */
final class FloatMethods {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(?:[0-9](?:_?[0-9])*(?:\\.(?:[0-9](?:_?[0-9])*)?)?|\\.[0-9](?:_?[0-9])*)"
                    + "(?:[eE][+-]?[0-9](?:_?[0-9])*)?");
    private static final Pattern SPECIAL =
            Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private FloatMethods() {
    }

    // CPython: Objects/floatobject.c, PyFloat_FromString and PyNumber_Float
    static double fromObject(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value;
        }
        if (x instanceof PyStr s) {
            return parse(s.toString(), s);
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) {
            return parse(IntMethods.latin1(x), x);
        }
        PyType t = x.getType();
        PyObject f = t.slot(Slot.FLOAT);
        if (f != null) {
            PyObject r = Slots.call0(f, x);
            if (r instanceof PyFloat d) {
                return d.value;
            }
            throw Errors.typeError("%.50s.__float__ returned non-float (type %.50s)",
                    t.getName(), r.getType().getName());
        }
        if (x instanceof PyInt i) {
            return i.toDouble();
        }
        if (t.slot(Slot.INDEX) != null) {
            return Abstract.index(x).toDouble();
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '%.200s'",
                t.getName());
    }

    /**
     * Parses Python float syntax.
     *
     * @param text the text
     * @param orig the original object, for the message
     * @return the value
     */
    static double parse(String text, PyObject orig) {
        String s = PyStr.stripWhitespace(text);
        StringBuilder ascii = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c > 127 && Character.isDigit(c)) {
                ascii.append((char) ('0' + Character.digit(c, 10)));
            } else {
                ascii.append(Character.toChars(c));
            }
        }
        String a = ascii.toString();
        if (DECIMAL.matcher(a).matches()) {
            return Double.parseDouble(a.replace("_", ""));
        }
        if (SPECIAL.matcher(a).matches()) {
            boolean neg = a.startsWith("-");
            String body = a.replaceFirst("^[+-]", "").toLowerCase();
            if (body.equals("nan")) {
                return Double.NaN;
            }
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw Errors.valueError("could not convert string to float: %s", Abstract.repr(orig));
    }

    /**
     * Hashes a double as CPython does (equal to the hash of an equal int or fraction).
     *
     * @param v the value
     * @param self the float object, for the NaN hash
     * @return the hash
     */
    // CPython: Python/pyhash.c, _Py_HashDouble
    static long hash(double v, PyObject self) {
        if (Double.isNaN(v)) {
            return Abstract.identityHash(self);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == 0) {
            return 0;
        }
        long mod = IntMath.HASH_MODULUS;
        int e = Math.getExponent(v) + 1;
        double m;
        if (Math.getExponent(v) < Double.MIN_EXPONENT) {
            // Subnormal: normalise by scaling up first.
            double scaled = v * 0x1p54;
            e = Math.getExponent(scaled) + 1 - 54;
            m = Math.scalb(scaled, -(Math.getExponent(scaled) + 1));
        } else {
            m = Math.scalb(v, -e);
        }
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & mod) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= mod) {
                x -= mod;
            }
        }
        e = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61);
        x = ((x << e) & mod) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    @PyMethod
    static long __hash__(PyFloat self) {
        return hash(self.value, self);
    }

    @PyMethod
    static PyObject __neg__(PyFloat self) {
        return PyFloat.of(-self.value);
    }

    @PyMethod
    static PyObject __pos__(PyFloat self) {
        return self.getClass() == PyFloat.class ? self : PyFloat.of(self.value);
    }

    @PyMethod
    static PyObject __abs__(PyFloat self) {
        return PyFloat.of(Math.abs(self.value));
    }

    @PyMethod
    static PyObject __int__(PyFloat self) {
        return IntMethods.fromDouble(self.value);
    }

    @PyMethod
    static PyObject __trunc__(PyFloat self) {
        return IntMethods.fromDouble(self.value);
    }

    @PyMethod
    static PyObject __floor__(PyFloat self) {
        return IntMethods.fromDouble(Math.floor(self.value));
    }

    @PyMethod
    static PyObject __ceil__(PyFloat self) {
        return IntMethods.fromDouble(Math.ceil(self.value));
    }

    @PyMethod
    static PyObject __float__(PyFloat self) {
        return self.getClass() == PyFloat.class ? self : PyFloat.of(self.value);
    }

    @PyMethod
    static PyObject conjugate(PyFloat self) {
        return __float__(self);
    }

    @PyMethod
    static PyObject __getnewargs__(PyFloat self) {
        return PyTuple.of(PyFloat.of(self.value));
    }

    @PyMethod
    static boolean is_integer(PyFloat self) {
        double v = self.value;
        return !Double.isInfinite(v) && v == Math.floor(v);
    }

    // CPython: Objects/floatobject.c, float___round___impl (round half to even, on the exact
    // binary value, as the correctly rounded dtoa does)
    @PyMethod
    static PyObject __round__(PyFloat self, @Opt PyObject ndigits) {
        double x = self.value;
        if (ndigits == null || ndigits == PyNone.NONE) {
            return IntMethods.fromDouble(Math.rint(x));
        }
        long n = Abstract.asLong(ndigits);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return PyFloat.of(x);
        }
        if (n > 323) {
            return PyFloat.of(x);
        }
        if (n < -308) {
            return PyFloat.of(Math.copySign(0.0, x));
        }
        BigDecimal r = new BigDecimal(x).setScale((int) n, RoundingMode.HALF_EVEN);
        double d = r.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return PyFloat.of(d == 0 ? Math.copySign(0.0, x) : d);
    }

    @PyMethod
    static PyObject __format__(PyFloat self, String spec) {
        if (spec.isEmpty()) {
            return Abstract.str(self);
        }
        return PyStr.of(FormatSpec.parse(spec, "float").formatFloat(self.value));
    }

    @PyMethod
    static PyObject as_integer_ratio(PyFloat self) {
        double v = self.value;
        if (Double.isInfinite(v)) {
            throw Errors.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(v)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        BigDecimal b = new BigDecimal(v);
        BigInteger num;
        BigInteger den;
        if (b.scale() <= 0) {
            num = b.toBigIntegerExact();
            den = BigInteger.ONE;
        } else {
            num = b.unscaledValue();
            den = BigInteger.TEN.pow(b.scale());
            BigInteger g = num.gcd(den);
            num = num.divide(g);
            den = den.divide(g);
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(den));
    }

    // CPython: Objects/floatobject.c, float_hex
    @PyMethod
    static String hex(PyFloat self) {
        double v = self.value;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return FloatFormat.repr(v);
        }
        String sign = v < 0 || v == 0 && 1 / v < 0 ? "-" : "";
        if (v == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(Math.abs(v));
        long mant = bits & ((1L << 52) - 1);
        int exp = (int) (bits >>> 52);
        String lead = "1";
        if (exp == 0) {
            lead = "0";
            exp = -1022;
        } else {
            exp -= 1023;
        }
        return sign + "0x" + lead + "." + String.format("%013x", mant) + "p"
                + (exp >= 0 ? "+" : "") + exp;
    }

    // CPython: Objects/floatobject.c, float_fromhex
    @PyClassMethod
    static PyObject fromhex(PyType cls, String s) {
        String t = PyStr.stripWhitespace(s);
        double v;
        if (SPECIAL.matcher(t).matches()) {
            v = parse(t, PyStr.of(s));
        } else {
            v = parseHex(t);
        }
        PyFloat f = PyFloat.of(v);
        return cls == PyFloat.TYPE ? f : cls.call(f);
    }

    private static double parseHex(String t) {
        int i = 0;
        boolean neg = false;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            neg = t.charAt(i) == '-';
            i++;
        }
        if (t.regionMatches(true, i, "0x", 0, 2)) {
            i += 2;
        }
        BigInteger m = BigInteger.ZERO;
        int fracDigits = 0;
        boolean any = false;
        boolean point = false;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' && !point) {
                point = true;
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0 || c > 127) {
                break;
            }
            any = true;
            m = m.shiftLeft(4).add(BigInteger.valueOf(d));
            if (point) {
                fracDigits++;
            }
        }
        if (!any) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        long exp = 0;
        if (i < t.length() && (t.charAt(i) == 'p' || t.charAt(i) == 'P')) {
            i++;
            int start = i;
            if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int digitsStart = i;
            while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
            if (i == digitsStart) {
                throw Errors.valueError("invalid hexadecimal floating-point string");
            }
            exp = Long.parseLong(t.substring(start, i).replace("+", ""));
        }
        if (i != t.length()) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        long e2 = exp - 4L * fracDigits;
        double v;
        if (m.signum() == 0) {
            v = 0.0;
        } else if (e2 + m.bitLength() > 1025) {
            throw Errors.overflowError("hexadecimal value too large to represent as a float");
        } else if (e2 + m.bitLength() < -1080) {
            v = 0.0;
        } else {
            BigDecimal b = new BigDecimal(m);
            b = e2 >= 0 ? b.multiply(new BigDecimal(BigInteger.TWO.pow((int) e2)))
                    : b.divide(new BigDecimal(BigInteger.TWO.pow((int) -e2)));
            v = b.doubleValue();
            if (Double.isInfinite(v)) {
                throw Errors.overflowError("hexadecimal value too large to represent as a float");
            }
        }
        return neg ? -v : v;
    }

    @PyClassMethod
    static String __getformat__(PyType cls, String typestr) {
        if (!typestr.equals("double") && !typestr.equals("float")) {
            throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
        }
        return "IEEE, little-endian";
    }
}

package dev.taipan.objects;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Making complex numbers: the {@code complex(real, imag)} constructor's rules and the parsing of
 * {@code complex('1+2j')}.
 *
 * <p>CPython: Objects/complexobject.c, complex_new_impl and complex_from_string_inner
 */
final class ComplexParsing {
    private ComplexParsing() {
    }

    /** A float literal as complex() accepts it: digits with single underscores, or inf/nan. */
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?"
                    + "|(?i:infinity|inf|nan))");

    static PyObject construct(PyType cls, PyObject r, PyObject i) {
        if (r == null) {
            r = PyInt.of(0);
        }
        if (r.getClass() == PyComplex.class && i == null && cls == PyComplex.TYPE) {
            return r;
        }
        if (r instanceof PyStr s) {
            if (i != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            double[] v = parse(s.toString());
            return PyComplex.of(cls, v[0], v[1]);
        }
        if (i instanceof PyStr) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        PyObject special = r.getType().lookup("__complex__");
        if (special != null) {
            PyObject c = Abstract.callMethod(r, "__complex__");
            if (!(c instanceof PyComplex)) {
                throw Errors.typeError("__complex__ returned non-complex (type %.200s)", c.getType().getName());
            }
            r = c;
        }
        if (!isNumber(r)) {
            throw Errors.typeError("complex() first argument must be a string or a number, not '%.200s'",
                    r.getType().getName());
        }
        if (i != null && !isNumber(i)) {
            throw Errors.typeError("complex() second argument must be a number, not '%.200s'", i.getType().getName());
        }
        double crReal;
        double crImag = 0.0;
        boolean crIsComplex = false;
        if (r instanceof PyComplex c) {
            crReal = c.real;
            crImag = c.imag;
            crIsComplex = true;
        } else {
            crReal = Abstract.asDouble(r);
        }
        double ciReal;
        double ciImag = 0.0;
        if (i == null) {
            ciReal = crImag;
        } else if (i instanceof PyComplex c) {
            ciReal = c.real;
            ciImag = c.imag;
            // The imaginary part of a complex second argument adds to the real part.
            crReal -= ciImag;
        } else {
            ciReal = Abstract.asDouble(i);
        }
        if (crIsComplex && i != null) {
            ciReal += crImag;
        }
        return PyComplex.of(cls, crReal, ciReal);
    }

    private static boolean isNumber(PyObject o) {
        PyType t = o.getType();
        return o instanceof PyComplex || t.slot(Slot.FLOAT) != null || t.slot(Slot.INDEX) != null;
    }

    /** Parses {@code complex(str)}: returns {real, imag}. */
    static double[] parse(String text) {
        String s = PyStr.stripWhitespace(text);
        if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) {
            s = PyStr.stripWhitespace(s.substring(1, s.length() - 1));
        }
        Matcher m = NUMBER.matcher(s);
        int pos = 0;
        double first;
        if (m.lookingAt()) {
            first = toDouble(m.group());
            pos = m.end();
        } else {
            // "j", "+j", "-j": an imaginary unit without digits.
            return new double[] {0.0, unit(s, 0)};
        }
        if (pos == s.length()) {
            return new double[] {first, 0.0};
        }
        char c = s.charAt(pos);
        if ((c == 'j' || c == 'J') && pos + 1 == s.length()) {
            return new double[] {0.0, first};
        }
        if (c == '+' || c == '-') {
            m.region(pos, s.length());
            double second;
            if (m.lookingAt()) {
                second = toDouble(m.group());
                pos = m.end();
                if (pos + 1 == s.length() && (s.charAt(pos) == 'j' || s.charAt(pos) == 'J')) {
                    return new double[] {first, second};
                }
                throw malformed();
            }
            return new double[] {first, unit(s, pos)};
        }
        throw malformed();
    }

    /** The value of an optional sign followed by {@code j} that ends the string at {@code pos}. */
    private static double unit(String s, int pos) {
        double sign = 1.0;
        if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
            sign = s.charAt(pos) == '-' ? -1.0 : 1.0;
            pos++;
        }
        if (pos + 1 == s.length() && (s.charAt(pos) == 'j' || s.charAt(pos) == 'J')) {
            return sign;
        }
        throw malformed();
    }

    private static double toDouble(String token) {
        String t = token.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        boolean neg = t.startsWith("-");
        String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        double v = switch (body) {
            case "inf", "infinity" -> Double.POSITIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(body);
        };
        return neg ? -v : v;
    }

    private static PyException malformed() {
        return Errors.valueError("complex() arg is a malformed string");
    }
}

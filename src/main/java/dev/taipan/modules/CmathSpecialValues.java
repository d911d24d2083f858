package dev.taipan.modules;

/**
 * The results of the complex functions of {@code cmath} when a component of the argument is an
 * infinity or a NaN, as C99 Annex G and CPython give them. Each table has 49 entries, by class
 * of the imaginary part (rows) and of the real part (columns), each class in the order
 * -inf, negative, -0.0, +0.0, positive, +inf, nan. An entry is a result, a domain error
 * ({@code V}), a result that depends on the finite component ({@code *}, computed by the caller)
 * or a finite argument ({@code .}, never looked up).
 */
// The tables are printed by tools/gen_cmath_special_values.py, which evaluates CPython 3.13.
final class CmathSpecialValues {
    private CmathSpecialValues() {
    }

    /** What a table gives for one pair of classes. */
    record Entry(char kind, double re, double im) {
        /** A result. */
        static final char VALUE = 'v';
        /** A domain error. */
        static final char DOMAIN = 'V';
        /** A result the caller computes. */
        static final char COMPUTED = '*';
        /** A finite argument. */
        static final char FINITE = '.';
    }

    /** The class of a component: its row or column in a table. */
    static int classOf(double d) {
        if (Double.isNaN(d)) {
            return 6;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 5 : 0;
        }
        if (d == 0) {
            return Double.doubleToRawLongBits(d) < 0 ? 2 : 3;
        }
        return d < 0 ? 1 : 4;
    }

    /** The entry for an argument with an infinite or NaN component. */
    static Entry lookup(Entry[] table, double re, double im) {
        return table[classOf(im) * 7 + classOf(re)];
    }

    private static double component(String s) {
        return switch (s) {
            case "N" -> Double.NaN;
            case "I" -> Double.POSITIVE_INFINITY;
            case "-I" -> Double.NEGATIVE_INFINITY;
            case "0" -> 0.0;
            case "-0" -> -0.0;
            default -> Double.parseDouble(s);
        };
    }

    private static Entry[] parse(String text) {
        String[] items = text.split(";");
        Entry[] out = new Entry[items.length];
        for (int i = 0; i < items.length; i++) {
            String s = items[i];
            int comma = s.indexOf(',');
            out[i] = comma < 0 ? new Entry(s.charAt(0), Double.NaN, Double.NaN)
                    : new Entry(Entry.VALUE, component(s.substring(0, comma)), component(s.substring(comma + 1)));
        }
        return out;
    }

    /** Special values of {@code sqrt}. */
    static final Entry[] SQRT = parse(
            "I,-I;I,-I;I,-I;I,-I;I,-I;I,-I;I,-I"
            + ";" + "0,-I;.;.;.;.;I,-0;N,N"
            + ";" + "0,-I;.;.;.;.;I,-0;N,N"
            + ";" + "0,I;.;.;.;.;I,0;N,N"
            + ";" + "0,I;.;.;.;.;I,0;N,N"
            + ";" + "I,I;I,I;I,I;I,I;I,I;I,I;I,I"
            + ";" + "N,I;N,N;N,N;N,N;N,N;I,N;N,N");

    /** Special values of {@code exp}. */
    static final Entry[] EXP = parse(
            "0,0;V;V;V;V;V;N,N"
            + ";" + "*;.;.;.;.;*;N,N"
            + ";" + "0,-0;.;.;.;.;I,-0;N,-0"
            + ";" + "0,0;.;.;.;.;I,0;N,0"
            + ";" + "*;.;.;.;.;*;N,N"
            + ";" + "0,0;V;V;V;V;V;N,N"
            + ";" + "0,0;N,N;N,N;N,N;N,N;I,N;N,N");

    /** Special values of {@code log}. */
    static final Entry[] LOG = parse(
            "I,-2.356194490192345;I,-1.5707963267948966;I,-1.5707963267948966;I,-1.5707963267948966;I,-1.5707963267948966;I,-0.7853981633974483;I,N"
            + ";" + "I,-3.141592653589793;.;.;.;.;I,-0;N,N"
            + ";" + "I,-3.141592653589793;.;.;.;.;I,-0;N,N"
            + ";" + "I,3.141592653589793;.;.;.;.;I,0;N,N"
            + ";" + "I,3.141592653589793;.;.;.;.;I,0;N,N"
            + ";" + "I,2.356194490192345;I,1.5707963267948966;I,1.5707963267948966;I,1.5707963267948966;I,1.5707963267948966;I,0.7853981633974483;I,N"
            + ";" + "I,N;N,N;N,N;N,N;N,N;I,N;N,N");

    /** Special values of {@code sinh}. */
    static final Entry[] SINH = parse(
            "V;V;V;V;V;V;N,N"
            + ";" + "*;.;.;.;.;*;N,N"
            + ";" + "-I,-0;.;.;.;.;I,-0;N,-0"
            + ";" + "-I,0;.;.;.;.;I,0;N,0"
            + ";" + "*;.;.;.;.;*;N,N"
            + ";" + "V;V;V;V;V;V;N,N"
            + ";" + "I,N;N,N;0,N;0,N;N,N;I,N;N,N");

    /** Special values of {@code cosh}. */
    static final Entry[] COSH = parse(
            "V;V;V;V;V;V;N,N"
            + ";" + "*;.;.;.;.;*;N,N"
            + ";" + "I,0;.;.;.;.;I,-0;N,0"
            + ";" + "I,-0;.;.;.;.;I,0;N,0"
            + ";" + "*;.;.;.;.;*;N,N"
            + ";" + "V;V;V;V;V;V;N,N"
            + ";" + "I,N;N,N;N,0;N,0;N,N;I,N;N,N");

    /** Special values of {@code tanh}. */
    static final Entry[] TANH = parse(
            "-1.0,0;V;V;V;V;1.0,0;N,N"
            + ";" + "*;.;.;.;.;*;N,N"
            + ";" + "-1.0,-0;.;.;.;.;1.0,-0;N,-0"
            + ";" + "-1.0,0;.;.;.;.;1.0,0;N,0"
            + ";" + "*;.;.;.;.;*;N,N"
            + ";" + "-1.0,0;V;V;V;V;1.0,0;N,N"
            + ";" + "-1.0,0;N,N;N,N;N,N;N,N;1.0,0;N,N");

    /** Special values of {@code asinh}. */
    static final Entry[] ASINH = parse(
            "-I,-0.7853981633974483;-I,-1.5707963267948966;-I,-1.5707963267948966;I,-1.5707963267948966;I,-1.5707963267948966;I,-0.7853981633974483;I,N"
            + ";" + "-I,-0;.;.;.;.;I,-0;N,N"
            + ";" + "-I,-0;.;.;.;.;I,-0;N,-0"
            + ";" + "-I,0;.;.;.;.;I,0;N,0"
            + ";" + "-I,0;.;.;.;.;I,0;N,N"
            + ";" + "-I,0.7853981633974483;-I,1.5707963267948966;-I,1.5707963267948966;I,1.5707963267948966;I,1.5707963267948966;I,0.7853981633974483;I,N"
            + ";" + "-I,N;N,N;N,N;N,N;N,N;I,N;N,N");

    /** Special values of {@code acosh}. */
    static final Entry[] ACOSH = parse(
            "I,-2.356194490192345;I,-1.5707963267948966;I,-1.5707963267948966;I,-1.5707963267948966;I,-1.5707963267948966;I,-0.7853981633974483;I,N"
            + ";" + "I,-3.141592653589793;.;.;.;.;I,-0;N,N"
            + ";" + "I,-3.141592653589793;.;.;.;.;I,-0;N,N"
            + ";" + "I,3.141592653589793;.;.;.;.;I,0;N,N"
            + ";" + "I,3.141592653589793;.;.;.;.;I,0;N,N"
            + ";" + "I,2.356194490192345;I,1.5707963267948966;I,1.5707963267948966;I,1.5707963267948966;I,1.5707963267948966;I,0.7853981633974483;I,N"
            + ";" + "I,N;N,N;N,N;N,N;N,N;I,N;N,N");

    /** Special values of {@code acos}. */
    static final Entry[] ACOS = parse(
            "2.356194490192345,I;1.5707963267948966,I;1.5707963267948966,I;1.5707963267948966,I;1.5707963267948966,I;0.7853981633974483,I;N,I"
            + ";" + "3.141592653589793,I;.;.;.;.;0,I;N,N"
            + ";" + "3.141592653589793,I;.;.;.;.;0,I;N,N"
            + ";" + "3.141592653589793,-I;.;.;.;.;0,-I;N,N"
            + ";" + "3.141592653589793,-I;.;.;.;.;0,-I;N,N"
            + ";" + "2.356194490192345,-I;1.5707963267948966,-I;1.5707963267948966,-I;1.5707963267948966,-I;1.5707963267948966,-I;0.7853981633974483,-I;N,-I"
            + ";" + "N,I;N,N;1.5707963267948966,N;1.5707963267948966,N;N,N;N,I;N,N");

    /** Special values of {@code atanh}. */
    static final Entry[] ATANH = parse(
            "-0,-1.5707963267948966;-0,-1.5707963267948966;-0,-1.5707963267948966;0,-1.5707963267948966;0,-1.5707963267948966;0,-1.5707963267948966;0,-1.5707963267948966"
            + ";" + "-0,-1.5707963267948966;.;.;.;.;0,-1.5707963267948966;N,N"
            + ";" + "-0,-1.5707963267948966;.;.;.;.;0,-1.5707963267948966;N,N"
            + ";" + "-0,1.5707963267948966;.;.;.;.;0,1.5707963267948966;N,N"
            + ";" + "-0,1.5707963267948966;.;.;.;.;0,1.5707963267948966;N,N"
            + ";" + "-0,1.5707963267948966;-0,1.5707963267948966;-0,1.5707963267948966;0,1.5707963267948966;0,1.5707963267948966;0,1.5707963267948966;0,1.5707963267948966"
            + ";" + "-0,N;N,N;-0,N;0,N;N,N;0,N;N,N");
}

package dev.taipan.objects;

import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;

/**
 * The Python {@code str}: an immutable sequence of code points, held as a Java string.
 *
 * <p>Lengths, indices and slices count code points. Strings without surrogate pairs (all of
 * the Basic Multilingual Plane, the common case) index Java chars directly in O(1); strings
 * with astral characters build a code point to char offset table on first indexed access.
 * (A lone high surrogate followed by a lone low surrogate is seen as one code point, where
 * CPython sees two; Java strings cannot tell them apart.)
 *
 * <p>The method set is in {@link StrMethods}; {@code %}-formatting in {@link StrFormat}.
 *
 * <p>CPython: Objects/unicodeobject.c
 */
@PyClass(name = "str", methods = {StrMethods.class, StrCaseMethods.class},
        doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str")
public class PyStr extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The empty string. */
    public static final PyStr EMPTY = new PyStr("");
    /** The type {@code str}. */
    public static final PyType TYPE = PyType.fromClass(PyStr.class, LOOKUP);

    private final String value;
    private final int cpLength;
    private final boolean bmp;
    private int[] offsets;
    private long hash;

    /**
     * Creates a str (use {@link #of(String)}).
     *
     * @param value the Java string
     */
    protected PyStr(String value) {
        this.value = value;
        int cp = value.codePointCount(0, value.length());
        this.cpLength = cp;
        this.bmp = cp == value.length();
    }

    /** A Python subclass instance of {@code str}. */
    static final class Derived extends PyStr implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type, String v) {
            super(v);
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null && type.hasFlag(PyType.HAS_DICT)) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    /**
     * Returns the str of a Java string.
     *
     * @param s the string
     * @return the str
     */
    public static PyStr of(String s) {
        return s.isEmpty() && EMPTY != null ? EMPTY : new PyStr(s);
    }

    /**
     * Returns the str of a sequence of code points (for example a literal with escapes).
     *
     * <p>A lone high surrogate followed by a lone low surrogate becomes one astral code point
     * here, which is where this class differs from CPython (see the class comment).
     *
     * @param cps the code points
     * @return the str
     */
    public static PyStr fromCodePoints(int[] cps) {
        StringBuilder sb = new StringBuilder(cps.length);
        for (int c : cps) {
            sb.appendCodePoint(c);
        }
        return of(sb.toString());
    }

    /**
     * Returns the one-code-point str.
     *
     * @param cp the code point
     * @return the str
     */
    public static PyStr ofCodePoint(int cp) {
        return new PyStr(new String(Character.toChars(cp)));
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Returns the Java string. */
    @Override
    public String toString() {
        return value;
    }

    /** Returns the number of code points ({@code len(s)}). */
    public int length() {
        return cpLength;
    }

    /** Returns whether every code point is in the BMP (char index == code point index). */
    public boolean isBmp() {
        return bmp;
    }

    /**
     * Returns the Java char offset of a code point index (0..length inclusive).
     *
     * @param cpIndex the code point index
     * @return the char offset
     */
    public int charIndex(int cpIndex) {
        if (bmp) {
            return cpIndex;
        }
        if (cpIndex >= cpLength) {
            return value.length();
        }
        int[] o = offsets;
        if (o == null) {
            o = new int[cpLength];
            int ci = 0;
            for (int k = 0; k < cpLength; k++) {
                o[k] = ci;
                ci += Character.charCount(value.codePointAt(ci));
            }
            offsets = o;
        }
        return o[cpIndex];
    }

    /**
     * Returns the code point index of a Java char offset.
     *
     * @param charIndex the char offset
     * @return the code point index
     */
    public int cpIndex(int charIndex) {
        return bmp ? charIndex : value.codePointCount(0, charIndex);
    }

    /**
     * Returns the code point at a code point index.
     *
     * @param i the index, 0 &lt;= i &lt; length
     * @return the code point
     */
    public int codePointAt(int i) {
        return bmp ? value.charAt(i) : value.codePointAt(charIndex(i));
    }

    /**
     * Returns the substring between code point indices.
     *
     * @param start first index
     * @param end   end index (exclusive)
     * @return the substring
     */
    public String substring(int start, int end) {
        return value.substring(charIndex(start), charIndex(end));
    }

    /** Returns the hash (Java-specific: CPython randomizes str hashes anyway). */
    public long hashCodeLong() {
        long h = hash;
        if (h == 0) {
            // Spread the 32-bit Java hash over 64 bits; never -1 (CPython's error value).
            long x = value.hashCode() * 0x9E3779B97F4A7C15L;
            h = x ^ (x >>> 29);
            if (h == 0 || h == -1) {
                h = 1;
            }
            hash = h;
        }
        return h;
    }

    /**
     * Returns whether two strs have equal code points.
     *
     * @param o the other str
     * @return whether equal
     */
    public boolean equalsStr(PyStr o) {
        return this == o || value.equals(o.value);
    }

    /**
     * Returns whether a code point is whitespace for Python ({@code str.isspace}, split, strip).
     *
     * @param c the code point
     * @return whether whitespace
     */
    public static boolean isPySpace(int c) {
        if (c < 128) {
            return c == ' ' || c >= 9 && c <= 13 || c >= 28 && c <= 31;
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || c >= 0x2000 && c <= 0x200a
                || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /**
     * Strips Python whitespace from both ends of a Java string.
     *
     * @param s the string
     * @return the stripped string
     */
    public static String stripWhitespace(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isPySpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isPySpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Returns whether this is a valid identifier ({@code str.isidentifier}). */
    public boolean isIdentifier() {
        if (value.isEmpty()) {
            return false;
        }
        int c = value.codePointAt(0);
        if (c != '_' && !Character.isUnicodeIdentifierStart(c)) {
            return false;
        }
        for (int i = Character.charCount(c); i < value.length(); ) {
            c = value.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * Returns whether a code point is printable in the sense of {@code str.isprintable}.
     *
     * @param c the code point
     * @return whether printable
     */
    public static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Returns the Python repr text of this string. */
    public String repr() {
        return repr(value);
    }

    /**
     * Returns the Python repr of a Java string.
     *
     * @param s the string
     * @return the quoted, escaped text
     */
    // CPython: Objects/unicodeobject.c, unicode_repr
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.append(quote).toString();
    }

    /**
     * Returns the str argument of a method, or raises CPython's "must be str" TypeError.
     *
     * @param o the argument
     * @return the str
     */
    static PyStr arg(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("must be str, not %.100s", o.getType().getName());
    }

    private static String strArg(PyObject o, String name) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError("str() argument '%s' must be str, not %.100s", name,
                o.getType().getName());
    }

    // ---- construction ----------------------------------------------------------------------

    // CPython: Objects/unicodeobject.c, unicode_new_impl
    @PyNew
    static PyObject __new__(PyType cls, @Name("object") @Opt PyObject object,
            @Name("encoding") @Opt PyObject encoding, @Name("errors") @Opt PyObject errors) {
        PyStr s;
        if (object == null) {
            s = EMPTY;
        } else if (encoding == null && errors == null) {
            s = Abstract.str(object);
        } else {
            String enc = encoding == null ? "utf-8" : strArg(encoding, "encoding");
            String err = errors == null ? "strict" : strArg(errors, "errors");
            if (object instanceof PyStr) {
                throw Errors.typeError("decoding str is not supported");
            }
            byte[] b;
            if (object instanceof PyBytes pb) {
                b = pb.toByteArray();
            } else if (object instanceof PyByteArray ba) {
                b = ba.toByteArray();
            } else {
                throw Errors.typeError("decoding to str: need a bytes-like object, %.80s found",
                        object.getType().getName());
            }
            s = Codecs.decode(b, enc, err);
        }
        if (cls == TYPE) {
            return s.getClass() == PyStr.class ? s : of(s.value);
        }
        return new Derived(cls, s.value);
    }

    @PyMethod
    PyObject __repr__() {
        return of(repr());
    }

    @PyMethod
    PyObject __str__() {
        return getClass() == PyStr.class ? this : of(value);
    }

    @PyMethod
    long __hash__() {
        return hashCodeLong();
    }

    @PyMethod
    int __len__() {
        return cpLength;
    }
}

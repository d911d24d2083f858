package dev.taipan.objects;

import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyStaticMethod;
import java.lang.invoke.MethodHandles;
import java.util.Locale;

/**
 * The case-changing, padding, character-class and translation methods of {@code str}.
 *
 * <p>CPython: Objects/unicodeobject.c and Objects/unicodectype.c
 */
final class StrCaseMethods {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private StrCaseMethods() {
    }

    // ---- case -----------------------------------------------------------------------------------

    @PyMethod
    static PyObject upper(PyStr self) {
        return PyStr.of(self.toString().toUpperCase(Locale.ROOT));
    }

    @PyMethod
    static PyObject lower(PyStr self) {
        return PyStr.of(self.toString().toLowerCase(Locale.ROOT));
    }

    // Full case folding is approximated by upper-then-lower, which maps the multi-character
    // folds (ß -> ss) the way Unicode's CaseFolding.txt does.
    @PyMethod
    static PyObject casefold(PyStr self) {
        // Per code point and without context, so a final sigma folds to plain sigma.
        String up = self.toString().toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(up.length());
        up.codePoints().forEach(c -> sb.append(new String(Character.toChars(c))
                .toLowerCase(Locale.ROOT)));
        return PyStr.of(sb.toString());
    }

    /** Title-cases one code point, with the multi-character special cases ("ß" to "Ss"). */
    static String titleOf(int c) {
        if (Character.isTitleCase(c)) {
            return new String(Character.toChars(c));
        }
        int t = Character.toTitleCase(c);
        if (t != c) {
            return new String(Character.toChars(t));
        }
        String up = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        if (up.codePointCount(0, up.length()) > 1) {
            int first = up.codePointAt(0);
            return new String(Character.toChars(first))
                    + up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        }
        return up;
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    @PyMethod
    static PyObject swapcase(PyStr self) {
        StringBuilder sb = new StringBuilder();
        self.toString().codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            if (Character.isUpperCase(c)) {
                sb.append(ch.toLowerCase(Locale.ROOT));
            } else if (Character.isLowerCase(c)) {
                sb.append(ch.toUpperCase(Locale.ROOT));
            } else {
                sb.append(ch);
            }
        });
        return PyStr.of(sb.toString());
    }

    @PyMethod
    static PyObject title(PyStr self) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        String s = self.toString();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (prevCased) {
                sb.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
            } else {
                sb.append(titleOf(c));
            }
            prevCased = isCased(c);
        }
        return PyStr.of(sb.toString());
    }

    @PyMethod
    static PyObject capitalize(PyStr self) {
        String s = self.toString();
        if (s.isEmpty()) {
            return PyStr.EMPTY;
        }
        int c = s.codePointAt(0);
        String first = titleOf(c);
        return PyStr.of(first + s.substring(Character.charCount(c)).toLowerCase(Locale.ROOT));
    }

    // ---- padding --------------------------------------------------------------------------------

    private static int fillChar(PyObject fill) {
        if (fill == null) {
            return ' ';
        }
        if (!(fill instanceof PyStr f)) {
            throw Errors.typeError("The fill character must be a unicode character, not %.100s",
                    fill.getType().getName());
        }
        if (f.length() != 1) {
            throw Errors.typeError("The fill character must be exactly one character long");
        }
        return f.codePointAt(0);
    }

    private static PyObject pad(PyStr self, int left, int right, int fill) {
        if (left <= 0 && right <= 0 && self.getClass() == PyStr.class) {
            return self;
        }
        String f = new String(Character.toChars(fill));
        return PyStr.of(f.repeat(Math.max(0, left)) + self + f.repeat(Math.max(0, right)));
    }

    @PyMethod
    static PyObject ljust(PyStr self, int width, @Opt PyObject fillchar) {
        int fill = fillChar(fillchar);
        return pad(self, 0, width - self.length(), fill);
    }

    @PyMethod
    static PyObject rjust(PyStr self, int width, @Opt PyObject fillchar) {
        int fill = fillChar(fillchar);
        return pad(self, width - self.length(), 0, fill);
    }

    // CPython: Objects/unicodeobject.c, unicode_center_impl (odd padding goes left when the
    // width is odd, following CPython's arithmetic)
    @PyMethod
    static PyObject center(PyStr self, int width, @Opt PyObject fillchar) {
        int fill = fillChar(fillchar);
        int marg = width - self.length();
        if (marg <= 0) {
            return pad(self, 0, 0, fill);
        }
        int left = marg / 2 + (marg & width & 1);
        return pad(self, left, marg - left, fill);
    }

    @PyMethod
    static PyObject zfill(PyStr self, int width) {
        String s = self.toString();
        int n = self.length();
        if (width <= n) {
            return PyStr.of(s);
        }
        String zeros = "0".repeat(width - n);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return PyStr.of(s.charAt(0) + zeros + s.substring(1));
        }
        return PyStr.of(zeros + s);
    }

    @PyMethod
    static PyObject expandtabs(PyStr self, @Name("tabsize") @Default("8") int tabsize) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        String s = self.toString();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tabsize > 0) {
                    int spaces = tabsize - col % tabsize;
                    sb.append(" ".repeat(spaces));
                    col += spaces;
                }
            } else {
                sb.appendCodePoint(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return PyStr.of(sb.toString());
    }

    // ---- character classes ----------------------------------------------------------------------

    private interface CpTest {
        boolean test(int c);
    }

    private static boolean all(PyStr self, CpTest t) {
        String s = self.toString();
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!t.test(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    static boolean isAlpha(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER -> true;
            default -> false;
        };
    }

    static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        int v = Character.getNumericValue(c);
        return Character.getType(c) == Character.OTHER_NUMBER && v >= 0 && v <= 9;
    }

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER
                || t == Character.OTHER_NUMBER
                || t == Character.OTHER_LETTER && Character.getNumericValue(c) >= 0;
    }

    @PyMethod
    static boolean isalpha(PyStr self) {
        return all(self, StrCaseMethods::isAlpha);
    }

    @PyMethod
    static boolean isdecimal(PyStr self) {
        return all(self, StrCaseMethods::isDecimal);
    }

    @PyMethod
    static boolean isdigit(PyStr self) {
        return all(self, StrCaseMethods::isDigit);
    }

    @PyMethod
    static boolean isnumeric(PyStr self) {
        return all(self, StrCaseMethods::isNumeric);
    }

    @PyMethod
    static boolean isalnum(PyStr self) {
        return all(self, c -> isAlpha(c) || isNumeric(c));
    }

    @PyMethod
    static boolean isspace(PyStr self) {
        return all(self, PyStr::isPySpace);
    }

    @PyMethod
    static boolean isascii(PyStr self) {
        String s = self.toString();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    @PyMethod
    static boolean isprintable(PyStr self) {
        return self.length() == 0 || all(self, PyStr::isPrintable);
    }

    @PyMethod
    static boolean isidentifier(PyStr self) {
        return self.isIdentifier();
    }

    @PyMethod
    static boolean islower(PyStr self) {
        boolean cased = false;
        String s = self.toString();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isLowerCase(c);
        }
        return cased;
    }

    @PyMethod
    static boolean isupper(PyStr self) {
        boolean cased = false;
        String s = self.toString();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c);
        }
        return cased;
    }

    @PyMethod
    static boolean istitle(PyStr self) {
        boolean cased = false;
        boolean prevCased = false;
        String s = self.toString();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    // ---- translation ----------------------------------------------------------------------------

    // CPython: Objects/unicodeobject.c, unicode_translate / charmaptranslate_lookup
    @PyMethod
    static PyObject translate(PyStr self, PyObject table) {
        StringBuilder sb = new StringBuilder();
        String s = self.toString();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            PyObject r;
            try {
                r = Abstract.getItem(table, PyInt.of(c));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.LookupError)) {
                    sb.appendCodePoint(c);
                    continue;
                }
                throw e;
            }
            if (r == PyNone.NONE) {
                continue;
            } else if (r instanceof PyInt n) {
                if (n.signum() < 0 || !n.fitsInt() || n.intValue() > 0x10ffff) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint(n.intValue());
            } else if (r instanceof PyStr rs) {
                sb.append(rs.toString());
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return PyStr.of(sb.toString());
    }

    // CPython: Objects/unicodeobject.c, unicode_maketrans_impl
    @PyStaticMethod
    static PyObject maketrans(PyObject x, @Opt PyObject y, @Opt PyObject z) {
        PyDict d = new PyDict();
        if (y == null) {
            if (!(x instanceof PyDict src)) {
                throw Errors.typeError(
                        "if you give only one argument to maketrans it must be a dict");
            }
            for (PyObject k : src.keysArray()) {
                PyObject v = src.get(k);
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw Errors.valueError(
                                "string keys in translate table must be of length 1");
                    }
                    d.put(PyInt.of(ks.codePointAt(0)), v);
                } else if (k instanceof PyInt) {
                    d.put(k, v);
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return d;
        }
        if (!(x instanceof PyStr xs)) {
            throw Errors.typeError("first maketrans argument must be a string if there is a "
                    + "second argument");
        }
        PyStr ys = PyStr.arg(y);
        if (xs.length() != ys.length()) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < xs.length(); i++) {
            d.put(PyInt.of(xs.codePointAt(i)), PyInt.of(ys.codePointAt(i)));
        }
        if (z != null) {
            PyStr zs = PyStr.arg(z);
            for (int i = 0; i < zs.length(); i++) {
                d.put(PyInt.of(zs.codePointAt(i)), PyNone.NONE);
            }
        }
        return d;
    }
}

package dev.taipan.objects;

import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyStaticMethod;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;

/**
 * The text-like methods shared by {@code bytes} and {@code bytearray}: searching, splitting,
 * stripping, replacing, ASCII case and character classes, padding, translation. Results have
 * the receiver's type. Bytes are handled as Latin-1 Java strings (one char per byte), which
 * keeps the algorithms those of {@code str} with ASCII-only classes.
 *
 * <p>CPython: Objects/bytes_methods.c and Objects/stringlib
 */
final class BytesMethods {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private BytesMethods() {
    }

    private static String text(PyObject self) {
        byte[] b = self instanceof PyBytes pb ? pb.toByteArray() : ((PyByteArray) self).toByteArray();
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static PyObject wrap(PyObject self, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return self instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
    }

    /** The argument as bytes text: a bytes-like object, or (when allowed) an int byte. */
    private static String arg(PyObject o, boolean intAllowed) {
        if (o instanceof PyBytes || o instanceof PyByteArray) {
            return text(o);
        }
        if (intAllowed && Sequences.isIndex(o)) {
            return String.valueOf((char) PyBytes.byteValue(o));
        }
        throw Errors.typeError("a bytes-like object is required, not '%.100s'",
                o.getType().getName());
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c >= 9 && c <= 13;
    }

    private static PyList list(PyObject self, java.util.List<String> parts) {
        PyList out = new PyList();
        for (String p : parts) {
            out.append(wrap(self, p));
        }
        return out;
    }

    // ---- searching ------------------------------------------------------------------------------

    private static int find(PyObject self, PyObject sub, PyObject start, PyObject end,
            boolean reverse) {
        String s = text(self);
        String n = arg(sub, true);
        int[] r = Sequences.adjust(start, end, s.length());
        if (r[0] > s.length() || r[1] - r[0] < n.length()) {
            return -1;
        }
        int at = reverse ? s.lastIndexOf(n, r[1] - n.length()) : s.indexOf(n, r[0]);
        return at < r[0] || at + n.length() > r[1] ? -1 : at;
    }

    @PyMethod
    static int find(PyObject self, PyObject sub, @Opt PyObject start, @Opt PyObject end) {
        return find(self, sub, start, end, false);
    }

    @PyMethod
    static int rfind(PyObject self, PyObject sub, @Opt PyObject start, @Opt PyObject end) {
        return find(self, sub, start, end, true);
    }

    @PyMethod
    static int index(PyObject self, PyObject sub, @Opt PyObject start, @Opt PyObject end) {
        int i = find(self, sub, start, end, false);
        if (i < 0) {
            throw Errors.valueError("subsection not found");
        }
        return i;
    }

    @PyMethod
    static int rindex(PyObject self, PyObject sub, @Opt PyObject start, @Opt PyObject end) {
        int i = find(self, sub, start, end, true);
        if (i < 0) {
            throw Errors.valueError("subsection not found");
        }
        return i;
    }

    @PyMethod
    static int count(PyObject self, PyObject sub, @Opt PyObject start, @Opt PyObject end) {
        String s = text(self);
        String n = arg(sub, true);
        int[] r = Sequences.adjust(start, end, s.length());
        if (r[0] > s.length() || r[1] < r[0]) {
            return 0;
        }
        String hay = s.substring(r[0], r[1]);
        if (n.isEmpty()) {
            return hay.length() + 1;
        }
        int c = 0;
        for (int i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + n.length())) {
            c++;
        }
        return c;
    }

    private static boolean affix(PyObject self, PyObject p, PyObject start, PyObject end,
            String fn, boolean suffix) {
        String s = text(self);
        int[] r = Sequences.adjust(start, end, s.length());
        PyObject[] options = p instanceof PyTuple t ? t.items() : new PyObject[] {p};
        for (PyObject o : options) {
            if (!(o instanceof PyBytes || o instanceof PyByteArray)) {
                throw Errors.typeError(p instanceof PyTuple
                        ? "a bytes-like object is required, not '%.100s'"
                        : fn + " first arg must be bytes or a tuple of bytes, not %.100s",
                        o.getType().getName());
            }
            String x = text(o);
            if (r[0] <= s.length() && r[1] - r[0] >= x.length()) {
                String body = s.substring(r[0], Math.max(r[0], r[1]));
                if (suffix ? body.endsWith(x) : body.startsWith(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    @PyMethod
    static boolean startswith(PyObject self, PyObject prefix, @Opt PyObject start,
            @Opt PyObject end) {
        return affix(self, prefix, start, end, "startswith", false);
    }

    @PyMethod
    static boolean endswith(PyObject self, PyObject suffix, @Opt PyObject start,
            @Opt PyObject end) {
        return affix(self, suffix, start, end, "endswith", true);
    }

    // ---- splitting ------------------------------------------------------------------------------

    @PyMethod
    static PyObject split(PyObject self, @Name("sep") @Default("None") PyObject sep,
            @Name("maxsplit") @Default("-1") int maxsplit) {
        String s = text(self);
        int max = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (sep == PyNone.NONE) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (max-- == 0) {
                    parts.add(s.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                parts.add(s.substring(i, j));
                i = j;
            }
            return list(self, parts);
        }
        String d = arg(sep, false);
        if (d.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = 0;
        while (max-- != 0) {
            int j = s.indexOf(d, i);
            if (j < 0) {
                break;
            }
            parts.add(s.substring(i, j));
            i = j + d.length();
        }
        parts.add(s.substring(i));
        return list(self, parts);
    }

    @PyMethod
    static PyObject rsplit(PyObject self, @Name("sep") @Default("None") PyObject sep,
            @Name("maxsplit") @Default("-1") int maxsplit) {
        String s = text(self);
        int max = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        java.util.LinkedList<String> parts = new java.util.LinkedList<>();
        if (sep == PyNone.NONE) {
            int j = s.length();
            while (true) {
                while (j > 0 && isSpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (max-- == 0) {
                    parts.addFirst(s.substring(0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s.charAt(i - 1))) {
                    i--;
                }
                parts.addFirst(s.substring(i, j));
                j = i;
            }
            return list(self, parts);
        }
        String d = arg(sep, false);
        if (d.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int j = s.length();
        while (max-- != 0) {
            int i = s.lastIndexOf(d, j - d.length());
            if (i < 0) {
                break;
            }
            parts.addFirst(s.substring(i + d.length(), j));
            j = i;
        }
        parts.addFirst(s.substring(0, j));
        return list(self, parts);
    }

    @PyMethod
    static PyObject splitlines(PyObject self, @Name("keepends") @Default("False") boolean keep) {
        String s = text(self);
        java.util.List<String> parts = new java.util.ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
                j++;
            }
            int eol = j;
            if (j < s.length()) {
                j += s.charAt(j) == '\r' && j + 1 < s.length() && s.charAt(j + 1) == '\n' ? 2 : 1;
            }
            parts.add(s.substring(i, keep ? j : eol));
            i = j;
        }
        return list(self, parts);
    }

    private static PyObject partition(PyObject self, PyObject sepObj, boolean reverse) {
        String s = text(self);
        String sep = arg(sepObj, false);
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return reverse ? PyTuple.of(wrap(self, ""), wrap(self, ""), wrap(self, s))
                    : PyTuple.of(wrap(self, s), wrap(self, ""), wrap(self, ""));
        }
        return PyTuple.of(wrap(self, s.substring(0, i)), wrap(self, sep),
                wrap(self, s.substring(i + sep.length())));
    }

    @PyMethod
    static PyObject partition(PyObject self, PyObject sep) {
        return partition(self, sep, false);
    }

    @PyMethod
    static PyObject rpartition(PyObject self, PyObject sep) {
        return partition(self, sep, true);
    }

    // ---- stripping and replacing ----------------------------------------------------------------

    private static PyObject strip(PyObject self, PyObject chars, boolean left, boolean right) {
        String s = text(self);
        String set = chars == null || chars == PyNone.NONE ? null : arg(chars, false);
        int a = 0;
        int b = s.length();
        while (left && a < b && (set == null ? isSpace(s.charAt(a)) : set.indexOf(s.charAt(a)) >= 0)) {
            a++;
        }
        while (right && b > a
                && (set == null ? isSpace(s.charAt(b - 1)) : set.indexOf(s.charAt(b - 1)) >= 0)) {
            b--;
        }
        return wrap(self, s.substring(a, b));
    }

    @PyMethod
    static PyObject strip(PyObject self, @Opt PyObject chars) {
        return strip(self, chars, true, true);
    }

    @PyMethod
    static PyObject lstrip(PyObject self, @Opt PyObject chars) {
        return strip(self, chars, true, false);
    }

    @PyMethod
    static PyObject rstrip(PyObject self, @Opt PyObject chars) {
        return strip(self, chars, false, true);
    }

    @PyMethod
    static PyObject replace(PyObject self, PyObject old, PyObject rep,
            @Name("count") @Default("-1") int count) {
        PyObject r = StrMethods.replace(PyStr.of(text(self)), PyStr.of(arg(old, false)),
                PyStr.of(arg(rep, false)), count);
        return wrap(self, r.toString());
    }

    @PyMethod
    static PyObject removeprefix(PyObject self, PyObject prefix) {
        String s = text(self);
        String p = arg(prefix, false);
        return wrap(self, s.startsWith(p) ? s.substring(p.length()) : s);
    }

    @PyMethod
    static PyObject removesuffix(PyObject self, PyObject suffix) {
        String s = text(self);
        String p = arg(suffix, false);
        return wrap(self, !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
    }

    // ---- ASCII case and classes -----------------------------------------------------------------

    private static char up(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static char low(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private interface CharMap {
        char map(char c, int index, boolean prevCased);
    }

    private static PyObject mapChars(PyObject self, CharMap f) {
        String s = text(self);
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(f.map(c, i, prevCased));
            prevCased = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return wrap(self, sb.toString());
    }

    @PyMethod
    static PyObject upper(PyObject self) {
        return mapChars(self, (c, i, p) -> up(c));
    }

    @PyMethod
    static PyObject lower(PyObject self) {
        return mapChars(self, (c, i, p) -> low(c));
    }

    @PyMethod
    static PyObject swapcase(PyObject self) {
        return mapChars(self, (c, i, p) -> c >= 'a' && c <= 'z' ? up(c) : low(c));
    }

    @PyMethod
    static PyObject title(PyObject self) {
        return mapChars(self, (c, i, p) -> p ? low(c) : up(c));
    }

    @PyMethod
    static PyObject capitalize(PyObject self) {
        return mapChars(self, (c, i, p) -> i == 0 ? up(c) : low(c));
    }

    private interface CharTest {
        boolean test(char c);
    }

    private static boolean all(PyObject self, CharTest t) {
        String s = text(self);
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!t.test(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean alpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    @PyMethod
    static boolean isalpha(PyObject self) {
        return all(self, BytesMethods::alpha);
    }

    @PyMethod
    static boolean isdigit(PyObject self) {
        return all(self, c -> c >= '0' && c <= '9');
    }

    @PyMethod
    static boolean isalnum(PyObject self) {
        return all(self, c -> alpha(c) || c >= '0' && c <= '9');
    }

    @PyMethod
    static boolean isspace(PyObject self) {
        return all(self, BytesMethods::isSpace);
    }

    @PyMethod
    static boolean isascii(PyObject self) {
        return text(self).chars().allMatch(c -> c < 128);
    }

    @PyMethod
    static boolean islower(PyObject self) {
        String s = text(self);
        return s.chars().anyMatch(c -> c >= 'a' && c <= 'z') && s.chars().noneMatch(c -> c >= 'A' && c <= 'Z');
    }

    @PyMethod
    static boolean isupper(PyObject self) {
        String s = text(self);
        return s.chars().anyMatch(c -> c >= 'A' && c <= 'Z') && s.chars().noneMatch(c -> c >= 'a' && c <= 'z');
    }

    @PyMethod
    static boolean istitle(PyObject self) {
        return StrCaseMethods.istitle(PyStr.of(text(self)));
    }

    // ---- padding and translation ----------------------------------------------------------------

    private static char fill(PyObject f) {
        if (f == null) {
            return ' ';
        }
        String s = arg(f, false);
        if (s.length() != 1) {
            throw Errors.typeError("%s() argument 2 must be a byte string of length 1, not %s",
                    "fill", f.getType().getName());
        }
        return s.charAt(0);
    }

    @PyMethod
    static PyObject ljust(PyObject self, int width, @Opt PyObject fillbyte) {
        String s = text(self);
        return wrap(self, s + String.valueOf(fill(fillbyte)).repeat(Math.max(0, width - s.length())));
    }

    @PyMethod
    static PyObject rjust(PyObject self, int width, @Opt PyObject fillbyte) {
        String s = text(self);
        return wrap(self, String.valueOf(fill(fillbyte)).repeat(Math.max(0, width - s.length())) + s);
    }

    @PyMethod
    static PyObject center(PyObject self, int width, @Opt PyObject fillbyte) {
        String s = text(self);
        int marg = width - s.length();
        if (marg <= 0) {
            return wrap(self, s);
        }
        int left = marg / 2 + (marg & width & 1);
        String f = String.valueOf(fill(fillbyte));
        return wrap(self, f.repeat(left) + s + f.repeat(marg - left));
    }

    @PyMethod
    static PyObject zfill(PyObject self, int width) {
        return wrap(self, StrCaseMethods.zfill(PyStr.of(text(self)), width).toString());
    }

    @PyMethod
    static PyObject expandtabs(PyObject self, @Name("tabsize") @Default("8") int tabsize) {
        return wrap(self, StrCaseMethods.expandtabs(PyStr.of(text(self)), tabsize).toString());
    }

    @PyMethod
    static PyObject translate(PyObject self, PyObject table, @Name("delete") @Opt PyObject delete) {
        String s = text(self);
        String t = table == PyNone.NONE ? null : arg(table, false);
        if (t != null && t.length() != 256) {
            throw Errors.valueError("translation table must be 256 characters long");
        }
        String del = delete == null ? "" : arg(delete, false);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (del.indexOf(c) < 0) {
                sb.append(t == null ? c : t.charAt(c));
            }
        }
        return wrap(self, sb.toString());
    }

    @PyStaticMethod
    static PyObject maketrans(PyObject from, PyObject to) {
        String a = arg(from, false);
        String b = arg(to, false);
        if (a.length() != b.length()) {
            throw Errors.valueError("maketrans arguments must have same length");
        }
        char[] t = new char[256];
        for (int i = 0; i < 256; i++) {
            t[i] = (char) i;
        }
        for (int i = 0; i < a.length(); i++) {
            t[a.charAt(i)] = b.charAt(i);
        }
        return new PyBytes(new String(t).getBytes(StandardCharsets.ISO_8859_1));
    }
}

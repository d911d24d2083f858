package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * The sequence protocol, comparison and the searching, splitting, joining, stripping and
 * replacing methods of {@code str}. Indices are code point indices throughout.
 *
 * <p>CPython: Objects/unicodeobject.c and Objects/stringlib
 */
final class StrMethods {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private StrMethods() {
    }

    /**
     * Compares two strs by code point.
     *
     * @param a left
     * @param b right
     * @return negative, zero or positive
     */
    static int compare(PyStr a, PyStr b) {
        String x = a.toString();
        String y = b.toString();
        if (a.isBmp() && b.isBmp()) {
            return x.compareTo(y);
        }
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int c = x.codePointAt(i);
            int d = y.codePointAt(j);
            if (c != d) {
                return Integer.compare(c, d);
            }
            i += Character.charCount(c);
            j += Character.charCount(d);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    // ---- sequence protocol ---------------------------------------------------------------------

    @PyMethod
    static PyObject __getitem__(PyStr self, PyObject key) {
        int n = self.length();
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(n);
            if (ix.step() == 1) {
                if (ix.length() == n && self.getClass() == PyStr.class) {
                    return self;
                }
                return PyStr.of(self.substring(ix.start(), ix.start() + ix.length()));
            }
            StringBuilder sb = new StringBuilder(ix.length());
            for (int k = 0, i = ix.start(); k < ix.length(); k++, i += ix.step()) {
                sb.appendCodePoint(self.codePointAt(i));
            }
            return PyStr.of(sb.toString());
        }
        if (!Sequences.isIndex(key)) {
            throw Errors.typeError("string indices must be integers, not '%.200s'",
                    key.getType().getName());
        }
        return PyStr.ofCodePoint(self.codePointAt(Sequences.index(key, n, "string index out of range")));
    }

    @PyMethod
    static boolean __contains__(PyStr self, PyObject sub) {
        if (!(sub instanceof PyStr s)) {
            throw Errors.typeError("'in <string>' requires string as left operand, not %.100s",
                    sub.getType().getName());
        }
        return self.toString().contains(s.toString());
    }

    @PyMethod
    static PyObject __iter__(PyStr self) {
        return new PyStrIterator(self);
    }

    @PyMethod
    static PyObject __add__(PyStr self, PyObject o) {
        if (!(o instanceof PyStr s)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyStr.of(self.toString().concat(s.toString()));
    }

    @PyMethod
    static PyObject __mul__(PyStr self, PyObject n) {
        if (!Sequences.isIndex(n)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyInt c = Abstract.index(n);
        if (c.signum() <= 0 || self.length() == 0) {
            return PyStr.EMPTY;
        }
        if (!c.fitsInt() || (long) c.intValue() * self.toString().length() > Integer.MAX_VALUE - 8) {
            throw Errors.overflowError("repeated string is too long");
        }
        return PyStr.of(self.toString().repeat(c.intValue()));
    }

    @PyMethod
    static PyObject __rmul__(PyStr self, PyObject n) {
        return __mul__(self, n);
    }

    @PyMethod
    static PyObject __mod__(PyStr self, PyObject args) {
        return PyStr.of(StrFormat.percent(self.toString(), args));
    }

    @PyMethod
    static PyObject __rmod__(PyStr self, PyObject other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static PyObject cmp(PyStr self, PyObject o, CompareOp op) {
        if (!(o instanceof PyStr s)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            return PyBool.of(self.equalsStr(s) == (op == CompareOp.EQ));
        }
        return PyBool.of(op.test(compare(self, s)));
    }

    @PyMethod
    static PyObject __eq__(PyStr self, PyObject o) {
        return cmp(self, o, CompareOp.EQ);
    }

    @PyMethod
    static PyObject __ne__(PyStr self, PyObject o) {
        return cmp(self, o, CompareOp.NE);
    }

    @PyMethod
    static PyObject __lt__(PyStr self, PyObject o) {
        return cmp(self, o, CompareOp.LT);
    }

    @PyMethod
    static PyObject __le__(PyStr self, PyObject o) {
        return cmp(self, o, CompareOp.LE);
    }

    @PyMethod
    static PyObject __gt__(PyStr self, PyObject o) {
        return cmp(self, o, CompareOp.GT);
    }

    @PyMethod
    static PyObject __ge__(PyStr self, PyObject o) {
        return cmp(self, o, CompareOp.GE);
    }

    @PyMethod
    static PyObject __format__(PyStr self, String spec) {
        if (spec.isEmpty()) {
            return Abstract.str(self);
        }
        return PyStr.of(FormatSpec.parse(spec, "str").formatStr(self.toString()));
    }

    @PyMethod
    static PyObject __getnewargs__(PyStr self) {
        return PyTuple.of(PyStr.of(self.toString()));
    }

    @PyMethod
    static int __sizeof__(PyStr self) {
        return 49 + self.toString().length() * (self.isBmp() ? 1 : 4);
    }

    // ---- searching ------------------------------------------------------------------------------

    /** Finds sub in [start, end) by code point; returns the code point index or -1. */
    static int find(PyStr self, PyStr sub, PyObject start, PyObject end, boolean reverse) {
        int n = self.length();
        int[] r = Sequences.adjust(start, end, n);
        int s = r[0];
        int e = r[1];
        if (s > n || e - s < sub.length()) {
            return -1;
        }
        String hay = self.toString();
        int cs = self.charIndex(s);
        int ce = self.charIndex(e);
        String needle = sub.toString();
        int at;
        if (reverse) {
            at = hay.lastIndexOf(needle, ce - needle.length());
            if (at < cs) {
                return -1;
            }
        } else {
            at = hay.indexOf(needle, cs);
            if (at < 0 || at + needle.length() > ce) {
                return -1;
            }
        }
        return self.cpIndex(at);
    }

    @PyMethod
    static int find(PyStr self, PyObject sub, @Opt PyObject start, @Opt PyObject end) {
        return find(self, PyStr.arg(sub), start, end, false);
    }

    @PyMethod
    static int rfind(PyStr self, PyObject sub, @Opt PyObject start, @Opt PyObject end) {
        return find(self, PyStr.arg(sub), start, end, true);
    }

    @PyMethod
    static int index(PyStr self, PyObject sub, @Opt PyObject start, @Opt PyObject end) {
        int i = find(self, PyStr.arg(sub), start, end, false);
        if (i < 0) {
            throw Errors.valueError("substring not found");
        }
        return i;
    }

    @PyMethod
    static int rindex(PyStr self, PyObject sub, @Opt PyObject start, @Opt PyObject end) {
        int i = find(self, PyStr.arg(sub), start, end, true);
        if (i < 0) {
            throw Errors.valueError("substring not found");
        }
        return i;
    }

    @PyMethod
    static int count(PyStr self, PyObject subObj, @Opt PyObject start, @Opt PyObject end) {
        PyStr sub = PyStr.arg(subObj);
        int n = self.length();
        int[] r = Sequences.adjust(start, end, n);
        if (r[0] > n || r[1] < r[0]) {
            return 0;
        }
        String hay = self.substring(r[0], r[1]);
        String needle = sub.toString();
        if (needle.isEmpty()) {
            return hay.codePointCount(0, hay.length()) + 1;
        }
        int c = 0;
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) {
            c++;
        }
        return c;
    }

    private static boolean affix(PyStr self, PyObject prefix, PyObject start, PyObject end,
            String fn, boolean suffix) {
        int n = self.length();
        int[] r = Sequences.adjust(start, end, n);
        if (prefix instanceof PyTuple t) {
            for (PyObject p : t.items()) {
                if (!(p instanceof PyStr ps)) {
                    throw Errors.typeError("tuple for %s must only contain str, not %.100s", fn,
                            p.getType().getName());
                }
                if (affixOne(self, ps, r, n, suffix)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof PyStr ps)) {
            throw Errors.typeError("%s first arg must be str or a tuple of str, not %.100s", fn,
                    prefix.getType().getName());
        }
        return affixOne(self, ps, r, n, suffix);
    }

    private static boolean affixOne(PyStr self, PyStr p, int[] r, int n, boolean suffix) {
        int s = r[0];
        int e = r[1];
        if (s > n) {
            return false;
        }
        if (e - s < p.length()) {
            return false;
        }
        String body = self.substring(s, Math.max(s, e));
        return suffix ? body.endsWith(p.toString()) : body.startsWith(p.toString());
    }

    @PyMethod
    static boolean startswith(PyStr self, PyObject prefix, @Opt PyObject start,
            @Opt PyObject end) {
        return affix(self, prefix, start, end, "startswith", false);
    }

    @PyMethod
    static boolean endswith(PyStr self, PyObject suffix, @Opt PyObject start,
            @Opt PyObject end) {
        return affix(self, suffix, start, end, "endswith", true);
    }

    // ---- splitting and joining ------------------------------------------------------------------

    private static PyStr sepArg(PyObject sep) {
        if (sep == PyNone.NONE) {
            return null;
        }
        if (!(sep instanceof PyStr s)) {
            throw Errors.typeError("must be str or None, not %.100s", sep.getType().getName());
        }
        if (s.length() == 0) {
            throw Errors.valueError("empty separator");
        }
        return s;
    }

    @PyMethod
    static PyObject split(PyStr self, @Name("sep") @Default("None") PyObject sepObj,
            @Name("maxsplit") @Default("-1") int maxsplit) {
        PyStr sep = sepArg(sepObj);
        String s = self.toString();
        PyList out = new PyList();
        int max = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        if (sep == null) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && PyStr.isPySpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (max-- == 0) {
                    out.append(PyStr.of(s.substring(i)));
                    break;
                }
                int j = i;
                while (j < n && !PyStr.isPySpace(s.charAt(j))) {
                    j++;
                }
                out.append(PyStr.of(s.substring(i, j)));
                i = j;
            }
            return out;
        }
        String d = sep.toString();
        int i = 0;
        while (max-- != 0) {
            int j = s.indexOf(d, i);
            if (j < 0) {
                break;
            }
            out.append(PyStr.of(s.substring(i, j)));
            i = j + d.length();
        }
        out.append(PyStr.of(s.substring(i)));
        return out;
    }

    @PyMethod
    static PyObject rsplit(PyStr self, @Name("sep") @Default("None") PyObject sepObj,
            @Name("maxsplit") @Default("-1") int maxsplit) {
        PyStr sep = sepArg(sepObj);
        String s = self.toString();
        PyList out = new PyList();
        int max = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        if (sep == null) {
            int j = s.length();
            while (true) {
                while (j > 0 && PyStr.isPySpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (max-- == 0) {
                    out.append(PyStr.of(s.substring(0, j)));
                    break;
                }
                int i = j;
                while (i > 0 && !PyStr.isPySpace(s.charAt(i - 1))) {
                    i--;
                }
                out.append(PyStr.of(s.substring(i, j)));
                j = i;
            }
        } else {
            String d = sep.toString();
            int j = s.length();
            while (max-- != 0) {
                int i = s.lastIndexOf(d, j - d.length());
                if (i < 0) {
                    break;
                }
                out.append(PyStr.of(s.substring(i + d.length(), j)));
                j = i;
            }
            out.append(PyStr.of(s.substring(0, j)));
        }
        ListMethods.reverse(out);
        return out;
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d
                || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    @PyMethod
    static PyObject splitlines(PyStr self, @Name("keepends") @Default("False") boolean keepends) {
        String s = self.toString();
        PyList out = new PyList();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
            }
            out.append(PyStr.of(s.substring(i, keepends ? j : eol)));
            i = j;
        }
        return out;
    }

    @PyMethod
    static PyObject join(PyStr self, PyObject iterable) {
        PyObject[] items = Abstract.toArray(iterable);
        StringBuilder sb = new StringBuilder();
        String sep = self.toString();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr s)) {
                throw Errors.typeError("sequence item %d: expected str instance, %.80s found", i,
                        items[i].getType().getName());
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s.toString());
        }
        if (items.length == 1 && items[0].getClass() == PyStr.class) {
            return items[0];
        }
        return PyStr.of(sb.toString());
    }

    // ---- stripping -----------------------------------------------------------------------------

    private static PyObject strip(PyStr self, PyObject chars, boolean left, boolean right) {
        String s = self.toString();
        int a = 0;
        int b = s.length();
        if (chars == null || chars == PyNone.NONE) {
            while (left && a < b && PyStr.isPySpace(s.charAt(a))) {
                a++;
            }
            while (right && b > a && PyStr.isPySpace(s.charAt(b - 1))) {
                b--;
            }
        } else {
            if (!(chars instanceof PyStr cs)) {
                throw Errors.typeError("%s arg must be None or str",
                        left && right ? "strip" : left ? "lstrip" : "rstrip");
            }
            String set = cs.toString();
            while (left && a < b && set.indexOf(s.codePointAt(a)) >= 0) {
                a += Character.charCount(s.codePointAt(a));
            }
            while (right && b > a && set.indexOf(s.codePointBefore(b)) >= 0) {
                b -= Character.charCount(s.codePointBefore(b));
            }
        }
        if (a == 0 && b == s.length() && self.getClass() == PyStr.class) {
            return self;
        }
        return PyStr.of(s.substring(a, b));
    }

    @PyMethod
    static PyObject strip(PyStr self, @Opt PyObject chars) {
        return strip(self, chars, true, true);
    }

    @PyMethod
    static PyObject lstrip(PyStr self, @Opt PyObject chars) {
        return strip(self, chars, true, false);
    }

    @PyMethod
    static PyObject rstrip(PyStr self, @Opt PyObject chars) {
        return strip(self, chars, false, true);
    }

    @PyMethod
    static PyObject removeprefix(PyStr self, PyObject prefix) {
        String p = PyStr.arg(prefix).toString();
        String s = self.toString();
        return s.startsWith(p) ? PyStr.of(s.substring(p.length())) : PyStr.of(s);
    }

    @PyMethod
    static PyObject removesuffix(PyStr self, PyObject suffix) {
        String p = PyStr.arg(suffix).toString();
        String s = self.toString();
        return s.endsWith(p) && !p.isEmpty() ? PyStr.of(s.substring(0, s.length() - p.length()))
                : PyStr.of(s);
    }

    // ---- replacing and partitioning -------------------------------------------------------------

    @PyMethod
    static PyObject replace(PyStr self, PyObject oldObj, PyObject newObj,
            @Name("count") @Default("-1") int count) {
        String old = PyStr.arg(oldObj).toString();
        String rep = PyStr.arg(newObj).toString();
        String s = self.toString();
        int max = count < 0 ? Integer.MAX_VALUE : count;
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int n = 0;
            int i = 0;
            for (; i < s.length() && n < max; n++) {
                sb.append(rep);
                int c = s.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
            }
            if (i >= s.length() && n < max) {
                sb.append(rep);
            } else {
                sb.append(s, i, s.length());
            }
            return PyStr.of(sb.toString());
        }
        int i = 0;
        int n = 0;
        while (n < max) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(rep);
            i = j + old.length();
            n++;
        }
        sb.append(s, i, s.length());
        return PyStr.of(sb.toString());
    }

    @PyMethod
    static PyObject partition(PyStr self, PyObject sepObj) {
        String sep = PyStr.arg(sepObj).toString();
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        String s = self.toString();
        int i = s.indexOf(sep);
        if (i < 0) {
            return PyTuple.of(PyStr.of(s), PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(s.substring(0, i)), PyStr.of(sep),
                PyStr.of(s.substring(i + sep.length())));
    }

    @PyMethod
    static PyObject rpartition(PyStr self, PyObject sepObj) {
        String sep = PyStr.arg(sepObj).toString();
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        String s = self.toString();
        int i = s.lastIndexOf(sep);
        if (i < 0) {
            return PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, PyStr.of(s));
        }
        return PyTuple.of(PyStr.of(s.substring(0, i)), PyStr.of(sep),
                PyStr.of(s.substring(i + sep.length())));
    }

    // ---- encoding and formatting ----------------------------------------------------------------

    @PyMethod
    static PyObject encode(PyStr self, @Name("encoding") @Default("'utf-8'") String encoding,
            @Name("errors") @Default("'strict'") String errors) {
        return new PyBytes(Codecs.encode(self, encoding, errors));
    }

    @PyMethod
    static PyObject format(PyStr self, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        return PyStr.of(StrFormat.format(self.toString(), args, kwargs));
    }

    @PyMethod
    static PyObject format_map(PyStr self, PyObject mapping) {
        return PyStr.of(StrFormat.format(self.toString(), PyObject.EMPTY_ARRAY, mapping));
    }
}

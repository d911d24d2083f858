package dev.taipan.modules;

import dev.taipan.modules.regex.MatchBudget;
import dev.taipan.modules.regex.Regex;
import dev.taipan.modules.regex.RegexFlags;
import dev.taipan.modules.regex.RegexMatcher;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.CompareOp;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyGenericAlias;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyMappingProxy;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyNotImplemented;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;
import java.lang.ref.WeakReference;
import java.util.Map;

/** {@code re.Pattern}: a compiled regular expression, immutable. */
// CPython: Modules/_sre/sre.c, pattern_* functions
@PyClass(name = "Pattern", module = "re", baseType = false, doc = "Compiled regular expression object.")
final class RePattern extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code re.Pattern}. */
    static final PyType TYPE = PyType.fromClass(RePattern.class, LOOKUP);
    private static final String MAXSIZE = "9223372036854775807";

    final PyObject source;
    final Regex regex;
    final boolean isText;
    private final MatchBudget budget;
    /** The last template used by sub, reused while the same replacement comes again. */
    private volatile ReTemplate lastTemplate;
    /**
     * The last subject that was costly to read (a str beyond the BMP, or bytes), reused when
     * the same object comes again, as when a tokenizer calls {@code match(text, pos)} in a loop.
     */
    private volatile WeakReference<ReSubject> lastSubject;

    RePattern(PyObject source, Regex regex, boolean isText, MatchBudget budget) {
        this.source = source;
        this.regex = regex;
        this.isText = isText;
        this.budget = budget;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        throw Errors.typeError("cannot create 're.Pattern' instances");
    }

    /** Reads a subject, reusing the last one read when it is the same costly object. */
    ReSubject subject(PyObject string) {
        WeakReference<ReSubject> ref = lastSubject;
        ReSubject last = ref == null ? null : ref.get();
        if (last != null && last.original == string) {
            return last;
        }
        ReSubject s = ReSubject.of(string, isText);
        if (s.isCostly()) {
            lastSubject = new WeakReference<>(s);
        }
        return s;
    }

    private static int clamp(long v, int length) {
        return (int) Math.max(0, Math.min(v, length));
    }

    private ReMatch found(ReSubject s, RegexMatcher m, int pos, int endPos) {
        int[] marks = new int[2 * (regex.groups() + 1)];
        for (int g = 0; g <= regex.groups(); g++) {
            marks[2 * g] = m.start(g);
            marks[2 * g + 1] = m.end(g);
        }
        return new ReMatch(this, s, pos, endPos, marks, m.lastIndex());
    }

    private PyObject anchored(PyObject string, long pos, long endpos, boolean full) {
        ReSubject s = subject(string);
        int p = clamp(pos, s.length);
        int e = clamp(endpos, s.length);
        RegexMatcher m = s.matcher(regex, budget);
        return m.match(p, e, full, false) ? found(s, m, p, e) : PyNone.NONE;
    }

    @PyMethod(doc = "Matches zero or more characters at the beginning of the string.")
    PyObject match(@Name("string") PyObject string, @Name("pos") @Default("0") long pos,
            @Name("endpos") @Default(MAXSIZE) long endpos) {
        return anchored(string, pos, endpos, false);
    }

    @PyMethod(doc = "Matches against all of the string.")
    PyObject fullmatch(@Name("string") PyObject string, @Name("pos") @Default("0") long pos,
            @Name("endpos") @Default(MAXSIZE) long endpos) {
        return anchored(string, pos, endpos, true);
    }

    @PyMethod(doc = "Scan through string looking for a match, and return a corresponding match object instance.\n\n"
            + "Return None if no position in the string matches.")
    PyObject search(@Name("string") PyObject string, @Name("pos") @Default("0") long pos,
            @Name("endpos") @Default(MAXSIZE) long endpos) {
        ReSubject s = subject(string);
        int p = clamp(pos, s.length);
        int e = clamp(endpos, s.length);
        RegexMatcher m = s.matcher(regex, budget);
        return m.search(p, e, false) ? found(s, m, p, e) : PyNone.NONE;
    }

    /** Iterates over matches the way findall, finditer, sub and split do (empty matches included). */
    final class Scan {
        final ReSubject subject;
        final RegexMatcher matcher;
        final int pos;
        final int endPos;
        private int next;
        private boolean mustAdvance;
        private boolean done;

        Scan(PyObject string, long pos, long endpos) {
            this.subject = subject(string);
            this.pos = clamp(pos, subject.length);
            this.endPos = clamp(endpos, subject.length);
            this.matcher = subject.matcher(regex, budget);
            this.next = this.pos;
        }

        /** Finds the next match; its positions are then in {@link #matcher}. */
        boolean find() {
            return advance(false);
        }

        /**
         * Finds the next match, searching or (when anchored) only where the last one ended; after
         * a failure every later call fails too.
         */
        boolean advance(boolean anchored) {
            if (done || next > endPos) {
                return false;
            }
            boolean ok = anchored ? matcher.match(next, endPos, false, mustAdvance)
                    : matcher.search(next, endPos, mustAdvance);
            if (!ok) {
                done = true;
                return false;
            }
            int s = matcher.start(0);
            int e = matcher.end(0);
            mustAdvance = s == e;
            next = e;
            return true;
        }

        ReMatch current() {
            return found(subject, matcher, pos, endPos);
        }
    }

    @PyMethod(doc = "Return a list of all non-overlapping matches of pattern in string.")
    PyObject findall(@Name("string") PyObject string, @Name("pos") @Default("0") long pos,
            @Name("endpos") @Default(MAXSIZE) long endpos) {
        Scan scan = new Scan(string, pos, endpos);
        PyList out = new PyList();
        int groups = regex.groups();
        while (scan.find()) {
            RegexMatcher m = scan.matcher;
            if (groups == 0) {
                out.append(scan.subject.slice(m.start(0), m.end(0)));
            } else if (groups == 1) {
                out.append(groupText(scan.subject, m, 1));
            } else {
                PyObject[] t = new PyObject[groups];
                for (int g = 1; g <= groups; g++) {
                    t[g - 1] = groupText(scan.subject, m, g);
                }
                out.append(PyTuple.wrap(t));
            }
        }
        return out;
    }

    private static PyObject groupText(ReSubject s, RegexMatcher m, int g) {
        int a = m.start(g);
        int b = m.end(g);
        return a < 0 || b < 0 ? s.slice(0, 0) : s.slice(a, b);
    }

    @PyMethod(doc = "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\n"
            + "For each match, the iterator returns a match object.")
    PyObject finditer(@Name("string") PyObject string, @Name("pos") @Default("0") long pos,
            @Name("endpos") @Default(MAXSIZE) long endpos) {
        return new ReIterator(new Scan(string, pos, endpos));
    }

    @PyMethod
    PyObject scanner(@Name("string") PyObject string, @Name("pos") @Default("0") long pos,
            @Name("endpos") @Default(MAXSIZE) long endpos) {
        return new ReScanner(this, new Scan(string, pos, endpos));
    }

    @PyMethod(doc = "Split string by the occurrences of pattern.")
    PyObject split(@Name("string") PyObject string, @Name("maxsplit") @Default("0") long maxsplit) {
        Scan scan = new Scan(string, 0, Long.MAX_VALUE);
        PyList out = new PyList();
        int last = 0;
        long n = 0;
        int groups = regex.groups();
        // A negative maxsplit (or count, in sub) means no splits at all, as in CPython.
        while (maxsplit >= 0 && (maxsplit == 0 || n < maxsplit) && scan.find()) {
            RegexMatcher m = scan.matcher;
            out.append(scan.subject.slice(last, m.start(0)));
            for (int g = 1; g <= groups; g++) {
                int a = m.start(g);
                int b = m.end(g);
                out.append(a < 0 || b < 0 ? PyNone.NONE : scan.subject.slice(a, b));
            }
            last = m.end(0);
            n++;
        }
        out.append(scan.subject.slice(last, scan.subject.length));
        return out;
    }

    @PyMethod(doc = "Return the string obtained by replacing the leftmost non-overlapping occurrences "
            + "of pattern in string by the replacement repl.")
    PyObject sub(@Name("repl") PyObject repl, @Name("string") PyObject string,
            @Name("count") @Default("0") long count) {
        return substitute(repl, string, count, false);
    }

    @PyMethod(doc = "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost "
            + "non-overlapping occurrences of pattern with the replacement repl.")
    PyObject subn(@Name("repl") PyObject repl, @Name("string") PyObject string,
            @Name("count") @Default("0") long count) {
        return substitute(repl, string, count, true);
    }

    private ReTemplate template(PyObject repl) {
        ReTemplate t = lastTemplate;
        if (t != null && t.source == repl) {
            return t;
        }
        t = ReTemplate.parse(this, repl);
        lastTemplate = t;
        return t;
    }

    private PyObject substitute(PyObject repl, PyObject string, long count, boolean withCount) {
        ReTemplate template = null;
        PyObject filter = null;
        if (repl instanceof PyStr || repl instanceof PyBytes || repl instanceof PyByteArray) {
            template = template(repl);
        } else if (Abstract.isCallable(repl)) {
            filter = repl;
        } else {
            template = ReTemplate.parse(this, repl);
        }
        Scan scan = new Scan(string, 0, Long.MAX_VALUE);
        ReSubject s = scan.subject;
        StringBuilder sb = new StringBuilder();
        int last = 0;
        long n = 0;
        int pieces = 0;
        while (count >= 0 && (count == 0 || n < count) && scan.find()) {
            RegexMatcher m = scan.matcher;
            int a = m.start(0);
            if (last < a) {
                s.appendTo(sb, last, a);
                pieces++;
            }
            if (filter != null) {
                PyObject item = filter.call(scan.current());
                if (item != PyNone.NONE) {
                    appendItem(sb, item, s.isText, pieces);
                    pieces++;
                }
            } else if (template.isLiteral()) {
                sb.append(template.literal());
                pieces++;
            } else {
                template.appendTo(sb, found(s, m, scan.pos, scan.endPos));
                pieces++;
            }
            last = m.end(0);
            n++;
        }
        if (last < s.length) {
            s.appendTo(sb, last, s.length);
        }
        PyObject result = n == 0 && s.original.getType() == (s.isText ? PyStr.TYPE : PyBytes.TYPE)
                ? s.original : s.make(sb.toString());
        return withCount ? PyTuple.of(result, PyInt.of(n)) : result;
    }

    private static void appendItem(StringBuilder sb, PyObject item, boolean text, int index) {
        if (text) {
            if (!(item instanceof PyStr str)) {
                throw Errors.typeError("sequence item %d: expected str instance, %s found", index,
                        item.getType().getName());
            }
            sb.append(str.toString());
            return;
        }
        ReSubject b;
        try {
            b = ReSubject.ofAny(item);
        } catch (RuntimeException e) {
            b = null;
        }
        if (b == null || b.isText) {
            throw Errors.typeError("sequence item %d: expected a bytes-like object, %s found", index,
                    item.getType().getName());
        }
        b.appendTo(sb, 0, b.length);
    }

    @PyGetter
    PyObject pattern() {
        return source;
    }

    @PyGetter
    PyObject flags() {
        return PyInt.of(regex.flags());
    }

    @PyGetter
    PyObject groups() {
        return PyInt.of(regex.groups());
    }

    @PyGetter
    PyObject groupindex() {
        PyDict d = new PyDict();
        for (Map.Entry<String, Integer> e : regex.groupIndex().entrySet()) {
            d.put(PyStr.of(e.getKey()), PyInt.of(e.getValue()));
        }
        return new PyMappingProxy(d);
    }

    /** Names of the flag bits, lowest first; bit 0 (the old TEMPLATE) has none any more. */
    private static final String[] FLAG_NAMES = {null, "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
        "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

    @PyMethod
    PyObject __repr__() {
        String text = Abstract.repr(source).toString();
        if (text.codePointCount(0, text.length()) > 200) {
            text = text.substring(0, text.offsetByCodePoints(0, 200));
        }
        int flags = regex.flags();
        if (isText && (flags & (RegexFlags.LOCALE | RegexFlags.UNICODE | RegexFlags.ASCII)) == RegexFlags.UNICODE) {
            flags &= ~RegexFlags.UNICODE;
        }
        if (flags == 0) {
            return PyStr.of("re.compile(" + text + ")");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if (FLAG_NAMES[i] != null && (flags & (1 << i)) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(FLAG_NAMES[i]);
                flags &= ~(1 << i);
            }
        }
        if (flags != 0) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("0x").append(Integer.toHexString(flags));
        }
        return PyStr.of("re.compile(" + text + ", " + sb + ")");
    }

    @PyMethod
    PyObject __eq__(PyObject o) {
        if (!(o instanceof RePattern p)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(this == p || p.isText == isText && p.regex.flags() == regex.flags()
                && Abstract.isTrue(Abstract.richCompare(source, p.source, CompareOp.EQ)));
    }

    @PyMethod
    PyObject __ne__(PyObject o) {
        PyObject eq = __eq__(o);
        return eq == PyNotImplemented.NOT_IMPLEMENTED ? eq : PyBool.of(!Abstract.isTrue(eq));
    }

    @PyMethod
    long __hash__() {
        long h = Abstract.hash(source) ^ (regex.flags() * 1000003L);
        return h == -1 ? -2 : h;
    }

    @PyMethod
    PyObject __copy__() {
        return this;
    }

    @PyMethod
    PyObject __deepcopy__(PyObject memo) {
        return this;
    }

    @PyClassMethod
    static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }
}

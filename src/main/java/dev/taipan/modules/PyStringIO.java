package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyIterator;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code io.StringIO}: an in-memory text stream. The text is kept as code points, so positions
 * ({@code tell}, {@code seek}) count characters as CPython's do. The {@code newline} argument
 * works as for text files: {@code None} turns {@code \r\n} and {@code \r} into {@code \n} on
 * write, {@code ''} splits lines at any ending without translating, and {@code '\r'} or
 * {@code '\r\n'} replace each {@code \n} written.
 */
// CPython: Modules/_io/stringio.c
@PyClass(name = "StringIO", module = "_io")
public class PyStringIO extends PyObject implements PyIterator {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code _io.StringIO}. */
    public static final PyType TYPE = PyType.fromClass(PyStringIO.class, LOOKUP);

    /** StringIO's own methods say this on a closed stream; those inherited from IOBase add a full stop. */
    private static final String CLOSED = "I/O operation on closed file";
    private static final int SEEN_LF = 1;
    private static final int SEEN_CR = 2;
    private static final int SEEN_CRLF = 4;

    private int[] buf = new int[16];
    private int length;
    private int pos;
    private boolean closed;
    /** The newline argument; null for universal newlines with translation. */
    private String newline = "\n";
    private boolean universal;
    private boolean translate;
    /** What each {@code \n} written becomes, or null to keep it. */
    private String writeNewline;
    private int seen;

    /** An instance of a Python subclass of {@code StringIO}. */
    static final class Derived extends PyStringIO implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    /** Creates an empty stream with {@code newline='\n'}. */
    public PyStringIO() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        return cls == TYPE ? new PyStringIO() : new Derived(cls);
    }

    @PyMethod
    synchronized void __init__(@Name("initial_value") @Default("''") PyObject initialValue,
                               @Name("newline") @Default("'\n'") PyObject newlineArg) {
        String nl;
        if (newlineArg == PyNone.NONE) {
            nl = null;
        } else if (newlineArg instanceof PyStr s) {
            nl = s.toString();
        } else {
            throw Errors.typeError("newline must be str or None, not %.200s", newlineArg.getType().getName());
        }
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: %s", PyStr.repr(nl));
        }
        if (initialValue != PyNone.NONE && !(initialValue instanceof PyStr)) {
            throw Errors.typeError("initial_value must be str or None, not %.200s", initialValue.getType().getName());
        }
        newline = nl;
        universal = nl == null || nl.isEmpty();
        translate = nl == null;
        writeNewline = nl != null && nl.startsWith("\r") ? nl : null;
        seen = 0;
        length = 0;
        pos = 0;
        closed = false;
        if (initialValue instanceof PyStr s && s.length() > 0) {
            writeText(s.toString());
            pos = 0;
        }
    }

    private void checkOpen() {
        if (closed) {
            throw Errors.valueError(CLOSED);
        }
    }

    private void checkOpenIOBase() {
        if (closed) {
            throw Errors.valueError(CLOSED + ".");
        }
    }

    // ---- writing --------------------------------------------------------------------------

    /** Writes text at the position, translated as the newline argument says. */
    private void writeText(String s) {
        if (universal) {
            s = noteNewlines(s);
        }
        if (writeNewline != null) {
            s = s.replace("\n", writeNewline);
        }
        int count = s.codePointCount(0, s.length());
        long needed = (long) pos + count;
        if (needed > buf.length) {
            buf = grow(buf, needed);
        }
        int end = (int) needed;
        if (pos > length) {
            Arrays.fill(buf, length, pos, 0);
        }
        if (count == s.length()) {
            for (int i = 0; i < count; i++) {
                buf[pos + i] = s.charAt(i);
            }
        } else {
            int at = pos;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                buf[at++] = cp;
                i += Character.charCount(cp);
            }
        }
        pos = end;
        length = Math.max(length, end);
    }

    /** A copy of {@code buf} with room for {@code needed} items; MemoryError where that cannot be had. */
    static int[] grow(int[] buf, long needed) {
        if (needed > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError();
        }
        try {
            return Arrays.copyOf(buf, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 8L, buf.length * 2L)));
        } catch (OutOfMemoryError e) {
            // One oversized buffer (a write far past the end): the interpreter itself is fine.
            throw Errors.memoryError();
        }
    }

    /** Records the line endings seen, translating them to {@code \n} when asked. */
    private String noteNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            if (s.indexOf('\n') >= 0) {
                seen |= SEEN_LF;
            }
            return s;
        }
        StringBuilder b = translate ? new StringBuilder(s.length()) : null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    seen |= SEEN_CRLF;
                    i++;
                    if (b != null) {
                        b.append('\n');
                    }
                    continue;
                }
                seen |= SEEN_CR;
                if (b != null) {
                    b.append('\n');
                }
                continue;
            }
            if (c == '\n') {
                seen |= SEEN_LF;
            }
            if (b != null) {
                b.append(c);
            }
        }
        return b != null ? b.toString() : s;
    }

    @PyMethod
    synchronized int write(PyObject s) {
        checkOpen();
        if (!(s instanceof PyStr str)) {
            throw Errors.typeError("string argument expected, got '%.200s'", s.getType().getName());
        }
        int n = str.length();
        if (n > 0) {
            writeText(str.toString());
        }
        return n;
    }

    @PyMethod
    void writelines(PyObject lines) {
        checkOpenIOBase();
        PyObject it = Abstract.iter(lines);
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            Abstract.callMethod(this, "write", line);
        }
    }

    // ---- reading --------------------------------------------------------------------------

    private String text(int from, int to) {
        return new String(buf, from, to - from);
    }

    private static int sizeArg(PyObject size) {
        if (size == PyNone.NONE) {
            return -1;
        }
        if (!(size instanceof PyInt) && size.getType().lookup("__index__") == null) {
            throw Errors.typeError("argument should be integer or None, not '%.200s'", size.getType().getName());
        }
        long n = Abstract.asLong(size);
        return n < 0 ? -1 : (int) Math.min(n, Integer.MAX_VALUE);
    }

    @PyMethod
    synchronized PyObject read(@Default("-1") PyObject size) {
        checkOpen();
        int n = sizeArg(size);
        int start = Math.min(pos, length);
        int end = n < 0 ? length : (int) Math.min((long) start + n, length);
        pos = Math.max(pos, end);
        return PyStr.of(text(start, end));
    }

    /** The end of the line starting at {@code from}, at most {@code limit} characters on. */
    private int lineEnd(int from, int limit) {
        int stop = limit < 0 ? length : (int) Math.min((long) from + limit, length);
        if (universal && !translate) {
            for (int i = from; i < stop; i++) {
                if (buf[i] == '\n') {
                    return i + 1;
                }
                if (buf[i] == '\r') {
                    return i + 1 < stop && buf[i + 1] == '\n' ? i + 2 : i + 1;
                }
            }
            return stop;
        }
        String nl = newline == null ? "\n" : newline;
        int first = nl.charAt(0);
        for (int i = from; i < stop; i++) {
            if (buf[i] == first && (nl.length() == 1 || (i + 1 < stop && buf[i + 1] == '\n'))) {
                return i + nl.length();
            }
        }
        return stop;
    }

    private String nextLine(int limit) {
        int start = Math.min(pos, length);
        int end = lineEnd(start, limit);
        pos = Math.max(pos, end);
        return text(start, end);
    }

    @PyMethod
    synchronized PyObject readline(@Default("-1") PyObject size) {
        checkOpen();
        return PyStr.of(nextLine(sizeArg(size)));
    }

    @PyMethod
    synchronized PyObject readlines(@Default("-1") PyObject hint) {
        checkOpenIOBase();
        long limit = hint == PyNone.NONE ? -1 : Abstract.asLong(hint);
        List<PyObject> lines = new ArrayList<>();
        long total = 0;
        while (pos < length) {
            String line = nextLine(-1);
            lines.add(PyStr.of(line));
            total += line.length();
            if (limit > 0 && total >= limit) {
                break;
            }
        }
        return PyList.of(lines.toArray(new PyObject[0]));
    }

    @Override
    public synchronized PyObject nextOrNull() {
        checkOpen();
        if (pos >= length) {
            return null;
        }
        return PyStr.of(nextLine(-1));
    }

    @PyMethod
    PyObject __iter__() {
        checkOpenIOBase();
        return this;
    }

    @PyMethod
    PyObject __next__() {
        PyObject line;
        if (getType() == TYPE) {
            line = nextOrNull();
        } else {
            // A subclass may override readline; iteration goes through it, as in CPython.
            line = Abstract.callMethod(this, "readline");
            if (line instanceof PyStr s && s.length() == 0) {
                line = null;
            } else if (!(line instanceof PyStr)) {
                throw Errors.of(ExceptionTypes.OSError, "readline() should have returned a str object, not '%.200s'",
                        line.getType().getName());
            }
        }
        if (line == null) {
            throw Errors.stopIteration(null);
        }
        return line;
    }

    // ---- positioning ----------------------------------------------------------------------

    @PyMethod
    synchronized int tell() {
        checkOpen();
        return pos;
    }

    @PyMethod
    synchronized int seek(PyObject posArg, @Default("0") int whence) {
        long target = Abstract.asLong(posArg);
        checkOpen();
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("Invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (target < 0 && whence == 0) {
            throw Errors.valueError("Negative seek position %d", target);
        }
        if (whence != 0 && target != 0) {
            // CPython gives the cur-relative text for both.
            throw Errors.of(ExceptionTypes.OSError, "Can't do nonzero cur-relative seeks");
        }
        if (whence == 2) {
            pos = length;
        } else if (whence == 0) {
            pos = (int) Math.min(target, Integer.MAX_VALUE - 8);
        }
        return pos;
    }

    @PyMethod
    synchronized int truncate(@Default("None") PyObject size) {
        checkOpen();
        long n = size == PyNone.NONE ? pos : Abstract.asLong(size);
        if (n < 0) {
            throw Errors.valueError("Negative size value %d", n);
        }
        if (n < length) {
            length = (int) n;
        }
        return (int) n;
    }

    @PyMethod
    synchronized PyObject getvalue() {
        checkOpen();
        return PyStr.of(text(0, length));
    }

    // ---- state ----------------------------------------------------------------------------

    @PyMethod
    synchronized void close() {
        closed = true;
        buf = new int[0];
        length = 0;
    }

    @PyGetter
    boolean closed() {
        return closed;
    }

    @PyMethod
    boolean readable() {
        checkOpen();
        return true;
    }

    @PyMethod
    boolean writable() {
        checkOpen();
        return true;
    }

    @PyMethod
    boolean seekable() {
        checkOpen();
        return true;
    }

    @PyMethod
    boolean isatty() {
        checkOpenIOBase();
        return false;
    }

    @PyMethod
    void flush() {
        // StringIO's flush does nothing, even when closed.
    }

    @PyMethod
    PyObject fileno() {
        throw Errors.of(IoModule.unsupportedOperation(), "fileno");
    }

    @PyMethod
    PyObject detach() {
        throw Errors.of(IoModule.unsupportedOperation(), "detach");
    }

    @PyGetter
    boolean line_buffering() {
        checkOpen();
        return false;
    }

    @PyGetter
    PyObject encoding() {
        return PyNone.NONE;
    }

    @PyGetter
    PyObject errors() {
        return PyNone.NONE;
    }

    @PyGetter
    PyObject newlines() {
        checkOpen();
        if (!universal || seen == 0) {
            return PyNone.NONE;
        }
        List<PyObject> kinds = new ArrayList<>();
        if ((seen & SEEN_CR) != 0) {
            kinds.add(PyStr.of("\r"));
        }
        if ((seen & SEEN_LF) != 0) {
            kinds.add(PyStr.of("\n"));
        }
        if ((seen & SEEN_CRLF) != 0) {
            kinds.add(PyStr.of("\r\n"));
        }
        return kinds.size() == 1 ? kinds.get(0) : PyTuple.wrap(kinds.toArray(new PyObject[0]));
    }

    @PyMethod
    synchronized PyObject __getstate__() {
        checkOpen();
        PyObject dict = this instanceof HasDict d && d.getDict().size() > 0 ? d.getDict() : PyNone.NONE;
        PyObject nl = newline == null ? PyNone.NONE : PyStr.of(newline);
        return PyTuple.of(PyStr.of(text(0, length)), nl, PyInt.of(pos), dict);
    }

    @PyMethod
    synchronized void __setstate__(PyObject state) {
        checkOpen();
        if (!(state instanceof PyTuple t) || t.size() < 4) {
            throw Errors.typeError("%.200s.__setstate__ argument should be 4-tuple, got %.200s",
                    getType().getName(), state.getType().getName());
        }
        __init__(PyNone.NONE, t.get(1));
        if (!(t.get(0) instanceof PyStr text)) {
            throw Errors.typeError("initial_value must be str, not %.200s", t.get(0).getType().getName());
        }
        // The saved text was translated when first written: keep it as it is.
        String savedNewline = writeNewline;
        boolean savedUniversal = universal;
        writeNewline = null;
        universal = false;
        writeText(text.toString());
        writeNewline = savedNewline;
        universal = savedUniversal;
        long p = Abstract.asLong(t.get(2));
        if (p < 0) {
            throw Errors.valueError("position value cannot be negative");
        }
        pos = (int) Math.min(p, Integer.MAX_VALUE - 8);
        if (t.get(3) != PyNone.NONE && this instanceof HasDict d) {
            Abstract.callMethod(d.getDict(), "update", t.get(3));
        }
    }

    @PyMethod
    PyObject __enter__() {
        checkOpenIOBase();
        return this;
    }

    @PyMethod
    void __exit__(@Args PyObject[] args) {
        Abstract.callMethod(this, "close");

    }
}

package dev.taipan.modules;

import dev.taipan.modules.regex.RegexSyntaxException;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/**
 * {@code re.PatternError} (also {@code re.error}): the exception for invalid patterns and
 * templates, with {@code msg}, {@code pattern}, {@code pos}, {@code lineno} and {@code colno}.
 */
// CPython: Lib/re/_constants.py, PatternError
final class ReErrors {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** The type {@code re.PatternError}. */
    static final PyType TYPE = makeType();

    private ReErrors() {
    }

    private static PyType makeType() {
        PyType t = PyType.builtin("PatternError", PyBaseException.class,
                new PyType[] {ExceptionTypes.Exception}, ReErrors.class, LOOKUP);
        t.getDict().put("__module__", PyStr.of("re"));
        t.getDict().put("__doc__", PyStr.of("Exception raised for invalid regular expressions.\n\n"
                + "    Attributes:\n\n        msg: The unformatted error message\n"
                + "        pattern: The regular expression pattern\n"
                + "        pos: The index in the pattern where compilation failed (may be None)\n"
                + "        lineno: The line corresponding to pos (may be None)\n"
                + "        colno: The column corresponding to pos (may be None)\n    "));
        return t;
    }

    /** {@code PatternError(msg, pattern=None, pos=None)}. */
    @PyMethod
    static void __init__(PyBaseException self, @Name("msg") PyObject msg,
            @Name("pattern") @Default("None") PyObject pattern, @Name("pos") @Default("None") PyObject pos) {
        PyObject text = msg;
        PyObject lineno = PyNone.NONE;
        PyObject colno = PyNone.NONE;
        if (pattern != PyNone.NONE && pos != PyNone.NONE) {
            int p = Abstract.asSize(pos);
            String s = text(pattern);
            int line = 1;
            int lastNewline = -1;
            for (int i = 0; i < Math.min(p, s.length()); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    lastNewline = i;
                }
            }
            lineno = PyInt.of(line);
            colno = PyInt.of(p - lastNewline);
            String m = Abstract.str(msg) + " at position " + p;
            if (s.indexOf('\n') >= 0) {
                m += " (line " + line + ", column " + (p - lastNewline) + ")";
            }
            text = PyStr.of(m);
        }
        self.setArgs(PyTuple.of(text));
        Abstract.setAttr(self, "msg", msg);
        Abstract.setAttr(self, "pattern", pattern);
        Abstract.setAttr(self, "pos", pos);
        Abstract.setAttr(self, "lineno", lineno);
        Abstract.setAttr(self, "colno", colno);
    }

    /** The pattern as a string indexed like the pattern (code points; bytes as Latin-1). */
    private static String text(PyObject pattern) {
        if (pattern instanceof PyStr s) {
            return s.isBmp() ? s.toString() : new String(s.toString().codePoints()
                    .map(c -> c > 0xffff ? 'x' : c).toArray(), 0, s.length());
        }
        if (pattern instanceof PyBytes b) {
            return new String(b.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return "";
    }

    /**
     * Makes a {@code re.PatternError}.
     *
     * @param msg     the message without position
     * @param pattern the pattern, or None
     * @param pos     the position, or -1 for None
     * @return the exception to throw
     */
    static PyException error(String msg, PyObject pattern, int pos) {
        PyObject e = pos < 0 ? TYPE.call(PyStr.of(msg)) : TYPE.call(PyStr.of(msg), pattern, PyInt.of(pos));
        return ((PyBaseException) e).toJava();
    }

    /** Turns an engine syntax error into the Python exception CPython raises. */
    static PyException of(RegexSyntaxException e, PyObject pattern) {
        return switch (e.kind()) {
            case OVERFLOW -> Errors.overflowError("%s", e.getMessage());
            case VALUE -> Errors.valueError("%s", e.getMessage());
            case PATTERN -> error(e.getMessage(), pattern, e.position());
        };
    }
}

package dev.taipan.jsr223;

import dev.taipan.api.PythonException;
import dev.taipan.api.PythonObject;
import dev.taipan.api.PythonScriptException;
import dev.taipan.interp.PyTraceback;
import dev.taipan.interp.SyntaxErrors;
import dev.taipan.interp.TracebackPrinter;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.parse.SyntaxErrorException;

import javax.script.ScriptException;

/**
 * Turns what a script raised into the {@link PythonScriptException} the host sees: its message is
 * the traceback text CPython would print (without the final newline), its file name, line and
 * column are where the error happened in the script (lines less the engine's line offset), and
 * its cause is a {@link PythonException} holding the exception object, caused in turn by the Java
 * exception that host code threw, where there was one. Columns are 1-based, as in a
 * {@code SyntaxError}'s {@code offset}.
 */
final class ScriptErrors {
    private ScriptErrors() {
    }

    /** A syntax error found while compiling. */
    static ScriptException of(SyntaxErrorException e, int lineOffset) {
        return of(SyntaxErrors.toPython(e), e.filename(), null, lineOffset);
    }

    /**
     * An exception raised while running.
     *
     * @param e        the Python exception
     * @param filename the script's file name: the position reported is that of the innermost
     *                 traceback entry in this file, else of the innermost entry
     * @param source   the script's text, to turn byte columns into character columns, or null
     * @param lineOffset lines the host prepended, subtracted from line numbers in the script
     */
    static PythonScriptException of(PyException e, String filename, String source, int lineOffset) {
        PyBaseException exc = e.getValue();
        String text = TracebackPrinter.format(exc).stripTrailing();
        PythonException cause = new PythonException(new PythonObject(exc), typeName(exc), message(exc), text,
                hostCause(e));
        if (exc.getType().isSubtypeOf(ExceptionTypes.SyntaxError)) {
            String file = stringAttr(exc, "filename", filename);
            int line = intAttr(exc, "lineno");
            return new PythonScriptException(text, file, shift(line, file.equals(filename) ? lineOffset : 0),
                    intAttr(exc, "offset"), cause);
        }
        PyTraceback entry = entryIn(exc, filename);
        if (entry == null) {
            return new PythonScriptException(text, filename, -1, -1, cause);
        }
        var frame = entry.frame().frame();
        String file = frame.code().filename();
        boolean inScript = file.equals(filename);
        int column = column(frame.code().positions(), entry.lasti(), inScript ? source : null, entry.lineno());
        return new PythonScriptException(text, file, shift(entry.lineno(), inScript ? lineOffset : 0), column, cause);
    }

    private static int shift(int line, int offset) {
        return line < 0 ? line : Math.max(1, line - offset);
    }

    /** The type's name as a traceback prints it: qualified by its module unless builtins. */
    private static String typeName(PyBaseException exc) {
        String name = exc.getType().getName();
        PyObject module = Abstract.lookupAttr(exc.getType(), "__module__");
        if (module instanceof dev.taipan.objects.PyStr m && !m.toString().equals("builtins")
                && !m.toString().equals("__main__")) {
            return m + "." + name;
        }
        return name;
    }

    private static String message(PyBaseException exc) {
        try {
            return Abstract.str(exc).toString();
        } catch (PyException e) {
            return "<exception str() failed>";
        }
    }

    /** The Java exception a host method threw, where the Python exception stands for one. */
    private static Throwable hostCause(PyException e) {
        Throwable cause = e.getCause();
        return cause instanceof PyException ? null : cause;
    }

    /** A Java error that escaped the runtime: a bug in Taipan, or the Java stack running out. */
    static ScriptException internal(Throwable t, String filename) {
        String what = t instanceof StackOverflowError
                ? "RecursionError: maximum recursion depth exceeded (the Java stack ran out)"
                : "SystemError: internal error: " + t;
        ScriptException result = new ScriptException(what, filename, -1, -1);
        result.initCause(t);
        return result;
    }

    /** The innermost traceback entry in {@code filename}, else the innermost entry, or null. */
    private static PyTraceback entryIn(PyBaseException exc, String filename) {
        PyTraceback innermost = null;
        PyTraceback inFile = null;
        for (PyTraceback tb = exc.getTraceback() instanceof PyTraceback t ? t : null; tb != null; tb = tb.next()) {
            innermost = tb;
            if (tb.frame().frame().code().filename().equals(filename)) {
                inFile = tb;
            }
        }
        return inFile != null ? inFile : innermost;
    }

    /** The 1-based character column of instruction {@code lasti}, or -1 where unknown. */
    private static int column(int[] positions, int lasti, String source, int lineno) {
        int i = lasti * 4 + 2;
        if (lasti < 0 || i >= positions.length || positions[i] < 0) {
            return -1;
        }
        int byteCol = positions[i];
        String line = null;
        if (source != null && lineno >= 1) {
            line = source.lines().skip(lineno - 1).findFirst().orElse(null);
        }
        return SyntaxErrorException.characterOffset(line, byteCol);
    }

    private static int intAttr(PyBaseException exc, String name) {
        PyObject v = Abstract.lookupAttr(exc, name);
        return v instanceof PyInt i && i.fitsInt() ? i.intValue() : -1;
    }

    private static String stringAttr(PyBaseException exc, String name, String dflt) {
        PyObject v = Abstract.lookupAttr(exc, name);
        return v instanceof dev.taipan.objects.PyStr s ? s.toString() : dflt;
    }
}

package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/**
 * {@code json.JSONDecodeError}, the {@code ValueError} subclass the decoder raises, with
 * {@code msg}, {@code doc}, {@code pos}, {@code lineno} and {@code colno}, and the helper that
 * raises it from a Java char position.
 */
// CPython: Lib/json/decoder.py, JSONDecodeError
final class JsonDecodeErrors {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** The type {@code json.decoder.JSONDecodeError}. */
    static final PyType TYPE = makeType();

    private JsonDecodeErrors() {
    }

    private static PyType makeType() {
        PyType t = PyType.builtin("JSONDecodeError", PyBaseException.class,
                new PyType[] {ExceptionTypes.ValueError}, JsonDecodeErrors.class, LOOKUP);
        t.getDict().put("__module__", PyStr.of("json.decoder"));
        t.getDict().put("__doc__", PyStr.of("Subclass of ValueError with the following additional properties:\n\n"
                + "msg: The unformatted error message\ndoc: The JSON document being parsed\n"
                + "pos: The start index of doc where parsing failed\n"
                + "lineno: The line corresponding to pos\ncolno: The column corresponding to pos\n"));
        return t;
    }

    /** {@code JSONDecodeError(msg, doc, pos)}: the message gets the line, column and position. */
    @PyMethod
    static void __init__(PyBaseException self, PyObject msg, PyObject doc, PyObject pos) {
        int p = Abstract.asSize(pos);
        String text = Abstract.str(doc).toString();
        PyStr docStr = PyStr.of(text);
        int charPos = docStr.charIndex(Math.max(0, Math.min(p, docStr.length())));
        int lastNewline = text.lastIndexOf('\n', charPos - 1);
        int lineno = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < charPos; i = text.indexOf('\n', i + 1)) {
            lineno++;
        }
        int colno = lastNewline < 0 ? p + 1 : p - docStr.cpIndex(lastNewline);
        String errmsg = String.format("%s: line %d column %d (char %d)", Abstract.str(msg), lineno, colno, p);
        self.setArgs(PyTuple.of(PyStr.of(errmsg)));
        Abstract.setAttr(self, "msg", msg);
        Abstract.setAttr(self, "doc", doc);
        Abstract.setAttr(self, "pos", pos);
        Abstract.setAttr(self, "lineno", PyInt.of(lineno));
        Abstract.setAttr(self, "colno", PyInt.of(colno));
    }

    @PyMethod
    static PyObject __reduce__(PyBaseException self) {
        return PyTuple.of(self.getType(), PyTuple.of(Abstract.getAttr(self, "msg"),
                Abstract.getAttr(self, "doc"), Abstract.getAttr(self, "pos")));
    }

    /**
     * Makes the exception for an error at a Java char index of the document.
     *
     * @param msg     the message, without position
     * @param doc     the document
     * @param charPos the char index
     * @return the exception to throw
     */
    static PyException error(String msg, String doc, int charPos) {
        PyStr d = PyStr.of(doc);
        PyObject e = TYPE.call(PyStr.of(msg), d, PyInt.of(d.cpIndex(charPos)));
        return ((PyBaseException) e).toJava();
    }
}

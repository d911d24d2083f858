package dev.taipan.interp;

import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.parse.SyntaxErrorException;

/** Turns the front end's syntax errors into Python {@code SyntaxError} objects. */
public final class SyntaxErrors {
    private SyntaxErrors() {
    }

    /** The Python exception for a front-end syntax error, with all its fields set. */
    public static PyException toPython(SyntaxErrorException e) {
        PyType type = switch (e.kind()) {
            case SYNTAX_ERROR -> ExceptionTypes.SyntaxError;
            case INDENTATION_ERROR -> ExceptionTypes.IndentationError;
            case TAB_ERROR -> ExceptionTypes.TabError;
        };
        PyObject text = e.text() == null ? PyNone.NONE : PyStr.of(e.text().endsWith("\n") ? e.text() : e.text() + "\n");
        PyObject info = PyTuple.of(PyStr.of(e.filename()), PyInt.of(e.lineno()), PyInt.of(e.offset()), text,
                PyInt.of(e.endLineno()), PyInt.of(e.endOffset()));
        PyObject value = type.call(PyStr.of(e.msg()), info);
        return ((PyBaseException) value).toJava();
    }
}

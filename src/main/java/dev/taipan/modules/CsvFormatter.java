package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyComplex;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;

/**
 * {@code _csv.Formatter}: turns one row into one line for {@code csv.writer}, quoting and
 * escaping each field as the dialect says, with CPython's error messages.
 */
// CPython: Modules/_csv.c, csv_writerow and join_append_data
@PyClass(name = "Formatter", module = "_csv", baseType = false)
public final class CsvFormatter extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code _csv.Formatter}. */
    public static final PyType TYPE = PyType.fromClass(CsvFormatter.class, LOOKUP);

    private static final int NONE = -1;
    private static final int QUOTE_ALL = 1;
    private static final int QUOTE_NONNUMERIC = 2;
    private static final int QUOTE_NONE = 3;
    private static final int QUOTE_STRINGS = 4;
    private static final int QUOTE_NOTNULL = 5;

    private final int delimiter;
    private final int quotechar;
    private final int escapechar;
    private final boolean doublequote;
    private final boolean skipinitialspace;
    private final String lineterminator;
    private final int quoting;
    private final PyType error;

    private CsvFormatter(int delimiter, int quotechar, int escapechar, boolean doublequote,
            boolean skipinitialspace, String lineterminator, int quoting, PyType error) {
        this.delimiter = delimiter;
        this.quotechar = quotechar;
        this.escapechar = escapechar;
        this.doublequote = doublequote;
        this.skipinitialspace = skipinitialspace;
        this.lineterminator = lineterminator;
        this.quoting = quoting;
        this.error = error;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /**
     * {@code Formatter(delimiter, quotechar, escapechar, doublequote, skipinitialspace,
     * lineterminator, quoting, error)}: the dialect, already validated, and the exception type.
     */
    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        if (args.length != 8 || !(args[5] instanceof PyStr term) || !(args[7] instanceof PyType err)) {
            throw Errors.typeError("Formatter() takes 8 arguments: the dialect and the error type");
        }
        return new CsvFormatter(charOf(args[0]), charOf(args[1]), charOf(args[2]),
                Abstract.isTrue(args[3]), Abstract.isTrue(args[4]), term.toString(),
                (int) Abstract.asLong(args[6]), err);
    }

    private static int charOf(PyObject o) {
        if (o == PyNone.NONE) {
            return NONE;
        }
        if (o instanceof PyStr s && s.length() == 1) {
            return s.codePointAt(0);
        }
        throw Errors.typeError("expected a character or None, not %.50s", o.getType().getName());
    }

    private RuntimeException csvError(String message) {
        return ExceptionTypes.create(error, message).toJava();
    }

    /**
     * Formats a row as one line, the line terminator included.
     *
     * @param row an iterable of fields
     * @return the line
     */
    @PyMethod
    PyStr format(PyObject row) {
        PyObject[] items;
        try {
            items = Abstract.toArray(row);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError) && !isIterable(row)) {
                throw csvError("iterable expected, not " + row.getType().getName());
            }
            throw e;
        }
        StringBuilder line = new StringBuilder();
        for (int n = 0; n < items.length; n++) {
            PyObject field = items[n];
            boolean quoted = switch (quoting) {
                case QUOTE_NONNUMERIC -> !isNumber(field);
                case QUOTE_ALL -> true;
                case QUOTE_STRINGS -> field instanceof PyStr;
                case QUOTE_NOTNULL -> field != PyNone.NONE;
                default -> false;
            };
            String text = field instanceof PyStr s ? s.toString()
                    : field == PyNone.NONE ? "" : Abstract.str(field).toString();
            boolean only = items.length == 1 && text.isEmpty();
            if (only && field == PyNone.NONE && (quoting == QUOTE_STRINGS || quoting == QUOTE_NOTNULL)) {
                throw csvError("single empty field record must be quoted");
            }
            if (n > 0) {
                line.appendCodePoint(delimiter);
            }
            appendField(line, text, quoted, only);
        }
        return PyStr.of(line.append(lineterminator).toString());
    }

    private static boolean isIterable(PyObject o) {
        return Abstract.lookupAttr(o, "__iter__") != null || Abstract.lookupAttr(o, "__getitem__") != null;
    }

    private static boolean isNumber(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex) {
            return true;
        }
        PyType t = o.getType();
        return Abstract.lookupAttr(t, "__index__") != null || Abstract.lookupAttr(t, "__int__") != null
                || Abstract.lookupAttr(t, "__float__") != null;
    }

    private boolean special(int c) {
        return c == delimiter || c == escapechar || c == quotechar || c == '\n' || c == '\r'
                || lineterminator.indexOf(c) >= 0;
    }

    private void appendField(StringBuilder line, String field, boolean quoted, boolean only) {
        StringBuilder body = new StringBuilder(field.length() + 2);
        for (int i = 0; i < field.length(); ) {
            int c = field.codePointAt(i);
            i += Character.charCount(c);
            if (special(c)) {
                boolean wantEscape = false;
                if (quoting == QUOTE_NONE) {
                    wantEscape = true;
                } else {
                    if (c == quotechar) {
                        if (doublequote) {
                            body.appendCodePoint(quotechar);
                        } else {
                            wantEscape = true;
                        }
                    } else if (c == escapechar) {
                        wantEscape = true;
                    }
                    if (!wantEscape) {
                        quoted = true;
                    }
                }
                if (wantEscape) {
                    if (escapechar == NONE) {
                        throw csvError("need to escape, but no escapechar set");
                    }
                    body.appendCodePoint(escapechar);
                }
            }
            body.appendCodePoint(c);
        }
        if (field.isEmpty() && delimiter == ' ' && skipinitialspace) {
            if (quoting == QUOTE_NONE) {
                throw csvError("empty field must be quoted if delimiter is a space and "
                        + "skipinitialspace is true");
            }
            quoted = true;
        }
        if (only) {
            if (quoting == QUOTE_NONE) {
                throw csvError("single empty field record must be quoted");
            }
            quoted = true;
        }
        if (quoted) {
            line.appendCodePoint(quotechar).append(body).appendCodePoint(quotechar);
        } else {
            line.append(body);
        }
    }
}

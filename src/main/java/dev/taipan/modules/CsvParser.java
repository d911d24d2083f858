package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _csv.Parser}: the record-parsing state machine behind {@code csv.reader}. The Python
 * reader validates the dialect and feeds lines; this turns them into fields, one character at
 * a time, with CPython's states and error messages.
 */
// CPython: Modules/_csv.c, parse_process_char
@PyClass(name = "Parser", module = "_csv", baseType = false)
public final class CsvParser extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code _csv.Parser}. */
    public static final PyType TYPE = PyType.fromClass(CsvParser.class, LOOKUP);

    private static final int NONE = -1;
    private static final int EOL = -2;
    private static final int QUOTE_NONNUMERIC = 2;
    private static final int QUOTE_NONE = 3;
    private static final int QUOTE_STRINGS = 4;
    private static final int QUOTE_NOTNULL = 5;

    private enum State {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
        ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    private final int delimiter;
    private final int quotechar;
    private final int escapechar;
    private final boolean doublequote;
    private final boolean skipinitialspace;
    private final boolean strict;
    private final int quoting;
    private final PyType error;

    private State state = State.START_RECORD;
    private final StringBuilder field = new StringBuilder();
    private int fieldLength;
    private boolean unquoted = true;
    private List<PyObject> fields = new ArrayList<>();
    private long limit;

    private CsvParser(int delimiter, int quotechar, int escapechar, boolean doublequote,
            boolean skipinitialspace, boolean strict, int quoting, PyType error) {
        this.delimiter = delimiter;
        this.quotechar = quotechar;
        this.escapechar = escapechar;
        this.doublequote = doublequote;
        this.skipinitialspace = skipinitialspace;
        this.strict = strict;
        this.quoting = quoting;
        this.error = error;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /**
     * {@code Parser(delimiter, quotechar, escapechar, doublequote, skipinitialspace, strict,
     * quoting, error)}: the dialect, already validated, and the exception type to raise.
     */
    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        if (args.length != 8) {
            throw Errors.typeError("Parser() takes 8 arguments (%d given)", args.length);
        }
        return new CsvParser(charOf(args[0]), charOf(args[1]), charOf(args[2]),
                Abstract.isTrue(args[3]), Abstract.isTrue(args[4]), Abstract.isTrue(args[5]),
                (int) Abstract.asLong(args[6]), errorType(args[7]));
    }

    private static PyType errorType(PyObject o) {
        if (o instanceof PyType t) {
            return t;
        }
        throw Errors.typeError("error must be an exception type, not %.50s", o.getType().getName());
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

    /** Starts a new record, dropping any partial one (a reader does this on each next()). */
    @PyMethod
    synchronized void reset() {
        state = State.START_RECORD;
        field.setLength(0);
        fieldLength = 0;
        unquoted = true;
        fields = new ArrayList<>();
    }

    /**
     * Parses one line and its end; returns whether the record is complete.
     *
     * @param line  the line, with its line ending if it has one
     * @param limit the largest field allowed ({@code csv.field_size_limit()})
     * @return {@code True} when the record ended with this line
     */
    @PyMethod
    synchronized boolean feed(PyObject line, long limit) {
        if (!(line instanceof PyStr str)) {
            throw Errors.typeError("feed() argument must be str, not %.50s", line.getType().getName());
        }
        this.limit = limit;
        String s = str.toString();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            process(c);
        }
        process(EOL);
        return state == State.START_RECORD;
    }

    /** At the end of the input: saves a pending field; returns whether a record is left. */
    @PyMethod
    synchronized boolean finish() {
        if (fieldLength != 0 || state == State.IN_QUOTED_FIELD) {
            if (strict) {
                throw csvError("unexpected end of data");
            }
            saveField();
            return true;
        }
        return false;
    }

    /** Returns the fields of the record and starts a new one. */
    @PyMethod
    synchronized PyObject take() {
        PyList out = PyList.of(fields.toArray(new PyObject[0]));
        fields = new ArrayList<>();
        return out;
    }

    private void saveField() {
        String text = field.toString();
        PyObject value;
        if (unquoted && fieldLength > 0 && (quoting == QUOTE_NONNUMERIC || quoting == QUOTE_STRINGS)) {
            value = PyFloat.TYPE.call(new PyObject[] {PyStr.of(text)}, null);
        } else if (unquoted && fieldLength == 0 && (quoting == QUOTE_NOTNULL || quoting == QUOTE_STRINGS)) {
            value = PyNone.NONE;
        } else {
            value = PyStr.of(text);
        }
        field.setLength(0);
        fieldLength = 0;
        unquoted = true;
        fields.add(value);
    }

    private void add(int c) {
        if (fieldLength >= limit) {
            throw csvError("field larger than field limit (" + limit + ")");
        }
        field.appendCodePoint(c);
        fieldLength++;
    }

    private static boolean lineBreak(int c) {
        return c == '\n' || c == '\r';
    }

    private void endField(int c) {
        saveField();
        state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
    }

    private void process(int c) {
        switch (state) {
            case START_RECORD -> {
                if (c == EOL) {
                    return;
                }
                if (lineBreak(c)) {
                    state = State.EAT_CRNL;
                    return;
                }
                state = State.START_FIELD;
                startField(c);
            }
            case START_FIELD -> startField(c);
            case ESCAPED_CHAR -> {
                if (lineBreak(c)) {
                    add(c);
                    state = State.AFTER_ESCAPED_CRNL;
                    return;
                }
                add(c == EOL ? '\n' : c);
                state = State.IN_FIELD;
            }
            case AFTER_ESCAPED_CRNL -> {
                if (c != EOL) {
                    inField(c);
                }
            }
            case IN_FIELD -> inField(c);
            case IN_QUOTED_FIELD -> {
                if (c == EOL) {
                    return;
                }
                if (c == escapechar) {
                    state = State.ESCAPE_IN_QUOTED_FIELD;
                } else if (c == quotechar && quoting != QUOTE_NONE) {
                    state = doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                } else {
                    add(c);
                }
            }
            case ESCAPE_IN_QUOTED_FIELD -> {
                add(c == EOL ? '\n' : c);
                state = State.IN_QUOTED_FIELD;
            }
            case QUOTE_IN_QUOTED_FIELD -> {
                if (quoting != QUOTE_NONE && c == quotechar) {
                    add(c);
                    state = State.IN_QUOTED_FIELD;
                } else if (c == delimiter) {
                    saveField();
                    state = State.START_FIELD;
                } else if (c == EOL || lineBreak(c)) {
                    endField(c);
                } else if (!strict) {
                    add(c);
                    state = State.IN_FIELD;
                } else {
                    throw csvError("'" + Character.toString(delimiter) + "' expected after '"
                            + Character.toString(quotechar) + "'");
                }
            }
            case EAT_CRNL -> {
                if (lineBreak(c)) {
                    return;
                }
                if (c == EOL) {
                    state = State.START_RECORD;
                    return;
                }
                throw csvError("new-line character seen in unquoted field - do you need to "
                        + "open the file with newline=''?");
            }
        }
    }

    private void startField(int c) {
        if (c == EOL || lineBreak(c)) {
            endField(c);
        } else if (c == quotechar && quoting != QUOTE_NONE) {
            unquoted = false;
            state = State.IN_QUOTED_FIELD;
        } else if (c == escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == ' ' && skipinitialspace) {
            return;
        } else if (c == delimiter) {
            saveField();
        } else {
            add(c);
            state = State.IN_FIELD;
        }
    }

    private void inField(int c) {
        // A plain character leaves the state as it is: after an escaped line break the end
        // of the line still does not end the record.
        if (c == EOL || lineBreak(c)) {
            endField(c);
        } else if (c == escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == delimiter) {
            saveField();
            state = State.START_FIELD;
        } else {
            add(c);
        }
    }
}

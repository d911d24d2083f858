package dev.taipan.interp;

import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.invoke.MethodHandles;

/**
 * A text stream over a Java reader or writer: the objects behind {@code sys.stdin},
 * {@code sys.stdout} and {@code sys.stderr} ({@code io.TextIOWrapper} in CPython).
 */
@PyClass(name = "TextIOWrapper", module = "_io", baseType = false)
public final class TextStream extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type of the standard streams. */
    public static final PyType TYPE = PyType.fromClass(TextStream.class, LOOKUP);

    private final String name;
    private final BufferedReader reader;
    private final Writer writer;
    private final int fileno;
    boolean lineBuffered;
    private boolean closed;

    TextStream(String name, BufferedReader reader, Writer writer, int fileno) {
        this.name = name;
        this.reader = reader;
        this.writer = writer;
        this.fileno = fileno;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Writes text, as {@code write()} does. */
    public void writeString(String s) {
        if (writer == null) {
            throw Errors.of(ExceptionTypes.OSError, "not writable");
        }
        synchronized (this) {
            StdStreams.write(writer, s);
            if (lineBuffered && s.indexOf('\n') >= 0) {
                flushQuietly();
            }
        }
    }

    /** Reads a line including its newline, or "" at the end of input. */
    public String readLineString() {
        if (reader == null) {
            throw Errors.of(ExceptionTypes.OSError, "not readable");
        }
        synchronized (this) {
            return StdStreams.readLine(reader);
        }
    }

    void flushQuietly() {
        if (writer != null) {
            try {
                writer.flush();
            } catch (IOException e) {
                // The other end may be gone; CPython ignores this at exit too.
            }
        }
    }

    @PyMethod
    PyObject write(PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw Errors.typeError("write() argument must be str, not %s", s.getType().getName());
        }
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
        String text = str.toString();
        writeString(text);
        return PyInt.of(str.length());
    }

    @PyMethod
    PyObject flush() {
        if (writer != null) {
            try {
                synchronized (this) {
                    writer.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return PyNone.NONE;
    }

    @PyMethod
    PyObject readline(@Opt PyObject size) {
        return PyStr.of(readLineString());
    }

    @PyMethod
    PyObject read(@Opt PyObject size) {
        StringBuilder b = new StringBuilder();
        for (String line; !(line = readLineString()).isEmpty(); ) {
            b.append(line);
        }
        return PyStr.of(b.toString());
    }

    @PyMethod
    PyObject isatty() {
        return PyBool.FALSE;
    }

    @PyMethod
    PyObject fileno() {
        return PyInt.of(fileno);
    }

    @PyMethod
    PyObject writable() {
        return PyBool.of(writer != null);
    }

    @PyMethod
    PyObject readable() {
        return PyBool.of(reader != null);
    }

    @PyMethod
    PyObject close() {
        flushQuietly();
        closed = true;
        return PyNone.NONE;
    }

    @PyGetter
    PyObject closed() {
        return PyBool.of(closed);
    }

    @PyGetter
    PyObject name() {
        return PyStr.of(name);
    }

    @PyGetter
    PyObject encoding() {
        return PyStr.of("utf-8");
    }

    @PyMethod
    PyObject __repr__() {
        return PyStr.of("<_io.TextIOWrapper name='" + name + "' mode='" + (writer != null ? "w" : "r")
                + "' encoding='utf-8'>");
    }
}

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
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.invoke.MethodHandles;

/**
 * A text stream over a Java reader or writer: the objects behind {@code sys.stdin},
 * {@code sys.stdout} and {@code sys.stderr} ({@code io.TextIOWrapper} in CPython). Where the
 * interpreter's {@link StdStreams} have a {@link StreamRouter}, each read and write goes to the
 * reader or writer it names for the calling thread.
 */
@PyClass(name = "TextIOWrapper", module = "_io", baseType = false)
public final class TextStream extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type of the standard streams. */
    public static final PyType TYPE = PyType.fromClass(TextStream.class, LOOKUP);

    private final StdStreams owner;
    private final String name;
    private final BufferedReader reader;
    private final Writer writer;
    private final int fileno;
    boolean lineBuffered;
    private boolean closed;

    TextStream(StdStreams owner, String name, BufferedReader reader, Writer writer, int fileno) {
        this.owner = owner;
        this.name = name;
        this.reader = reader;
        this.writer = writer;
        this.fileno = fileno;
    }

    /** The writer for this thread: the router's choice where one is installed, else our own. */
    private Writer target() {
        StreamRouter router = owner.router();
        if (router != null) {
            Writer w = router.writer(fileno);
            if (w != null) {
                return w;
            }
        }
        return writer;
    }

    /** The reader for this thread: the router's choice where one is installed, else our own. */
    private Reader source() {
        StreamRouter router = owner.router();
        if (router != null) {
            Reader r = router.reader();
            if (r != null) {
                return r;
            }
        }
        return reader;
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
        // Lock the target, not this stream: threads routed to different writers never wait on
        // each other, and writes to one writer still never interleave.
        Writer w = target();
        synchronized (w) {
            StdStreams.write(w, s);
            if (lineBuffered && s.indexOf('\n') >= 0) {
                flushQuietly(w);
            }
        }
    }

    /** Reads a line including its newline, or "" at the end of input. */
    public String readLineString() {
        if (reader == null) {
            throw Errors.of(ExceptionTypes.OSError, "not readable");
        }
        Reader r = source();
        // A console read can wait for long: other Python threads run meanwhile.
        return Blocking.call(() -> {
            synchronized (r) {
                return StdStreams.readLine(r);
            }
        });
    }

    void flushQuietly() {
        if (writer != null) {
            flushQuietly(target());
        }
    }

    private static void flushQuietly(Writer w) {
        try {
            w.flush();
        } catch (IOException e) {
            // The other end may be gone; CPython ignores this at exit too.
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
            Writer w = target();
            try {
                synchronized (w) {
                    w.flush();
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

package dev.taipan.interp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * An interpreter's standard streams as {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}
 * see them: text in UTF-8 over the Java streams it was given, or, where an embedding installed a
 * {@link StreamRouter}, over the reader and writers it names for the current thread.
 */
public final class StdStreams {
    private final TextStream in;
    private final TextStream out;
    private final TextStream err;
    private volatile StreamRouter router;

    StdStreams(InputStream stdin, OutputStream stdout, OutputStream stderr) {
        this.in = new TextStream(this, "<stdin>", new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), null, 0);
        this.out = new TextStream(this, "<stdout>", null, new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1);
        this.err = new TextStream(this, "<stderr>", null, new OutputStreamWriter(stderr, StandardCharsets.UTF_8), 2);
        err.lineBuffered = true;
    }

    /**
     * Routes the streams per thread from now on; an embedding installs its router once, before
     * the first evaluation.
     *
     * @param router the router, or null to use the streams the interpreter was made with
     */
    public void setRouter(StreamRouter router) {
        this.router = router;
    }

    /** The installed router, or null. */
    StreamRouter router() {
        return router;
    }

    /** The {@code sys.stdin} object. */
    public TextStream stdin() {
        return in;
    }

    /** The {@code sys.stdout} object. */
    public TextStream stdout() {
        return out;
    }

    /** The {@code sys.stderr} object. */
    public TextStream stderr() {
        return err;
    }

    /** Writes to standard output. */
    void writeOut(String s) {
        out.writeString(s);
    }

    /** Flushes both output streams, as the interpreter does at exit. */
    public void flush() {
        out.flushQuietly();
        err.flushQuietly();
    }

    /** Reads one line of standard input, with its newline; empty at end of input. */
    static String readLine(Reader reader) {
        try {
            StringBuilder b = new StringBuilder();
            int c;
            while ((c = reader.read()) >= 0) {
                b.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            return b.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

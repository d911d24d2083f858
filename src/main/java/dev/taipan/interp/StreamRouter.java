package dev.taipan.interp;

import java.io.Reader;
import java.io.Writer;

/**
 * Chooses, per thread, where an interpreter's standard streams read and write. An embedding
 * installs one with {@link StdStreams#setRouter(StreamRouter)} so that two host threads evaluating
 * with two script contexts at once each print to their own writer: {@code sys.stdout},
 * {@code sys.stderr} and {@code sys.stdin} stay one object each, and every read or write asks the
 * router for the current thread's target.
 */
public interface StreamRouter {
    /**
     * The writer that output to {@code sys.stdout} (fileno 1) or {@code sys.stderr} (fileno 2)
     * goes to on the current thread.
     *
     * @param fileno 1 for standard output, 2 for standard error
     * @return the writer, or null to use the interpreter's own stream
     */
    Writer writer(int fileno);

    /**
     * The reader that {@code sys.stdin} reads from on the current thread.
     *
     * @return the reader, or null to use the interpreter's own stream
     */
    Reader reader();
}

package dev.taipan.parse;

import java.nio.charset.StandardCharsets;

/**
 * A syntax error found by the front end, carrying what CPython's {@code SyntaxError} carries:
 * the exception class, the message, the file, the 1-based line and offset (in characters, as
 * CPython reports them), the end position, and the text of the offending line.
 */
public final class SyntaxErrorException extends RuntimeException {
    /** The Python exception class to raise. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"), INDENTATION_ERROR("IndentationError"), TAB_ERROR("TabError");

        private final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }

        /** The Python class name, for example {@code IndentationError}. */
        public String pythonName() {
            return pythonName;
        }
    }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;
    private final boolean unclosedBracket;

    /**
     * Creates an error. Offsets are 1-based character offsets; 0 means unknown.
     *
     * @param kind      which Python exception class
     * @param msg       the message, as CPython words it
     * @param filename  the file name shown in the traceback
     * @param lineno    first line of the error
     * @param offset    1-based character offset of the error's start in its line
     * @param endLineno last line of the error
     * @param endOffset 1-based character offset just past the error's end
     * @param text      the source line the error is on, or {@code null}
     */
    public SyntaxErrorException(Kind kind, String msg, String filename, int lineno, int offset,
                                int endLineno, int endOffset, String text) {
        this(kind, msg, filename, lineno, offset, endLineno, endOffset, text, false);
    }

    /** Creates an error, saying whether it is the lexer's error for an unclosed bracket. */
    SyntaxErrorException(Kind kind, String msg, String filename, int lineno, int offset,
                         int endLineno, int endOffset, String text, boolean unclosedBracket) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
        this.unclosedBracket = unclosedBracket;
    }

    /**
     * Converts a 0-based UTF-8 byte column of {@code line} into CPython's 1-based character offset.
     */
    public static int characterOffset(String line, int byteCol) {
        if (line == null) {
            return byteCol + 1;
        }
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(Math.max(byteCol, 0), bytes.length);
        return new String(bytes, 0, n, StandardCharsets.UTF_8).codePointCount(0,
                new String(bytes, 0, n, StandardCharsets.UTF_8).length()) + 1 + Math.max(0, byteCol - bytes.length);
    }

    /** Which Python exception class this is. */
    public Kind kind() {
        return kind;
    }

    /** The message without position. */
    public String msg() {
        return msg;
    }

    /** The file name. */
    public String filename() {
        return filename;
    }

    /** The 1-based first line. */
    public int lineno() {
        return lineno;
    }

    /** The 1-based character offset of the start, 0 when unknown. */
    public int offset() {
        return offset;
    }

    /** The 1-based last line. */
    public int endLineno() {
        return endLineno;
    }

    /** The 1-based character offset just past the end, 0 when unknown. */
    public int endOffset() {
        return endOffset;
    }

    /** The offending source line, or {@code null}. */
    public String text() {
        return text;
    }

    /**
     * Whether this is the tokenizer's error for a bracket still open at the end of the input
     * ({@code '(' was never closed}): the parser gives it less weight than its own errors, and an
     * interactive reader can take it to mean that more input is needed.
     */
    public boolean unclosedBracket() {
        return unclosedBracket;
    }

    /** Formats like CPython's {@code str(SyntaxError)}: {@code msg (file, line N)}. */
    @Override
    public String getMessage() {
        return msg + " (" + filename + ", line " + lineno + ")";
    }
}

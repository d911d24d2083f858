package dev.taipan.api;

import javax.script.ScriptException;

/**
 * What a host receives when a script raises a Python exception (a {@code SyntaxError} included).
 *
 * <p>{@link #getFileName()}, {@link #getLineNumber()} and {@link #getColumnNumber()} (1-based) name
 * the innermost frame of the script where it happened, adjusted by the engine's line offset; the
 * message is the full Python traceback text, as CPython would print it; {@link #getCause()} is the
 * {@link PythonException} holding the exception object, whose own cause is the Java exception
 * thrown by host code when that is what the script failed on.
 */
public class PythonScriptException extends ScriptException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final String pythonMessage;

    /**
     * Makes one.
     *
     * @param traceback the Python traceback text
     * @param fileName  the file of the innermost script frame
     * @param line      its line, or -1
     * @param column    its 1-based column, or -1
     * @param cause     the Python exception
     */
    public PythonScriptException(String traceback, String fileName, int line, int column, PythonException cause) {
        super(traceback, fileName, line, column);
        this.pythonType = cause.pythonType();
        this.pythonMessage = cause.pythonMessage();
        initCause(cause);
    }

    /**
     * The Python exception's type name, such as {@code ZeroDivisionError}.
     *
     * @return the name
     */
    public String getPythonType() {
        return pythonType;
    }

    /**
     * The Python exception's message ({@code str(e)}), without type name or traceback.
     *
     * @return the message
     */
    public String getPythonMessage() {
        return pythonMessage;
    }

    /**
     * The full Python traceback text, as CPython prints it.
     *
     * @return the traceback
     */
    public String getTraceback() {
        return getCause().getMessage();
    }

    /**
     * The Python exception.
     *
     * @return the cause
     */
    @Override
    public synchronized PythonException getCause() {
        return (PythonException) super.getCause();
    }
}

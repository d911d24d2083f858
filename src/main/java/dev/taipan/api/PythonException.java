package dev.taipan.api;

/**
 * A Python exception as a Java exception: the {@linkplain PythonScriptException#getCause() cause}
 * of the {@link PythonScriptException} a host receives when a script raises. It holds the
 * exception object itself; when the Python exception came from a Java exception thrown by host
 * code that the script called, that Java exception is this exception's cause.
 */
public final class PythonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Not serializable state: a Python object lives in one engine only. */
    private final transient PythonObject exception;
    private final String pythonType;
    private final String pythonMessage;

    /**
     * Makes one.
     *
     * @param exception     the Python exception object
     * @param pythonType    its type's qualified name, such as {@code ValueError} or {@code mod.MyError}
     * @param pythonMessage {@code str()} of the exception
     * @param traceback     the traceback text CPython would print
     * @param hostCause     the Java exception the Python one stands for, or null
     */
    public PythonException(PythonObject exception, String pythonType, String pythonMessage, String traceback,
            Throwable hostCause) {
        super(traceback, hostCause, false, true);
        this.exception = exception;
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage;
    }

    /**
     * The Python exception object, for passing back to the engine that raised it.
     *
     * @return the handle, or null after deserialization
     */
    public PythonObject exception() {
        return exception;
    }

    /**
     * The name of the Python exception's type, qualified by its module unless that is
     * {@code builtins}: {@code KeyError}, {@code json.decoder.JSONDecodeError}.
     *
     * @return the type name
     */
    public String pythonType() {
        return pythonType;
    }

    /**
     * The exception's message: what {@code str(e)} gives in Python.
     *
     * @return the message, possibly empty
     */
    public String pythonMessage() {
        return pythonMessage;
    }
}

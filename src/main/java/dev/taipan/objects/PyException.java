package dev.taipan.objects;

/**
 * A Python exception travelling through Java code: an unchecked Java exception wrapping the
 * Python exception object ({@link PyBaseException}).
 *
 * <p>It records no Java stack trace (Python tracebacks are built by the interpreter), so
 * raising is cheap. The Java message is computed only when asked for.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient PyBaseException value;

    /**
     * Wraps a Python exception object.
     *
     * @param value the exception object
     */
    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /**
     * Wraps a Python exception object that stands for a Java exception thrown by host code; that
     * exception becomes the cause, so an embedding host can find it.
     *
     * @param value the exception object
     * @param cause the Java exception
     */
    public PyException(PyBaseException value, Throwable cause) {
        super(null, cause, false, false);
        this.value = value;
    }

    /** Returns the Python exception object. */
    public PyBaseException getValue() {
        return value;
    }

    /** Returns the Python exception's type. */
    public PyType getPyType() {
        return value.getType();
    }

    /**
     * Returns whether the exception is an instance of a type ({@code except T:}).
     *
     * @param type an exception type
     * @return whether it matches
     */
    public boolean matches(PyType type) {
        return value.getType().isSubtypeOf(type);
    }

    /** Returns {@code "TypeName: str(value)"}, as the last line of a traceback shows it. */
    @Override
    public String getMessage() {
        String s;
        try {
            s = Abstract.str(value).toString();
        } catch (RuntimeException e) {
            s = "<exception str() failed>";
        }
        String name = value.getType().getFullName();
        return s.isEmpty() ? name : name + ": " + s;
    }
}

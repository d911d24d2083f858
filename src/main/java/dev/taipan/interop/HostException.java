package dev.taipan.interop;

import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;

/**
 * A Java exception thrown by host code, as Python sees it: an instance of {@code JavaException}
 * (a subclass of {@code Exception}) whose message is the Java class name and message, such as
 * {@code java.lang.IllegalStateException: closed}. The Java exception is kept: it is the cause of
 * the Java exception that carries this one through Java code ({@link PyException#getCause()}),
 * and {@link #javaThrowable()} gives it.
 */
public final class HostException extends PyBaseException {
    /** The type {@code JavaException}. */
    public static final PyType TYPE = PyType.builtin("JavaException", PyBaseException.class,
            new PyType[] {ExceptionTypes.Exception}, null, null);

    private final Throwable thrown;
    private PyException carrier;

    private HostException(Throwable thrown) {
        super(TYPE, PyTuple.of(PyStr.of(describe(thrown))));
        this.thrown = thrown;
    }

    /** The Python exception for a Java exception, ready to throw. */
    static PyException of(Throwable thrown) {
        return new HostException(thrown).toJava();
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null ? t.getClass().getName() : t.getClass().getName() + ": " + m;
    }

    /** The Java exception host code threw. */
    public Throwable javaThrowable() {
        return thrown;
    }

    @Override
    public synchronized PyException toJava() {
        if (carrier == null) {
            carrier = new PyException(this, thrown);
        }
        return carrier;
    }
}

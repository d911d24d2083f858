package dev.taipan.objects;

import java.util.Locale;

/**
 * Factories for the Python exceptions the object model raises, returned as {@link PyException}
 * so the call site reads {@code throw Errors.typeError(...)}.
 *
 * <p>Formats follow {@link String#format}; the texts themselves are in {@link ErrorMessages}
 * when shared.
 */
public final class Errors {
    private Errors() {
    }

    private static String fmt(String format, Object... args) {
        return args.length == 0 ? format : String.format(Locale.ROOT, format, args);
    }

    /**
     * Makes an exception of any type with a message.
     *
     * @param type the exception type
     * @param format the message format
     * @param args its arguments
     * @return the Java exception to throw
     */
    public static PyException of(PyType type, String format, Object... args) {
        return ExceptionTypes.create(type, fmt(format, args)).toJava();
    }

    /**
     * Makes a {@code TypeError}.
     *
     * @param format the message format
     * @param args its arguments
     * @return the Java exception to throw
     */
    public static PyException typeError(String format, Object... args) {
        return of(ExceptionTypes.TypeError, format, args);
    }

    /**
     * Makes a {@code ValueError}.
     *
     * @param format the message format
     * @param args its arguments
     * @return the Java exception to throw
     */
    public static PyException valueError(String format, Object... args) {
        return of(ExceptionTypes.ValueError, format, args);
    }

    /**
     * Makes an {@code IndexError}.
     *
     * @param format the message format
     * @param args its arguments
     * @return the Java exception to throw
     */
    public static PyException indexError(String format, Object... args) {
        return of(ExceptionTypes.IndexError, format, args);
    }

    /**
     * Makes a {@code KeyError} whose argument is the missing key.
     *
     * @param key the key
     * @return the Java exception to throw
     */
    public static PyException keyError(PyObject key) {
        return ExceptionTypes.create(ExceptionTypes.KeyError, key).toJava();
    }

    /**
     * Makes a {@code KeyError} with a message.
     *
     * @param format the message format
     * @param args its arguments
     * @return the Java exception to throw
     */
    public static PyException keyError(String format, Object... args) {
        return of(ExceptionTypes.KeyError, format, args);
    }

    /**
     * Makes an {@code AttributeError} with {@code name} and {@code obj} set.
     *
     * @param obj the object
     * @param name the attribute name
     * @param msg the message
     * @return the Java exception to throw
     */
    public static PyException attributeError(PyObject obj, String name, String msg) {
        PyBaseException e = ExceptionTypes.create(ExceptionTypes.AttributeError, msg);
        e.setField(0, name == null ? PyNone.NONE : PyStr.of(name));
        e.setField(1, obj == null ? PyNone.NONE : obj);
        return e.toJava();
    }

    /**
     * Makes the standard "object has no attribute" {@code AttributeError}.
     *
     * @param obj the object
     * @param name the attribute name
     * @return the Java exception to throw
     */
    public static PyException noAttribute(PyObject obj, String name) {
        String msg = obj instanceof PyType t
                ? fmt(ErrorMessages.TYPE_NO_ATTRIBUTE, t.getName(), name)
                : fmt(ErrorMessages.NO_ATTRIBUTE, obj.getType().getName(), name);
        return attributeError(obj, name, msg);
    }

    /**
     * Makes an {@code OverflowError}.
     *
     * @param format the message format
     * @param args its arguments
     * @return the Java exception to throw
     */
    public static PyException overflowError(String format, Object... args) {
        return of(ExceptionTypes.OverflowError, format, args);
    }

    /**
     * Makes a {@code ZeroDivisionError}.
     *
     * @param format the message format
     * @param args its arguments
     * @return the Java exception to throw
     */
    public static PyException zeroDivisionError(String format, Object... args) {
        return of(ExceptionTypes.ZeroDivisionError, format, args);
    }

    /**
     * Makes a {@code RuntimeError}.
     *
     * @param format the message format
     * @param args its arguments
     * @return the Java exception to throw
     */
    public static PyException runtimeError(String format, Object... args) {
        return of(ExceptionTypes.RuntimeError, format, args);
    }

    /**
     * Makes a {@code RecursionError}.
     *
     * @param format the message format
     * @param args its arguments
     * @return the Java exception to throw
     */
    public static PyException recursionError(String format, Object... args) {
        return of(ExceptionTypes.RecursionError, format, args);
    }

    /**
     * Makes a {@code NotImplementedError}.
     *
     * @param format the message format
     * @param args its arguments
     * @return the Java exception to throw
     */
    public static PyException notImplementedError(String format, Object... args) {
        return of(ExceptionTypes.NotImplementedError, format, args);
    }

    /**
     * Makes a {@code SystemError} (an internal inconsistency seen from Python).
     *
     * @param format the message format
     * @param args its arguments
     * @return the Java exception to throw
     */
    public static PyException systemError(String format, Object... args) {
        return of(ExceptionTypes.SystemError, format, args);
    }

    /**
     * Makes a {@code MemoryError}.
     *
     * @return the Java exception to throw
     */
    public static PyException memoryError() {
        return ExceptionTypes.create(ExceptionTypes.MemoryError).toJava();
    }

    /**
     * Makes a {@code StopIteration} carrying a value.
     *
     * @param value the value, or {@code null} for none
     * @return the Java exception to throw
     */
    public static PyException stopIteration(PyObject value) {
        return (value == null ? ExceptionTypes.create(ExceptionTypes.StopIteration)
                : ExceptionTypes.create(ExceptionTypes.StopIteration, value)).toJava();
    }

    /**
     * Makes a {@code UnicodeEncodeError}.
     *
     * @param encoding the codec name
     * @param s the string
     * @param start first bad code point
     * @param end after the last bad code point
     * @param reason the reason
     * @return the Java exception to throw
     */
    public static PyException unicodeEncodeError(String encoding, PyStr s, int start, int end,
            String reason) {
        return ExceptionTypes.create(ExceptionTypes.UnicodeEncodeError, PyStr.of(encoding), s,
                PyInt.of(start), PyInt.of(end), PyStr.of(reason)).toJava();
    }

    /**
     * Makes a {@code UnicodeDecodeError}.
     *
     * @param encoding the codec name
     * @param b the bytes
     * @param start first bad byte
     * @param end after the last bad byte
     * @param reason the reason
     * @return the Java exception to throw
     */
    public static PyException unicodeDecodeError(String encoding, PyBytes b, int start, int end,
            String reason) {
        return ExceptionTypes.create(ExceptionTypes.UnicodeDecodeError, PyStr.of(encoding), b,
                PyInt.of(start), PyInt.of(end), PyStr.of(reason)).toJava();
    }
}

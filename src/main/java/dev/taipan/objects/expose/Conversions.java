package dev.taipan.objects.expose;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import java.math.BigInteger;

/**
 * The argument and result conversions the {@link Exposer} applies by declared Java type.
 *
 * <p>Argument converters take the function name and a parameter label (a quoted name or a
 * position) for the error message, as CPython's Argument Clinic converters do.
 */
public final class Conversions {
    private Conversions() {
    }

    /**
     * Converts to {@code int} via {@code __index__} (CPython's Py_ssize_t converter).
     *
     * @param fn    function name
     * @param label parameter label
     * @param o     the argument
     * @return the value
     */
    public static int toInt(String fn, String label, PyObject o) {
        return Abstract.asSize(o);
    }

    /**
     * Converts to {@code long} via {@code __index__}.
     *
     * @param fn    function name
     * @param label parameter label
     * @param o     the argument
     * @return the value
     */
    public static long toLong(String fn, String label, PyObject o) {
        return Abstract.asLong(o);
    }

    /**
     * Converts to {@code double} via {@code __float__} or {@code __index__}.
     *
     * @param fn    function name
     * @param label parameter label
     * @param o     the argument
     * @return the value
     */
    public static double toDouble(String fn, String label, PyObject o) {
        return Abstract.asDouble(o);
    }

    /**
     * Converts to truth ({@code bool(o)}).
     *
     * @param fn    function name
     * @param label parameter label
     * @param o     the argument
     * @return the value
     */
    public static boolean toBoolean(String fn, String label, PyObject o) {
        return Abstract.isTrue(o);
    }

    /**
     * Requires a {@code str} and returns its Java string; {@code null} passes through.
     *
     * @param fn    function name
     * @param label parameter label
     * @param o     the argument
     * @return the value
     */
    public static String toStr(String fn, String label, PyObject o) {
        if (o == null) {
            return null;
        }
        if (o instanceof PyStr s) {
            return s.toString();
        }
        throw Errors.typeError("%s() argument %s must be str, not %s", fn, label,
                o.getType().getName());
    }

    /**
     * Checks an argument against a declared Java class; {@code null} passes through.
     *
     * @param cls      the declared class
     * @param typeName the Python name to show
     * @param fn       function name
     * @param label    parameter label
     * @param o        the argument
     * @return the argument
     */
    public static PyObject check(Class<?> cls, String typeName, String fn, String label,
            PyObject o) {
        if (o == null || cls.isInstance(o)) {
            return o;
        }
        throw Errors.typeError("%s() argument %s must be %s, not %s", fn, label, typeName,
                o.getType().getName());
    }

    /**
     * Returns the array inside a {@code *args} tuple.
     *
     * @param o the tuple made by {@link Signature#bind}
     * @return its items (not a copy; the callee must not modify it)
     */
    public static PyObject[] tupleItems(PyObject o) {
        return ((PyTuple) o).items();
    }

    /** Converts a {@code boolean} result. @param v the value @return a bool */
    public static PyObject fromBoolean(boolean v) {
        return PyBool.of(v);
    }

    /** Converts an {@code int} result. @param v the value @return an int */
    public static PyObject fromInt(int v) {
        return PyInt.of(v);
    }

    /** Converts a {@code long} result. @param v the value @return an int */
    public static PyObject fromLong(long v) {
        return PyInt.of(v);
    }

    /** Converts a {@code double} result. @param v the value @return a float */
    public static PyObject fromDouble(double v) {
        return PyFloat.of(v);
    }

    /** Converts a {@code String} result. @param v the value @return a str */
    public static PyObject fromString(String v) {
        return PyStr.of(v);
    }

    /** Converts a {@code BigInteger} result. @param v the value @return an int */
    public static PyObject fromBigInteger(BigInteger v) {
        return PyInt.of(v);
    }

    /** The result of a {@code void} method. @return None */
    public static PyObject none() {
        return PyNone.NONE;
    }
}

package dev.taipan.objects;

/**
 * The root of every Python value: each Python object is a Java object of a subclass.
 *
 * <p>{@link #getType()} gives the Python type in O(1) (a constant for builtin classes, a field for
 * instances of Python classes). The {@code call} methods are the calling convention (CPython's
 * vectorcall): positional arguments first, then the values of keyword arguments whose names are
 * in {@code kwnames} (which may be {@code null} when there are none). Callables override the
 * shapes they can serve without allocating; the defaults dispatch through the type's
 * {@code __call__} slot.
 *
 * <p>Java {@code equals}/{@code hashCode} stay identity-based on purpose: Python equality can run
 * Python code and raise, so it is always asked for through {@link Abstract}.
 */
public abstract class PyObject {
    /** An empty argument array, shared. */
    public static final PyObject[] EMPTY_ARRAY = new PyObject[0];

    /** Creates an object; subclasses decide where the type comes from. */
    protected PyObject() {
    }

    /**
     * Returns this object's Python type.
     *
     * @return the type, never {@code null}
     */
    public abstract PyType getType();

    /**
     * Calls this object (vectorcall shape).
     *
     * @param args    positional arguments followed by keyword argument values
     * @param kwnames names of the trailing keyword arguments, or {@code null} for none
     * @return the result
     */
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Abstract.callViaType(this, args, kwnames);
    }

    /**
     * Calls this object without arguments.
     *
     * @return the result
     */
    public PyObject call() {
        return call(EMPTY_ARRAY, null);
    }

    /**
     * Calls this object with one positional argument.
     *
     * @param a the argument
     * @return the result
     */
    public PyObject call(PyObject a) {
        return call(new PyObject[] {a}, null);
    }

    /**
     * Calls this object with two positional arguments.
     *
     * @param a the first argument
     * @param b the second argument
     * @return the result
     */
    public PyObject call(PyObject a, PyObject b) {
        return call(new PyObject[] {a, b}, null);
    }

    /**
     * Calls this object with three positional arguments.
     *
     * @param a the first argument
     * @param b the second argument
     * @param c the third argument
     * @return the result
     */
    public PyObject call(PyObject a, PyObject b, PyObject c) {
        return call(new PyObject[] {a, b, c}, null);
    }

    /** Returns the Python {@code repr} of this object, for debugging and test messages. */
    @Override
    public String toString() {
        return Abstract.repr(this).toString();
    }
}

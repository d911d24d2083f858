package dev.taipan.api;

import dev.taipan.objects.PyObject;

/**
 * An opaque handle on a Python object that has no natural Java counterpart: a function, a class,
 * an instance, a set, bytes... It is what a script engine returns for such values, and passing it
 * back (into bindings, as an argument, or as the target of {@code invokeMethod}) hands the very
 * same Python object back to Python.
 *
 * <p>Two handles are equal when they hold the same Python object. {@link #toString()} runs no
 * Python code: it only names the object's type.
 */
public final class PythonObject {
    private final PyObject value;

    /**
     * Wraps a Python object.
     *
     * @param value the object; not null
     */
    public PythonObject(PyObject value) {
        if (value == null) {
            throw new NullPointerException("value");
        }
        this.value = value;
    }

    /**
     * The Python object this handle holds.
     *
     * @return the object
     */
    public PyObject unwrap() {
        return value;
    }

    /**
     * The name of the object's Python type, such as {@code function} or {@code set}.
     *
     * @return the type's name
     */
    public String typeName() {
        return value.getType().getName();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PythonObject other && other.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }

    @Override
    public String toString() {
        return "PythonObject[" + typeName() + "]";
    }
}

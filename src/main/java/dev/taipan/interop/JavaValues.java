package dev.taipan.interop;

import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyFrozenSet;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PySet;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;

import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How values cross the boundary, both ways. Scalars convert; containers do not copy, they are
 * seen through views that read and write the original.
 *
 * <table>
 * <caption>Conversions</caption>
 * <tr><th>Java</th><th>Python</th></tr>
 * <tr><td>{@code null}</td><td>{@code None}</td></tr>
 * <tr><td>{@code Boolean}</td><td>{@code bool}</td></tr>
 * <tr><td>{@code Integer}, {@code Long}, {@code Short}, {@code Byte}, {@code BigInteger}</td>
 *     <td>{@code int} (back as {@code Integer} when it fits, else {@code Long}, else
 *     {@code BigInteger})</td></tr>
 * <tr><td>{@code Double}, {@code Float}</td><td>{@code float} (back as {@code Double})</td></tr>
 * <tr><td>{@code String}, {@code Character}</td><td>{@code str} (back as {@code String})</td></tr>
 * <tr><td>{@code List}, {@code Map}, {@code Set}, arrays, {@code Iterator}</td><td>{@link JavaList},
 *     {@link JavaMap}, {@link JavaSet}, {@link JavaArray}, {@link JavaIterator} views (back as the
 *     object itself)</td></tr>
 * <tr><td>any other object</td><td>a {@link HostObject} (back as the object itself)</td></tr>
 * <tr><td>a {@code List}, unmodifiable for a {@code tuple}</td><td>{@code list}, {@code tuple}
 *     (seen from Java through a view)</td></tr>
 * <tr><td>a {@code Map}</td><td>{@code dict} (a view)</td></tr>
 * <tr><td>a {@code Set}, unmodifiable for a {@code frozenset}</td><td>{@code set}, {@code frozenset}
 *     (a view)</td></tr>
 * <tr><td>a functional interface</td><td>a callable, where a parameter asks for the interface
 *     (see {@link CallableProxy})</td></tr>
 * <tr><td>the handle the boundary makes</td><td>any other Python object</td></tr>
 * </table>
 *
 * <p>Only the exact built-in types convert: an instance of a subclass of {@code int} or
 * {@code list} goes to Java as a handle. Converting never runs Python code.
 */
public final class JavaValues {
    private JavaValues() {
    }

    /**
     * The Python value for a Java value.
     *
     * @param value the Java value
     * @param b     the boundary's rules, which host objects keep
     * @return the Python value
     */
    public static PyObject toPython(Object value, Boundary b) {
        switch (value) {
            case null -> {
                return PyNone.NONE;
            }
            case PyObject p -> {
                return p;
            }
            case String s -> {
                return PyStr.of(s);
            }
            case Boolean bool -> {
                return PyBool.of(bool);
            }
            case Integer i -> {
                return PyInt.of(i.longValue());
            }
            case Long l -> {
                return PyInt.of(l.longValue());
            }
            case Double d -> {
                return PyFloat.of(d);
            }
            case BigInteger big -> {
                return PyInt.of(big);
            }
            case Short s -> {
                return PyInt.of(s.longValue());
            }
            case Byte by -> {
                return PyInt.of(by.longValue());
            }
            case Float f -> {
                return PyFloat.of(f.doubleValue());
            }
            case Character c -> {
                return PyStr.of(c.toString());
            }
            case PythonView v -> {
                return v.python();
            }
            default -> {
                PyObject handled = b.handleIn(value);
                if (handled != null) {
                    return handled;
                }
                if (Proxy.isProxyClass(value.getClass())
                        && Proxy.getInvocationHandler(value) instanceof CallableProxy cp) {
                    return cp.callable();
                }
                return wrap(value, b);
            }
        }
    }

    private static HostObject wrap(Object value, Boundary b) {
        return switch (HostTypes.kind(value.getClass())) {
            case LIST -> new JavaList((List<?>) value, b);
            case MAP -> new JavaMap((Map<?, ?>) value, b);
            case SET -> new JavaSet((Set<?>) value, b);
            case ARRAY -> new JavaArray(value, b);
            case ITERATOR -> new JavaIterator((Iterator<?>) value, b);
            case OBJECT -> new HostObject(value, b);
        };
    }

    /**
     * The Java value for a Python value; never fails and never runs Python code.
     *
     * @param value the Python value
     * @param b     the boundary's rules (for handles, and for views' items)
     * @return the Java value
     */
    public static Object toJava(PyObject value, Boundary b) {
        Class<?> c = value.getClass();
        if (value == PyNone.NONE) {
            return null;
        } else if (c == PyStr.class) {
            return value.toString();
        } else if (c == PyBool.class) {
            return value == PyBool.TRUE;
        } else if (c == PyInt.class) {
            PyInt i = (PyInt) value;
            return i.fitsInt() ? (Object) i.intValue() : i.fitsLong() ? (Object) i.longValue() : i.bigValue();
        } else if (c == PyFloat.class) {
            return ((PyFloat) value).doubleValue();
        } else if (value instanceof HostObject h) {
            return h.target;
        } else if (c == PyList.class) {
            return new PythonView.OfList((PyList) value, b);
        } else if (c == PyTuple.class) {
            return new PythonView.OfTuple((PyTuple) value, b);
        } else if (c == PyDict.class) {
            return new PythonView.OfDict((PyDict) value, b);
        } else if (c == PySet.class || c == PyFrozenSet.class) {
            return new PythonView.OfSet((dev.taipan.objects.PySetBase) value, b);
        }
        return b.handleOut(value);
    }

    /**
     * The Java object a Python value stands for when it is a host object or a view, else null.
     *
     * @param value the Python value
     * @return the Java object, or null
     */
    public static Object hostTarget(PyObject value) {
        return value instanceof HostObject h ? h.target : null;
    }
}

package dev.taipan.jsr223;

import dev.taipan.api.PythonObject;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How values cross the boundary between Java and Python. Both directions copy containers (a Java
 * {@code List} becomes a new Python {@code list}, and back), keep shared and cyclic structure
 * (an identity map remembers what was already converted), and never run Python code.
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
 * <tr><td>{@code List}</td><td>{@code list}; a {@code tuple} comes back as an unmodifiable
 *     {@code List}</td></tr>
 * <tr><td>{@code Map}</td><td>{@code dict}</td></tr>
 * <tr><td>{@link PythonObject}</td><td>the object it holds; any other Python object comes back
 *     as a {@code PythonObject}</td></tr>
 * </table>
 *
 * <p>Only the exact built-in types convert: an instance of a subclass of {@code int} or
 * {@code list} stays a {@link PythonObject}. Other Java objects are refused for now; host objects
 * come with the host access policy.
 */
final class Conversions {
    private Conversions() {
    }

    /**
     * The Python value for a Java value.
     *
     * @throws IllegalArgumentException for a Java object that has no Python counterpart
     */
    static PyObject toPython(Object value) {
        return toPython(value, new IdentityHashMap<>());
    }

    private static PyObject toPython(Object value, Map<Object, PyObject> seen) {
        return switch (value) {
            case null -> PyNone.NONE;
            case PythonObject p -> p.unwrap();
            case String s -> PyStr.of(s);
            case Boolean b -> PyBool.of(b);
            case Integer i -> PyInt.of(i.longValue());
            case Long l -> PyInt.of(l.longValue());
            case Double d -> PyFloat.of(d);
            case BigInteger b -> PyInt.of(b);
            case Short s -> PyInt.of(s.longValue());
            case Byte b -> PyInt.of(b.longValue());
            case Float f -> PyFloat.of(f.doubleValue());
            case Character c -> PyStr.of(c.toString());
            case List<?> list -> listToPython(list, seen);
            case Map<?, ?> map -> mapToPython(map, seen);
            default -> throw new IllegalArgumentException("a " + value.getClass().getName()
                    + " cannot be passed to Python: only null, String, Boolean, numbers, List, Map and"
                    + " PythonObject convert (host objects are not supported yet)");
        };
    }

    private static PyObject listToPython(List<?> list, Map<Object, PyObject> seen) {
        PyObject done = seen.get(list);
        if (done != null) {
            return done;
        }
        PyList result = new PyList();
        seen.put(list, result);
        for (Object item : list) {
            result.append(toPython(item, seen));
        }
        return result;
    }

    private static PyObject mapToPython(Map<?, ?> map, Map<Object, PyObject> seen) {
        PyObject done = seen.get(map);
        if (done != null) {
            return done;
        }
        PyDict result = new PyDict();
        seen.put(map, result);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            PyObject key = toPython(e.getKey(), seen);
            try {
                result.put(key, toPython(e.getValue(), seen));
            } catch (PyException unhashable) {
                throw new IllegalArgumentException("a map key cannot be a Python dict key: " + e.getKey(), unhashable);
            }
        }
        return result;
    }

    /** The Java value for a Python value; never fails. */
    static Object toJava(PyObject value) {
        return toJava(value, new IdentityHashMap<>());
    }

    private static Object toJava(PyObject value, Map<PyObject, Object> seen) {
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
        } else if (c == PyList.class) {
            return listToJava(((PyList) value).toArray(), value, seen, false);
        } else if (c == PyTuple.class) {
            return listToJava(((PyTuple) value).items(), value, seen, true);
        } else if (c == PyDict.class) {
            return dictToJava((PyDict) value, seen);
        }
        return new PythonObject(value);
    }

    private static Object listToJava(PyObject[] items, PyObject owner, Map<PyObject, Object> seen, boolean frozen) {
        Object done = seen.get(owner);
        if (done != null) {
            return done;
        }
        List<Object> result = new ArrayList<>(items.length);
        // A tuple's unmodifiable view is registered before its items, so a cycle through it still
        // finds the one list.
        Object shown = frozen ? Collections.unmodifiableList(result) : result;
        seen.put(owner, shown);
        for (PyObject item : items) {
            result.add(toJava(item, seen));
        }
        return shown;
    }

    private static Object dictToJava(PyDict dict, Map<PyObject, Object> seen) {
        Object done = seen.get(dict);
        if (done != null) {
            return done;
        }
        Map<Object, Object> result = new LinkedHashMap<>();
        seen.put(dict, result);
        for (PyObject key : dict.keysArray()) {
            PyObject v = dict.get(key);
            if (v != null) {
                result.put(toJava(key, seen), toJava(v, seen));
            }
        }
        return result;
    }
}

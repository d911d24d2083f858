package dev.taipan.jsr223;

import dev.taipan.api.PythonObject;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PySet;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Both directions of the value conversions, type by type. */
class ConversionsTest {
    @Test
    void scalarsToPython() {
        assertSame(PyNone.NONE, Conversions.toPython(null));
        assertSame(PyBool.TRUE, Conversions.toPython(true));
        assertEquals("7", Conversions.toPython(7).toString());
        assertEquals(PyInt.class, Conversions.toPython(7L).getClass());
        assertEquals(PyInt.class, Conversions.toPython((short) 7).getClass());
        assertEquals(PyFloat.class, Conversions.toPython(1.5f).getClass());
        assertEquals("x", Conversions.toPython('x').toString());
        assertEquals(BigInteger.TEN.pow(30), ((PyInt) Conversions.toPython(BigInteger.TEN.pow(30))).bigValue());
    }

    @Test
    void integersComeBackInTheSmallestFittingType() {
        assertEquals(Integer.valueOf(5), Conversions.toJava(PyInt.of(5)));
        assertEquals(Long.valueOf(1L << 33), Conversions.toJava(PyInt.of(1L << 33)));
        assertEquals(BigInteger.TEN.pow(20), Conversions.toJava(PyInt.of(BigInteger.TEN.pow(20))));
        assertEquals(Boolean.FALSE, Conversions.toJava(PyBool.FALSE));
        assertEquals(2.0, Conversions.toJava(PyFloat.of(2.0)));
    }

    @Test
    void javaContainersAreViewsThatComeBackAsThemselves() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("list", List.of(1, 2.5, "s"));
        map.put(3, null);
        PyObject py = Conversions.toPython(map);
        assertEquals("java.util.LinkedHashMap", py.getType().getName());
        assertSame(map, Conversions.toJava(py));
        List<Object> cyclic = new ArrayList<>();
        cyclic.add(cyclic);
        assertSame(cyclic, Conversions.toJava(Conversions.toPython(cyclic)));
    }

    @Test
    void pythonContainersAreViewsThatComeBackAsThemselves() {
        PyList shared = PyList.of(PyStr.of("x"));
        PyList outer = PyList.of(shared, shared);
        List<?> back = (List<?>) Conversions.toJava(outer);
        assertEquals(back.get(0), back.get(1));
        assertSame(shared, Conversions.toPython(back.get(0)), "a view hands back the Python object");
        assertSame(outer, Conversions.toPython(back));
        assertEquals(List.of(1, 2), Conversions.toJava(PyTuple.of(PyInt.of(1), PyInt.of(2))));
        PyDict dict = new PyDict();
        dict.put(PyStr.of("a"), PyInt.of(1));
        assertEquals(Map.of("a", 1), Conversions.toJava(dict));
        assertEquals(Set.of(1), Conversions.toJava(PySet.of(PyInt.of(1))));
        @SuppressWarnings("unchecked")
        List<Object> live = (List<Object>) Conversions.toJava(PyList.of());
        live.add("y");
        assertEquals(1, ((PyList) Conversions.toPython(live)).size());
    }

    @Test
    void otherPythonObjectsAreHandlesThatGoBackAsThemselves() {
        PyObject fn = PyStr.TYPE;
        PythonObject handle = assertInstanceOf(PythonObject.class, Conversions.toJava(fn));
        assertEquals("type", handle.typeName());
        assertSame(fn, Conversions.toPython(handle));
        assertEquals(handle, new PythonObject(fn));
    }

    @Test
    void otherJavaObjectsAreHostObjects() {
        Object o = new Object();
        PyObject py = Conversions.toPython(o);
        assertEquals("<java object java.lang.Object>", py.toString());
        assertSame(o, Conversions.toJava(py));
        assertThrows(UnsupportedOperationException.class,
                () -> ((List<?>) Conversions.toJava(PyTuple.of(PyInt.of(1)))).clear(), "a tuple's view is read-only");
    }
}

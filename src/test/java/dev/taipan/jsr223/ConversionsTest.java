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
    void containersRoundTrip() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("list", List.of(1, 2.5, "s"));
        map.put(3, null);
        PyObject py = Conversions.toPython(map);
        assertInstanceOf(PyDict.class, py);
        assertEquals(map, Conversions.toJava(py));
        assertEquals(List.of(1, 2), Conversions.toJava(PyTuple.of(PyInt.of(1), PyInt.of(2))));
    }

    @Test
    void sharedAndCyclicStructureIsKept() {
        List<Object> cyclic = new ArrayList<>();
        cyclic.add(cyclic);
        PyList py = (PyList) Conversions.toPython(cyclic);
        assertSame(py, py.get(0));
        PyList shared = PyList.of(PyStr.of("x"));
        List<?> back = (List<?>) Conversions.toJava(PyList.of(shared, shared));
        assertSame(back.get(0), back.get(1));
    }

    @Test
    void otherPythonObjectsAreHandlesThatGoBackAsThemselves() {
        PySet set = PySet.of(PyInt.of(1));
        PythonObject handle = assertInstanceOf(PythonObject.class, Conversions.toJava(set));
        assertEquals("set", handle.typeName());
        assertSame(set, Conversions.toPython(handle));
        assertEquals(handle, new PythonObject(set));
    }

    @Test
    void otherJavaObjectsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Conversions.toPython(new Object()));
        assertThrows(IllegalArgumentException.class, () -> Conversions.toPython(Map.of(List.of(1), 1)),
                "a list cannot be a dict key");
    }
}

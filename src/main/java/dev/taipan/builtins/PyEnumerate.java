package dev.taipan.builtins;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;

/**
 * Python's {@code enumerate}: pairs {@code (count, item)} over an iterable, counting from
 * {@code start}. The count stays a Java {@code long} until it would overflow.
 */
// CPython: Objects/enumobject.c, enum_new_impl and enum_next
@PyClass(name = "enumerate", methods = {BuiltinIterator.IterMethods.class},
        doc = "Return an enumerate object.")
public final class PyEnumerate extends BuiltinIterator implements HasDict {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code enumerate} type. */
    public static final PyType TYPE = PyType.fromClass(PyEnumerate.class, LOOKUP);

    private final PyType type;
    private PyDict dict;
    private PyObject iterator;
    private long count;
    /** The count once it has left the {@code long} range, else null. */
    private PyInt bigCount;

    private PyEnumerate(PyType type, PyObject iterator, PyInt start) {
        this.type = type;
        this.iterator = iterator;
        if (start.fitsLong() && start.longValue() < Long.MAX_VALUE) {
            count = start.longValue();
        } else {
            bigCount = start;
        }
    }

    /** Creates {@code enumerate(iterable, start)}. */
    public static PyEnumerate of(PyObject iterable, long start) {
        return new PyEnumerate(TYPE, Abstract.iter(iterable), PyInt.of(start));
    }

    @PyNew
    static PyObject __new__(PyType cls, @Name("iterable") PyObject iterable, @Name("start") @Opt PyObject start) {
        PyInt s = start == null ? PyInt.of(0) : Abstract.index(start);
        return new PyEnumerate(cls, Abstract.iter(iterable), s);
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type.hasFlag(PyType.HAS_DICT)) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public PyObject nextOrNull() {
        if (iterator == null) {
            return null;
        }
        PyObject item = Abstract.next(iterator);
        if (item == null) {
            iterator = null;
            return null;
        }
        PyInt index;
        if (bigCount == null) {
            index = PyInt.of(count);
            if (count == Long.MAX_VALUE - 1) {
                bigCount = PyInt.of(Long.MAX_VALUE);
            } else {
                count++;
            }
        } else {
            index = bigCount;
            bigCount = bigCount.add(PyInt.of(1));
        }
        return PyTuple.of(index, item);
    }
}

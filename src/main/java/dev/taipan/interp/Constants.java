package dev.taipan.interp;

import dev.taipan.ast.Bytes;
import dev.taipan.ast.CodePointString;
import dev.taipan.ast.Imaginary;
import dev.taipan.ast.Singleton;
import dev.taipan.code.CodeObject;
import dev.taipan.code.FrozenSetConstant;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyBytes;

import dev.taipan.objects.PyEllipsis;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyFrozenSet;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Turns the compiler's constant values into Python objects, and small conversions the loop needs. */
final class Constants {
    private Constants() {
    }

    /** The objects for a code object's constants; nested code becomes {@link PyCode}. */
    static PyObject[] materialize(Object[] values) {
        PyObject[] out = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = toObject(values[i]);
        }
        return out;
    }

    static PyObject toObject(Object value) {
        return switch (value) {
            case null -> PyNone.NONE;
            case Singleton s -> s == Singleton.NONE ? PyNone.NONE : PyEllipsis.ELLIPSIS;
            case Boolean b -> PyBool.of(b);
            case Long l -> PyInt.of(l);
            case Integer i -> PyInt.of(i);
            case BigInteger b -> PyInt.of(b);
            case Double d -> PyFloat.of(d);
            case String s -> PyStr.of(s);
            // TODO(issue 3): str cannot yet keep an escaped surrogate pair apart from the astral
            // character it spells; until it can, such a literal reads as that character.
            case CodePointString c -> PyStr.of(new String(c.codePoints(), 0, c.codePoints().length));
            case Bytes b -> new PyBytes(b.data());
            case Imaginary c -> Complexes.imaginary(c.imag());
            case CodeObject c -> new PyCode(c);
            case List<?> items -> PyTuple.of(toObjects(items));
            // CPython makes the frozenset from the items, then its constant merging rebuilds it
            // from that one's iteration order (Python/compile.c, merge_consts_recursive).
            case FrozenSetConstant f -> PyFrozenSet.of(PyFrozenSet.of(toObjects(f.items())).toArray());
            default -> throw new IllegalArgumentException("not a constant: " + value.getClass().getName());
        };
    }

    private static PyObject[] toObjects(List<?> items) {
        PyObject[] objects = new PyObject[items.size()];
        for (int i = 0; i < objects.length; i++) {
            objects[i] = toObject(items.get(i));
        }
        return objects;
    }

    static PyObject str(String s) {
        return PyStr.of(s);
    }

    static PyObject strTuple(String[] names) {
        PyObject[] out = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = PyStr.of(names[i]);
        }
        return PyTuple.of(out);
    }

    static PyObject tuple(PyObject[] items) {
        return PyTuple.of(items.clone());
    }

    /** The names of the slots that have any of the given kind bits, as a tuple. */
    static PyObject names(CodeObject code, byte kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < code.slotCount(); i++) {
            if ((code.localsPlusKinds()[i] & kind) != 0) {
                out.add(code.localsPlusNames()[i]);
            }
        }
        return strTuple(out.toArray(new String[0]));
    }

    static String requireStr(PyObject value, String attribute) {
        if (value instanceof PyStr s) {
            return s.toString();
        }
        throw Errors.typeError("%s must be set to a string object", attribute);
    }
}

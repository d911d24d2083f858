package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;

import java.util.ArrayList;
import java.util.List;

/** The pattern-matching instructions of {@code match} statements. */
// CPython: Python/ceval.c, match_class and match_keys
final class Matching {
    private Matching() {
    }

    /** Whether {@code o} matches mapping patterns: a dict, or a registered collections.abc.Mapping. */
    static boolean isMapping(PyObject o) {
        PyType t = o.getType();
        if (o instanceof PyDict) {
            return true;
        }
        return Abc.isRegistered(t, "Mapping");
    }

    /** Whether {@code o} matches sequence patterns: list, tuple, range... but never str, bytes or bytearray. */
    static boolean isSequence(PyObject o) {
        if (o instanceof PyList || o instanceof PyTuple) {
            return true;
        }
        String name = o.getType().getName();
        if (o instanceof PyStr || name.equals("bytes") || name.equals("bytearray")) {
            return false;
        }
        if (name.equals("range") || name.equals("memoryview") || name.equals("deque")) {
            return true;
        }
        return Abc.isRegistered(o.getType(), "Sequence");
    }

    /** MATCH_KEYS: a tuple of the subject's values for {@code keys}, or None if one is missing. */
    static PyObject matchKeys(PyObject subject, PyObject keys) {
        PyObject[] ks = ((PyTuple) keys).items();
        if (ks.length == 0) {
            return PyTuple.EMPTY;
        }
        PyObject get = Abstract.getAttr(subject, "get");
        PyObject dummy = new PyList();
        PyObject[] values = new PyObject[ks.length];
        List<PyObject> seen = new ArrayList<>();
        for (int i = 0; i < ks.length; i++) {
            for (PyObject s : seen) {
                if (Abstract.richCompareBool(s, ks[i], dev.taipan.objects.CompareOp.EQ)) {
                    throw Errors.valueError("mapping pattern checks duplicate key (%s)", Abstract.repr(ks[i]));
                }
            }
            seen.add(ks[i]);
            PyObject v = get.call(ks[i], dummy);
            if (v == dummy) {
                return PyNone.NONE;
            }
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    /** MATCH_CLASS: (subject, type, names) -- a tuple of the matched attributes, or None. */
    static int matchClass(PyObject[] s, int sp, int npos) {
        PyObject subject = s[sp - 3];
        PyObject type = s[sp - 2];
        PyObject[] names = ((PyTuple) s[sp - 1]).items();
        PyObject result = matchClass(subject, type, npos, names);
        sp = EvalOps.clear(s, sp, 3);
        s[sp++] = result;
        return sp;
    }

    private static PyObject matchClass(PyObject subject, PyObject type, int npos, PyObject[] kwnames) {
        if (!(type instanceof PyType cls)) {
            throw Errors.typeError("called match pattern must be a class");
        }
        if (!Abstract.isInstance(subject, cls)) {
            return PyNone.NONE;
        }
        List<PyObject> attrs = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        if (npos > 0) {
            PyObject matchArgs = Abstract.lookupAttr(cls, "__match_args__");
            boolean selfMatch = matchArgs == null && isSelfMatching(cls);
            if (matchArgs == null && !selfMatch) {
                matchArgs = PyTuple.EMPTY;
            }
            if (selfMatch) {
                if (npos > 1) {
                    throw Errors.typeError("%s() accepts 1 positional sub-pattern (%d given)", cls.getName(), npos);
                }
                attrs.add(subject);
            } else {
                if (!(matchArgs instanceof PyTuple margs)) {
                    throw Errors.typeError("%s.__match_args__ must be a tuple (got %s)", cls.getName(),
                            matchArgs.getType().getName());
                }
                PyObject[] names = margs.items();
                if (npos > names.length) {
                    throw Errors.typeError("%s() accepts %d positional sub-pattern%s (%d given)", cls.getName(),
                            names.length, names.length == 1 ? "" : "s", npos);
                }
                for (int i = 0; i < npos; i++) {
                    if (!(names[i] instanceof PyStr name)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got %s)",
                                names[i].getType().getName());
                    }
                    PyObject v = matchAttr(subject, cls, name.toString(), seen);
                    if (v == null) {
                        return PyNone.NONE;
                    }
                    attrs.add(v);
                }
            }
        }
        for (PyObject kw : kwnames) {
            PyObject v = matchAttr(subject, cls, kw.toString(), seen);
            if (v == null) {
                return PyNone.NONE;
            }
            attrs.add(v);
        }
        return PyTuple.of(attrs.toArray(new PyObject[0]));
    }

    private static PyObject matchAttr(PyObject subject, PyType cls, String name, List<String> seen) {
        if (seen.contains(name)) {
            throw Errors.typeError("%s() got multiple sub-patterns for attribute '%s'", cls.getName(), name);
        }
        seen.add(name);
        return Abstract.lookupAttr(subject, name);
    }

    // The builtins whose instances match a single positional sub-pattern as themselves.
    private static boolean isSelfMatching(PyType cls) {
        for (PyType t : cls.getMroArray()) {
            switch (t.getName()) {
                case "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple":
                    if (t.getModule().equals("builtins")) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }
}

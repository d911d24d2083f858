package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyGetSetDescr;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;

/**
 * A struct sequence ({@code sys.float_info}, {@code sys.version_info}, ...): a tuple whose items
 * also have names. Each kind is its own type, made by {@link #newType}; instances of every kind
 * share this Java class and carry their type.
 */
// CPython: Objects/structseq.c
public final class StructSeq extends PyTuple {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private final PyType type;

    private StructSeq(PyType type, PyObject[] items) {
        super(items);
        this.type = type;
    }

    /**
     * Creates a struct sequence type: a subtype of {@code tuple} with a read-only attribute per
     * field, {@code __match_args__} and the {@code n_fields} counts CPython gives.
     *
     * @param module the module shown in the type's name ({@code sys})
     * @param name   the type's name
     * @param doc    the type's docstring
     * @param fields the field names, in tuple order
     * @return the new type
     */
    public static PyType newType(String module, String name, String doc, String... fields) {
        PyType t = PyType.builtin(name, StructSeq.class, new PyType[] {PyTuple.TYPE}, StructSeq.class, LOOKUP);
        var dict = t.getDict();
        dict.put("__module__", PyStr.of(module));
        dict.put("__doc__", PyStr.of(doc));
        PyObject[] names = new PyObject[fields.length];
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            names[i] = PyStr.of(fields[i]);
            dict.put(fields[i], new PyGetSetDescr(t, fields[i], StructSeq.class,
                    self -> ((StructSeq) self).get(index), null, ""));
        }
        dict.put("__match_args__", PyTuple.of(names));
        PyObject n = PyInt.of(fields.length);
        dict.put("n_fields", n);
        dict.put("n_sequence_fields", n);
        dict.put("n_unnamed_fields", PyInt.of(0));
        return t;
    }

    /**
     * Creates an instance of a struct sequence type.
     *
     * @param type   a type made by {@link #newType}
     * @param values one value per field
     * @return the instance
     */
    public static StructSeq of(PyType type, PyObject... values) {
        int n = fieldCount(type);
        if (values.length != n) {
            throw new IllegalArgumentException(type.getName() + " needs " + n + " values, not " + values.length);
        }
        return new StructSeq(type, values.clone());
    }

    private static int fieldCount(PyType type) {
        return Abstract.asSize(type.lookup("n_fields"));
    }

    @Override
    public PyType getType() {
        return type;
    }

    // CPython: Objects/structseq.c, structseq_new
    @PyNew
    static PyObject __new__(PyType cls, PyObject sequence, @Opt PyObject dict) {
        PyObject[] items = Abstract.toArray(sequence).clone();
        int n = fieldCount(cls);
        if (items.length != n) {
            throw Errors.typeError("%s() takes a %d-sequence (%d-sequence given)",
                    cls.getFullName(), n, items.length);
        }
        return new StructSeq(cls, items);
    }

    // CPython: Objects/structseq.c, structseq_repr
    @PyMethod
    PyObject __repr__() {
        PyObject[] names = ((PyTuple) type.lookup("__match_args__")).items();
        StringBuilder sb = new StringBuilder(type.getFullName()).append('(');
        for (int i = 0; i < size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(names[i]).append('=').append(Abstract.repr(get(i)));
        }
        return PyStr.of(sb.append(')').toString());
    }

    @PyMethod
    PyObject __reduce__() {
        return PyTuple.of(type, PyTuple.of(PyTuple.of(items()), new PyDict()));
    }
}

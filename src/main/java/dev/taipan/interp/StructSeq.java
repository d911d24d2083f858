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
 * share this Java class and carry their type. A kind may have fields beyond its tuple items
 * ({@code time.struct_time}'s {@code tm_zone} and {@code tm_gmtoff}), reachable only by name.
 */
// CPython: Objects/structseq.c
public final class StructSeq extends PyTuple {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private static final PyObject[] NO_EXTRAS = new PyObject[0];

    private final PyType type;
    /** The values of the fields past the tuple items, by name only. */
    private final PyObject[] extras;

    private StructSeq(PyType type, PyObject[] items, PyObject[] extras) {
        super(items);
        this.type = type;
        this.extras = extras;
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
        return newType(module, name, doc, fields.length, fields);
    }

    /**
     * Creates a struct sequence type whose first {@code visible} fields are its tuple items and
     * whose other fields are attributes only.
     *
     * @param module  the module shown in the type's name ({@code time})
     * @param name    the type's name
     * @param doc     the type's docstring
     * @param visible how many of the fields are tuple items
     * @param fields  the field names, tuple items first
     * @return the new type
     */
    public static PyType newType(String module, String name, String doc, int visible, String... fields) {
        PyType t = PyType.builtin(name, StructSeq.class, new PyType[] {PyTuple.TYPE}, StructSeq.class, LOOKUP);
        var dict = t.getDict();
        dict.put("__module__", PyStr.of(module));
        dict.put("__doc__", PyStr.of(doc));
        PyObject[] names = new PyObject[visible];
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            if (i < visible) {
                names[i] = PyStr.of(fields[i]);
                dict.put(fields[i], new PyGetSetDescr(t, fields[i], StructSeq.class,
                        self -> ((StructSeq) self).get(index), null, ""));
            } else {
                dict.put(fields[i], new PyGetSetDescr(t, fields[i], StructSeq.class,
                        self -> ((StructSeq) self).extras[index - visible], null, ""));
            }
        }
        dict.put("__match_args__", PyTuple.of(names));
        dict.put("n_fields", PyInt.of(fields.length));
        dict.put("n_sequence_fields", PyInt.of(visible));
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
        int visible = sequenceFieldCount(type);
        if (visible == n) {
            return new StructSeq(type, values.clone(), NO_EXTRAS);
        }
        return new StructSeq(type, java.util.Arrays.copyOf(values, visible),
                java.util.Arrays.copyOfRange(values, visible, n));
    }

    private static int fieldCount(PyType type) {
        return Abstract.asSize(type.lookup("n_fields"));
    }

    private static int sequenceFieldCount(PyType type) {
        return Abstract.asSize(type.lookup("n_sequence_fields"));
    }

    /**
     * Returns a field past the tuple items.
     *
     * @param index the field's index among those fields (0 for the first after the items)
     * @return its value
     */
    public PyObject extra(int index) {
        return extras[index];
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
        int visible = sequenceFieldCount(cls);
        if (visible == n && items.length != n) {
            throw Errors.typeError("%s() takes a %d-sequence (%d-sequence given)",
                    cls.getFullName(), n, items.length);
        }
        if (items.length < visible) {
            throw Errors.typeError("%s() takes an at least %d-sequence (%d-sequence given)",
                    cls.getFullName(), visible, items.length);
        }
        if (items.length > n) {
            throw Errors.typeError("%s() takes an at most %d-sequence (%d-sequence given)",
                    cls.getFullName(), n, items.length);
        }
        if (visible == n) {
            return new StructSeq(cls, items, NO_EXTRAS);
        }
        PyObject[] extras = new PyObject[n - visible];
        for (int i = 0; i < extras.length; i++) {
            extras[i] = visible + i < items.length ? items[visible + i] : extraFromDict(cls, dict, visible + i);
        }
        return new StructSeq(cls, java.util.Arrays.copyOf(items, visible), extras);
    }

    /** A field past the tuple items taken from the constructor's dict argument, else None. */
    private static PyObject extraFromDict(PyType cls, PyObject dict, int field) {
        if (dict instanceof PyDict d) {
            PyObject value = d.getStr(fieldName(cls, field));
            if (value != null) {
                return value;
            }
        }
        return dev.taipan.objects.PyNone.NONE;
    }

    /** The name of a field by its index: the field descriptors are in the type dict in field order. */
    private static String fieldName(PyType cls, int field) {
        var dict = cls.getDict();
        int seen = 0;
        for (String key : dict.keys()) {
            if (!key.startsWith("__") && dict.get(key) instanceof PyGetSetDescr && seen++ == field) {
                return key;
            }
        }
        return "";
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
        PyDict extraFields = new PyDict();
        for (int i = 0; i < extras.length; i++) {
            extraFields.put(PyStr.of(fieldName(type, size() + i)), extras[i]);
        }
        return PyTuple.of(type, PyTuple.of(PyTuple.of(items()), extraFields));
    }
}

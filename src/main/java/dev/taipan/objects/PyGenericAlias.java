package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;
import java.util.Set;

/**
 * A parameterized builtin generic ({@code types.GenericAlias}), for example {@code list[int]}:
 * made by {@code __class_getitem__} of the builtin containers and of {@code type}. Attribute
 * access other than the alias's own is delegated to the origin, and calling it calls the
 * origin.
 *
 * <p>CPython: Objects/genericaliasobject.c
 */
@PyClass(name = "GenericAlias", module = "types")
public final class PyGenericAlias extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code types.GenericAlias}. */
    public static final PyType TYPE = PyType.fromClass(PyGenericAlias.class, LOOKUP);

    // CPython: Objects/genericaliasobject.c, attr_exceptions
    private static final Set<String> OWN = Set.of("__class__", "__origin__", "__args__",
            "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__",
            "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");

    private final PyObject origin;
    private final PyTuple args;

    /**
     * Makes {@code origin[args]}.
     *
     * @param origin the generic class
     * @param args   a tuple of arguments, or a single argument
     */
    public PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, PyObject origin, PyObject args) {
        return new PyGenericAlias(origin, args);
    }

    /**
     * Returns the text CPython's typing reprs use for a type argument.
     *
     * @param o the argument
     * @return the text
     */
    // CPython: Objects/typevarobject.c, _Py_typing_type_repr
    static String typeRepr(PyObject o) {
        if (o == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (o == PyNone.TYPE || o == PyNone.NONE) {
            return "None";
        }
        if (o instanceof PyType t && !(o instanceof PyGenericAlias)) {
            return t.getFullName();
        }
        return Abstract.repr(o).toString();
    }

    @PyMethod
    String __repr__() {
        StringBuilder sb = new StringBuilder(typeRepr(origin)).append('[');
        PyObject[] a = args.items();
        if (a.length == 0) {
            sb.append("()");
        }
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (a[i] instanceof PyList l) {
                sb.append('[');
                for (int k = 0; k < l.size(); k++) {
                    sb.append(k > 0 ? ", " : "").append(typeRepr(l.get(k)));
                }
                sb.append(']');
            } else {
                sb.append(typeRepr(a[i]));
            }
        }
        return sb.append(']').toString();
    }

    @PyMethod
    PyObject __getattribute__(PyObject nameObj) {
        String name = Abstract.attrName(nameObj);
        if (!OWN.contains(name) && !(name.startsWith("__") && name.endsWith("__")
                && TYPE.lookup(name) != null)) {
            return Abstract.getAttr(origin, name);
        }
        return PyBaseObject.genericGetAttr(this, name);
    }

    @PyGetter
    PyObject __origin__() {
        return origin;
    }

    @PyGetter
    PyObject __args__() {
        return args;
    }

    @PyGetter
    PyObject __parameters__() {
        return PyTuple.EMPTY;
    }

    @PyMethod
    PyObject __mro_entries__(PyObject bases) {
        return PyTuple.of(origin);
    }

    @PyMethod
    PyObject __call__(@Args PyObject[] a, @Kwargs PyDict kw) {
        return Abstract.callWithDict(origin, a, kw);
    }

    @PyMethod
    PyObject __eq__(PyObject o) {
        if (!(o instanceof PyGenericAlias g)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(Abstract.richCompareBool(origin, g.origin, CompareOp.EQ)
                && Abstract.richCompareBool(args, g.args, CompareOp.EQ));
    }

    @PyMethod
    long __hash__() {
        return Abstract.hash(origin) ^ Abstract.hash(args);
    }

    @PyMethod
    PyObject __or__(PyObject o) {
        return PyUnionType.or(this, o);
    }

    @PyMethod
    PyObject __ror__(PyObject o) {
        return PyUnionType.or(o, this);
    }

    @PyMethod
    boolean __instancecheck__(PyObject o) {
        throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
    }

    @PyMethod
    boolean __subclasscheck__(PyObject o) {
        throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
    }
}

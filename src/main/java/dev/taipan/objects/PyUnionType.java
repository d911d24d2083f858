package dev.taipan.objects;

import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * The union of types written {@code X | Y} ({@code types.UnionType}); usable with
 * {@code isinstance} and {@code issubclass}.
 *
 * <p>CPython: Objects/unionobject.c
 */
@PyClass(name = "UnionType", module = "types", baseType = false)
public final class PyUnionType extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code types.UnionType}. */
    public static final PyType TYPE = PyType.fromClass(PyUnionType.class, LOOKUP);

    private final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias
                || o instanceof PyUnionType;
    }

    private static void flatten(PyObject o, List<PyObject> out) {
        if (o instanceof PyUnionType u) {
            for (PyObject a : u.args.items()) {
                flatten(a, out);
            }
            return;
        }
        PyObject t = o == PyNone.NONE ? PyNone.TYPE : o;
        for (PyObject x : out) {
            if (x == t || Abstract.richCompareBool(x, t, CompareOp.EQ)) {
                return;
            }
        }
        out.add(t);
    }

    /**
     * Computes {@code a | b} for type-like operands (CPython's _Py_union_type_or).
     *
     * @param a the left operand
     * @param b the right operand
     * @return the union, a single type when both are the same, or NotImplemented
     */
    public static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        List<PyObject> args = new ArrayList<>();
        flatten(a, args);
        flatten(b, args);
        if (args.size() == 1) {
            return args.get(0);
        }
        return new PyUnionType(PyTuple.of(args.toArray(new PyObject[0])));
    }

    @PyMethod
    String __repr__() {
        StringBuilder sb = new StringBuilder();
        PyObject[] a = args.items();
        for (int i = 0; i < a.length; i++) {
            sb.append(i > 0 ? " | " : "").append(PyGenericAlias.typeRepr(a[i]));
        }
        return sb.toString();
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
    PyObject __or__(PyObject o) {
        return or(this, o);
    }

    @PyMethod
    PyObject __ror__(PyObject o) {
        return or(o, this);
    }

    @PyMethod
    boolean __instancecheck__(PyObject inst) {
        for (PyObject t : args.items()) {
            if (t instanceof PyGenericAlias) {
                throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
            }
        }
        for (PyObject t : args.items()) {
            if (Abstract.isInstance(inst, t)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod
    boolean __subclasscheck__(PyObject sub) {
        for (PyObject t : args.items()) {
            if (Abstract.isSubclass(sub, t)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod
    PyObject __eq__(PyObject o) {
        if (!(o instanceof PyUnionType u)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyFrozenSet a = PyFrozenSet.of(args.items());
        PyFrozenSet b = PyFrozenSet.of(u.args.items());
        return PyBool.of(a.equalsSet(b));
    }

    @PyMethod
    long __hash__() {
        return Abstract.hash(PyFrozenSet.of(args.items()));
    }
}

package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.BinaryOp;
import dev.taipan.objects.CompareOp;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNotImplemented;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.Slot;
import dev.taipan.objects.Slots;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * The {@code operator} module: the operators as functions, their dunder aliases, and the
 * {@code itemgetter}, {@code attrgetter} and {@code methodcaller} types
 * ({@link OperatorCallables}).
 */
// CPython: Modules/_operator.c and Lib/operator.py
public final class OperatorModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** Functions that also have a dunder name, {@code __add__} for {@code add}. */
    private static final List<String> DUNDER_ALIASES = List.of(
            "abs", "add", "and_", "call", "concat", "contains", "delitem", "eq", "floordiv", "ge",
            "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod",
            "imul", "index", "inv", "invert", "ior", "ipow", "irshift", "isub", "itruediv", "ixor",
            "le", "lshift", "lt", "matmul", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow",
            "rshift", "setitem", "sub", "truediv", "xor");

    /** The public names, as {@code operator.__all__} lists them. */
    private static final List<String> ALL = List.of(
            "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem",
            "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv",
            "ilshift", "imatmul", "imod", "imul", "index", "indexOf", "inv", "invert", "ior",
            "ipow", "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le",
            "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg",
            "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor");

    /** Creates the module with its functions, aliases and types. */
    public OperatorModule() {
        super("operator");
        put("__doc__", PyStr.of("Operator interface.\n\nThis module exports a set of functions "
                + "implemented in C corresponding\nto the intrinsic operators of Python.  For "
                + "example, operator.add(x, y)\nis equivalent to the expression x+y.  The function "
                + "names are those\nused for special methods; variants without leading and "
                + "trailing\n'__' are also provided for convenience."));
        ModuleExposer.expose(this, OperatorModule.class, LOOKUP, this::put);
        put("itemgetter", OperatorCallables.ItemGetter.TYPE);
        put("attrgetter", OperatorCallables.AttrGetter.TYPE);
        put("methodcaller", OperatorCallables.MethodCaller.TYPE);
        for (String name : DUNDER_ALIASES) {
            String bare = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
            put("__" + bare + "__", get(name));
        }
        PyList all = new PyList();
        for (String name : ALL) {
            all.append(PyStr.of(name));
        }
        put("__all__", all);
    }

    // ---- comparisons ------------------------------------------------------------------------

    @PyFunction(doc = "Same as a < b.")
    static PyObject lt(PyObject a, PyObject b) {
        return Abstract.richCompare(a, b, CompareOp.LT);
    }

    @PyFunction(doc = "Same as a <= b.")
    static PyObject le(PyObject a, PyObject b) {
        return Abstract.richCompare(a, b, CompareOp.LE);
    }

    @PyFunction(doc = "Same as a == b.")
    static PyObject eq(PyObject a, PyObject b) {
        return Abstract.richCompare(a, b, CompareOp.EQ);
    }

    @PyFunction(doc = "Same as a != b.")
    static PyObject ne(PyObject a, PyObject b) {
        return Abstract.richCompare(a, b, CompareOp.NE);
    }

    @PyFunction(doc = "Same as a > b.")
    static PyObject gt(PyObject a, PyObject b) {
        return Abstract.richCompare(a, b, CompareOp.GT);
    }

    @PyFunction(doc = "Same as a >= b.")
    static PyObject ge(PyObject a, PyObject b) {
        return Abstract.richCompare(a, b, CompareOp.GE);
    }

    // ---- logic and identity -----------------------------------------------------------------

    @PyFunction(value = "not_", doc = "Same as not a.")
    static boolean not(PyObject a) {
        return !Abstract.isTrue(a);
    }

    @PyFunction(doc = "Return True if a is true, False otherwise.")
    static boolean truth(PyObject a) {
        return Abstract.isTrue(a);
    }

    @PyFunction(value = "is_", doc = "Same as a is b.")
    static boolean is(PyObject a, PyObject b) {
        return a == b;
    }

    @PyFunction(value = "is_not", doc = "Same as a is not b.")
    static boolean isNot(PyObject a, PyObject b) {
        return a != b;
    }

    // ---- arithmetic -------------------------------------------------------------------------

    @PyFunction(doc = "Same as abs(a).")
    static PyObject abs(PyObject a) {
        return Abstract.abs(a);
    }

    @PyFunction(doc = "Same as -a.")
    static PyObject neg(PyObject a) {
        return Abstract.neg(a);
    }

    @PyFunction(doc = "Same as +a.")
    static PyObject pos(PyObject a) {
        return Abstract.pos(a);
    }

    @PyFunction(doc = "Same as ~a.")
    static PyObject inv(PyObject a) {
        return Abstract.invert(a);
    }

    @PyFunction(doc = "Same as ~a.")
    static PyObject invert(PyObject a) {
        return Abstract.invert(a);
    }

    @PyFunction(doc = "Same as a.__index__()")
    static PyObject index(PyObject a) {
        return Abstract.index(a).exact();
    }

    @PyFunction(doc = "Same as a + b.")
    static PyObject add(PyObject a, PyObject b) {
        return Abstract.binaryOp(BinaryOp.ADD, a, b);
    }

    @PyFunction(doc = "Same as a - b.")
    static PyObject sub(PyObject a, PyObject b) {
        return Abstract.binaryOp(BinaryOp.SUB, a, b);
    }

    @PyFunction(doc = "Same as a * b.")
    static PyObject mul(PyObject a, PyObject b) {
        return Abstract.binaryOp(BinaryOp.MUL, a, b);
    }

    @PyFunction(doc = "Same as a @ b.")
    static PyObject matmul(PyObject a, PyObject b) {
        return Abstract.binaryOp(BinaryOp.MATMUL, a, b);
    }

    @PyFunction(doc = "Same as a / b.")
    static PyObject truediv(PyObject a, PyObject b) {
        return Abstract.binaryOp(BinaryOp.TRUEDIV, a, b);
    }

    @PyFunction(doc = "Same as a // b.")
    static PyObject floordiv(PyObject a, PyObject b) {
        return Abstract.binaryOp(BinaryOp.FLOORDIV, a, b);
    }

    @PyFunction(doc = "Same as a % b.")
    static PyObject mod(PyObject a, PyObject b) {
        return Abstract.binaryOp(BinaryOp.MOD, a, b);
    }

    @PyFunction(doc = "Same as a ** b.")
    static PyObject pow(PyObject a, PyObject b) {
        return Abstract.binaryOp(BinaryOp.POW, a, b);
    }

    @PyFunction(doc = "Same as a << b.")
    static PyObject lshift(PyObject a, PyObject b) {
        return Abstract.binaryOp(BinaryOp.LSHIFT, a, b);
    }

    @PyFunction(doc = "Same as a >> b.")
    static PyObject rshift(PyObject a, PyObject b) {
        return Abstract.binaryOp(BinaryOp.RSHIFT, a, b);
    }

    @PyFunction(value = "and_", doc = "Same as a & b.")
    static PyObject and(PyObject a, PyObject b) {
        return Abstract.binaryOp(BinaryOp.AND, a, b);
    }

    @PyFunction(value = "or_", doc = "Same as a | b.")
    static PyObject or(PyObject a, PyObject b) {
        return Abstract.binaryOp(BinaryOp.OR, a, b);
    }

    @PyFunction(doc = "Same as a ^ b.")
    static PyObject xor(PyObject a, PyObject b) {
        return Abstract.binaryOp(BinaryOp.XOR, a, b);
    }

    // ---- in-place ---------------------------------------------------------------------------

    @PyFunction(doc = "Same as a += b.")
    static PyObject iadd(PyObject a, PyObject b) {
        return Abstract.inplaceOp(BinaryOp.ADD, a, b);
    }

    @PyFunction(doc = "Same as a -= b.")
    static PyObject isub(PyObject a, PyObject b) {
        return Abstract.inplaceOp(BinaryOp.SUB, a, b);
    }

    @PyFunction(doc = "Same as a *= b.")
    static PyObject imul(PyObject a, PyObject b) {
        return Abstract.inplaceOp(BinaryOp.MUL, a, b);
    }

    @PyFunction(doc = "Same as a @= b.")
    static PyObject imatmul(PyObject a, PyObject b) {
        return Abstract.inplaceOp(BinaryOp.MATMUL, a, b);
    }

    @PyFunction(doc = "Same as a /= b.")
    static PyObject itruediv(PyObject a, PyObject b) {
        return Abstract.inplaceOp(BinaryOp.TRUEDIV, a, b);
    }

    @PyFunction(doc = "Same as a //= b.")
    static PyObject ifloordiv(PyObject a, PyObject b) {
        return Abstract.inplaceOp(BinaryOp.FLOORDIV, a, b);
    }

    @PyFunction(doc = "Same as a %= b.")
    static PyObject imod(PyObject a, PyObject b) {
        return Abstract.inplaceOp(BinaryOp.MOD, a, b);
    }

    @PyFunction(doc = "Same as a **= b.")
    static PyObject ipow(PyObject a, PyObject b) {
        return Abstract.inplaceOp(BinaryOp.POW, a, b);
    }

    @PyFunction(doc = "Same as a <<= b.")
    static PyObject ilshift(PyObject a, PyObject b) {
        return Abstract.inplaceOp(BinaryOp.LSHIFT, a, b);
    }

    @PyFunction(doc = "Same as a >>= b.")
    static PyObject irshift(PyObject a, PyObject b) {
        return Abstract.inplaceOp(BinaryOp.RSHIFT, a, b);
    }

    @PyFunction(doc = "Same as a &= b.")
    static PyObject iand(PyObject a, PyObject b) {
        return Abstract.inplaceOp(BinaryOp.AND, a, b);
    }

    @PyFunction(doc = "Same as a |= b.")
    static PyObject ior(PyObject a, PyObject b) {
        return Abstract.inplaceOp(BinaryOp.OR, a, b);
    }

    @PyFunction(doc = "Same as a ^= b.")
    static PyObject ixor(PyObject a, PyObject b) {
        return Abstract.inplaceOp(BinaryOp.XOR, a, b);
    }

    // ---- sequences --------------------------------------------------------------------------

    /** Whether an object is a sequence as CPython's PySequence_Check sees it. */
    private static boolean isSequence(PyObject o) {
        return !(o instanceof PyDict) && o.getType().slot(Slot.GETITEM) != null;
    }

    // CPython: Objects/abstract.c, PySequence_Concat
    @PyFunction(doc = "Same as a + b, for a and b sequences.")
    static PyObject concat(PyObject a, PyObject b) {
        if (!isSequence(a)) {
            throw Errors.typeError("'%.200s' object can't be concatenated", a.getType().getName());
        }
        return Abstract.binaryOp(BinaryOp.ADD, a, b);
    }

    // CPython: Objects/abstract.c, PySequence_InPlaceConcat
    @PyFunction(doc = "Same as a += b, for a and b sequences.")
    static PyObject iconcat(PyObject a, PyObject b) {
        if (!isSequence(a)) {
            throw Errors.typeError("'%.200s' object can't be concatenated", a.getType().getName());
        }
        return Abstract.inplaceOp(BinaryOp.ADD, a, b);
    }

    @PyFunction(doc = "Same as b in a (note reversed operands).")
    static boolean contains(PyObject a, PyObject b) {
        return Abstract.contains(a, b);
    }

    /** Iterates for countOf/indexOf, with CPython's message for a non-iterable. */
    // CPython: Objects/abstract.c, _PySequence_IterSearch
    private static PyObject searchIter(PyObject seq) {
        try {
            return Abstract.iter(seq);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw Errors.typeError("argument of type '%.200s' is not iterable", seq.getType().getName());
            }
            throw e;
        }
    }

    @PyFunction(doc = "Return the number of items in a which are, or which equal, b.")
    static long countOf(PyObject a, PyObject b) {
        PyObject it = searchIter(a);
        long n = 0;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (Abstract.richCompareBool(x, b, CompareOp.EQ)) {
                n++;
            }
        }
        return n;
    }

    @PyFunction(doc = "Return the first index of b in a.")
    static long indexOf(PyObject a, PyObject b) {
        PyObject it = searchIter(a);
        long i = 0;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (Abstract.richCompareBool(x, b, CompareOp.EQ)) {
                return i;
            }
            i++;
        }
        throw Errors.valueError("sequence.index(x): x not in sequence");
    }

    @PyFunction(doc = "Same as a[b].")
    static PyObject getitem(PyObject a, PyObject b) {
        return Abstract.getItem(a, b);
    }

    @PyFunction(doc = "Same as a[b] = c.")
    static void setitem(PyObject a, PyObject b, PyObject c) {
        Abstract.setItem(a, b, c);
    }

    @PyFunction(doc = "Same as del a[b].")
    static void delitem(PyObject a, PyObject b) {
        Abstract.delItem(a, b);
    }

    /**
     * {@code length_hint(obj, default=0)}: the length, else {@code __length_hint__}, else the
     * default.
     */
    // CPython: Objects/abstract.c, PyObject_LengthHint
    @PyFunction(doc = "Return an estimate of the number of items in obj.")
    static PyObject length_hint(PyObject obj, @Default("0") PyObject dflt) {
        if (dflt.getClass() != PyInt.class) {
            throw Errors.typeError("'%.200s' object cannot be interpreted as an integer",
                    dflt.getType().getName());
        }
        if (obj.getType().slot(Slot.LEN) != null) {
            try {
                return PyInt.of(Abstract.len(obj));
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.TypeError)) {
                    throw e;
                }
            }
        }
        PyObject hint = obj.getType().slot(Slot.LENGTH_HINT);
        if (hint == null) {
            return dflt;
        }
        PyObject r;
        try {
            r = Slots.call0(hint, obj);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                return dflt;
            }
            throw e;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return dflt;
        }
        if (!(r instanceof PyInt i)) {
            throw Errors.typeError("__length_hint__ must be an integer, not %.100s", r.getType().getName());
        }
        if (i.signum() < 0) {
            throw Errors.valueError("__length_hint__() should return >= 0");
        }
        return i;
    }

    @PyFunction(doc = "Same as obj(*args, **kwargs).")
    static PyObject call(PyObject obj, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        return Abstract.callWithDict(obj, args, kwargs);
    }
}

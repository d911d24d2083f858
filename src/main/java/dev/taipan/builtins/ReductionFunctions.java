package dev.taipan.builtins;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.CompareOp;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;

/** The builtin functions that consume an iterable: {@code all any max min sorted}. */
// CPython: Python/bltinmodule.c
final class ReductionFunctions {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private ReductionFunctions() {
    }

    @PyFunction(doc = "Return True if bool(x) is True for all values x in the iterable.")
    static boolean all(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!Abstract.isTrue(x)) {
                return false;
            }
        }
        return true;
    }

    @PyFunction(doc = "Return True if bool(x) is True for any x in the iterable.")
    static boolean any(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (Abstract.isTrue(x)) {
                return true;
            }
        }
        return false;
    }

    @PyFunction(doc = "With a single iterable argument, return its biggest item; with two or more positional"
            + " arguments, return the largest argument.")
    static PyObject max(@Args PyObject[] args, @KwOnly("key") @Opt PyObject key, @KwOnly("default") @Opt PyObject dflt) {
        return minMax(args, key, dflt, CompareOp.GT, "max");
    }

    @PyFunction(doc = "With a single iterable argument, return its smallest item; with two or more positional"
            + " arguments, return the smallest argument.")
    static PyObject min(@Args PyObject[] args, @KwOnly("key") @Opt PyObject key, @KwOnly("default") @Opt PyObject dflt) {
        return minMax(args, key, dflt, CompareOp.LT, "min");
    }

    // CPython: Python/bltinmodule.c, min_max: the first of equal items wins, a key of None is
    // no key, and a default is only allowed with a single iterable.
    private static PyObject minMax(PyObject[] args, PyObject key, PyObject dflt, CompareOp op, String name) {
        if (args.length == 0) {
            throw Errors.typeError("%s expected at least 1 argument, got 0", name);
        }
        boolean positional = args.length > 1;
        if (positional && dflt != null) {
            throw Errors.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
        }
        PyObject it = positional ? null : Abstract.iter(args[0]);
        if (key == PyNone.NONE) {
            key = null;
        }
        PyObject best = null;
        PyObject bestValue = null;
        for (int i = 0; ; i++) {
            PyObject item;
            if (it == null) {
                if (i >= args.length) {
                    break;
                }
                item = args[i];
            } else {
                item = Abstract.next(it);
                if (item == null) {
                    break;
                }
            }
            PyObject value = key == null ? item : key.call(item);
            if (bestValue == null || Abstract.richCompareBool(value, bestValue, op)) {
                best = item;
                bestValue = value;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError("%s() iterable argument is empty", name);
        }
        return best;
    }

    // CPython: builtin_sorted: a new list, then its sort() with the keywords as given, so
    // errors about key and reverse are list.sort's.
    @PyFunction(doc = "Return a new list containing all items from the iterable in ascending order.")
    static PyObject sorted(@Args PyObject[] args, @Kwargs PyDict kwargs) {
        if (args.length != 1) {
            throw Errors.typeError("sorted expected 1 argument, got %d", args.length);
        }
        PyList list = PyList.of(Abstract.toArray(args[0]));
        PyObject sort = Abstract.getAttr(list, "sort");
        Abstract.callWithDict(sort, PyObject.EMPTY_ARRAY, kwargs);
        return list;
    }
}

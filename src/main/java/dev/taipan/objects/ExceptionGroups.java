package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * The behaviour of {@code BaseExceptionGroup} and {@code ExceptionGroup}: construction rules,
 * {@code str}, {@code derive}, {@code subgroup} and {@code split}. Field indices: 0 message,
 * 1 exceptions (a tuple).
 *
 * <p>CPython: Objects/exceptions.c, BaseExceptionGroup_new and exceptiongroup_split_recursive
 */
final class ExceptionGroups {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private ExceptionGroups() {
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        if (args.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)",
                    args.length);
        }
        if (!(args[0] instanceof PyStr)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                    args[0].getType().getName());
        }
        PyObject excs = args[1];
        if (!(excs instanceof PyList || excs instanceof PyTuple)) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = Abstract.toArray(excs);
        if (items.length == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestBase = false;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException e)) {
                throw Errors.valueError("Item %d of second argument (exceptions) is not an exception",
                        i);
            }
            if (!e.getType().isSubtypeOf(ExceptionTypes.Exception)) {
                nestBase = true;
            }
        }
        PyType type = cls;
        if (cls == ExceptionTypes.BaseExceptionGroup) {
            if (!nestBase) {
                type = ExceptionTypes.ExceptionGroup;
            }
        } else if (cls == ExceptionTypes.ExceptionGroup) {
            if (nestBase) {
                throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (nestBase && cls.isSubtypeOf(ExceptionTypes.Exception)) {
            throw Errors.typeError("Cannot nest BaseExceptions in '%.200s'", cls.getName());
        }
        PyBaseException g = new PyBaseException(type, PyTuple.of(args));
        g.setField(0, args[0]);
        g.setField(1, PyTuple.of(items));
        return g;
    }

    @PyMethod
    static void __init__(PyBaseException self, @Args PyObject[] args, @Kwargs PyDict kw) {
        // Arguments were checked and stored by __new__, as in CPython.
    }

    @PyMethod
    static String __str__(PyBaseException self) {
        int n = ((PyTuple) self.field(1)).size();
        return Abstract.str(self.field(0)) + " (" + n + " sub-exception" + (n == 1 ? "" : "s")
                + ")";
    }

    @PyMethod
    static PyObject derive(PyBaseException self, PyObject excs) {
        return ExceptionTypes.BaseExceptionGroup.call(self.field(0), excs);
    }

    @PyClassMethod
    static PyObject __class_getitem__(PyType cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }

    private static boolean matches(PyObject condition, PyBaseException e) {
        if (condition instanceof PyType t) {
            return e.getType().isSubtypeOf(t);
        }
        if (condition instanceof PyTuple tup) {
            for (PyObject c : tup.items()) {
                if (c instanceof PyType t && e.getType().isSubtypeOf(t)) {
                    return true;
                }
            }
            return false;
        }
        return Abstract.isTrue(condition.call(e));
    }

    private static void checkCondition(PyObject c) {
        boolean ok = c instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BaseException);
        if (c instanceof PyTuple tup) {
            ok = true;
            for (PyObject x : tup.items()) {
                ok &= x instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BaseException);
            }
        }
        if (!ok && !Abstract.isCallable(c)) {
            throw Errors.typeError("expected an exception type, a tuple of exception types, "
                    + "or a callable (other than a class)");
        }
    }

    /** Splits a group: element 0 the matching part, element 1 the rest (either may be null). */
    private static PyObject[] splitRec(PyBaseException g, PyObject condition) {
        if (matches(condition, g)) {
            return new PyObject[] {g, null};
        }
        if (!g.getType().isSubtypeOf(ExceptionTypes.BaseExceptionGroup)) {
            return new PyObject[] {null, g};
        }
        List<PyObject> yes = new ArrayList<>();
        List<PyObject> no = new ArrayList<>();
        for (PyObject e : ((PyTuple) g.field(1)).items()) {
            PyObject[] r = splitRec((PyBaseException) e, condition);
            if (r[0] != null) {
                yes.add(r[0]);
            }
            if (r[1] != null) {
                no.add(r[1]);
            }
        }
        return new PyObject[] {part(g, yes), part(g, no)};
    }

    private static PyObject part(PyBaseException g, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        PyObject d = Abstract.callMethod(g, "derive", PyList.of(excs.toArray(new PyObject[0])));
        if (d instanceof PyBaseException de) {
            de.setCause(g.getCause());
            de.setSuppressContext(g.getSuppressContext());
            de.setContext(g.getContext());
            de.setTraceback(g.getTraceback());
            PyObject notes = g.getDict().get(PyStr.of("__notes__"));
            if (notes != null) {
                de.getDict().put(PyStr.of("__notes__"), notes);
            }
        }
        return d;
    }

    @PyMethod
    static PyObject subgroup(PyBaseException self, PyObject condition) {
        checkCondition(condition);
        PyObject r = splitRec(self, condition)[0];
        return r == null ? PyNone.NONE : r;
    }

    @PyMethod
    static PyObject split(PyBaseException self, PyObject condition) {
        checkCondition(condition);
        PyObject[] r = splitRec(self, condition);
        return PyTuple.of(r[0] == null ? PyNone.NONE : r[0], r[1] == null ? PyNone.NONE : r[1]);
    }
}

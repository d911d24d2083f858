package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Raising, matching and chaining exceptions, and the grouping rules of {@code except*}. */
final class Exceptions {
    private Exceptions() {
    }

    /** An exception instance from {@code raise X}: an instance, or a class called without arguments. */
    static PyBaseException instantiate(PyObject exc, String message) {
        if (exc instanceof PyBaseException be) {
            return be;
        }
        if (exc instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BaseException)) {
            PyObject made = t.call();
            if (made instanceof PyBaseException be) {
                return be;
            }
            throw Errors.typeError("calling %s should have returned an instance of BaseException, not %s",
                    Abstract.repr(t), made.getType().getName());
        }
        throw Errors.typeError(message);
    }

    /**
     * Sets {@code value.__context__} to the exception being handled, as raising inside an
     * {@code except} block does, cutting any cycle that would make.
     */
    // CPython: Python/errors.c, _PyErr_SetObject
    static void chainContext(ThreadState ts, PyBaseException value) {
        PyBaseException handled = ts.handled();
        if (handled == null || handled == value) {
            return;
        }
        PyBaseException o = handled;
        while (true) {
            PyObject context = o.getContext();
            if (!(context instanceof PyBaseException c)) {
                break;
            }
            if (c == value) {
                o.setContext(null);
                break;
            }
            o = c;
        }
        value.setContext(handled);
    }

    /** Validates the class (or tuple of classes) of an {@code except} clause. */
    static void checkCatchable(PyObject type, String message) {
        if (type instanceof PyTuple t) {
            for (PyObject item : t.items()) {
                checkCatchable(item, message);
            }
            return;
        }
        if (!(type instanceof PyType pt) || !pt.isSubtypeOf(ExceptionTypes.BaseException)) {
            throw Errors.typeError(message);
        }
    }

    /** CHECK_EG_MATCH: returns {rest, match}, match being None when nothing matched. */
    static PyObject[] exceptStarSplit(PyObject exc, PyObject type) {
        checkCatchable(type, "catching classes that do not inherit from BaseException is not allowed");
        if (isGroupType(type)) {
            throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        if (!Abstract.isInstance(exc, ExceptionTypes.BaseExceptionGroup)) {
            if (Abstract.isInstance(exc, type)) {
                PyType groupType = Abstract.isInstance(exc, ExceptionTypes.Exception)
                        ? ExceptionTypes.ExceptionGroup : ExceptionTypes.BaseExceptionGroup;
                PyObject group = groupType.call(PyStr.EMPTY, PyList.of(new PyObject[] {exc}));
                return new PyObject[] {PyNone.NONE, group};
            }
            return new PyObject[] {exc, PyNone.NONE};
        }
        PyObject pair = Abstract.callMethod(exc, "split", type);
        PyObject[] items = ((PyTuple) pair).items();
        return new PyObject[] {items[1], items[0]};
    }

    private static boolean isGroupType(PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject item : t.items()) {
                if (isGroupType(item)) {
                    return true;
                }
            }
            return false;
        }
        return type instanceof PyType pt && pt.isSubtypeOf(ExceptionTypes.BaseExceptionGroup);
    }

    /**
     * PREP_RERAISE_STAR: the exception to raise after the {@code except*} clauses ran, from the
     * original exception and the list of what each clause raised or left unhandled.
     */
    // CPython: Objects/exceptions.c, _PyExc_PrepReraiseStar
    static PyObject prepReraiseStar(PyObject orig, PyObject excs) {
        PyObject[] raisedList = Abstract.toArray(excs);
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> reraised = new ArrayList<>();
        Map<PyObject, Boolean> leaves = new IdentityHashMap<>();
        collectLeaves(orig, leaves);
        for (PyObject e : raisedList) {
            if (e == PyNone.NONE) {
                continue;
            }
            if (isReraise(e, leaves)) {
                reraised.add(e);
            } else {
                raised.add(e);
            }
        }
        if (raised.isEmpty() && reraised.isEmpty()) {
            return PyNone.NONE;
        }
        if (!Abstract.isInstance(orig, ExceptionTypes.BaseExceptionGroup)) {
            return raised.isEmpty() ? reraised.get(0) : raised.get(0);
        }
        Map<PyObject, Boolean> keep = new IdentityHashMap<>();
        for (PyObject e : reraised) {
            collectLeaves(e, keep);
        }
        List<PyObject> result = new ArrayList<>(raised);
        PyObject projected = project(orig, keep);
        if (projected != null) {
            result.add(projected);
        }
        if (result.size() == 1) {
            return result.get(0);
        }
        return ExceptionTypes.ExceptionGroup.call(PyStr.EMPTY, PyList.of(result.toArray(new PyObject[0])));
    }

    private static void collectLeaves(PyObject e, Map<PyObject, Boolean> leaves) {
        if (Abstract.isInstance(e, ExceptionTypes.BaseExceptionGroup)) {
            for (PyObject sub : Abstract.toArray(Abstract.getAttr(e, "exceptions"))) {
                collectLeaves(sub, leaves);
            }
        } else {
            leaves.put(e, Boolean.TRUE);
        }
    }

    private static boolean isReraise(PyObject e, Map<PyObject, Boolean> origLeaves) {
        Map<PyObject, Boolean> own = new IdentityHashMap<>();
        collectLeaves(e, own);
        for (PyObject leaf : own.keySet()) {
            if (!origLeaves.containsKey(leaf)) {
                return false;
            }
        }
        return true;
    }

    /** The part of group {@code g} whose leaves are in {@code keep}, keeping its nesting; null if none. */
    private static PyObject project(PyObject g, Map<PyObject, Boolean> keep) {
        if (!Abstract.isInstance(g, ExceptionTypes.BaseExceptionGroup)) {
            return keep.containsKey(g) ? g : null;
        }
        PyObject[] subs = Abstract.toArray(Abstract.getAttr(g, "exceptions"));
        List<PyObject> kept = new ArrayList<>();
        boolean all = true;
        for (PyObject sub : subs) {
            PyObject p = project(sub, keep);
            if (p != null) {
                kept.add(p);
            }
            all &= p == sub;
        }
        if (kept.isEmpty()) {
            return null;
        }
        if (all && kept.size() == subs.length) {
            return g;
        }
        PyObject derived = Abstract.callMethod(g, "derive", PyList.of(kept.toArray(new PyObject[0])));
        if (derived instanceof PyBaseException d && g instanceof PyBaseException orig) {
            d.setCause(orig.getCause());
            d.setSuppressContext(orig.getSuppressContext());
            d.setContext(orig.getContext());
            d.setTraceback(orig.getTraceback());
        }
        return derived;
    }
}

package dev.taipan.interp;

import dev.taipan.interp.specialize.Adaptive;
import dev.taipan.interp.specialize.CallFamily;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.Slot;

import java.util.Arrays;

/**
 * The call instructions. The stack holds {@code callable, self_or_null, args...}; a Python function
 * binds its arguments straight from the caller's stack into its new frame, so the common call
 * allocates only that frame.
 */
final class Calls {
    private Calls() {
    }

    /** CALL: {@code (callable, self_or_null, args[argc] -- res)}. */
    static int call(ThreadState ts, PyObject[] s, int sp, int argc) {
        int base = sp - argc - 2;
        PyObject callable = s[base];
        boolean hasSelf = s[base + 1] != null;
        int start = hasSelf ? base + 1 : base + 2;
        int n = hasSelf ? argc + 1 : argc;
        PyObject result;
        if (callable instanceof PyFunction fn) {
            result = fn.invoke(ts, s, start, n, null);
        } else if (n == 0 && callable == PySuper.TYPE) {
            result = PySuper.fromFrame(ts.current);
        } else {
            result = switch (n) {
                case 0 -> callable.call();
                case 1 -> callable.call(s[start]);
                case 2 -> callable.call(s[start], s[start + 1]);
                case 3 -> callable.call(s[start], s[start + 1], s[start + 2]);
                default -> callable.call(Arrays.copyOfRange(s, start, start + n), null);
            };
        }
        EvalOps.clear(s, sp, sp - base);
        s[base] = result;
        return base + 1;
    }

    /** CALL, counting towards specialization. */
    static int callAdaptive(ThreadState ts, Adaptive ad, int i, PyObject[] s, int sp, int argc) {
        if (ad.warm(i)) {
            int base = sp - argc - 2;
            int n = s[base + 1] != null ? argc + 1 : argc;
            CallFamily.specialize(ad, i, s[base] instanceof PyFunction fn ? fn.code.code : null, n);
        }
        return call(ts, s, sp, argc);
    }

    /** CALL_PY_EXACT_ARGS: a Python function whose parameters are exactly the arguments given. */
    static int callPyExactArgs(ThreadState ts, Adaptive ad, int i, PyObject[] s, int sp, int argc) {
        int base = sp - argc - 2;
        boolean hasSelf = s[base + 1] != null;
        int n = hasSelf ? argc + 1 : argc;
        if (s[base] instanceof PyFunction fn && fn.exactArgCount == n) {
            CallFamily.hit(ad);
            Frame f = new Frame(fn.code, fn.globals, fn.builtins, null, fn, fn.interp);
            System.arraycopy(s, hasSelf ? base + 1 : base + 2, f.slots, 0, n);
            PyObject result = Eval.run(ts, f, null);
            EvalOps.clear(s, sp, sp - base);
            s[base] = result;
            return base + 1;
        }
        CallFamily.miss(ad, i);
        return call(ts, s, sp, argc);
    }

    /** CALL_KW: like CALL with a tuple of keyword names on top. */
    static int callKw(ThreadState ts, PyObject[] s, int sp, int argc) {
        PyObject[] names = ((PyTuple) s[sp - 1]).items();
        String[] kwnames = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            kwnames[i] = names[i].toString();
        }
        int base = sp - 1 - argc - 2;
        PyObject callable = s[base];
        boolean hasSelf = s[base + 1] != null;
        int start = hasSelf ? base + 1 : base + 2;
        int n = hasSelf ? argc + 1 : argc;
        PyObject result;
        if (callable instanceof PyFunction fn) {
            result = fn.invoke(ts, s, start, n - kwnames.length, kwnames);
        } else {
            result = callable.call(Arrays.copyOfRange(s, start, start + n), kwnames);
        }
        EvalOps.clear(s, sp, sp - base);
        s[base] = result;
        return base + 1;
    }

    /** CALL_FUNCTION_EX: {@code (callable, self_or_null, callargs, kwargs?) -- res}. */
    static int callFunctionEx(PyObject[] s, int sp, int flags) {
        boolean hasKwargs = (flags & 1) != 0;
        int base = sp - 3 - (hasKwargs ? 1 : 0);
        PyObject callable = s[base];
        PyObject self = s[base + 1];
        PyObject callargs = s[base + 2];
        PyObject kwargs = hasKwargs ? s[base + 3] : null;
        PyObject[] args = callargs instanceof PyTuple t ? t.items() : starArgs(callable, callargs);
        if (self != null) {
            PyObject[] withSelf = new PyObject[args.length + 1];
            withSelf[0] = self;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            args = withSelf;
        }
        PyObject result;
        if (kwargs == null || (kwargs instanceof PyDict d && d.size() == 0)) {
            result = callable.call(args, null);
        } else {
            PyDict d = (PyDict) kwargs;
            int nkw = d.size();
            PyObject[] all = Arrays.copyOf(args, args.length + nkw);
            String[] kwnames = new String[nkw];
            int i = 0;
            for (PyObject it = Abstract.iter(d), key; (key = Abstract.next(it)) != null; i++) {
                if (!(key instanceof PyStr)) {
                    throw Errors.typeError("keywords must be strings");
                }
                kwnames[i] = key.toString();
                all[args.length + i] = d.get(key);
            }
            result = callable.call(all, kwnames);
        }
        EvalOps.clear(s, sp, sp - base);
        s[base] = result;
        return base + 1;
    }

    /** The positional arguments of {@code f(*callargs)} when they are not a tuple already. */
    // CPython: Python/ceval.c, check_args_iterable
    private static PyObject[] starArgs(PyObject callable, PyObject callargs) {
        PyType t = callargs.getType();
        if (t.slot(Slot.ITER) == null && t.slot(Slot.GETITEM) == null) {
            throw Errors.typeError("%s argument after * must be an iterable, not %s",
                    Methods.functionDescription(callable), t.getName());
        }
        return Abstract.toArray(callargs);
    }
}

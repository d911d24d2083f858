package dev.taipan.interp;

import dev.taipan.code.CodeObject;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Binds a call's arguments to a Python function's parameter slots, with CPython's rules and
 * error messages (too many or missing arguments, unexpected or duplicate keywords,
 * positional-only parameters passed by keyword).
 */
// CPython: Python/ceval.c, initialize_locals
final class ArgBinder {
    private ArgBinder() {
    }

    /**
     * Fills the parameter slots of {@code slots}.
     *
     * @param fn      the function called
     * @param slots   the new frame's slots, all null
     * @param args    positional arguments then keyword values
     * @param start   index of the first argument in {@code args}
     * @param npos    number of positional arguments
     * @param kwnames names of the keyword arguments that follow them, or null
     */
    static void bind(PyFunction fn, PyObject[] slots, PyObject[] args, int start, int npos, String[] kwnames) {
        CodeObject co = fn.code.code;
        int argcount = co.argCount();
        int kwonly = co.kwOnlyArgCount();
        int flags = co.flags();
        int next = argcount + kwonly;
        PyDict kwdict = null;
        int varargsSlot = -1;
        if ((flags & CodeObject.CO_VARARGS) != 0) {
            varargsSlot = next++;
        }
        if ((flags & CodeObject.CO_VARKEYWORDS) != 0) {
            kwdict = new PyDict();
            slots[next] = kwdict;
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(args, start, slots, 0, n);
        if (varargsSlot >= 0) {
            slots[varargsSlot] = npos > argcount
                    ? PyTuple.of(Arrays.copyOfRange(args, start + argcount, start + npos))
                    : PyTuple.EMPTY;
        }
        if (kwnames != null && kwnames.length > 0) {
            bindKeywords(fn, slots, args, start + npos, kwnames, kwdict);
        }
        if (npos > argcount && varargsSlot < 0) {
            throw tooManyPositional(fn, npos, slots);
        }
        if (npos < argcount) {
            fillPositionalDefaults(fn, slots, npos);
        }
        if (kwonly > 0) {
            fillKwOnlyDefaults(fn, slots);
        }
    }

    private static void bindKeywords(PyFunction fn, PyObject[] slots, PyObject[] args, int kwStart, String[] kwnames,
                                     PyDict kwdict) {
        CodeObject co = fn.code.code;
        String[] names = co.localsPlusNames();
        int posonly = co.posOnlyArgCount();
        int total = co.argCount() + co.kwOnlyArgCount();
        List<String> posonlyPassed = null;
        for (int k = 0; k < kwnames.length; k++) {
            String name = kwnames[k];
            PyObject value = args[kwStart + k];
            int index = indexOf(names, name, posonly, total);
            if (index < 0) {
                if (kwdict != null) {
                    kwdict.put(PyStr.of(name), value);
                    continue;
                }
                if (indexOf(names, name, 0, posonly) >= 0) {
                    if (posonlyPassed == null) {
                        posonlyPassed = new ArrayList<>();
                    }
                    posonlyPassed.add(name);
                    continue;
                }
                throw Errors.typeError("%s() got an unexpected keyword argument '%s'", fn.qualname, name);
            }
            if (slots[index] != null) {
                throw Errors.typeError("%s() got multiple values for argument '%s'", fn.qualname, name);
            }
            slots[index] = value;
        }
        if (posonlyPassed != null) {
            throw Errors.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                    fn.qualname, String.join(", ", posonlyPassed));
        }
    }

    private static int indexOf(String[] names, String name, int from, int to) {
        for (int i = from; i < to; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = from; i < to; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void fillPositionalDefaults(PyFunction fn, PyObject[] slots, int npos) {
        CodeObject co = fn.code.code;
        int argcount = co.argCount();
        PyObject[] defaults = fn.defaults;
        int ndefaults = defaults == null ? 0 : defaults.length;
        int firstDefault = argcount - ndefaults;
        List<String> missing = null;
        for (int i = npos; i < argcount; i++) {
            if (slots[i] != null) {
                continue;
            }
            if (i >= firstDefault) {
                slots[i] = defaults[i - firstDefault];
            } else {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(co.localsPlusNames()[i]);
            }
        }
        if (missing != null) {
            throw missingArguments(fn, missing, "positional");
        }
    }

    private static void fillKwOnlyDefaults(PyFunction fn, PyObject[] slots) {
        CodeObject co = fn.code.code;
        String[] names = co.localsPlusNames();
        List<String> missing = null;
        for (int i = co.argCount(), end = co.argCount() + co.kwOnlyArgCount(); i < end; i++) {
            if (slots[i] != null) {
                continue;
            }
            PyObject value = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(names[i]);
            if (value != null) {
                slots[i] = value;
            } else {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(names[i]);
            }
        }
        if (missing != null) {
            throw missingArguments(fn, missing, "keyword-only");
        }
    }

    // CPython: Python/ceval.c, missing_arguments
    private static RuntimeException missingArguments(PyFunction fn, List<String> names, String kind) {
        StringBuilder list = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                list.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            list.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError("%s() missing %d required %s argument%s: %s",
                fn.qualname, n, kind, n == 1 ? "" : "s", list);
    }

    // CPython: Python/ceval.c, too_many_positional
    private static RuntimeException tooManyPositional(PyFunction fn, int given, PyObject[] slots) {
        CodeObject co = fn.code.code;
        int argcount = co.argCount();
        int ndefaults = fn.defaults == null ? 0 : fn.defaults.length;
        int kwonlyGiven = 0;
        for (int i = argcount, end = argcount + co.kwOnlyArgCount(); i < end; i++) {
            if (slots[i] != null) {
                kwonlyGiven++;
            }
        }
        String sig = ndefaults > 0 ? "from " + (argcount - ndefaults) + " to " + argcount : String.valueOf(argcount);
        String kwonlySig = kwonlyGiven > 0
                ? String.format(" positional argument%s (and %d keyword-only argument%s)",
                given != 1 ? "s" : "", kwonlyGiven, kwonlyGiven != 1 ? "s" : "")
                : "";
        return Errors.typeError("%s() takes %s positional argument%s but %d%s %s given",
                fn.qualname, sig, argcount == 1 && ndefaults == 0 ? "" : "s", given, kwonlySig,
                given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }
}

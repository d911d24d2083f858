package dev.taipan.objects.expose;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;

/**
 * The Python-level parameter list of a builtin callable, and the binding of call arguments to
 * it with CPython's error messages.
 *
 * <p>Parameters are numbered in Java order: positional ones ({@code posCount}, of which the
 * first {@code posOnlyCount} are positional-only), then the {@code *args} tuple if any, then
 * keyword-only ones, then the {@code **kwargs} dict if any. {@link #bind} produces one value per
 * parameter in that order; an omitted {@link Opt} parameter is {@code null}.
 *
 * <p>CPython: Python/getargs.c, _PyArg_UnpackKeywords and _PyArg_CheckPositional, and
 * Objects/methodobject.c for the METH_NOARGS / METH_O texts.
 */
public final class Signature {
    /** How CPython would declare the callable, which decides the wording of errors. */
    enum Style {
        /** No parameters (METH_NOARGS). */
        NOARGS,
        /** Exactly one required positional-only parameter (METH_O). */
        O,
        /** Only positional-only parameters, maybe optional or *args (METH_FASTCALL). */
        POSITIONAL,
        /** Anything with keywords (METH_FASTCALL | METH_KEYWORDS). */
        KEYWORDS
    }

    /** Marks an optional parameter without a default (the Java method receives null). */
    static final PyObject ABSENT = null;

    final String name;
    final String qualname;
    final String[] names;
    final int posOnlyCount;
    final int posCount;
    final int kwOnlyCount;
    final boolean varArgs;
    final boolean varKw;
    /** Per parameter: the default, or {@code null} when required ({@link #optional} says which). */
    final PyObject[] defaults;
    final boolean[] optional;
    final int minPos;
    final Style style;
    /** Whether this is a type's {@code __new__} or {@code __init__}. */
    final boolean constructor;

    Signature(String name, String qualname, String[] names, int posOnlyCount, int posCount,
            int kwOnlyCount, boolean varArgs, boolean varKw, PyObject[] defaults,
            boolean[] optional, boolean constructor) {
        this.constructor = constructor;
        this.name = name;
        this.qualname = qualname;
        this.names = names;
        this.posOnlyCount = posOnlyCount;
        this.posCount = posCount;
        this.kwOnlyCount = kwOnlyCount;
        this.varArgs = varArgs;
        this.varKw = varKw;
        this.defaults = defaults;
        this.optional = optional;
        int m = 0;
        while (m < posCount && !optional[m]) {
            m++;
        }
        this.minPos = m;
        if (posCount == 0 && kwOnlyCount == 0 && !varArgs && !varKw) {
            style = Style.NOARGS;
        } else if (posCount == 1 && posOnlyCount == 1 && minPos == 1 && kwOnlyCount == 0
                && !varArgs && !varKw && !constructor) {
            // Constructors take an argument tuple, never METH_O: reversed() says "reversed
            // expected 1 argument, got 0", as _PyArg_CheckPositional words it.
            style = Style.O;
        } else if (posOnlyCount == posCount && kwOnlyCount == 0 && !varKw) {
            style = Style.POSITIONAL;
        } else {
            style = Style.KEYWORDS;
        }
    }

    /** Returns the number of values {@link #bind} produces. */
    int slotCount() {
        return posCount + (varArgs ? 1 : 0) + kwOnlyCount + (varKw ? 1 : 0);
    }

    /** Returns whether a call with {@code n} positional arguments and no keywords can skip binding. */
    boolean simplePositional() {
        return !varArgs && !varKw && kwOnlyCount == 0;
    }

    /**
     * Binds call arguments to parameters.
     *
     * @param args    the arguments (positional, then keyword values)
     * @param start   index of the first argument in {@code args} (after any self)
     * @param kwnames keyword names, or {@code null}
     * @return one value per parameter in Java order
     */
    PyObject[] bind(PyObject[] args, int start, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int nargs = args.length - start - nkw;
        if (style != Style.KEYWORDS) {
            if (nkw > 0 && !(varKw)) {
                throw Errors.typeError("%s() takes no keyword arguments",
                        style == Style.POSITIONAL ? name : qualname);
            }
            checkPositionalCount(nargs);
        }
        if (constructor && nargs > posCount && !varArgs) {
            // CPython's constructors check the positional count first, in this wording.
            throw Errors.typeError("%s expected at most %d argument%s, got %d", name, posCount,
                    posCount == 1 ? "" : "s", nargs);
        }
        PyObject[] out = new PyObject[slotCount()];
        int npos = Math.min(nargs, posCount);
        if (nargs > posCount && !varArgs) {
            int maxargs = posCount + kwOnlyCount;
            if (nargs + nkw > maxargs) {
                throw Errors.typeError("%s() takes at most %d %sargument%s (%d given)", name, maxargs,
                        nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw);
            }
            if (posCount == 0) {
                throw Errors.typeError("%s() takes no positional arguments", name);
            }
            throw Errors.typeError("%s() takes %s %d positional argument%s (%d given)", name,
                    minPos < posCount ? "at most" : "exactly", posCount, posCount == 1 ? "" : "s",
                    nargs);
        }
        if (nargs + nkw > posCount + kwOnlyCount && !varArgs && !varKw) {
            int maxargs = posCount + kwOnlyCount;
            throw Errors.typeError("%s() takes at most %d %sargument%s (%d given)", name, maxargs,
                    nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw);
        }
        System.arraycopy(args, start, out, 0, npos);
        int kwStart = posCount + (varArgs ? 1 : 0);
        if (varArgs) {
            PyObject[] rest = new PyObject[Math.max(0, nargs - posCount)];
            System.arraycopy(args, start + npos, rest, 0, rest.length);
            out[posCount] = PyTuple.wrap(rest);
        }
        PyDict extra = null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            PyObject value = args[start + nargs + k];
            int p = indexOfName(kw);
            if (p < 0) {
                if (varKw) {
                    if (extra == null) {
                        extra = new PyDict();
                    }
                    extra.put(PyStr.of(kw), value);
                    continue;
                }
                throw Errors.typeError("%s() got an unexpected keyword argument '%s'", name, kw);
            }
            int slot = p < posCount ? p : kwStart + (p - posCount);
            if (p < npos) {
                throw Errors.typeError("argument for %s() given by name ('%s') and position (%d)",
                        name, kw, p + 1);
            }
            out[slot] = value;
        }
        for (int p = npos; p < posCount + kwOnlyCount; p++) {
            int slot = p < posCount ? p : kwStart + (p - posCount);
            if (out[slot] == null) {
                if (optional[p]) {
                    out[slot] = defaults[p];
                } else if (p < posCount) {
                    if (p < posOnlyCount) {
                        throw Errors.typeError("%s() takes %s %d positional argument%s (%d given)",
                                name, varArgs || minPos < posCount ? "at least" : "exactly", minPos,
                                minPos == 1 ? "" : "s", nargs);
                    }
                    throw Errors.typeError("%s() missing required argument '%s' (pos %d)", name,
                            names[p], p + 1);
                } else {
                    throw Errors.typeError("%s() missing required keyword-only argument '%s'",
                            name, names[p]);
                }
            }
        }
        if (varKw) {
            out[out.length - 1] = extra;
        }
        return out;
    }

    /**
     * Checks the positional count for callables without keywords (METH_NOARGS, METH_O and
     * positional-only clinic functions).
     *
     * @param nargs the number of positional arguments
     */
    void checkPositionalCount(int nargs) {
        switch (style) {
            case NOARGS -> {
                if (nargs != 0) {
                    throw Errors.typeError("%s() takes no arguments (%d given)", qualname, nargs);
                }
            }
            case O -> {
                if (nargs != 1) {
                    throw Errors.typeError("%s() takes exactly one argument (%d given)", qualname,
                            nargs);
                }
            }
            case POSITIONAL -> {
                int max = varArgs ? Integer.MAX_VALUE : posCount;
                if (nargs < minPos || nargs > max) {
                    String range;
                    int n;
                    if (minPos == max) {
                        range = "";
                        n = minPos;
                    } else if (nargs < minPos) {
                        range = "at least ";
                        n = minPos;
                    } else {
                        range = "at most ";
                        n = max;
                    }
                    throw Errors.typeError("%s expected %s%d argument%s, got %d", name, range, n,
                            n == 1 ? "" : "s", nargs);
                }
            }
            default -> {
            }
        }
    }

    private int indexOfName(String kw) {
        for (int i = posOnlyCount; i < names.length; i++) {
            if (kw.equals(names[i])) {
                return i;
            }
        }
        return -1;
    }
}

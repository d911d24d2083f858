package dev.taipan.interp;

import dev.taipan.code.CodeObject;
import dev.taipan.interp.specialize.Adaptive;
import dev.taipan.interp.specialize.LoadGlobalFamily;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PySet;
import dev.taipan.objects.PySlice;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;

/**
 * The out-of-line parts of the eval loop's instructions: name lookups, container building,
 * operators, unpacking. Each method does one instruction's work and says which.
 */
final class EvalOps {
    private EvalOps() {
    }

    /** Nulls the top {@code n} stack slots and returns the new stack pointer. */
    static int clear(PyObject[] s, int sp, int n) {
        for (int i = 0; i < n; i++) {
            s[--sp] = null;
        }
        return sp;
    }

    // ---- variables ---------------------------------------------------------------------

    static PyException unboundLocal(CodeObject code, int slot) {
        return Errors.of(ExceptionTypes.UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value",
                code.localsPlusNames()[slot]);
    }

    /** LOAD_DEREF. */
    static PyObject loadDeref(CodeObject code, PyObject[] s, int slot) {
        PyObject v = ((PyCell) s[slot]).content;
        if (v == null) {
            throw unboundDeref(code, slot);
        }
        return v;
    }

    private static PyException unboundDeref(CodeObject code, int slot) {
        String name = code.localsPlusNames()[slot];
        if ((code.localsPlusKinds()[slot] & CodeObject.KIND_FREE) != 0) {
            return Errors.of(ExceptionTypes.NameError,
                    "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
        }
        return unboundLocal(code, slot);
    }

    /** DELETE_DEREF. */
    static void deleteDeref(CodeObject code, PyObject[] s, int slot) {
        PyCell cell = (PyCell) s[slot];
        if (cell.content == null) {
            throw unboundDeref(code, slot);
        }
        cell.content = null;
    }

    /** COPY_FREE_VARS: the function's closure cells fill the last slots. */
    static void copyFreeVars(Frame f) {
        PyCell[] closure = f.function.closure;
        int first = f.code.slotCount() - closure.length;
        System.arraycopy(closure, 0, f.slots, first, closure.length);
    }

    static PyException nameError(String name) {
        PyException e = Errors.of(ExceptionTypes.NameError, "name '%s' is not defined", name);
        Abstract.setAttr(e.getValue(), "name", PyStr.of(name));
        return e;
    }

    private static PyObject mappingGet(PyObject mapping, PyObject key) {
        if (mapping instanceof PyDict d && d.getType() == PyDict.TYPE) {
            return d.get(key);
        }
        try {
            return Abstract.getItem(mapping, key);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    /** LOAD_NAME: locals, globals, builtins. */
    static PyObject loadName(Frame f, int arg) {
        PyStr k = f.names[arg];
        PyObject v = f.locals == null ? null : mappingGet(f.locals, k);
        if (v == null) {
            v = f.globals.get(k);
            if (v == null) {
                v = f.builtins.get(k);
                if (v == null) {
                    throw nameError(k.toString());
                }
            }
        }
        return v;
    }

    /** STORE_NAME. */
    static void storeName(Frame f, int arg, PyObject value) {
        PyStr k = f.names[arg];
        if (f.locals == null) {
            throw Errors.systemError("no locals found when storing '%s'", k);
        }
        Abstract.setItem(f.locals, k, value);
    }

    /** DELETE_NAME. */
    static void deleteName(Frame f, int arg) {
        String name = f.code.names()[arg];
        try {
            Abstract.delItem(f.locals, PyStr.of(name));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KeyError)) {
                throw nameError(name);
            }
            throw e;
        }
    }

    /** LOAD_GLOBAL: globals, then builtins. */
    static PyObject loadGlobal(Frame f, int arg) {
        PyStr k = f.names[arg];
        PyObject v = f.globals.get(k);
        if (v == null) {
            v = f.builtins.get(k);
            if (v == null) {
                throw nameError(k.toString());
            }
        }
        return v;
    }

    /** LOAD_GLOBAL, counting towards specialization. */
    static PyObject loadGlobalAdaptive(Frame f, Adaptive ad, int i, int arg) {
        if (ad.warm(i)) {
            LoadGlobalFamily.specialize(ad, i, f.globals, f.builtins, f.names[arg]);
        }
        return loadGlobal(f, arg);
    }

    /** LOAD_GLOBAL_MODULE: the cached globals entry, or the full lookup after a miss. */
    static PyObject loadGlobalModule(Frame f, Adaptive ad, int i, int arg) {
        PyObject v = LoadGlobalFamily.module(ad, i, f.globals);
        return v != null ? v : loadGlobal(f, arg);
    }

    /** LOAD_GLOBAL_BUILTIN: the cached builtins entry, or the full lookup after a miss. */
    static PyObject loadGlobalBuiltin(Frame f, Adaptive ad, int i, int arg) {
        PyObject v = LoadGlobalFamily.builtin(ad, i, f.globals, f.builtins);
        return v != null ? v : loadGlobal(f, arg);
    }

    /** STORE_GLOBAL. */
    static void storeGlobal(Frame f, int arg, PyObject value) {
        f.globals.put(f.names[arg], value);
    }

    /** DELETE_GLOBAL. */
    static void deleteGlobal(Frame f, int arg) {
        String name = f.code.names()[arg];
        if (f.globals.getStr(name) == null) {
            throw nameError(name);
        }
        f.globals.remove(PyStr.of(name));
    }

    /** LOAD_FROM_DICT_OR_GLOBALS: a class body's lookup through its namespace mapping. */
    static PyObject loadFromDictOrGlobals(Frame f, PyObject mapping, int arg) {
        PyObject v = mappingGet(mapping, f.names[arg]);
        return v != null ? v : loadGlobal(f, arg);
    }

    /** LOAD_FROM_DICT_OR_DEREF: a free variable read in a class body, the class namespace first. */
    static PyObject loadFromDictOrDeref(Frame f, PyObject mapping, int slot) {
        PyObject v = mappingGet(mapping, PyStr.of(f.code.localsPlusNames()[slot]));
        return v != null ? v : loadDeref(f.code, f.slots, slot);
    }

    /** LOAD_LOCALS. */
    static PyObject loadLocals(Frame f) {
        if (f.locals == null) {
            throw Errors.systemError("no locals found");
        }
        return f.locals;
    }

    // ---- attributes --------------------------------------------------------------------

    /** LOAD_SUPER_ATTR: {@code super(class, self).name}, the method form pushing (attr, self_or_null). */
    static int loadSuperAttr(Frame f, PyObject[] s, int sp, int arg) {
        PyObject globalSuper = s[sp - 3];
        PyObject cls = s[sp - 2];
        PyObject self = s[sp - 1];
        String name = f.code.names()[arg >> 2];
        PyObject sup = globalSuper.call(cls, self);
        PyObject attr = Abstract.getAttr(sup, name);
        sp = clear(s, sp, 3);
        s[sp++] = attr;
        if ((arg & 1) != 0) {
            s[sp++] = null;
        }
        return sp;
    }

    // ---- operators ---------------------------------------------------------------------

    // ---- subscripts --------------------------------------------------------------------

    static PyObject getSlice(PyObject container, PyObject start, PyObject stop) {
        return Abstract.getItem(container, new PySlice(start, stop, PyNone.NONE));
    }

    static void setSlice(PyObject container, PyObject start, PyObject stop, PyObject value) {
        Abstract.setItem(container, new PySlice(start, stop, PyNone.NONE), value);
    }

    /** BUILD_SLICE. */
    static int buildSlice(PyObject[] s, int sp, int n) {
        PyObject step = n == 3 ? s[sp - 1] : PyNone.NONE;
        PySlice slice = new PySlice(s[sp - n], s[sp - n + 1], step);
        sp = clear(s, sp, n);
        s[sp++] = slice;
        return sp;
    }

    // ---- containers --------------------------------------------------------------------

    static int buildTuple(PyObject[] s, int sp, int n) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(s, sp - n, items, 0, n);
        sp = clear(s, sp, n);
        s[sp++] = PyTuple.of(items);
        return sp;
    }

    static int buildList(PyObject[] s, int sp, int n) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(s, sp - n, items, 0, n);
        sp = clear(s, sp, n);
        s[sp++] = PyList.of(items);
        return sp;
    }

    static int buildSet(PyObject[] s, int sp, int n) {
        PySet set = new PySet();
        for (int i = sp - n; i < sp; i++) {
            set.add(s[i]);
        }
        sp = clear(s, sp, n);
        s[sp++] = set;
        return sp;
    }

    static int buildMap(PyObject[] s, int sp, int n) {
        PyDict d = new PyDict();
        for (int i = sp - 2 * n; i < sp; i += 2) {
            d.put(s[i], s[i + 1]);
        }
        sp = clear(s, sp, 2 * n);
        s[sp++] = d;
        return sp;
    }

    static int buildConstKeyMap(PyObject[] s, int sp, int n) {
        PyObject[] keys = ((PyTuple) s[sp - 1]).items();
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) {
            d.put(keys[i], s[sp - 1 - n + i]);
        }
        sp = clear(s, sp, n + 1);
        s[sp++] = d;
        return sp;
    }

    static int buildString(PyObject[] s, int sp, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = sp - n; i < sp; i++) {
            b.append(s[i].toString());
        }
        sp = clear(s, sp, n);
        s[sp++] = PyStr.of(b.toString());
        return sp;
    }

    static void listAppend(PyObject list, PyObject v) {
        ((PyList) list).append(v);
    }

    static void setAdd(PyObject set, PyObject v) {
        ((PySet) set).add(v);
    }

    static void mapAdd(PyObject dict, PyObject key, PyObject value) {
        ((PyDict) dict).put(key, value);
    }

    static void listExtend(PyObject list, PyObject iterable) {
        try {
            ((PyList) list).extend(iterable);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError) && iterable.getType().slot(dev.taipan.objects.Slot.ITER) == null
                    && iterable.getType().slot(dev.taipan.objects.Slot.GETITEM) == null) {
                throw Errors.typeError("Value after * must be an iterable, not %s", iterable.getType().getName());
            }
            throw e;
        }
    }

    static void setUpdate(PyObject set, PyObject iterable) {
        ((PySet) set).addAll(iterable);
    }

    /** DICT_UPDATE: {@code {**m}}. */
    static void dictUpdate(PyObject dict, PyObject update) {
        if (!Methods.isMapping(update)) {
            throw Errors.typeError("'%s' object is not a mapping", update.getType().getName());
        }
        ((PyDict) dict).update(update);
    }

    /**
     * DICT_MERGE: {@code f(**m)}; a repeated keyword is an error naming the function. Keys that
     * are not strings pass here and fail at the call, as in CPython.
     */
    // CPython: Python/ceval.c, _PyEval_FormatKwargsError
    static void dictMerge(PyObject callable, PyObject dict, PyObject update) {
        if (!Methods.isMapping(update)) {
            throw Errors.typeError("%s argument after ** must be a mapping, not %s",
                    Methods.functionDescription(callable), update.getType().getName());
        }
        PyDict target = (PyDict) dict;
        PyObject keys = Abstract.callMethod(update, "keys");
        for (PyObject it = Abstract.iter(keys), key; (key = Abstract.next(it)) != null; ) {
            if (target.get(key) != null) {
                throw Errors.typeError("%s got multiple values for keyword argument '%s'",
                        Methods.functionDescription(callable), Abstract.str(key));
            }
            target.put(key, Abstract.getItem(update, key));
        }
    }

    // ---- f-strings ---------------------------------------------------------------------

    static PyObject convertValue(PyObject v, int kind) {
        return switch (kind) {
            case 1 -> Abstract.str(v);
            case 2 -> Abstract.repr(v);
            case 3 -> Abstract.ascii(v);
            default -> throw Errors.systemError("bad conversion %d", kind);
        };
    }

    static PyObject formatSimple(PyObject v) {
        return v.getType() == PyStr.TYPE ? v : Abstract.format(v, PyStr.EMPTY);
    }

    // ---- functions and classes ---------------------------------------------------------

    static PyObject makeFunction(ThreadState ts, Frame f, PyObject code) {
        return new PyFunction(ts.interp, (PyCode) code, f.globals, f.builtins);
    }

    static void setFunctionAttribute(PyObject func, PyObject attr, int flag) {
        PyFunction fn = (PyFunction) func;
        switch (flag) {
            case 1 -> fn.defaults = ((PyTuple) attr).items();
            case 2 -> fn.kwdefaults = (PyDict) attr;
            case 4 -> {
                PyObject[] pairs = ((PyTuple) attr).items();
                PyDict annotations = new PyDict();
                for (int i = 0; i + 1 < pairs.length; i += 2) {
                    annotations.put(pairs[i], pairs[i + 1]);
                }
                fn.annotations = annotations;
            }
            case 8 -> {
                PyObject[] cells = ((PyTuple) attr).items();
                PyCell[] closure = new PyCell[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    closure[i] = (PyCell) cells[i];
                }
                fn.closure = closure;
            }
            case 16 -> fn.typeParams = attr;
            default -> throw Errors.systemError("bad SET_FUNCTION_ATTRIBUTE flag %d", flag);
        }
    }

    static PyObject loadBuildClass(Frame f) {
        PyObject bc = f.builtins.getStr("__build_class__");
        if (bc == null) {
            throw Errors.of(ExceptionTypes.NameError, "__build_class__ not found");
        }
        return bc;
    }

    // ---- exceptions --------------------------------------------------------------------

    /** RAISE_VARARGS. */
    static PyException raise(ThreadState ts, PyObject[] s, int sp, int n) {
        if (n == 0) {
            var handled = ts.handled();
            if (handled == null) {
                return Errors.runtimeError("No active exception to reraise");
            }
            ts.reraising = handled;
            return handled.toJava();
        }
        PyObject cause = n == 2 ? s[sp - 1] : null;
        PyObject exc = s[sp - n];
        var value = Exceptions.instantiate(exc, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PyNone.NONE) {
                value.setCause(PyNone.NONE);
            } else {
                value.setCause(Exceptions.instantiate(cause, "exception causes must derive from BaseException"));
            }
            value.setSuppressContext(true);
        }
        Exceptions.chainContext(ts, value);
        return value.toJava();
    }

    /** CHECK_EXC_MATCH. */
    static boolean exceptionMatches(PyObject exc, PyObject type) {
        Exceptions.checkCatchable(type, "catching classes that do not inherit from BaseException is not allowed");
        return Abstract.isInstance(exc, type);
    }

    /** CHECK_EG_MATCH: splits an exception group for {@code except*}. */
    static void checkEgMatch(PyObject[] s, int sp) {
        PyObject[] split = Exceptions.exceptStarSplit(s[sp - 2], s[sp - 1]);
        s[sp - 2] = split[0];
        s[sp - 1] = split[1];
    }

    static PyObject assertionError() {
        return ExceptionTypes.AssertionError;
    }

    /** BEFORE_WITH: pushes the bound {@code __exit__} and the result of {@code __enter__()}. */
    static int beforeWith(PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyType type = mgr.getType();
        PyObject enter = type.lookup("__enter__");
        PyObject exit = type.lookup("__exit__");
        if (enter == null || exit == null) {
            throw Errors.typeError(enter == null
                    ? "'%s' object does not support the context manager protocol"
                    : "'%s' object does not support the context manager protocol (missed __exit__ method)",
                    type.getName());
        }
        s[sp - 1] = Methods.bind(exit, mgr);
        s[sp] = Methods.bind(enter, mgr).call();
        return sp + 1;
    }

    /** WITH_EXCEPT_START: calls {@code exit(type, value, traceback)}. */
    static PyObject withExceptStart(PyObject[] s, int sp) {
        PyObject exit = s[sp - 4];
        PyObject val = s[sp - 1];
        PyObject tb = val instanceof dev.taipan.objects.PyBaseException be && be.getTraceback() != null
                ? be.getTraceback() : PyNone.NONE;
        return exit.call(val.getType(), val, tb);
    }

    // ---- unpacking ---------------------------------------------------------------------

    /** UNPACK_SEQUENCE: pushes the items in reverse, so the first is on top. */
    static int unpackSequence(PyObject[] s, int sp, int n) {
        PyObject seq = s[--sp];
        PyObject[] items = Unpacking.items(seq, n);
        for (int i = n - 1; i >= 0; i--) {
            s[sp++] = items[i];
        }
        return sp;
    }

    /** UNPACK_EX: {@code a, *b, c = seq}. */
    static int unpackEx(PyObject[] s, int sp, int arg) {
        int before = arg & 0xff;
        int after = arg >> 8;
        PyObject seq = s[--sp];
        PyObject[] items = Unpacking.itemsWithStar(seq, before, after);
        for (int i = items.length - 1; i >= 0; i--) {
            s[sp++] = items[i];
        }
        return sp;
    }

    static void setupAnnotations(Frame f) {
        PyStr key = PyStr.of("__annotations__");
        if (mappingGet(f.locals, key) == null) {
            Abstract.setItem(f.locals, key, new PyDict());
        }
    }

    static PyObject getLen(PyObject o) {
        return PyInt.of(Abstract.len(o));
    }

    static PyException badOpcode(CodeObject code, int index) {
        return Errors.systemError("unknown opcode %d at %d in %s",
                code.code()[index] & 0xff, index, code.qualname());
    }
}

package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code builtins.__build_class__}: what a {@code class} statement runs. It resolves
 * {@code __mro_entries__}, picks the most derived metaclass, asks it to {@code __prepare__} the
 * namespace, runs the class body in it, calls the metaclass, and fills the {@code __class__} cell
 * that zero-argument {@code super()} reads.
 */
// CPython: Python/bltinmodule.c, builtin___build_class__
public final class BuildClass {
    private BuildClass() {
    }

    /**
     * Builds a class.
     *
     * @param args    the body function, the name, then the bases, then keyword values
     * @param kwnames names of the keyword arguments ({@code metaclass} and class keywords), or null
     */
    public static PyObject build(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 2) {
            throw Errors.typeError("__build_class__: not enough arguments");
        }
        if (!(args[0] instanceof PyFunction body)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        if (!(args[1] instanceof PyStr name)) {
            throw Errors.typeError("__build_class__: name is not a string");
        }
        PyObject[] origBases = Arrays.copyOfRange(args, 2, npos);
        PyObject[] bases = updateBases(origBases);
        PyObject meta = null;
        List<String> names = new ArrayList<>();
        List<PyObject> values = new ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            if (kwnames[i].equals("metaclass")) {
                meta = args[npos + i];
            } else {
                names.add(kwnames[i]);
                values.add(args[npos + i]);
            }
        }
        boolean isClass;
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].getType();
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = calculateMetaclass((PyType) meta, bases);
        }
        PyTuple basesTuple = PyTuple.of(bases);
        String[] kw = names.toArray(new String[0]);
        PyObject ns;
        PyObject prepare = Abstract.lookupAttr(meta, "__prepare__");
        if (prepare == null) {
            ns = new PyDict();
        } else {
            ns = prepare.call(concat(new PyObject[] {name, basesTuple}, values), kw.length == 0 ? null : kw);
        }
        if (!Methods.isMapping(ns) && Abstract.lookupAttr(ns, "__getitem__") == null) {
            throw Errors.typeError("%s.__prepare__() must return a mapping, not %s",
                    meta instanceof PyType t ? t.getName() : "<metaclass>", ns.getType().getName());
        }
        ThreadState ts = body.interp.threadState();
        Frame f = new Frame(body.code, body.globals, body.builtins, ns, body, body.interp);
        PyObject cell = Eval.run(ts, f, null);
        if (bases != origBases) {
            Abstract.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        }
        PyObject cls = meta.call(concat(new PyObject[] {name, basesTuple, ns}, values), kw.length == 0 ? null : kw);
        if (cell instanceof PyCell c && cls instanceof PyType) {
            if (c.content == null) {
                c.content = cls;
            } else if (c.content != cls) {
                throw Errors.typeError("__class__ set to %s defining %s as %s",
                        Abstract.repr(c.content), Abstract.repr(name), Abstract.repr(cls));
            }
        }
        return cls;
    }

    private static PyObject[] concat(PyObject[] first, List<PyObject> rest) {
        PyObject[] all = Arrays.copyOf(first, first.length + rest.size());
        for (int i = 0; i < rest.size(); i++) {
            all[first.length + i] = rest.get(i);
        }
        return all;
    }

    /** PEP 560: bases that are not classes may stand for others through {@code __mro_entries__}. */
    private static PyObject[] updateBases(PyObject[] bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject base = bases[i];
            if (base instanceof PyType) {
                if (out != null) {
                    out.add(base);
                }
                continue;
            }
            PyObject entries = Abstract.lookupAttr(base, "__mro_entries__");
            if (entries == null) {
                if (out != null) {
                    out.add(base);
                }
                continue;
            }
            PyObject replacement = entries.call(PyTuple.of(bases));
            if (!(replacement instanceof PyTuple t)) {
                throw Errors.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>(Arrays.asList(bases).subList(0, i));
            }
            out.addAll(Arrays.asList(t.items()));
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    /** The most derived of the metaclass and the bases' metaclasses. */
    // CPython: Objects/typeobject.c, _PyType_CalculateMetaclass
    static PyType calculateMetaclass(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject base : bases) {
            PyType t = base.getType();
            if (winner.isSubtypeOf(t)) {
                continue;
            }
            if (t.isSubtypeOf(winner)) {
                winner = t;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }
}

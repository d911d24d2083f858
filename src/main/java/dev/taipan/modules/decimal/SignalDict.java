package dev.taipan.modules.decimal;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.CompareOp;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyNotImplemented;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;
import java.util.StringJoiner;

/**
 * A live view of a context's flags or traps as a mapping from each of the nine signal classes
 * to a bool ({@code ctx.flags[Inexact]}); assigning to it changes the context.
 */
@PyClass(name = "SignalDict", module = "decimal", baseType = false, unhashable = true)
final class SignalDict extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type of the flags and traps views. */
    static final PyType TYPE = PyType.fromClass(SignalDict.class, LOOKUP);

    private final PyContext context;
    private final boolean traps;

    SignalDict(PyContext context, boolean traps) {
        this.context = context;
        this.traps = traps;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    int bits() {
        return traps ? context.traps : context.flags;
    }

    private void setBits(int bits) {
        if (traps) {
            context.traps = bits;
        } else {
            context.flags = bits;
        }
    }

    private boolean get(Signals.Signal s) {
        return (bits() & s.bits()) != 0;
    }

    /** The signal a key names, with CPython's KeyError text for others. */
    private static Signals.Signal signal(PyObject key) {
        int bits = PyContext.signalOf(key);
        for (Signals.Signal s : Signals.MAPPING_ORDER) {
            if (s.bits() == bits) {
                return s;
            }
        }
        throw Errors.keyError(key);
    }

    @PyMethod
    PyObject __getitem__(PyObject key) {
        return PyBool.of(get(signal(key)));
    }

    @PyMethod
    void __setitem__(PyObject key, PyObject value) {
        Signals.Signal s = signal(key);
        if (Abstract.isTrue(value)) {
            setBits(bits() | s.bits());
        } else {
            setBits(bits() & ~s.bits());
        }
    }

    @PyMethod
    void __delitem__(PyObject key) {
        throw Errors.valueError("signal keys cannot be deleted");
    }

    @PyMethod
    int __len__() {
        return Signals.MAPPING_ORDER.length;
    }

    @PyMethod
    boolean __contains__(PyObject key) {
        return key instanceof PyType t && Signals.bitsOf(t) != 0;
    }

    @PyMethod
    PyObject __iter__() {
        PyObject[] out = new PyObject[Signals.MAPPING_ORDER.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Signals.MAPPING_ORDER[i].type();
        }
        return Abstract.iter(PyTuple.of(out));
    }

    @PyMethod
    PyObject keys() {
        return Abstract.callMethod(copy(), "keys");
    }

    @PyMethod
    PyObject values() {
        return Abstract.callMethod(copy(), "values");
    }

    @PyMethod
    PyObject items() {
        return Abstract.callMethod(copy(), "items");
    }

    @PyMethod
    PyObject get(PyObject key, @dev.taipan.objects.expose.Opt PyObject dflt) {
        if (key instanceof PyType t && Signals.bitsOf(t) != 0) {
            return __getitem__(key);
        }
        return dflt == null ? dev.taipan.objects.PyNone.NONE : dflt;
    }

    @PyMethod
    PyObject copy() {
        PyDict d = new PyDict();
        for (Signals.Signal s : Signals.MAPPING_ORDER) {
            d.put(s.type(), PyBool.of(get(s)));
        }
        return d;
    }

    @PyMethod
    PyObject __eq__(PyObject other) {
        if (other instanceof SignalDict o) {
            return PyBool.of(bits() == o.bits() || sameSignals(bits(), o.bits()));
        }
        if (other instanceof PyDict) {
            return Abstract.richCompare(copy(), other, CompareOp.EQ);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static boolean sameSignals(int a, int b) {
        for (Signals.Signal s : Signals.MAPPING_ORDER) {
            if (((a & s.bits()) != 0) != ((b & s.bits()) != 0)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod
    PyObject __repr__() {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (Signals.Signal s : Signals.MAPPING_ORDER) {
            j.add("<class 'decimal." + s.type().getName() + "'>:" + (get(s) ? "True" : "False"));
        }
        return PyStr.of(j.toString());
    }
}

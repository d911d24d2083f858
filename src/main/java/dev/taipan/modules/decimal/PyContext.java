package dev.taipan.modules.decimal;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PySetter;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The Python {@code decimal.Context}: precision, rounding mode, exponent limits, the
 * {@code capitals} and {@code clamp} switches, and the flags and traps of the nine signals.
 * Flags are kept as {@link Signals} condition bits; a trap is set for a signal's bits.
 * The arithmetic methods are in {@link ContextMethods}.
 */
@PyClass(name = "Context", module = "decimal", methods = {ContextMethods.class},
        doc = "The context affects almost all operations and controls rounding,\n"
                + "Over/Underflow, raising of exceptions and much more.  A new context\n"
                + "can be constructed as follows:\n\n"
                + "    >>> c = Context(prec=28, Emin=-425000000, Emax=425000000,\n"
                + "    ...             rounding=ROUND_HALF_EVEN, capitals=1, clamp=1,\n"
                + "    ...             traps=[InvalidOperation, DivisionByZero, Overflow],\n"
                + "    ...             flags=[])\n    >>>\n\n\n")
public class PyContext extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** The largest precision and Emax, the smallest Emin (64-bit CPython). */
    static final long MAX_PREC = 999_999_999_999_999_999L;
    static final long MAX_EMAX = 999_999_999_999_999_999L;
    static final long MIN_EMIN = -999_999_999_999_999_999L;

    final DecimalModule module;
    long prec = 28;
    int rounding = Rounding.HALF_EVEN;
    long emin = -999_999;
    long emax = 999_999;
    int capitals = 1;
    int clamp;
    /** The flags raised, as condition bits. */
    int flags;
    /** The trapped conditions. */
    int traps = Signals.ANY_INVALID | Signals.DIVISION_BY_ZERO | Signals.OVERFLOW;

    PyContext(DecimalModule module) {
        this.module = module;
    }

    /** A Python subclass instance of {@code Context}. */
    static final class Derived extends PyContext implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(DecimalModule module, PyType type) {
            super(module);
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null && type.hasFlag(PyType.HAS_DICT)) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    @Override
    public PyType getType() {
        return module.contextType;
    }

    long etiny() {
        return emin - prec + 1;
    }

    long etop() {
        return emax - prec + 1;
    }

    /** Copies every setting, flags and traps into a fresh context of the exact type. */
    PyContext copyContext() {
        PyContext c = new PyContext(module);
        c.copyFrom(this);
        return c;
    }

    void copyFrom(PyContext o) {
        prec = o.prec;
        rounding = o.rounding;
        emin = o.emin;
        emax = o.emax;
        capitals = o.capitals;
        clamp = o.clamp;
        flags = o.flags;
        traps = o.traps;
    }

    /**
     * Records an operation's conditions as flags and raises the first trapped signal, with the
     * list of trapped conditions as its argument (as CPython does).
     *
     * @param st the conditions
     */
    void apply(Status st) {
        int bits = st.bits;
        if (bits == 0) {
            return;
        }
        flags |= bits;
        int trapped = bits & traps;
        if (trapped != 0) {
            throw trapError(trapped);
        }
    }

    /** Builds the exception for trapped conditions. */
    static RuntimeException trapError(int trapped) {
        PyType raised = Signals.DECIMAL_EXCEPTION;
        for (Signals.Signal s : Signals.MAPPING_ORDER) {
            if ((trapped & s.bits()) != 0) {
                raised = s.type();
                break;
            }
        }
        List<PyObject> conditions = new ArrayList<>();
        for (int i = 0; i < Signals.CONDITION_TYPES.length; i++) {
            if ((trapped & (1 << i)) != 0) {
                conditions.add(Signals.CONDITION_TYPES[i]);
            }
        }
        PyList list = PyList.of(conditions.toArray(new PyObject[0]));
        return new PyBaseException(raised, PyTuple.of(list)).toJava();
    }

    // ---- attributes ---------------------------------------------------------------------

    private static long integer(PyObject v) {
        if (!(v instanceof PyInt)) {
            throw Errors.typeError("an integer is required");
        }
        PyInt i = (PyInt) v;
        return i.fitsLong() ? i.longValue() : (i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
    }

    private static void noDelete(PyObject v) {
        if (v == null) {
            throw Errors.attributeError(null, "", "context attributes cannot be deleted");
        }
    }

    @PyGetter
    long prec() {
        return prec;
    }

    @PySetter
    void prec(PyObject v) {
        noDelete(v);
        long p = integer(v);
        if (p < 1 || p > MAX_PREC) {
            throw Errors.valueError("valid range for prec is [1, MAX_PREC]");
        }
        prec = p;
    }

    @PyGetter
    PyObject rounding() {
        return PyStr.of(Rounding.NAMES[rounding]);
    }

    @PySetter
    void rounding(PyObject v) {
        noDelete(v);
        rounding = Rounding.fromObject(v);
    }

    @PyGetter
    long Emin() {
        return emin;
    }

    @PySetter
    void Emin(PyObject v) {
        noDelete(v);
        long e = integer(v);
        if (e < MIN_EMIN || e > 0) {
            throw Errors.valueError("valid range for Emin is [MIN_EMIN, 0]");
        }
        emin = e;
    }

    @PyGetter
    long Emax() {
        return emax;
    }

    @PySetter
    void Emax(PyObject v) {
        noDelete(v);
        long e = integer(v);
        if (e < 0 || e > MAX_EMAX) {
            throw Errors.valueError("valid range for Emax is [0, MAX_EMAX]");
        }
        emax = e;
    }

    @PyGetter
    int capitals() {
        return capitals;
    }

    @PySetter
    void capitals(PyObject v) {
        noDelete(v);
        long c = integer(v);
        if (c != 0 && c != 1) {
            throw Errors.valueError("valid values for capitals are 0 or 1");
        }
        capitals = (int) c;
    }

    @PyGetter
    int clamp() {
        return clamp;
    }

    @PySetter
    void clamp(PyObject v) {
        noDelete(v);
        long c = integer(v);
        if (c != 0 && c != 1) {
            throw Errors.valueError("valid values for clamp are 0 or 1");
        }
        clamp = (int) c;
    }

    @PyGetter
    PyObject flags() {
        return new SignalDict(this, false);
    }

    @PySetter
    void flags(PyObject v) {
        noDelete(v);
        flags = signalDictBits(v);
    }

    @PyGetter
    PyObject traps() {
        return new SignalDict(this, true);
    }

    @PySetter
    void traps(PyObject v) {
        noDelete(v);
        traps = signalDictBits(v);
    }

    /** The bits of a mapping assigned to {@code flags} or {@code traps} (a list is refused). */
    static int signalDictBits(PyObject v) {
        if (!(v instanceof PyDict) && !(v instanceof SignalDict)) {
            throw Errors.typeError("argument must be a signal dict");
        }
        return signalBits(v);
    }

    /** The bits of a list of signals or a mapping from signals to truth values. */
    static int signalBits(PyObject v) {
        if (v instanceof SignalDict sd) {
            return sd.bits();
        }
        int bits = 0;
        if (v instanceof PyDict d) {
            if (d.size() != Signals.MAPPING_ORDER.length) {
                throw Errors.keyError("invalid signal dict");
            }
            for (PyObject k : d.keysArray()) {
                int b = signalOf(k);
                if (Abstract.isTrue(d.getItem(k))) {
                    bits |= b;
                }
            }
            return bits;
        }
        for (PyObject k : Abstract.toArray(v)) {
            bits |= signalOf(k);
        }
        return bits;
    }

    /** The bits of one signal class; KeyError with CPython's text for anything else. */
    static int signalOf(PyObject k) {
        int b = k instanceof PyType t ? Signals.bitsOf(t) : 0;
        if (b == 0) {
            throw Errors.keyError("valid values for signals are:\n"
                    + "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                    + "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                    + "   Clamped]");
        }
        return b;
    }

    /** Sets a field as the constructor and localcontext() do: flags and traps may be lists. */
    void setField(String name, PyObject v) {
        switch (name) {
            case "prec" -> prec(v);
            case "rounding" -> rounding(v);
            case "Emin" -> Emin(v);
            case "Emax" -> Emax(v);
            case "capitals" -> capitals(v);
            case "clamp" -> clamp(v);
            case "flags" -> flags = signalBits(v);
            default -> traps = signalBits(v);
        }
    }

    // ---- methods ------------------------------------------------------------------------

    @PyMethod
    PyObject __repr__() {
        return PyStr.of("Context(prec=" + prec + ", rounding=" + Rounding.NAMES[rounding] + ", Emin=" + emin
                + ", Emax=" + emax + ", capitals=" + capitals + ", clamp=" + clamp + ", flags="
                + signalList(flags) + ", traps=" + signalList(traps) + ")");
    }

    /** The signals of some condition bits, each once, in the order of their first bit. */
    static String signalList(int bits) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        int seen = 0;
        for (int i = 0; i < Signals.CONDITION_TYPES.length; i++) {
            if ((bits & (1 << i)) == 0) {
                continue;
            }
            for (Signals.Signal s : Signals.MAPPING_ORDER) {
                if ((s.bits() & (1 << i)) != 0 && (seen & s.bits()) == 0) {
                    seen |= s.bits();
                    j.add(s.type().getName());
                }
            }
        }
        return j.toString();
    }

    @PyMethod
    void clear_flags() {
        flags = 0;
    }

    @PyMethod
    void clear_traps() {
        traps = 0;
    }

    @PyMethod
    PyObject copy() {
        return copyContext();
    }

    @PyMethod
    PyObject __copy__() {
        return copyContext();
    }

    @PyMethod
    PyObject __reduce__() {
        PyObject[] flagList = signalObjects(flags);
        PyObject[] trapList = signalObjects(traps);
        return PyTuple.of(getType(), PyTuple.of(PyInt.of(prec), PyStr.of(Rounding.NAMES[rounding]),
                PyInt.of(emin), PyInt.of(emax), PyInt.of(capitals), PyInt.of(clamp),
                PyList.of(flagList), PyList.of(trapList)));
    }

    private static PyObject[] signalObjects(int bits) {
        List<PyObject> out = new ArrayList<>();
        for (Signals.Signal s : Signals.MAPPING_ORDER) {
            if ((bits & s.bits()) != 0) {
                out.add(s.type());
            }
        }
        return out.toArray(new PyObject[0]);
    }

    @PyMethod
    long Etiny() {
        return etiny();
    }

    @PyMethod
    long Etop() {
        return etop();
    }
}

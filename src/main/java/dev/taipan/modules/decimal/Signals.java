package dev.taipan.modules.decimal;

import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;

/**
 * The exception classes of {@code decimal} (signals and the conditions under
 * {@code InvalidOperation}) and the condition bits an operation reports in its {@link Status}.
 * The classes are immutable and shared by every interpreter, like the builtin exceptions.
 */
// CPython: Modules/_decimal/_decimal.c, signal_map and cond_map
public final class Signals {
    private Signals() {
    }

    /** Condition bit: an exponent was clamped. */
    public static final int CLAMPED = 1;
    /** Condition bit: a string was not a number. */
    public static final int CONVERSION_SYNTAX = 1 << 1;
    /** Condition bit: a finite non-zero number was divided by zero. */
    public static final int DIVISION_BY_ZERO = 1 << 2;
    /** Condition bit: an integer quotient did not fit the precision. */
    public static final int DIVISION_IMPOSSIBLE = 1 << 3;
    /** Condition bit: zero divided by zero. */
    public static final int DIVISION_UNDEFINED = 1 << 4;
    /** Condition bit: the result was not exact. */
    public static final int INEXACT = 1 << 5;
    /** Condition bit: an invalid context. */
    public static final int INVALID_CONTEXT = 1 << 6;
    /** Condition bit: any other invalid operation. */
    public static final int INVALID_OPERATION = 1 << 7;
    /** Condition bit: a float mixed with a Decimal. */
    public static final int FLOAT_OPERATION = 1 << 8;
    /** Condition bit: the exponent exceeded Emax. */
    public static final int OVERFLOW = 1 << 9;
    /** Condition bit: digits were discarded. */
    public static final int ROUNDED = 1 << 10;
    /** Condition bit: the result is subnormal. */
    public static final int SUBNORMAL = 1 << 11;
    /** Condition bit: the result is subnormal and inexact. */
    public static final int UNDERFLOW = 1 << 12;

    /** Every condition that is a kind of InvalidOperation. */
    public static final int ANY_INVALID = CONVERSION_SYNTAX | DIVISION_IMPOSSIBLE | DIVISION_UNDEFINED
            | INVALID_CONTEXT | INVALID_OPERATION;

    private static PyType def(String name, PyType... bases) {
        PyType t = PyType.builtin(name, PyBaseException.class, bases, null, null);
        t.getDict().put("__module__", PyStr.of("decimal"));
        return t;
    }

    /** {@code decimal.DecimalException}. */
    public static final PyType DECIMAL_EXCEPTION = def("DecimalException", ExceptionTypes.ArithmeticError);
    /** {@code decimal.Clamped}. */
    public static final PyType CLAMPED_TYPE = def("Clamped", DECIMAL_EXCEPTION);
    /** {@code decimal.InvalidOperation}. */
    public static final PyType INVALID_OPERATION_TYPE = def("InvalidOperation", DECIMAL_EXCEPTION);
    /** {@code decimal.ConversionSyntax}. */
    public static final PyType CONVERSION_SYNTAX_TYPE = def("ConversionSyntax", INVALID_OPERATION_TYPE);
    /** {@code decimal.DivisionByZero}. */
    public static final PyType DIVISION_BY_ZERO_TYPE =
            def("DivisionByZero", DECIMAL_EXCEPTION, ExceptionTypes.ZeroDivisionError);
    /** {@code decimal.DivisionImpossible}. */
    public static final PyType DIVISION_IMPOSSIBLE_TYPE = def("DivisionImpossible", INVALID_OPERATION_TYPE);
    /** {@code decimal.DivisionUndefined}. */
    public static final PyType DIVISION_UNDEFINED_TYPE =
            def("DivisionUndefined", INVALID_OPERATION_TYPE, ExceptionTypes.ZeroDivisionError);
    /** {@code decimal.Inexact}. */
    public static final PyType INEXACT_TYPE = def("Inexact", DECIMAL_EXCEPTION);
    /** {@code decimal.InvalidContext}. */
    public static final PyType INVALID_CONTEXT_TYPE = def("InvalidContext", INVALID_OPERATION_TYPE);
    /** {@code decimal.Rounded}. */
    public static final PyType ROUNDED_TYPE = def("Rounded", DECIMAL_EXCEPTION);
    /** {@code decimal.Subnormal}. */
    public static final PyType SUBNORMAL_TYPE = def("Subnormal", DECIMAL_EXCEPTION);
    /** {@code decimal.Overflow}. */
    public static final PyType OVERFLOW_TYPE = def("Overflow", INEXACT_TYPE, ROUNDED_TYPE);
    /** {@code decimal.Underflow}. */
    public static final PyType UNDERFLOW_TYPE = def("Underflow", INEXACT_TYPE, ROUNDED_TYPE, SUBNORMAL_TYPE);
    /** {@code decimal.FloatOperation}. */
    public static final PyType FLOAT_OPERATION_TYPE =
            def("FloatOperation", DECIMAL_EXCEPTION, ExceptionTypes.TypeError);

    /** A signal: its class and the condition bits that raise it. */
    record Signal(PyType type, int bits) {
    }

    /** The signals in the order of a context's flags and traps mappings. */
    static final Signal[] MAPPING_ORDER = {
        new Signal(INVALID_OPERATION_TYPE, ANY_INVALID),
        new Signal(FLOAT_OPERATION_TYPE, FLOAT_OPERATION),
        new Signal(DIVISION_BY_ZERO_TYPE, DIVISION_BY_ZERO),
        new Signal(OVERFLOW_TYPE, OVERFLOW),
        new Signal(UNDERFLOW_TYPE, UNDERFLOW),
        new Signal(SUBNORMAL_TYPE, SUBNORMAL),
        new Signal(INEXACT_TYPE, INEXACT),
        new Signal(ROUNDED_TYPE, ROUNDED),
        new Signal(CLAMPED_TYPE, CLAMPED),
    };

    /** The signals in the order a context's repr lists them. */
    static final Signal[] REPR_ORDER = {
        MAPPING_ORDER[8], MAPPING_ORDER[0], MAPPING_ORDER[2], MAPPING_ORDER[6], MAPPING_ORDER[1],
        MAPPING_ORDER[3], MAPPING_ORDER[7], MAPPING_ORDER[5], MAPPING_ORDER[4],
    };

    /** Each condition bit (by bit index) and the class named for it in a trap's message. */
    static final PyType[] CONDITION_TYPES = {
        CLAMPED_TYPE, CONVERSION_SYNTAX_TYPE, DIVISION_BY_ZERO_TYPE, DIVISION_IMPOSSIBLE_TYPE,
        DIVISION_UNDEFINED_TYPE, INEXACT_TYPE, INVALID_CONTEXT_TYPE, INVALID_OPERATION_TYPE,
        FLOAT_OPERATION_TYPE, OVERFLOW_TYPE, ROUNDED_TYPE, SUBNORMAL_TYPE, UNDERFLOW_TYPE,
    };

    /** Every exception class of the module, in the order the module defines them. */
    static final PyType[] ALL = {
        DECIMAL_EXCEPTION, CLAMPED_TYPE, INVALID_OPERATION_TYPE, CONVERSION_SYNTAX_TYPE,
        DIVISION_BY_ZERO_TYPE, DIVISION_IMPOSSIBLE_TYPE, DIVISION_UNDEFINED_TYPE, INEXACT_TYPE,
        INVALID_CONTEXT_TYPE, ROUNDED_TYPE, SUBNORMAL_TYPE, OVERFLOW_TYPE, UNDERFLOW_TYPE,
        FLOAT_OPERATION_TYPE,
    };

    /**
     * Returns the signal bits for a signal class, or 0 if it is not one of the nine signals.
     *
     * @param type a class
     * @return its condition bits
     */
    static int bitsOf(PyType type) {
        for (Signal s : MAPPING_ORDER) {
            if (s.type == type) {
                return s.bits;
            }
        }
        return 0;
    }
}

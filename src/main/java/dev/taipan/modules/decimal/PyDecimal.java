package dev.taipan.modules.decimal;

import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/**
 * The Python {@code decimal.Decimal}: an immutable decimal floating-point number, either finite
 * ({@code (-1)**sign * coefficient * 10**exponent}), an infinity, or a quiet or signaling NaN with
 * an optional integer payload (kept in the coefficient). Negative zero is distinct from zero.
 *
 * <p>The type is made once per interpreter by {@link DecimalModule}, so every value knows its
 * module and through it the thread's current context. The Python methods are in
 * {@link DecimalMethods} and {@link DecimalOperators}.
 */
@PyClass(name = "Decimal", module = "decimal", methods = {DecimalMethods.class, DecimalOperators.class},
        doc = "Construct a new Decimal object. 'value' can be an integer, string, tuple,\n"
                + "or another Decimal object. If no value is given, return Decimal('0'). The\n"
                + "context does not affect the conversion and is only passed to determine if\n"
                + "the InvalidOperation trap is active.\n\n")
public class PyDecimal extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** Kind of a finite number. */
    static final byte FINITE = 0;
    /** Kind of an infinity. */
    static final byte INFINITE = 1;
    /** Kind of a quiet NaN. */
    static final byte QNAN = 2;
    /** Kind of a signaling NaN. */
    static final byte SNAN = 3;

    final DecimalModule module;
    final boolean negative;
    /** The coefficient (the payload of a NaN, zero for an infinity); never negative. */
    final BigInteger coeff;
    final long exp;
    final byte kind;

    PyDecimal(DecimalModule module, boolean negative, BigInteger coeff, long exp, byte kind) {
        this.module = module;
        this.negative = negative;
        this.coeff = coeff;
        this.exp = exp;
        this.kind = kind;
    }

    /** A Python subclass instance of {@code Decimal}. */
    static final class Derived extends PyDecimal implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type, PyDecimal value) {
            super(value.module, value.negative, value.coeff, value.exp, value.kind);
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
        return module.decimalType;
    }

    /** Returns a finite number of this module. */
    PyDecimal finite(boolean neg, BigInteger c, long e) {
        return new PyDecimal(module, neg, c, e, FINITE);
    }

    /** Returns this value as an exact {@code Decimal} (not a subclass instance). */
    PyDecimal exact() {
        return getClass() == PyDecimal.class ? this : new PyDecimal(module, negative, coeff, exp, kind);
    }

    boolean isNaN() {
        return kind >= QNAN;
    }

    boolean isSpecial() {
        return kind != FINITE;
    }

    boolean isInfinite() {
        return kind == INFINITE;
    }

    boolean isZero() {
        return kind == FINITE && coeff.signum() == 0;
    }

    /** The number of digits of the coefficient. */
    int digits() {
        return Rounding.digits(coeff);
    }

    /** The exponent of the most significant digit ({@code adjusted()}); 0 for specials. */
    long adjusted() {
        return kind == FINITE ? exp + digits() - 1 : 0;
    }

    /** Returns the same value with the sign given. */
    PyDecimal withSign(boolean neg) {
        return neg == negative && getClass() == PyDecimal.class ? this
                : new PyDecimal(module, neg, coeff, exp, kind);
    }

    @Override
    public String toString() {
        return DecimalText.toSci(this, true);
    }
}

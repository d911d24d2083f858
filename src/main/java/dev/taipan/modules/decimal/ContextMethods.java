package dev.taipan.modules.decimal;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/**
 * The arithmetic methods of {@code Context} ({@code ctx.add(a, b)}, ...): the same operations as
 * the Decimal methods, with operands converted from Decimal or int and this context applied.
 */
// CPython: Modules/_decimal/_decimal.c, context_methods
final class ContextMethods {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private ContextMethods() {
    }

    private static PyDecimal operand(PyContext ctx, PyObject o) {
        return DecimalConversions.operandOrError(ctx.module, o);
    }

    private static PyObject run(PyContext ctx, PyObject a, DecimalMethods.Unary f) {
        Status st = new Status();
        PyDecimal r = f.apply(operand(ctx, a), ctx, st);
        ctx.apply(st);
        return r;
    }

    private static PyObject run(PyContext ctx, PyObject a, PyObject b, DecimalMethods.Binary f) {
        PyDecimal x = operand(ctx, a);
        PyDecimal y = operand(ctx, b);
        Status st = new Status();
        PyDecimal r = f.apply(x, y, ctx, st);
        ctx.apply(st);
        return r;
    }

    @PyMethod
    static PyObject create_decimal(PyContext self, @Name("num") @Opt PyObject num) {
        PyDecimal d = num == null ? DecimalArith.zero(self, false, 0)
                : DecimalConversions.construct(self.module, num, self);
        Status st = new Status();
        PyDecimal r = d.isNaN() ? DecimalArith.quiet(d, self) : DecimalArith.round(d, self, st);
        if (d.kind == PyDecimal.SNAN) {
            r = new PyDecimal(self.module, d.negative, r.coeff, 0, PyDecimal.SNAN);
        }
        self.apply(st);
        return r;
    }

    @PyMethod
    static PyObject create_decimal_from_float(PyContext self, PyObject f) {
        PyDecimal d;
        if (f instanceof PyFloat x) {
            d = DecimalText.fromDouble(self.module, x.doubleValue());
        } else if (f instanceof PyInt i) {
            d = DecimalConversions.fromInt(self.module, i);
        } else {
            throw Errors.typeError("argument must be int or float");
        }
        Status st = new Status();
        PyDecimal r = DecimalArith.round(d, self, st);
        self.apply(st);
        return r;
    }

    @PyMethod
    static PyObject abs(PyContext self, PyObject a) {
        return run(self, a, (x, c, st) -> DecimalOperators.signed(x, 2, c, st));
    }

    @PyMethod
    static PyObject _apply(PyContext self, PyObject a) {
        return run(self, a, DecimalArith::round);
    }

    @PyMethod
    static PyObject plus(PyContext self, PyObject a) {
        return run(self, a, (x, c, st) -> DecimalOperators.signed(x, 0, c, st));
    }

    @PyMethod
    static PyObject minus(PyContext self, PyObject a) {
        return run(self, a, (x, c, st) -> DecimalOperators.signed(x, 1, c, st));
    }

    @PyMethod
    static PyObject add(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalArith.add(x, y, false, c, st));
    }

    @PyMethod
    static PyObject subtract(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalArith.add(x, y, true, c, st));
    }

    @PyMethod
    static PyObject multiply(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, DecimalArith::multiply);
    }

    @PyMethod
    static PyObject divide(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, DecimalArith::divide);
    }

    @PyMethod
    static PyObject divide_int(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalArith.divmod(x, y, c, st, true, false)[0]);
    }

    @PyMethod
    static PyObject remainder(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalArith.divmod(x, y, c, st, false, true)[1]);
    }

    @PyMethod
    static PyObject remainder_near(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, DecimalExtras::remainderNear);
    }

    @PyMethod
    static PyObject divmod(PyContext self, PyObject a, PyObject b) {
        PyDecimal x = operand(self, a);
        PyDecimal y = operand(self, b);
        Status st = new Status();
        PyDecimal[] qr = DecimalArith.divmod(x, y, self, st, true, true);
        self.apply(st);
        return PyTuple.of(qr[0], qr[1]);
    }

    @PyMethod
    static PyObject power(PyContext self, @Name("a") PyObject a, @Name("b") PyObject b,
            @Name("modulo") @Opt PyObject modulo) {
        if (modulo == null || modulo == PyNone.NONE) {
            return run(self, a, b, DecimalFunctions::power);
        }
        PyDecimal x = operand(self, a);
        PyDecimal y = operand(self, b);
        PyDecimal m = operand(self, modulo);
        Status st = new Status();
        PyDecimal r = DecimalFunctions.modularPower(x, y, m, self, st);
        self.apply(st);
        return r;
    }

    @PyMethod
    static PyObject fma(PyContext self, PyObject a, PyObject b, PyObject c) {
        PyDecimal x = operand(self, a);
        PyDecimal y = operand(self, b);
        PyDecimal z = operand(self, c);
        Status st = new Status();
        PyDecimal r = DecimalExtras.fma(x, y, z, self, st);
        self.apply(st);
        return r;
    }

    @PyMethod
    static PyObject sqrt(PyContext self, PyObject a) {
        return run(self, a, DecimalFunctions::sqrt);
    }

    @PyMethod
    static PyObject exp(PyContext self, PyObject a) {
        return run(self, a, DecimalFunctions::exp);
    }

    @PyMethod
    static PyObject ln(PyContext self, PyObject a) {
        return run(self, a, DecimalFunctions::ln);
    }

    @PyMethod
    static PyObject log10(PyContext self, PyObject a) {
        return run(self, a, DecimalFunctions::log10);
    }

    @PyMethod
    static PyObject logb(PyContext self, PyObject a) {
        return run(self, a, DecimalExtras::logb);
    }

    @PyMethod
    static PyObject normalize(PyContext self, PyObject a) {
        return run(self, a, DecimalArith::normalize);
    }

    @PyMethod
    static PyObject next_plus(PyContext self, PyObject a) {
        return run(self, a, (x, c, st) -> DecimalExtras.next(x, true, c, st));
    }

    @PyMethod
    static PyObject next_minus(PyContext self, PyObject a) {
        return run(self, a, (x, c, st) -> DecimalExtras.next(x, false, c, st));
    }

    @PyMethod
    static PyObject next_toward(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, DecimalExtras::nextToward);
    }

    @PyMethod
    static PyObject quantize(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalArith.quantize(x, y, c.rounding, c, st));
    }

    @PyMethod
    static PyObject to_integral_value(PyContext self, PyObject a) {
        return run(self, a, (x, c, st) -> DecimalArith.toIntegral(x, c.rounding, false, c, st));
    }

    @PyMethod
    static PyObject to_integral(PyContext self, PyObject a) {
        return to_integral_value(self, a);
    }

    @PyMethod
    static PyObject to_integral_exact(PyContext self, PyObject a) {
        return run(self, a, (x, c, st) -> DecimalArith.toIntegral(x, c.rounding, true, c, st));
    }

    @PyMethod
    static PyObject compare(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalExtras.compare(x, y, false, c, st));
    }

    @PyMethod
    static PyObject compare_signal(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalExtras.compare(x, y, true, c, st));
    }

    @PyMethod
    static PyObject compare_total(PyContext self, PyObject a, PyObject b) {
        return DecimalMethods.compare_total(operand(self, a), b, self);
    }

    @PyMethod
    static PyObject compare_total_mag(PyContext self, PyObject a, PyObject b) {
        return DecimalMethods.compare_total_mag(operand(self, a), b, self);
    }

    @PyMethod
    static PyObject max(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalExtras.maxMin(x, y, true, false, c, st));
    }

    @PyMethod
    static PyObject min(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalExtras.maxMin(x, y, false, false, c, st));
    }

    @PyMethod
    static PyObject max_mag(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalExtras.maxMin(x, y, true, true, c, st));
    }

    @PyMethod
    static PyObject min_mag(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalExtras.maxMin(x, y, false, true, c, st));
    }

    @PyMethod
    static PyObject scaleb(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, DecimalExtras::scaleb);
    }

    @PyMethod
    static PyObject rotate(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalExtras.rotateOrShift(x, y, true, c, st));
    }

    @PyMethod
    static PyObject shift(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalExtras.rotateOrShift(x, y, false, c, st));
    }

    @PyMethod
    static PyObject logical_and(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalExtras.logical(x, y, '&', c, st));
    }

    @PyMethod
    static PyObject logical_or(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalExtras.logical(x, y, '|', c, st));
    }

    @PyMethod
    static PyObject logical_xor(PyContext self, PyObject a, PyObject b) {
        return run(self, a, b, (x, y, c, st) -> DecimalExtras.logical(x, y, '^', c, st));
    }

    @PyMethod
    static PyObject logical_invert(PyContext self, PyObject a) {
        return run(self, a, DecimalExtras::logicalInvert);
    }

    @PyMethod
    static PyObject same_quantum(PyContext self, PyObject a, PyObject b) {
        return DecimalMethods.same_quantum(operand(self, a), b, self);
    }

    @PyMethod
    static PyObject copy_abs(PyContext self, PyObject a) {
        return DecimalMethods.copy_abs(operand(self, a));
    }

    @PyMethod
    static PyObject copy_negate(PyContext self, PyObject a) {
        return DecimalMethods.copy_negate(operand(self, a));
    }

    @PyMethod
    static PyObject copy_sign(PyContext self, PyObject a, PyObject b) {
        return DecimalMethods.copy_sign(operand(self, a), b, self);
    }

    @PyMethod
    static PyObject copy_decimal(PyContext self, PyObject a) {
        return operand(self, a).exact();
    }

    @PyMethod
    static PyObject canonical(PyContext self, PyObject a) {
        if (!(a instanceof PyDecimal d)) {
            throw Errors.typeError("argument must be a Decimal");
        }
        return d;
    }

    @PyMethod
    static PyObject number_class(PyContext self, PyObject a) {
        return PyStr.of(DecimalExtras.numberClass(operand(self, a), self));
    }

    @PyMethod
    static PyObject to_sci_string(PyContext self, PyObject a) {
        return PyStr.of(DecimalText.toSci(operand(self, a), self.capitals != 0));
    }

    @PyMethod
    static PyObject to_eng_string(PyContext self, PyObject a) {
        return PyStr.of(DecimalText.toEng(operand(self, a), self.capitals != 0));
    }

    @PyMethod
    static PyObject radix(PyContext self) {
        return DecimalMethods.radix(DecimalArith.zero(self, false, 0));
    }

    @PyMethod
    static PyObject is_canonical(PyContext self, PyObject a) {
        if (!(a instanceof PyDecimal)) {
            throw Errors.typeError("argument must be a Decimal");
        }
        return PyBool.TRUE;
    }

    @PyMethod
    static boolean is_finite(PyContext self, PyObject a) {
        return DecimalMethods.is_finite(operand(self, a));
    }

    @PyMethod
    static boolean is_infinite(PyContext self, PyObject a) {
        return DecimalMethods.is_infinite(operand(self, a));
    }

    @PyMethod
    static boolean is_nan(PyContext self, PyObject a) {
        return DecimalMethods.is_nan(operand(self, a));
    }

    @PyMethod
    static boolean is_qnan(PyContext self, PyObject a) {
        return DecimalMethods.is_qnan(operand(self, a));
    }

    @PyMethod
    static boolean is_snan(PyContext self, PyObject a) {
        return DecimalMethods.is_snan(operand(self, a));
    }

    @PyMethod
    static boolean is_signed(PyContext self, PyObject a) {
        return DecimalMethods.is_signed(operand(self, a));
    }

    @PyMethod
    static boolean is_zero(PyContext self, PyObject a) {
        return DecimalMethods.is_zero(operand(self, a));
    }

    @PyMethod
    static boolean is_normal(PyContext self, PyObject a) {
        return DecimalMethods.is_normal(operand(self, a), self);
    }

    @PyMethod
    static boolean is_subnormal(PyContext self, PyObject a) {
        return DecimalMethods.is_subnormal(operand(self, a), self);
    }
}

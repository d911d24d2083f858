package dev.taipan.modules.decimal;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyBuiltinFunction;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/** The named methods of {@code Decimal} ({@code quantize}, {@code sqrt}, {@code as_tuple}, ...). */
// CPython: Modules/_decimal/_decimal.c, dec_methods
final class DecimalMethods {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private DecimalMethods() {
    }

    /** An operation on one number in a context. */
    interface Unary {
        PyDecimal apply(PyDecimal a, PyContext ctx, Status st);
    }

    /** An operation on two numbers in a context. */
    interface Binary {
        PyDecimal apply(PyDecimal a, PyDecimal b, PyContext ctx, Status st);
    }

    static PyObject run(PyDecimal a, PyObject context, Unary f) {
        PyContext ctx = a.module.context(context);
        Status st = new Status();
        PyDecimal r = f.apply(a, ctx, st);
        ctx.apply(st);
        return r;
    }

    static PyObject run(PyDecimal a, PyObject other, PyObject context, Binary f) {
        PyContext ctx = a.module.context(context);
        PyDecimal b = DecimalConversions.operandOrError(a.module, other);
        Status st = new Status();
        PyDecimal r = f.apply(a, b, ctx, st);
        ctx.apply(st);
        return r;
    }

    /** The rounding argument of quantize and to_integral, or the context's. */
    static int rounding(PyObject r, PyContext ctx) {
        return r == null || r == PyNone.NONE ? ctx.rounding : Rounding.fromObject(r);
    }

    @PyMethod
    static PyObject exp(PyDecimal self, @Name("context") @Opt PyObject context) {
        return run(self, context, DecimalFunctions::exp);
    }

    @PyMethod
    static PyObject ln(PyDecimal self, @Name("context") @Opt PyObject context) {
        return run(self, context, DecimalFunctions::ln);
    }

    @PyMethod
    static PyObject log10(PyDecimal self, @Name("context") @Opt PyObject context) {
        return run(self, context, DecimalFunctions::log10);
    }

    @PyMethod
    static PyObject sqrt(PyDecimal self, @Name("context") @Opt PyObject context) {
        return run(self, context, DecimalFunctions::sqrt);
    }

    @PyMethod
    static PyObject normalize(PyDecimal self, @Name("context") @Opt PyObject context) {
        return run(self, context, DecimalArith::normalize);
    }

    @PyMethod
    static PyObject logb(PyDecimal self, @Name("context") @Opt PyObject context) {
        return run(self, context, DecimalExtras::logb);
    }

    @PyMethod
    static PyObject next_plus(PyDecimal self, @Name("context") @Opt PyObject context) {
        return run(self, context, (a, ctx, st) -> DecimalExtras.next(a, true, ctx, st));
    }

    @PyMethod
    static PyObject next_minus(PyDecimal self, @Name("context") @Opt PyObject context) {
        return run(self, context, (a, ctx, st) -> DecimalExtras.next(a, false, ctx, st));
    }

    @PyMethod
    static PyObject logical_invert(PyDecimal self, @Name("context") @Opt PyObject context) {
        return run(self, context, DecimalExtras::logicalInvert);
    }

    @PyMethod
    static PyObject quantize(PyDecimal self, @Name("exp") PyObject exp, @Name("rounding") @Opt PyObject rounding,
            @Name("context") @Opt PyObject context) {
        PyContext ctx = self.module.context(context);
        int mode = rounding(rounding, ctx);
        return run(self, exp, ctx, (a, b, c, st) -> DecimalArith.quantize(a, b, mode, c, st));
    }

    @PyMethod
    static PyObject to_integral_value(PyDecimal self, @Name("rounding") @Opt PyObject rounding,
            @Name("context") @Opt PyObject context) {
        PyContext ctx = self.module.context(context);
        int mode = rounding(rounding, ctx);
        return run(self, ctx, (a, c, st) -> DecimalArith.toIntegral(a, mode, false, c, st));
    }

    @PyMethod
    static PyObject to_integral(PyDecimal self, @Name("rounding") @Opt PyObject rounding,
            @Name("context") @Opt PyObject context) {
        return to_integral_value(self, rounding, context);
    }

    @PyMethod
    static PyObject to_integral_exact(PyDecimal self, @Name("rounding") @Opt PyObject rounding,
            @Name("context") @Opt PyObject context) {
        PyContext ctx = self.module.context(context);
        int mode = rounding(rounding, ctx);
        return run(self, ctx, (a, c, st) -> DecimalArith.toIntegral(a, mode, true, c, st));
    }

    @PyMethod
    static PyObject compare(PyDecimal self, @Name("other") PyObject other, @Name("context") @Opt PyObject context) {
        return run(self, other, context, (a, b, ctx, st) -> DecimalExtras.compare(a, b, false, ctx, st));
    }

    @PyMethod
    static PyObject compare_signal(PyDecimal self, @Name("other") PyObject other,
            @Name("context") @Opt PyObject context) {
        return run(self, other, context, (a, b, ctx, st) -> DecimalExtras.compare(a, b, true, ctx, st));
    }

    private static PyDecimal small(PyDecimal self, int v) {
        return new PyDecimal(self.module, v < 0, BigInteger.valueOf(Math.abs(v)), 0, PyDecimal.FINITE);
    }

    @PyMethod
    static PyObject compare_total(PyDecimal self, @Name("other") PyObject other,
            @Name("context") @Opt PyObject context) {
        return small(self, DecimalExtras.compareTotal(self, DecimalConversions.operandOrError(self.module, other)));
    }

    @PyMethod
    static PyObject compare_total_mag(PyDecimal self, @Name("other") PyObject other,
            @Name("context") @Opt PyObject context) {
        return small(self, DecimalExtras.compareTotalMagnitude(self,
                DecimalConversions.operandOrError(self.module, other)));
    }

    @PyMethod
    static PyObject max(PyDecimal self, @Name("other") PyObject other, @Name("context") @Opt PyObject context) {
        return run(self, other, context, (a, b, ctx, st) -> DecimalExtras.maxMin(a, b, true, false, ctx, st));
    }

    @PyMethod
    static PyObject min(PyDecimal self, @Name("other") PyObject other, @Name("context") @Opt PyObject context) {
        return run(self, other, context, (a, b, ctx, st) -> DecimalExtras.maxMin(a, b, false, false, ctx, st));
    }

    @PyMethod
    static PyObject max_mag(PyDecimal self, @Name("other") PyObject other, @Name("context") @Opt PyObject context) {
        return run(self, other, context, (a, b, ctx, st) -> DecimalExtras.maxMin(a, b, true, true, ctx, st));
    }

    @PyMethod
    static PyObject min_mag(PyDecimal self, @Name("other") PyObject other, @Name("context") @Opt PyObject context) {
        return run(self, other, context, (a, b, ctx, st) -> DecimalExtras.maxMin(a, b, false, true, ctx, st));
    }

    @PyMethod
    static PyObject next_toward(PyDecimal self, @Name("other") PyObject other,
            @Name("context") @Opt PyObject context) {
        return run(self, other, context, DecimalExtras::nextToward);
    }

    @PyMethod
    static PyObject remainder_near(PyDecimal self, @Name("other") PyObject other,
            @Name("context") @Opt PyObject context) {
        return run(self, other, context, DecimalExtras::remainderNear);
    }

    @PyMethod
    static PyObject scaleb(PyDecimal self, @Name("other") PyObject other, @Name("context") @Opt PyObject context) {
        return run(self, other, context, DecimalExtras::scaleb);
    }

    @PyMethod
    static PyObject rotate(PyDecimal self, @Name("other") PyObject other, @Name("context") @Opt PyObject context) {
        return run(self, other, context, (a, b, ctx, st) -> DecimalExtras.rotateOrShift(a, b, true, ctx, st));
    }

    @PyMethod
    static PyObject shift(PyDecimal self, @Name("other") PyObject other, @Name("context") @Opt PyObject context) {
        return run(self, other, context, (a, b, ctx, st) -> DecimalExtras.rotateOrShift(a, b, false, ctx, st));
    }

    @PyMethod
    static PyObject logical_and(PyDecimal self, @Name("other") PyObject other,
            @Name("context") @Opt PyObject context) {
        return run(self, other, context, (a, b, ctx, st) -> DecimalExtras.logical(a, b, '&', ctx, st));
    }

    @PyMethod
    static PyObject logical_or(PyDecimal self, @Name("other") PyObject other,
            @Name("context") @Opt PyObject context) {
        return run(self, other, context, (a, b, ctx, st) -> DecimalExtras.logical(a, b, '|', ctx, st));
    }

    @PyMethod
    static PyObject logical_xor(PyDecimal self, @Name("other") PyObject other,
            @Name("context") @Opt PyObject context) {
        return run(self, other, context, (a, b, ctx, st) -> DecimalExtras.logical(a, b, '^', ctx, st));
    }

    @PyMethod
    static PyObject fma(PyDecimal self, @Name("other") PyObject other, @Name("third") PyObject third,
            @Name("context") @Opt PyObject context) {
        PyContext ctx = self.module.context(context);
        PyDecimal b = DecimalConversions.operandOrError(self.module, other);
        PyDecimal c = DecimalConversions.operandOrError(self.module, third);
        Status st = new Status();
        PyDecimal r = DecimalExtras.fma(self, b, c, ctx, st);
        ctx.apply(st);
        return r;
    }

    @PyMethod
    static PyObject same_quantum(PyDecimal self, @Name("other") PyObject other,
            @Name("context") @Opt PyObject context) {
        PyDecimal b = DecimalConversions.operandOrError(self.module, other);
        if (self.isSpecial() || b.isSpecial()) {
            return PyBool.of((self.isNaN() && b.isNaN()) || (self.isInfinite() && b.isInfinite()));
        }
        return PyBool.of(self.exp == b.exp);
    }

    @PyMethod
    static PyObject copy_abs(PyDecimal self) {
        return new PyDecimal(self.module, false, self.coeff, self.exp, self.kind);
    }

    @PyMethod
    static PyObject copy_negate(PyDecimal self) {
        return new PyDecimal(self.module, !self.negative, self.coeff, self.exp, self.kind);
    }

    @PyMethod
    static PyObject copy_sign(PyDecimal self, @Name("other") PyObject other, @Name("context") @Opt PyObject context) {
        PyDecimal b = DecimalConversions.operandOrError(self.module, other);
        return new PyDecimal(self.module, b.negative, self.coeff, self.exp, self.kind);
    }

    @PyMethod
    static PyObject number_class(PyDecimal self, @Name("context") @Opt PyObject context) {
        return PyStr.of(DecimalExtras.numberClass(self, self.module.context(context)));
    }

    @PyMethod
    static PyObject to_eng_string(PyDecimal self, @Name("context") @Opt PyObject context) {
        return PyStr.of(DecimalText.toEng(self, self.module.context(context).capitals != 0));
    }

    @PyMethod
    static PyObject adjusted(PyDecimal self) {
        return PyInt.of(self.adjusted());
    }

    @PyMethod
    static PyObject as_integer_ratio(PyDecimal self) {
        return DecimalConversions.integerRatio(self);
    }

    @PyMethod
    static PyObject as_tuple(PyDecimal self) {
        PyObject[] digits;
        PyObject exponent;
        if (self.isInfinite()) {
            digits = new PyObject[] {PyInt.of(0)};
            exponent = PyStr.of("F");
        } else {
            String s = self.isNaN() && self.coeff.signum() == 0 ? "" : self.coeff.toString();
            digits = new PyObject[s.length()];
            for (int i = 0; i < digits.length; i++) {
                digits[i] = PyInt.of(s.charAt(i) - '0');
            }
            exponent = switch (self.kind) {
                case PyDecimal.QNAN -> PyStr.of("n");
                case PyDecimal.SNAN -> PyStr.of("N");
                default -> PyInt.of(self.exp);
            };
        }
        PyObject sign = PyInt.of(self.negative ? 1 : 0);
        PyObject tupleType = self.module.tupleType();
        if (tupleType == null) {
            return PyTuple.of(sign, PyTuple.of(digits), exponent);
        }
        return tupleType.call(new PyObject[] {sign, PyTuple.of(digits), exponent}, null);
    }

    @PyMethod
    static PyObject canonical(PyDecimal self) {
        return self;
    }

    @PyMethod
    static PyObject conjugate(PyDecimal self) {
        return self;
    }

    @PyMethod
    static PyObject radix(PyDecimal self) {
        return new PyDecimal(self.module, false, BigInteger.TEN, 0, PyDecimal.FINITE);
    }

    @PyGetter
    static PyObject real(PyDecimal self) {
        return self;
    }

    @PyGetter
    static PyObject imag(PyDecimal self) {
        return new PyDecimal(self.module, false, BigInteger.ZERO, 0, PyDecimal.FINITE);
    }

    @PyMethod
    static boolean is_canonical(PyDecimal self) {
        return true;
    }

    @PyMethod
    static boolean is_finite(PyDecimal self) {
        return !self.isSpecial();
    }

    @PyMethod
    static boolean is_infinite(PyDecimal self) {
        return self.isInfinite();
    }

    @PyMethod
    static boolean is_nan(PyDecimal self) {
        return self.isNaN();
    }

    @PyMethod
    static boolean is_qnan(PyDecimal self) {
        return self.kind == PyDecimal.QNAN;
    }

    @PyMethod
    static boolean is_snan(PyDecimal self) {
        return self.kind == PyDecimal.SNAN;
    }

    @PyMethod
    static boolean is_signed(PyDecimal self) {
        return self.negative;
    }

    @PyMethod
    static boolean is_zero(PyDecimal self) {
        return self.isZero();
    }

    @PyMethod
    static boolean is_normal(PyDecimal self, @Name("context") @Opt PyObject context) {
        return !self.isSpecial() && !self.isZero() && self.adjusted() >= self.module.context(context).emin;
    }

    @PyMethod
    static boolean is_subnormal(PyDecimal self, @Name("context") @Opt PyObject context) {
        return !self.isSpecial() && !self.isZero() && self.adjusted() < self.module.context(context).emin;
    }

    /** {@code Decimal.from_float(f)}: the exact value of a float or int, as an instance of cls. */
    @PyClassMethod
    static PyObject from_float(PyType cls, PyObject f) {
        DecimalModule m = moduleOf(cls);
        PyDecimal d;
        if (f instanceof PyFloat x) {
            d = DecimalText.fromDouble(m, x.doubleValue());
        } else if (f instanceof PyInt i) {
            d = DecimalConversions.fromInt(m, i);
        } else {
            throw Errors.typeError("argument must be int or float");
        }
        return cls == m.decimalType ? d : cls.call(d);
    }

    /** The module owning a Decimal or Context type (it is the receiver of the type's __new__). */
    static DecimalModule moduleOf(PyType cls) {
        PyObject f = cls.lookup("__new__");
        if (f instanceof PyBuiltinFunction b && b.getSelf() instanceof DecimalModule m) {
            return m;
        }
        throw Errors.typeError("%s is not a decimal type", Abstract.repr(cls));
    }
}

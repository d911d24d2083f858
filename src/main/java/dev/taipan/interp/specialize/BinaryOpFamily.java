package dev.taipan.interp.specialize;

import dev.taipan.code.BinaryOps;
import dev.taipan.code.Opcode;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.BinaryOp;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

/**
 * {@code BINARY_OP}: {@code +}, {@code -} and {@code *} (plain and in-place) on exact ints and
 * exact floats, {@code +} on exact strs, and the other int operators ({@code // % / & | ^ << >>},
 * one form that switches on the argument). For these types the in-place form is the plain one,
 * so both specialize alike. The guard is the exact Java class of both operands, which also
 * rules out subclasses that could override the operator.
 */
public final class BinaryOpFamily {
    private BinaryOpFamily() {
    }

    // BinaryOps numbers -> the object model's operators, in BinaryOps order.
    private static final BinaryOp[] OPERATORS = {
        BinaryOp.ADD, BinaryOp.AND, BinaryOp.FLOORDIV, BinaryOp.LSHIFT, BinaryOp.MATMUL, BinaryOp.MUL,
        BinaryOp.MOD, BinaryOp.OR, BinaryOp.POW, BinaryOp.RSHIFT, BinaryOp.SUB, BinaryOp.TRUEDIV, BinaryOp.XOR,
    };

    /** The generic instruction: counts, specializes when warm, and applies the operator. */
    public static PyObject generic(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        if (ad.warm(i)) {
            specialize(ad, i, a, b, op);
        }
        return apply(a, b, op);
    }

    /** Applies a {@code BINARY_OP} operator through the object model. */
    public static PyObject apply(PyObject a, PyObject b, int op) {
        return BinaryOps.isInplace(op)
                ? Abstract.inplaceOp(OPERATORS[op - BinaryOps.INPLACE], a, b)
                : Abstract.binaryOp(OPERATORS[op], a, b);
    }

    private static void specialize(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        Class<?> c = a.getClass();
        int plain = BinaryOps.plain(op);
        int target = -1;
        if (c == b.getClass()) {
            if (c == PyInt.class) {
                target = plain == BinaryOps.ADD ? Opcode.BINARY_OP_ADD_INT
                        : plain == BinaryOps.SUBTRACT ? Opcode.BINARY_OP_SUB_INT
                        : plain == BinaryOps.MULTIPLY ? Opcode.BINARY_OP_MUL_INT
                        : isOtherIntOp(plain) ? Opcode.BINARY_OP_INT : -1;
            } else if (c == PyFloat.class) {
                target = plain == BinaryOps.ADD ? Opcode.BINARY_OP_ADD_FLOAT
                        : plain == BinaryOps.SUBTRACT ? Opcode.BINARY_OP_SUB_FLOAT
                        : plain == BinaryOps.MULTIPLY ? Opcode.BINARY_OP_MUL_FLOAT : -1;
            } else if (c == PyStr.class && plain == BinaryOps.ADD) {
                target = Opcode.BINARY_OP_ADD_STR;
            }
        }
        if (target < 0) {
            ad.failed(i, Family.BINARY_OP);
        } else {
            ad.rewrite(i, target, null, Family.BINARY_OP);
        }
    }

    private static boolean isOtherIntOp(int plain) {
        return switch (plain) {
            case BinaryOps.FLOOR_DIVIDE, BinaryOps.REMAINDER, BinaryOps.TRUE_DIVIDE, BinaryOps.AND, BinaryOps.OR,
                 BinaryOps.XOR, BinaryOps.LSHIFT, BinaryOps.RSHIFT -> true;
            default -> false;
        };
    }

    private static PyObject miss(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        ad.miss(i, Family.BINARY_OP);
        return apply(a, b, op);
    }

    /** {@code BINARY_OP_ADD_INT}. */
    public static PyObject addInt(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            ad.hit(Family.BINARY_OP);
            return ((PyInt) a).add((PyInt) b);
        }
        return miss(ad, i, a, b, op);
    }

    /** {@code BINARY_OP_SUB_INT}. */
    public static PyObject subInt(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            ad.hit(Family.BINARY_OP);
            return ((PyInt) a).sub((PyInt) b);
        }
        return miss(ad, i, a, b, op);
    }

    /** {@code BINARY_OP_MUL_INT}. */
    public static PyObject mulInt(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            ad.hit(Family.BINARY_OP);
            return ((PyInt) a).mul((PyInt) b);
        }
        return miss(ad, i, a, b, op);
    }

    /** {@code BINARY_OP_INT}: the other int operators, chosen by the argument. */
    public static PyObject intOp(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            ad.hit(Family.BINARY_OP);
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            return switch (BinaryOps.plain(op)) {
                case BinaryOps.FLOOR_DIVIDE -> x.floorDiv(y);
                case BinaryOps.REMAINDER -> x.mod(y);
                case BinaryOps.TRUE_DIVIDE -> PyFloat.of(x.trueDiv(y));
                case BinaryOps.AND -> x.and(y);
                case BinaryOps.OR -> x.or(y);
                case BinaryOps.XOR -> x.xor(y);
                case BinaryOps.LSHIFT -> x.lshift(y);
                case BinaryOps.RSHIFT -> x.rshift(y);
                default -> apply(a, b, op);
            };
        }
        return miss(ad, i, a, b, op);
    }

    /** {@code BINARY_OP_ADD_FLOAT}. */
    public static PyObject addFloat(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            ad.hit(Family.BINARY_OP);
            return PyFloat.of(((PyFloat) a).doubleValue() + ((PyFloat) b).doubleValue());
        }
        return miss(ad, i, a, b, op);
    }

    /** {@code BINARY_OP_SUB_FLOAT}. */
    public static PyObject subFloat(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            ad.hit(Family.BINARY_OP);
            return PyFloat.of(((PyFloat) a).doubleValue() - ((PyFloat) b).doubleValue());
        }
        return miss(ad, i, a, b, op);
    }

    /** {@code BINARY_OP_MUL_FLOAT}. */
    public static PyObject mulFloat(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            ad.hit(Family.BINARY_OP);
            return PyFloat.of(((PyFloat) a).doubleValue() * ((PyFloat) b).doubleValue());
        }
        return miss(ad, i, a, b, op);
    }

    /** {@code BINARY_OP_ADD_STR}. */
    public static PyObject addStr(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            ad.hit(Family.BINARY_OP);
            return PyStr.of(a.toString().concat(b.toString()));
        }
        return miss(ad, i, a, b, op);
    }
}

package dev.taipan.interp.specialize;

import dev.taipan.code.CompareOps;
import dev.taipan.code.Opcode;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.CompareOp;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

/**
 * {@code COMPARE_OP} on two exact ints, two exact floats (IEEE comparisons, so NaN compares
 * unequal and unordered as in Python) or two exact strs (code point order).
 */
public final class CompareOpFamily {
    private CompareOpFamily() {
    }

    private static final CompareOp[] OPERATORS = CompareOp.values();

    /** The generic instruction: counts, specializes when warm, and compares. */
    public static PyObject generic(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        if (ad.warm(i)) {
            Class<?> c = a.getClass();
            int target = c != b.getClass() ? -1
                    : c == PyInt.class ? Opcode.COMPARE_OP_INT
                    : c == PyFloat.class ? Opcode.COMPARE_OP_FLOAT
                    : c == PyStr.class ? Opcode.COMPARE_OP_STR : -1;
            if (target < 0) {
                ad.failed(i, Family.COMPARE_OP);
            } else {
                ad.rewrite(i, target, null, Family.COMPARE_OP);
            }
        }
        return Abstract.richCompare(a, b, OPERATORS[op]);
    }

    private static PyObject miss(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        ad.miss(i, Family.COMPARE_OP);
        return Abstract.richCompare(a, b, OPERATORS[op]);
    }

    /** {@code COMPARE_OP_INT}. */
    public static PyObject compareInt(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            ad.hit(Family.COMPARE_OP);
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            int c = x.fitsLong() && y.fitsLong() ? Long.compare(x.longValue(), y.longValue()) : x.compareTo(y);
            return PyBool.of(test(op, c));
        }
        return miss(ad, i, a, b, op);
    }

    /** {@code COMPARE_OP_FLOAT}. */
    public static PyObject compareFloat(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            ad.hit(Family.COMPARE_OP);
            double x = ((PyFloat) a).doubleValue();
            double y = ((PyFloat) b).doubleValue();
            boolean r = switch (op) {
                case CompareOps.LT -> x < y;
                case CompareOps.LE -> x <= y;
                case CompareOps.EQ -> x == y;
                case CompareOps.NE -> x != y;
                case CompareOps.GT -> x > y;
                default -> x >= y;
            };
            return PyBool.of(r);
        }
        return miss(ad, i, a, b, op);
    }

    /** {@code COMPARE_OP_STR}. */
    public static PyObject compareStr(Adaptive ad, int i, PyObject a, PyObject b, int op) {
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            PyStr x = (PyStr) a;
            PyStr y = (PyStr) b;
            if (op == CompareOps.EQ || op == CompareOps.NE) {
                ad.hit(Family.COMPARE_OP);
                return PyBool.of(x.toString().equals(y.toString()) == (op == CompareOps.EQ));
            }
            if (x.isBmp() && y.isBmp()) {
                // Without surrogate pairs UTF-16 order is code point order.
                ad.hit(Family.COMPARE_OP);
                return PyBool.of(test(op, x.toString().compareTo(y.toString())));
            }
            return Abstract.richCompare(a, b, OPERATORS[op]);
        }
        return miss(ad, i, a, b, op);
    }

    private static boolean test(int op, int c) {
        return switch (op) {
            case CompareOps.LT -> c < 0;
            case CompareOps.LE -> c <= 0;
            case CompareOps.EQ -> c == 0;
            case CompareOps.NE -> c != 0;
            case CompareOps.GT -> c > 0;
            default -> c >= 0;
        };
    }
}

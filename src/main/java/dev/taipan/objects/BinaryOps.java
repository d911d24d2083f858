package dev.taipan.objects;

/**
 * The generic binary, in-place and ternary operator dispatch through type slots.
 *
 * <p>CPython: Objects/abstract.c, binary_op1, binary_iop1 and ternary_op. The reflected
 * method of a right operand whose type is a proper subclass of the left's, and which overrides
 * that method, is tried first.
 */
final class BinaryOps {
    private BinaryOps() {
    }

    /**
     * Applies a binary operator, returning NotImplemented if neither side implements it.
     *
     * @param op the operator
     * @param a  the left operand
     * @param b  the right operand
     * @return the result or NotImplemented
     */
    static PyObject binaryOp1(BinaryOp op, PyObject a, PyObject b) {
        PyType ta = a.getType();
        PyType tb = b.getType();
        PyObject slotv = ta.slot(op.slot());
        PyObject slotw = null;
        boolean overrides = false;
        if (tb != ta) {
            slotw = tb.slot(op.reflected());
            overrides = slotw != ta.slot(op.reflected());
        }
        if (slotv != null) {
            // A subclass on the right that overrides the reflected method gets the first go.
            if (slotw != null && overrides && tb.isSubtypeOf(ta)) {
                PyObject r = Slots.call1(slotw, b, a);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                slotw = null;
            }
            PyObject r = Slots.call1(slotv, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (slotw != null) {
            return Slots.call1(slotw, b, a);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /**
     * Applies a binary operator or raises CPython's TypeError.
     *
     * @param op the operator
     * @param a  the left operand
     * @param b  the right operand
     * @return the result
     */
    static PyObject binaryOp(BinaryOp op, PyObject a, PyObject b) {
        PyObject r = binaryOp1(op, a, b);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            throw binaryError(op, op.symbol(), a, b);
        }
        return r;
    }

    /**
     * Applies an in-place operator: {@code __iadd__} and friends, then the binary operator.
     *
     * @param op the operator
     * @param a  the left operand (the target)
     * @param b  the right operand
     * @return the result to store back
     */
    static PyObject inplaceOp(BinaryOp op, PyObject a, PyObject b) {
        PyObject islot = a.getType().slot(op.inplace());
        if (islot != null) {
            PyObject r = Slots.call1(islot, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject r = binaryOp1(op, a, b);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            throw binaryError(op, op.inplaceSymbol(), a, b);
        }
        return r;
    }

    // CPython: Objects/abstract.c, binop_type_error plus the sequence messages of
    // PyNumber_Add / PyNumber_Multiply when the sequence fallback applies.
    private static PyException binaryError(BinaryOp op, String symbol, PyObject a, PyObject b) {
        String na = a.getType().getName();
        String nb = b.getType().getName();
        if (op == BinaryOp.ADD) {
            if (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple) {
                String seq = a instanceof PyStr ? "str" : a instanceof PyList ? "list" : "tuple";
                return Errors.typeError("can only concatenate %s (not \"%s\") to %s", seq, nb, seq);
            }
            if (a instanceof PyBytes || a instanceof PyByteArray) {
                return Errors.typeError("can't concat %s to %s", nb, na);
            }
        }
        if (op == BinaryOp.MUL) {
            if (isSequence(a)) {
                return Errors.typeError("can't multiply sequence by non-int of type '%.200s'", nb);
            }
            if (isSequence(b)) {
                return Errors.typeError("can't multiply sequence by non-int of type '%.200s'", na);
            }
        }
        if (op == BinaryOp.RSHIFT && symbol.equals(">>") && a instanceof PyBuiltinFunction f
                && f.getName().equals("print")) {
            return Errors.typeError(ErrorMessages.UNSUPPORTED_BINOP
                    + ". Did you mean \"print(<message>, file=<output_stream>)\"?", symbol, na, nb);
        }
        return Errors.typeError(ErrorMessages.UNSUPPORTED_BINOP, symbol, na, nb);
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple
                || o instanceof PyBytes || o instanceof PyByteArray;
    }

    /**
     * Three-argument {@code pow}.
     *
     * @param a the base
     * @param b the exponent
     * @param c the modulus (None for two-argument semantics)
     * @return the result
     */
    static PyObject ternaryPow(PyObject a, PyObject b, PyObject c) {
        if (c == PyNone.NONE) {
            return binaryOp(BinaryOp.POW, a, b);
        }
        PyType ta = a.getType();
        PyType tb = b.getType();
        PyObject slotv = ta.slot(Slot.POW);
        PyObject slotw = tb != ta ? tb.slot(Slot.RPOW) : null;
        if (slotv != null) {
            PyObject r = Slots.call2(slotv, a, b, c);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (slotw != null) {
            PyObject r = Slots.call2(slotw, b, a, c);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Errors.typeError(ErrorMessages.UNSUPPORTED_TERNARY, ta.getName(), tb.getName(),
                c.getType().getName());
    }
}

package dev.taipan.interp.specialize;

import dev.taipan.code.Opcode;

/** The instruction families that specialize, each named by its generic instruction. */
public enum Family {
    /** {@code BINARY_OP}. */
    BINARY_OP(Opcode.BINARY_OP),
    /** {@code COMPARE_OP}. */
    COMPARE_OP(Opcode.COMPARE_OP),
    /** {@code LOAD_GLOBAL}. */
    LOAD_GLOBAL(Opcode.LOAD_GLOBAL),
    /** {@code LOAD_ATTR}. */
    LOAD_ATTR(Opcode.LOAD_ATTR),
    /** {@code LOAD_METHOD}. */
    LOAD_METHOD(Opcode.LOAD_METHOD),
    /** {@code STORE_ATTR}. */
    STORE_ATTR(Opcode.STORE_ATTR),
    /** {@code CALL}. */
    CALL(Opcode.CALL),
    /** {@code FOR_ITER}. */
    FOR_ITER(Opcode.FOR_ITER),
    /** {@code BINARY_SUBSCR}. */
    BINARY_SUBSCR(Opcode.BINARY_SUBSCR);

    final int generic;

    Family(int generic) {
        this.generic = generic;
    }
}

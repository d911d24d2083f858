/**
 * Compiled code: the instruction set ({@link dev.taipan.code.Opcode}, the one table of opcodes,
 * with {@link dev.taipan.code.BinaryOps}, {@link dev.taipan.code.CompareOps} and
 * {@link dev.taipan.code.Intrinsics} for their arguments), the immutable
 * {@link dev.taipan.code.CodeObject}, and the disassembler.
 *
 * <p>A new opcode: add its constant and {@link dev.taipan.code.Op} line to {@code Opcode}, emit it
 * in the compiler, run it in the eval loop, and test it. This package depends only on
 * {@code dev.taipan.ast} (for constant values).
 */
package dev.taipan.code;

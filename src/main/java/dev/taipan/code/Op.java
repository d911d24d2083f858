package dev.taipan.code;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one opcode constant of {@link Opcode}: its stack effect and its place in a
 * specialization family. {@link Opcode} reads these once to build its table.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Op {
    /**
     * The stack effect, written {@code (inputs -- outputs)} from bottom to top, as CPython's
     * {@code bytecodes.c} writes it. {@code name[oparg]} is a run of {@code oparg} values,
     * {@code name[oparg & 1]} one that is there only when the bit is set, {@code ?} an optional
     * value whose presence the description explains.
     */
    String value();

    /** The generic instruction this one specializes, or "" for a generic instruction. */
    String family() default "";

    /**
     * The stack effect when the jump is taken, in the notation of {@link #value()}, for the jumps
     * whose taken branch leaves a different stack than falling through ({@code FOR_ITER} pops its
     * iterator when exhausted); "" means the same as {@link #value()}.
     */
    String branch() default "";

    /** Whether the argument is an instruction index (a jump target). */
    boolean jump() default false;

    /** What the argument indexes, for the disassembler: none, const, name, local, cell, op, cmp. */
    String arg() default "";
}

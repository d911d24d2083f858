package dev.taipan.interp.specialize;

import dev.taipan.code.CodeObject;
import dev.taipan.code.Opcode;

/**
 * {@code CALL} of a Python function whose parameters are exactly the positional arguments given
 * (no defaults to fill, no keywords, no {@code *args}/{@code **kwargs}): the arguments are copied
 * straight into the new frame. The guard (the callable is a function taking that many plain
 * parameters) is checked by the interpreter, which owns frames; this class decides and counts.
 */
public final class CallFamily {
    private CallFamily() {
    }

    /**
     * Tries to specialize generic {@code CALL} instruction {@code i}.
     *
     * @param ad    the adaptive state
     * @param i     the instruction index
     * @param code  the code of the Python function called, or null when the callable is not one
     * @param nargs the number of positional arguments, self included
     */
    public static void specialize(Adaptive ad, int i, CodeObject code, int nargs) {
        if (code != null && takesExactly(code, nargs)) {
            ad.rewrite(i, Opcode.CALL_PY_EXACT_ARGS, null, Family.CALL);
        } else {
            ad.failed(i, Family.CALL);
        }
    }

    /** Whether a function with this code binds {@code nargs} positional arguments by copying them. */
    public static boolean takesExactly(CodeObject code, int nargs) {
        return code.argCount() == nargs && code.kwOnlyArgCount() == 0
                && (code.flags() & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0;
    }

    /** Counts a hit of {@code CALL_PY_EXACT_ARGS}. */
    public static void hit(Adaptive ad) {
        ad.hit(Family.CALL);
    }

    /** Counts a guard miss of {@code CALL_PY_EXACT_ARGS} at instruction {@code i}. */
    public static void miss(Adaptive ad, int i) {
        ad.miss(i, Family.CALL);
    }
}

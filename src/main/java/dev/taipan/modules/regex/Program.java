package dev.taipan.modules.regex;

/**
 * The instruction set of compiled patterns. A program is an {@code int[]} of opcodes, each
 * followed by its operands (shown in brackets), plus a table of {@link CharClass}es.
 */
final class Program {
    /** Success: the match ends here. */
    static final int MATCH = 0;
    /** [c] one character equal to c. */
    static final int CHAR = 1;
    /** [fold] one character whose Unicode fold is fold. */
    static final int CHAR_IU = 2;
    /** [fold] one character whose ASCII fold is fold. */
    static final int CHAR_IA = 3;
    /** [c] one character other than c. */
    static final int NOT_CHAR = 4;
    /** [fold] one character whose Unicode fold is not fold. */
    static final int NOT_CHAR_IU = 5;
    /** [fold] one character whose ASCII fold is not fold. */
    static final int NOT_CHAR_IA = 6;
    /** One character other than newline. */
    static final int ANY = 7;
    /** Any one character. */
    static final int ANY_ALL = 8;
    /** [set] one character in sets[set]. */
    static final int SET = 9;
    /** [kind] a zero-width test, one of the {@code AT_*} kinds. */
    static final int AT = 10;
    /** [slot] records the position in a group-mark slot. */
    static final int SAVE = 11;
    /** [first, second] continues at first, then at second on backtracking. */
    static final int SPLIT = 12;
    /** [target] jumps. */
    static final int JMP = 13;
    /** [r] starts repeat r: its count becomes 0. */
    static final int REPEAT_INIT = 14;
    /** [r, min, max, greedy, exit] decides whether repeat r runs its body (which follows) again. */
    static final int REPEAT_LOOP = 15;
    /** [min, max, mode, item...] repeats the single-character item that follows. */
    static final int REPEAT_ONE = 16;
    /** [group] the text of a group again. */
    static final int BACKREF = 17;
    /** [group] the text of a group, Unicode case-insensitively. */
    static final int BACKREF_IU = 18;
    /** [group] the text of a group, ASCII case-insensitively. */
    static final int BACKREF_IA = 19;
    /** [group, else] continues when the group matched, else jumps. */
    static final int GROUP_EXISTS = 20;
    /** [kind, width, end] runs the body that follows as an assertion or atomic group. */
    static final int LOOK = 21;
    /** Ends the body of a {@link #LOOK}. */
    static final int LOOK_END = 22;

    /** LOOK kinds. */
    static final int LOOK_AHEAD = 0;
    static final int LOOK_AHEAD_NOT = 1;
    static final int LOOK_BEHIND = 2;
    static final int LOOK_BEHIND_NOT = 3;
    static final int LOOK_ATOMIC = 4;

    /** REPEAT_ONE modes. */
    static final int ONE_LAZY = 0;
    static final int ONE_GREEDY = 1;
    static final int ONE_POSSESSIVE = 2;

    /** AT kinds. */
    static final int AT_BEGINNING = 0;
    static final int AT_BEGINNING_LINE = 1;
    static final int AT_BEGINNING_STRING = 2;
    static final int AT_END = 3;
    static final int AT_END_LINE = 4;
    static final int AT_END_STRING = 5;
    static final int AT_BOUNDARY = 6;
    static final int AT_NON_BOUNDARY = 7;
    static final int AT_BOUNDARY_ASCII = 8;
    static final int AT_NON_BOUNDARY_ASCII = 9;

    private Program() {
    }

    /** Returns the length of a single-character instruction at {@code pc}, or 0 if it is not one. */
    static int charInstructionLength(int[] code, int pc) {
        return switch (code[pc]) {
            case CHAR, CHAR_IU, CHAR_IA, NOT_CHAR, NOT_CHAR_IU, NOT_CHAR_IA, SET -> 2;
            case ANY, ANY_ALL -> 1;
            default -> 0;
        };
    }
}

package dev.taipan.modules.regex;

import java.util.Collections;
import java.util.Map;

/**
 * A compiled regular expression: immutable and safe to share between threads. Match it with a
 * {@link RegexMatcher} from {@link #matcher}.
 */
public final class Regex {
    final int[] code;
    final CharClass[] sets;
    final int repeats;
    private final int groups;
    private final int flags;
    private final Map<String, Integer> groupIndex;
    /** The literal every match starts with, or -1. */
    final int firstChar;
    /** The single-character instruction every match's first character must pass, or -1. */
    final int firstCharPc;
    /** Whether matches can only start at the beginning of the string. */
    final boolean anchored;

    private Regex(ProgramCompiler.Compiled c, RegexParser.Parsed parsed) {
        this.code = c.code();
        this.sets = c.sets();
        this.repeats = c.repeats();
        this.groups = parsed.groups();
        this.flags = parsed.flags();
        this.groupIndex = Collections.unmodifiableMap(parsed.groupIndex());
        this.firstCharPc = firstConsumer(code);
        this.firstChar = firstCharPc >= 0 && code[firstCharPc] == Program.CHAR ? code[firstCharPc + 1] : -1;
        this.anchored = code[0] == Program.AT
                && (code[1] == Program.AT_BEGINNING || code[1] == Program.AT_BEGINNING_STRING);
    }

    /**
     * Finds the instruction that must match the first character of any match: the program's
     * first consuming instruction when only group marks and position tests come before it.
     */
    private static int firstConsumer(int[] code) {
        int pc = 0;
        while (true) {
            switch (code[pc]) {
                case Program.SAVE, Program.AT -> pc += 2;
                case Program.REPEAT_ONE -> {
                    return code[pc + 1] >= 1 ? pc + 4 : -1;
                }
                default -> {
                    return Program.charInstructionLength(code, pc) > 0 ? pc : -1;
                }
            }
        }
    }

    /**
     * Compiles a pattern.
     *
     * @param pattern the pattern's code points (a bytes pattern's bytes as 0..255)
     * @param isText  whether the pattern is a str rather than bytes
     * @param flags   the {@link RegexFlags} passed to {@code compile}
     * @return the compiled pattern
     * @throws RegexSyntaxException when the pattern is not valid
     */
    public static Regex compile(int[] pattern, boolean isText, int flags) {
        RegexParser.Parsed parsed = RegexParser.parse(pattern, isText, flags);
        return new Regex(ProgramCompiler.compile(parsed.root()), parsed);
    }

    /** Returns the number of capturing groups (not counting group 0). */
    public int groups() {
        return groups - 1;
    }

    /** Returns the final flags: those passed, the global inline ones, and UNICODE for str patterns. */
    public int flags() {
        return flags;
    }

    /** Returns the group names and their numbers, in the order they appear. */
    public Map<String, Integer> groupIndex() {
        return groupIndex;
    }

    /**
     * Makes a matcher over a text whose code points all fit in one {@code char} (a BMP str, or
     * bytes as Latin-1).
     *
     * @param text   the text
     * @param budget consulted every few thousand steps
     * @return the matcher
     */
    public RegexMatcher matcher(String text, MatchBudget budget) {
        return new RegexMatcher(this, text, null, budget);
    }

    /**
     * Makes a matcher over a text given as code points.
     *
     * @param codePoints the text
     * @param budget     consulted every few thousand steps
     * @return the matcher
     */
    public RegexMatcher matcher(int[] codePoints, MatchBudget budget) {
        return new RegexMatcher(this, null, codePoints, budget);
    }
}

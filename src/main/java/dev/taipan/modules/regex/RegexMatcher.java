package dev.taipan.modules.regex;

import java.util.Arrays;

/**
 * Runs a {@link Regex} over one text: a backtracking interpreter of its program whose choice
 * points and undo trail are growable int arrays (never the Java stack). Not thread-safe; make
 * one per search or iteration.
 *
 * <p>All state a match changes (group marks, repeat counters, the last group index) lives in
 * {@code regs}; every write logs the old value on the trail, and a choice point remembers the
 * trail height, so backtracking restores exactly the state at the choice.
 */
// CPython: Modules/_sre/sre_lib.h (semantics of SRE(match) and SRE(search))
public final class RegexMatcher {
    private static final int CHOICE_ALT = 0;
    private static final int CHOICE_GREEDY_ONE = 1;
    private static final int CHOICE_LAZY_ONE = 2;
    private static final int CHOICE_LAZY_ENTER = 3;
    private static final int CHOICE_BARRIER = 4;
    private static final int FRAME = 5;

    private final int[] code;
    private final CharClass[] sets;
    private final String str;
    private final int[] cps;
    private final MatchBudget budget;
    private final int groupSlots;
    private final int lastIndexSlot;
    private final int repeatBase;
    private final Regex regex;

    private final int[] regs;
    private int[] choices = new int[FRAME * 4];
    private int choiceTop;
    private int[] trail = new int[16];
    private int trailTop;
    private long steps;
    /** Steps left before the next budget checkpoint. */
    private int untilCheckpoint = MatchBudget.INTERVAL;
    private int end;

    RegexMatcher(Regex regex, String str, int[] cps, MatchBudget budget) {
        this.regex = regex;
        this.code = regex.code;
        this.sets = regex.sets;
        this.str = str;
        this.cps = cps;
        this.budget = budget;
        this.groupSlots = 2 * (regex.groups() + 1);
        this.lastIndexSlot = groupSlots;
        this.repeatBase = groupSlots + 1;
        this.regs = new int[repeatBase + 2 * regex.repeats];
    }

    /** Returns the length of the text in code points. */
    public int length() {
        return str != null ? str.length() : cps.length;
    }

    private int ch(int i) {
        return str != null ? str.charAt(i) : cps[i];
    }

    /** Returns where group g started in the last match, or -1. */
    public int start(int g) {
        return regs[2 * g];
    }

    /** Returns where group g ended in the last match, or -1. */
    public int end(int g) {
        return regs[2 * g + 1];
    }

    /** Returns the index of the last group closed in the last match, or -1. */
    public int lastIndex() {
        return regs[lastIndexSlot];
    }

    /**
     * Tries to match at exactly {@code start}.
     *
     * @param start       where the match must start
     * @param endPos      where the text is taken to end
     * @param full        whether the match must end at {@code endPos}
     * @param mustAdvance whether an empty match at {@code start} is refused
     * @return whether it matched (positions are then in {@link #start} / {@link #end})
     */
    public boolean match(int start, int endPos, boolean full, boolean mustAdvance) {
        this.end = endPos;
        if (start > endPos) {
            return false;
        }
        return run(start, full, mustAdvance);
    }

    /**
     * Finds the first match starting at or after {@code start}.
     *
     * @param start       where the search begins
     * @param endPos      where the text is taken to end
     * @param mustAdvance whether an empty match at {@code start} is refused
     * @return whether a match was found
     */
    public boolean search(int start, int endPos, boolean mustAdvance) {
        this.end = endPos;
        if (start > endPos) {
            return false;
        }
        int first = regex.firstChar;
        int firstPc = regex.firstCharPc;
        for (int s = start; s <= endPos; s++) {
            if (first >= 0) {
                while (s < endPos && ch(s) != first) {
                    s++;
                }
                if (s >= endPos) {
                    return false;
                }
            } else if (firstPc >= 0) {
                while (s < endPos && !matchOne(firstPc, ch(s))) {
                    s++;
                }
                if (s >= endPos) {
                    return false;
                }
            }
            if (run(s, false, mustAdvance && s == start)) {
                return true;
            }
            if (regex.anchored) {
                return false;
            }
        }
        return false;
    }

    // ---- state

    private void set(int slot, int value) {
        if (trailTop + 2 > trail.length) {
            trail = Arrays.copyOf(trail, trail.length * 2);
        }
        trail[trailTop++] = slot;
        trail[trailTop++] = regs[slot];
        regs[slot] = value;
    }

    private void undo(int mark) {
        int[] t = trail;
        int[] r = regs;
        int top = trailTop;
        while (top > mark) {
            top -= 2;
            r[t[top]] = t[top + 1];
        }
        trailTop = top;
    }

    private void push(int kind, int pc, int pos, int aux) {
        if (choiceTop + FRAME > choices.length) {
            choices = Arrays.copyOf(choices, choices.length * 2);
        }
        int[] c = choices;
        int i = choiceTop;
        c[i] = kind;
        c[i + 1] = pc;
        c[i + 2] = pos;
        c[i + 3] = trailTop;
        c[i + 4] = aux;
        choiceTop = i + FRAME;
    }

    // ---- the interpreter

    private boolean matchOne(int pc, int c) {
        int[] k = code;
        return switch (k[pc]) {
            case Program.CHAR -> c == k[pc + 1];
            case Program.CHAR_IU -> Chars.fold(c, Chars.CASE_UNICODE) == k[pc + 1];
            case Program.CHAR_IA -> Chars.fold(c, Chars.CASE_ASCII) == k[pc + 1];
            case Program.NOT_CHAR -> c != k[pc + 1];
            case Program.NOT_CHAR_IU -> Chars.fold(c, Chars.CASE_UNICODE) != k[pc + 1];
            case Program.NOT_CHAR_IA -> Chars.fold(c, Chars.CASE_ASCII) != k[pc + 1];
            case Program.ANY -> c != '\n';
            case Program.ANY_ALL -> true;
            case Program.SET -> sets[k[pc + 1]].matches(c);
            default -> false;
        };
    }

    private boolean run(int start, boolean full, boolean mustAdvance) {
        Arrays.fill(regs, -1);
        choiceTop = 0;
        trailTop = 0;
        int[] k = code;
        int pc = 0;
        int pos = start;
        while (true) {
            if (--untilCheckpoint <= 0) {
                checkpoint();
            }
            int op = k[pc];
            switch (op) {
                case Program.MATCH:
                    if ((!full || pos == end) && !(mustAdvance && pos == start)) {
                        regs[0] = start;
                        regs[1] = pos;
                        return true;
                    }
                    break;
                case Program.CHAR, Program.CHAR_IU, Program.CHAR_IA, Program.NOT_CHAR, Program.NOT_CHAR_IU,
                        Program.NOT_CHAR_IA, Program.SET:
                    if (pos < end && matchOne(pc, ch(pos))) {
                        pos++;
                        pc += 2;
                        continue;
                    }
                    break;
                case Program.ANY:
                    if (pos < end && ch(pos) != '\n') {
                        pos++;
                        pc++;
                        continue;
                    }
                    break;
                case Program.ANY_ALL:
                    if (pos < end) {
                        pos++;
                        pc++;
                        continue;
                    }
                    break;
                case Program.AT:
                    if (at(k[pc + 1], pos)) {
                        pc += 2;
                        continue;
                    }
                    break;
                case Program.SAVE: {
                    int slot = k[pc + 1];
                    set(slot, pos);
                    if ((slot & 1) != 0) {
                        set(lastIndexSlot, slot >> 1);
                    }
                    pc += 2;
                    continue;
                }
                case Program.SPLIT:
                    push(CHOICE_ALT, k[pc + 2], pos, 0);
                    pc = k[pc + 1];
                    continue;
                case Program.JMP:
                    pc = k[pc + 1];
                    continue;
                case Program.REPEAT_INIT: {
                    int r = repeatBase + 2 * k[pc + 1];
                    set(r, 0);
                    set(r + 1, -1);
                    pc += 2;
                    continue;
                }
                case Program.REPEAT_LOOP: {
                    int r = repeatBase + 2 * k[pc + 1];
                    int count = regs[r];
                    int min = k[pc + 2];
                    if (count >= min && pos == regs[r + 1]) {
                        pc = k[pc + 5];
                        continue;
                    }
                    if (count < min) {
                        set(r, count + 1);
                        set(r + 1, pos);
                        pc += 6;
                        continue;
                    }
                    if (count >= k[pc + 3]) {
                        pc = k[pc + 5];
                        continue;
                    }
                    if (k[pc + 4] != 0) {
                        push(CHOICE_ALT, k[pc + 5], pos, 0);
                        set(r, count + 1);
                        set(r + 1, pos);
                        pc += 6;
                    } else {
                        push(CHOICE_LAZY_ENTER, pc, pos, 0);
                        pc = k[pc + 5];
                    }
                    continue;
                }
                case Program.REPEAT_ONE: {
                    int min = k[pc + 1];
                    int max = k[pc + 2];
                    int mode = k[pc + 3];
                    int item = pc + 4;
                    int next = item + Program.charInstructionLength(k, item);
                    if (mode == Program.ONE_LAZY) {
                        if (pos + min > end) {
                            break;
                        }
                        int i = 0;
                        while (i < min && matchOne(item, ch(pos + i))) {
                            i++;
                        }
                        if (i < min) {
                            break;
                        }
                        pos += min;
                        if (min < max) {
                            push(CHOICE_LAZY_ONE, pc, pos, min);
                        }
                        pc = next;
                        continue;
                    }
                    int limit = (int) Math.min((long) pos + max, end);
                    int p = pos;
                    while (p < limit && matchOne(item, ch(p))) {
                        p++;
                    }
                    if (p - pos < min) {
                        break;
                    }
                    if (mode == Program.ONE_GREEDY && p - pos > min) {
                        push(CHOICE_GREEDY_ONE, pc, p, pos + min);
                    }
                    // A long run of one-character matches counts as work too.
                    untilCheckpoint -= (p - pos) >> 4;
                    pos = p;
                    pc = next;
                    continue;
                }
                case Program.BACKREF, Program.BACKREF_IU, Program.BACKREF_IA: {
                    int p = backref(op, k[pc + 1], pos);
                    if (p >= 0) {
                        pos = p;
                        pc += 2;
                        continue;
                    }
                    break;
                }
                case Program.GROUP_EXISTS: {
                    int g = k[pc + 1];
                    pc = regs[2 * g] >= 0 && regs[2 * g + 1] >= 0 ? pc + 3 : k[pc + 2];
                    continue;
                }
                case Program.LOOK: {
                    int kind = k[pc + 1];
                    if (kind == Program.LOOK_BEHIND || kind == Program.LOOK_BEHIND_NOT) {
                        int width = k[pc + 2];
                        if (pos < width) {
                            if (kind == Program.LOOK_BEHIND) {
                                break;
                            }
                            pc = k[pc + 3];
                            continue;
                        }
                        push(CHOICE_BARRIER, pc, pos, 0);
                        pos -= width;
                    } else {
                        push(CHOICE_BARRIER, pc, pos, 0);
                    }
                    pc += 4;
                    continue;
                }
                case Program.LOOK_END: {
                    int b = choiceTop - FRAME;
                    while (choices[b] != CHOICE_BARRIER) {
                        b -= FRAME;
                    }
                    int lookPc = choices[b + 1];
                    int kind = k[lookPc + 1];
                    choiceTop = b;
                    if (kind == Program.LOOK_AHEAD_NOT || kind == Program.LOOK_BEHIND_NOT) {
                        undo(choices[b + 3]);
                        break;
                    }
                    if (kind != Program.LOOK_ATOMIC) {
                        pos = choices[b + 2];
                    }
                    pc = k[lookPc + 3];
                    continue;
                }
                default:
                    throw new IllegalStateException("bad regex opcode " + op);
            }
            // The instruction failed: resume at the most recent choice point.
            int[] resumed = backtrack();
            if (resumed == null) {
                return false;
            }
            pc = resumed[0];
            pos = resumed[1];
        }
    }

    private void checkpoint() {
        steps += MatchBudget.INTERVAL - untilCheckpoint;
        untilCheckpoint = MatchBudget.INTERVAL;
        budget.checkpoint(steps);
    }

    private final int[] resume = new int[2];

    private int[] backtrack() {
        int[] k = code;
        while (choiceTop > 0) {
            choiceTop -= FRAME;
            int i = choiceTop;
            int kind = choices[i];
            int pc = choices[i + 1];
            int pos = choices[i + 2];
            undo(choices[i + 3]);
            switch (kind) {
                case CHOICE_ALT:
                    return resumeAt(pc, pos);
                case CHOICE_GREEDY_ONE: {
                    int minPos = choices[i + 4];
                    int p = pos - 1;
                    int item = pc + 4;
                    int next = item + Program.charInstructionLength(k, item);
                    if (k[next] == Program.CHAR) {
                        int c = k[next + 1];
                        while (p >= minPos && (p >= end || ch(p) != c)) {
                            p--;
                        }
                        if (p < minPos) {
                            continue;
                        }
                    }
                    if (p > minPos) {
                        push(CHOICE_GREEDY_ONE, pc, p, minPos);
                    }
                    return resumeAt(next, p);
                }
                case CHOICE_LAZY_ONE: {
                    int count = choices[i + 4];
                    int item = pc + 4;
                    if (pos < end && matchOne(item, ch(pos))) {
                        count++;
                        if (count < k[pc + 2]) {
                            push(CHOICE_LAZY_ONE, pc, pos + 1, count);
                        }
                        return resumeAt(item + Program.charInstructionLength(k, item), pos + 1);
                    }
                    continue;
                }
                case CHOICE_LAZY_ENTER: {
                    int r = repeatBase + 2 * k[pc + 1];
                    set(r, regs[r] + 1);
                    set(r + 1, pos);
                    return resumeAt(pc + 6, pos);
                }
                case CHOICE_BARRIER: {
                    int lookKind = k[pc + 1];
                    if (lookKind == Program.LOOK_AHEAD_NOT || lookKind == Program.LOOK_BEHIND_NOT) {
                        return resumeAt(k[pc + 3], pos);
                    }
                    continue;
                }
                default:
                    throw new IllegalStateException("bad choice kind " + kind);
            }
        }
        return null;
    }

    private int[] resumeAt(int pc, int pos) {
        resume[0] = pc;
        resume[1] = pos;
        return resume;
    }

    private boolean isWordAt(int i, boolean ascii) {
        return i >= 0 && i < end && Chars.isWord(ch(i), ascii);
    }

    private boolean at(int kind, int pos) {
        return switch (kind) {
            case Program.AT_BEGINNING, Program.AT_BEGINNING_STRING -> pos == 0;
            case Program.AT_BEGINNING_LINE -> pos == 0 || ch(pos - 1) == '\n';
            case Program.AT_END -> pos == end || pos == end - 1 && ch(pos) == '\n';
            case Program.AT_END_LINE -> pos == end || ch(pos) == '\n';
            case Program.AT_END_STRING -> pos == end;
            case Program.AT_BOUNDARY, Program.AT_BOUNDARY_ASCII -> {
                boolean ascii = kind == Program.AT_BOUNDARY_ASCII;
                yield end != 0 && isWordAt(pos - 1, ascii) != isWordAt(pos, ascii);
            }
            case Program.AT_NON_BOUNDARY, Program.AT_NON_BOUNDARY_ASCII -> {
                boolean ascii = kind == Program.AT_NON_BOUNDARY_ASCII;
                yield end != 0 && isWordAt(pos - 1, ascii) == isWordAt(pos, ascii);
            }
            default -> false;
        };
    }

    /** Matches group g's text at pos; returns the position after it, or -1. */
    private int backref(int op, int g, int pos) {
        int s = regs[2 * g];
        int e = regs[2 * g + 1];
        if (s < 0 || e < 0 || e < s) {
            return -1;
        }
        int n = e - s;
        if (pos + n > end) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            int a = ch(s + i);
            int b = ch(pos + i);
            if (a != b) {
                if (op == Program.BACKREF) {
                    return -1;
                }
                int mode = op == Program.BACKREF_IU ? Chars.CASE_UNICODE : Chars.CASE_ASCII;
                if (Chars.fold(a, mode) != Chars.fold(b, mode)) {
                    return -1;
                }
            }
        }
        return pos + n;
    }
}

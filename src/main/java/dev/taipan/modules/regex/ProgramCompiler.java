package dev.taipan.modules.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns a {@link Node} tree into the instructions of {@link Program}. */
final class ProgramCompiler {
    private int[] code = new int[64];
    private int size;
    private final List<CharClass> sets = new ArrayList<>();
    private int repeats;

    private ProgramCompiler() {
    }

    /** The result: instructions, class table and the number of counted repeats. */
    record Compiled(int[] code, CharClass[] sets, int repeats) {
    }

    static Compiled compile(Node root) {
        ProgramCompiler c = new ProgramCompiler();
        c.emit(root);
        c.add(Program.MATCH);
        return new Compiled(Arrays.copyOf(c.code, c.size), c.sets.toArray(new CharClass[0]), c.repeats);
    }

    private int add(int v) {
        if (size == code.length) {
            code = Arrays.copyOf(code, size * 2);
        }
        code[size] = v;
        return size++;
    }

    private static int caseMode(int flags) {
        if ((flags & RegexFlags.IGNORECASE) == 0) {
            return Chars.CASE_NONE;
        }
        return (flags & RegexFlags.UNICODE) != 0 ? Chars.CASE_UNICODE : Chars.CASE_ASCII;
    }

    private void emit(Node node) {
        switch (node) {
            case Node.Literal l -> emitChar(l.c(), l.flags(), false);
            case Node.NotLiteral l -> emitChar(l.c(), l.flags(), true);
            case Node.Any a -> add((a.flags() & RegexFlags.DOTALL) != 0 ? Program.ANY_ALL : Program.ANY);
            case Node.Set s -> {
                add(Program.SET);
                add(sets.size());
                sets.add(s.set());
            }
            case Node.At a -> {
                add(Program.AT);
                add(a.kind());
            }
            case Node.Group g -> {
                add(Program.SAVE);
                add(2 * g.index());
                emit(g.body());
                add(Program.SAVE);
                add(2 * g.index() + 1);
            }
            case Node.Seq s -> {
                for (Node n : s.items()) {
                    emit(n);
                }
            }
            case Node.Alt a -> emitAlt(a.branches());
            case Node.Repeat r -> emitRepeat(r);
            case Node.Backref b -> {
                int mode = caseMode(b.flags());
                add(mode == Chars.CASE_NONE ? Program.BACKREF
                        : mode == Chars.CASE_UNICODE ? Program.BACKREF_IU : Program.BACKREF_IA);
                add(b.group());
            }
            case Node.Look l -> emitLook(l.behind() ? (l.negate() ? Program.LOOK_BEHIND_NOT : Program.LOOK_BEHIND)
                    : (l.negate() ? Program.LOOK_AHEAD_NOT : Program.LOOK_AHEAD), (int) l.body().minWidth(), l.body());
            case Node.Atomic a -> emitLook(Program.LOOK_ATOMIC, 0, a.body());
            case Node.Conditional c -> {
                add(Program.GROUP_EXISTS);
                add(c.group());
                int elseSlot = add(0);
                emit(c.yes());
                add(Program.JMP);
                int endSlot = add(0);
                code[elseSlot] = size;
                if (c.no() != null) {
                    emit(c.no());
                }
                code[endSlot] = size;
            }
        }
    }

    private void emitChar(int c, int flags, boolean negate) {
        int mode = caseMode(flags);
        if (mode != Chars.CASE_NONE && Chars.isCased(c, mode)) {
            boolean unicode = mode == Chars.CASE_UNICODE;
            add(negate ? (unicode ? Program.NOT_CHAR_IU : Program.NOT_CHAR_IA)
                    : (unicode ? Program.CHAR_IU : Program.CHAR_IA));
            add(Chars.fold(c, mode));
        } else {
            add(negate ? Program.NOT_CHAR : Program.CHAR);
            add(c);
        }
    }

    private void emitAlt(List<Node> branches) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            if (i < branches.size() - 1) {
                add(Program.SPLIT);
                add(size + 2);
                int second = add(0);
                emit(branches.get(i));
                add(Program.JMP);
                ends.add(add(0));
                code[second] = size;
            } else {
                emit(branches.get(i));
            }
        }
        for (int slot : ends) {
            code[slot] = size;
        }
    }

    private void emitLook(int kind, int width, Node body) {
        add(Program.LOOK);
        add(kind);
        add(width);
        int endSlot = add(0);
        emit(body);
        add(Program.LOOK_END);
        code[endSlot] = size;
    }

    private static boolean isSingleChar(Node n) {
        return n instanceof Node.Literal || n instanceof Node.NotLiteral || n instanceof Node.Any
                || n instanceof Node.Set;
    }

    private void emitRepeat(Node.Repeat r) {
        Node body = r.body();
        if (isSingleChar(body)) {
            add(Program.REPEAT_ONE);
            add(r.min());
            add(r.max());
            add(switch (r.greed()) {
                case GREEDY -> Program.ONE_GREEDY;
                case LAZY -> Program.ONE_LAZY;
                case POSSESSIVE -> Program.ONE_POSSESSIVE;
            });
            emit(body);
            return;
        }
        if (r.greed() == Node.Greed.POSSESSIVE) {
            emitLook(Program.LOOK_ATOMIC, 0, new Node.Repeat(body, r.min(), r.max(), Node.Greed.GREEDY));
            return;
        }
        if (r.max() == 0) {
            return;
        }
        if (r.min() == 1 && r.max() == 1) {
            emit(body);
            return;
        }
        int id = repeats++;
        add(Program.REPEAT_INIT);
        add(id);
        int loop = add(Program.REPEAT_LOOP);
        add(id);
        add(r.min());
        add(r.max());
        add(r.greed() == Node.Greed.GREEDY ? 1 : 0);
        int exitSlot = add(0);
        emit(body);
        add(Program.JMP);
        add(loop);
        code[exitSlot] = size;
    }
}

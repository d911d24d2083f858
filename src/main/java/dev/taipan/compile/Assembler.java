package dev.taipan.compile;

import dev.taipan.ast.Located;
import dev.taipan.code.Opcode;
import dev.taipan.code.StackEffect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The instruction buffer of one code object and the passes that turn it into final arrays: jump
 * resolution, stack depth, dead-code removal, the exception table and the position table.
 *
 * <p>The compiler emits instructions in order, with {@link Label}s for jump targets. Exception
 * handling follows CPython's assembler: while a {@code try} (or {@code with}, or a cleanup) is
 * open, the compiler keeps a {@link Handler} on this buffer's handler stack and every emitted
 * instruction records the innermost one. A {@code SETUP} pseudo-instruction marks where the
 * handler was entered, so the stack-depth walk learns the depth the handler unwinds to, exactly
 * as CPython's {@code SETUP_FINALLY}/{@code SETUP_CLEANUP}/{@code SETUP_WITH} do.
 */
final class Assembler {
    /** Pseudo-opcode: a handler is entered here (no word is emitted). */
    static final int SETUP = -1;

    /** A jump target; bound to the index of the next instruction emitted after {@link #bind}. */
    static final class Label {
        int index = -1;
    }

    /**
     * An exception handler: where to go, and whether the raising instruction's index is pushed
     * (CPython's {@code lasti}) before the exception. Its depth is found by the stack-depth pass.
     */
    static final class Handler {
        final Label target;
        final boolean lasti;
        // How far below the entry depth the handler unwinds: 1 for a with statement, whose entry
        // follows BEFORE_WITH's result (CPython's SETUP_WITH), 0 otherwise.
        final int below;
        int depth = -1;
        // Whether the walk has reached an instruction this handler protects (only then is its code live).
        boolean used;

        Handler(Label target, boolean lasti) {
            this(target, lasti, 0);
        }

        Handler(Label target, boolean lasti, int below) {
            this.target = target;
            this.lasti = lasti;
            this.below = below;
        }
    }

    private static final class Instr {
        final int op;
        int arg;
        final Label jump;
        final Handler handler;
        final int line;
        final int endLine;
        final int col;
        final int endCol;
        Handler setup;

        Instr(int op, int arg, Label jump, Handler handler, int line, int endLine, int col, int endCol) {
            this.op = op;
            this.arg = arg;
            this.jump = jump;
            this.handler = handler;
            this.line = line;
            this.endLine = endLine;
            this.col = col;
            this.endCol = endCol;
        }
    }

    /** What {@link #assemble} produces. */
    record Result(int[] code, int[] positions, int[] exceptionTable, int stackSize) {
    }

    private final List<Instr> instrs = new ArrayList<>();
    private final Deque<Handler> handlers = new ArrayDeque<>();
    private int line = -1;
    private int endLine = -1;
    private int col = -1;
    private int endCol = -1;
    // The instruction count when a label was last bound: code can be reached there by a jump.
    private int boundAtEnd = -1;

    /** Sets the position the following instructions get. */
    void setLocation(Located node) {
        if (node == null) {
            setLocation(-1, -1, -1, -1);
        } else {
            setLocation(node.lineno(), node.endLineno(), node.colOffset(), node.endColOffset());
        }
    }

    /** Sets the position the following instructions get, as line, end line, column, end column. */
    void setLocation(int line, int endLine, int col, int endCol) {
        this.line = line;
        this.endLine = endLine;
        this.col = col;
        this.endCol = endCol;
    }

    /** The current position as {line, endLine, col, endCol}, to restore later. */
    int[] location() {
        return new int[] {line, endLine, col, endCol};
    }

    /** Restores a position saved by {@link #location()}. */
    void setLocation(int[] loc) {
        setLocation(loc[0], loc[1], loc[2], loc[3]);
    }

    /** Emits an instruction with an argument. */
    void emit(int op, int arg) {
        if (arg < 0 || arg > Opcode.MAX_ARG) {
            throw new IllegalStateException("argument out of range for " + Opcode.name(op) + ": " + arg);
        }
        instrs.add(new Instr(op, arg, null, handlers.peek(), line, endLine, col, endCol));
    }

    /** Emits a jump to {@code target}. */
    void emitJump(int op, Label target) {
        if (!Opcode.info(op).jump()) {
            throw new IllegalStateException(Opcode.name(op) + " is not a jump");
        }
        instrs.add(new Instr(op, 0, target, handlers.peek(), line, endLine, col, endCol));
    }

    /** Binds {@code label} to the next instruction. */
    void bind(Label label) {
        if (label.index >= 0) {
            throw new IllegalStateException("label bound twice");
        }
        label.index = instrs.size();
        boundAtEnd = instrs.size();
    }

    /** Enters {@code handler}: marks the entry and makes it the innermost handler. */
    void pushHandler(Handler handler) {
        Instr setup = new Instr(SETUP, 0, handler.target, handlers.peek(), line, endLine, col, endCol);
        setup.setup = handler;
        instrs.add(setup);
        handlers.push(handler);
    }

    /** Makes {@code handler} innermost again without a new entry (after an unwind for break or return). */
    void repushHandler(Handler handler) {
        handlers.push(handler);
    }

    /** Leaves the innermost handler. */
    Handler popHandler() {
        return handlers.pop();
    }

    /** The innermost handler, or null. */
    Handler currentHandler() {
        return handlers.peek();
    }

    /** Whether the last emitted instruction ends its block (nothing falls through it). */
    boolean lastIsTerminal() {
        if (boundAtEnd == instrs.size()) {
            return false;
        }
        for (int i = instrs.size() - 1; i >= 0; i--) {
            Instr in = instrs.get(i);
            if (in.op != SETUP) {
                return isTerminal(in.op);
            }
        }
        return false;
    }

    private static boolean isTerminal(int op) {
        return op == Opcode.JUMP || op == Opcode.RETURN_VALUE || op == Opcode.RETURN_CONST
                || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE;
    }

    /**
     * Resolves jumps, computes the stack depth (checking every instruction's effect against the
     * table), drops unreachable instructions and builds the exception and position tables.
     *
     * @throws AssertionError when the stack depths do not agree: a compiler bug
     */
    Result assemble(String codeName, java.util.function.IntUnaryOperator cellSlot) {
        int n = instrs.size();
        int[] depth = new int[n + 1];
        Arrays.fill(depth, -1);
        int maxDepth = walkDepths(depth, codeName);
        // Keep reachable real instructions; map every old index to the next kept one.
        int[] newIndex = new int[n + 1];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            newIndex[i] = kept;
            Instr in = instrs.get(i);
            if (in.op != SETUP && depth[i] >= 0) {
                kept++;
            }
        }
        newIndex[n] = kept;
        int[] code = new int[kept];
        int[] positions = new int[kept * 4];
        List<int[]> table = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < n; i++) {
            Instr in = instrs.get(i);
            if (in.op == SETUP || depth[i] < 0) {
                continue;
            }
            int arg = in.jump != null ? newIndex[in.jump.index]
                    : "cell".equals(Opcode.info(in.op).argKind()) ? cellSlot.applyAsInt(in.arg) : in.arg;
            code[k] = Opcode.word(in.op, arg);
            positions[k * 4] = in.line;
            positions[k * 4 + 1] = in.endLine;
            positions[k * 4 + 2] = in.col;
            positions[k * 4 + 3] = in.endCol;
            Handler h = in.handler;
            if (h != null) {
                int target = newIndex[h.target.index];
                int lasti = h.lasti ? 1 : 0;
                int[] last = table.isEmpty() ? null : table.get(table.size() - 1);
                if (last != null && last[1] == k && last[2] == target && last[3] == h.depth && last[4] == lasti) {
                    last[1] = k + 1;
                } else {
                    table.add(new int[] {k, k + 1, target, h.depth, lasti});
                }
            }
            k++;
        }
        int[] flat = new int[table.size() * 5];
        for (int e = 0; e < table.size(); e++) {
            System.arraycopy(table.get(e), 0, flat, e * 5, 5);
        }
        return new Result(code, positions, flat, maxDepth);
    }

    // Walks the control-flow graph from the entry, recording the depth before each instruction.
    private int walkDepths(int[] depth, String codeName) {
        int n = instrs.size();
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        int max = 0;
        while (!work.isEmpty()) {
            int[] item = work.pop();
            int i = item[0];
            int d = item[1];
            while (i < n) {
                if (depth[i] >= 0) {
                    if (depth[i] != d) {
                        throw new AssertionError("stack depth mismatch in " + codeName + " at instruction " + i
                                + " (" + name(instrs.get(i).op) + "): " + depth[i] + " vs " + d);
                    }
                    break;
                }
                depth[i] = d;
                Instr in = instrs.get(i);
                if (in.handler != null && in.op != SETUP) {
                    Handler h = in.handler;
                    if (h.depth < 0) {
                        throw new AssertionError("handler entered without SETUP in " + codeName + " at " + i);
                    }
                    if (!h.used) {
                        h.used = true;
                        int target = h.depth + (h.lasti ? 1 : 0) + 1;
                        max = Math.max(max, target);
                        work.push(new int[] {h.target.index, target});
                    }
                }
                if (in.op == SETUP) {
                    Handler h = in.setup;
                    if (h.depth >= 0 && h.depth != d - h.below) {
                        throw new AssertionError("handler depth mismatch in " + codeName + " at " + i);
                    }
                    h.depth = d - h.below;
                    i++;
                    continue;
                }
                int pops = StackEffect.inputs(in.op, in.arg);
                if (pops > d) {
                    throw new AssertionError("stack underflow in " + codeName + " at instruction " + i + " ("
                            + Opcode.name(in.op) + " " + in.arg + "): depth " + d + ", pops " + pops);
                }
                if (in.jump != null) {
                    if (in.jump.index < 0) {
                        throw new AssertionError("unbound label in " + codeName + " at " + i);
                    }
                    int target = d + StackEffect.branchEffect(in.op, in.arg);
                    max = Math.max(max, target);
                    work.push(new int[] {in.jump.index, target});
                }
                d += StackEffect.effect(in.op, in.arg);
                max = Math.max(max, d);
                if (isTerminal(in.op)) {
                    break;
                }
                i++;
            }
            if (i == n) {
                throw new AssertionError("code of " + codeName + " falls off its end");
            }
        }
        return max;
    }

    private static String name(int op) {
        return op == SETUP ? "SETUP" : Opcode.name(op);
    }
}

package dev.taipan.code;

import dev.taipan.ast.ConstantRepr;

import java.util.List;

/**
 * Prints code objects in the layout of CPython's {@code dis}: source line, a {@code >>} mark on jump
 * targets, instruction index, opcode name, argument and what the argument means; then the
 * exception table and every nested code object.
 */
public final class Disassembler {
    private Disassembler() {
    }

    /** Returns the disassembly of {@code code} and, after it, of every code object nested in it. */
    public static String disassemble(CodeObject code) {
        StringBuilder out = new StringBuilder();
        disassemble(code, out);
        return out.toString();
    }

    private static void disassemble(CodeObject code, StringBuilder out) {
        boolean[] targets = jumpTargets(code);
        int lastLine = -1;
        int[] words = code.code();
        for (int i = 0; i < words.length; i++) {
            int line = code.lineOf(i);
            if (line != lastLine && line >= 0) {
                if (i > 0) {
                    out.append('\n');
                }
                out.append(String.format("%4d", line));
                lastLine = line;
            } else {
                out.append("    ");
            }
            out.append(targets[i] ? "    >> " : "       ");
            int op = Opcode.opcode(words[i]);
            int arg = Opcode.arg(words[i]);
            out.append(String.format("%4d %-24s %d", i, Opcode.name(op), arg));
            String meaning = argMeaning(code, op, arg);
            if (!meaning.isEmpty()) {
                out.append(" (").append(meaning).append(')');
            }
            out.append('\n');
        }
        int[] table = code.exceptionTable();
        if (table.length > 0) {
            out.append("ExceptionTable:\n");
            for (int e = 0; e < table.length; e += 5) {
                out.append(String.format("  %d to %d -> %d [%d]%s%n", table[e], table[e + 1], table[e + 2], table[e + 3],
                        table[e + 4] != 0 ? " lasti" : ""));
            }
        }
        for (CodeObject nested : code.nestedCode()) {
            out.append("\nDisassembly of ").append(nested).append(":\n");
            disassemble(nested, out);
        }
    }

    private static boolean[] jumpTargets(CodeObject code) {
        int[] words = code.code();
        boolean[] targets = new boolean[words.length + 1];
        for (int word : words) {
            Opcode.Info info = Opcode.info(Opcode.opcode(word));
            if (info.jump() && Opcode.arg(word) < targets.length) {
                targets[Opcode.arg(word)] = true;
            }
        }
        int[] table = code.exceptionTable();
        for (int e = 0; e < table.length; e += 5) {
            targets[table[e + 2]] = true;
        }
        return targets;
    }

    private static String argMeaning(CodeObject code, int op, int arg) {
        Opcode.Info info = Opcode.info(op);
        if (info.jump()) {
            return "to " + arg;
        }
        return switch (info.argKind()) {
            case "const" -> constRepr(code.consts()[arg]);
            case "name" -> op == Opcode.LOAD_SUPER_ATTR ? code.names()[arg >> 2] : code.names()[arg];
            case "local", "cell" -> code.localsPlusNames()[arg];
            case "op" -> BinaryOps.symbol(arg);
            case "cmp" -> CompareOps.symbol(arg);
            default -> "";
        };
    }

    private static String constRepr(Object value) {
        if (value instanceof CodeObject c) {
            return c.toString();
        }
        if (value instanceof FrozenSetConstant f) {
            StringBuilder b = new StringBuilder("frozenset({");
            for (int i = 0; i < f.items().size(); i++) {
                b.append(i > 0 ? ", " : "").append(constRepr(f.items().get(i)));
            }
            return b.append("})").toString();
        }
        if (value instanceof List<?> items) {
            StringBuilder b = new StringBuilder("(");
            for (int i = 0; i < items.size(); i++) {
                b.append(i > 0 ? ", " : "").append(constRepr(items.get(i)));
            }
            return b.append(items.size() == 1 ? ",)" : ")").toString();
        }
        return ConstantRepr.repr(value);
    }
}

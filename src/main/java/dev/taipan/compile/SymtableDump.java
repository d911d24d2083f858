package dev.taipan.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prints a symbol table in a stable text form that a small Python script can print from CPython's
 * {@code _symtable} too, so the two can be compared line for line (see
 * {@code src/test/resources/compile/symtable_dump.py}). Per scope: kind, name, line, nesting,
 * parameters; per name, sorted: the definition flags in hex and the resolution code.
 */
public final class SymtableDump {
    private SymtableDump() {
    }

    /** The dump of the whole table. */
    public static String dump(Symtable table) {
        StringBuilder out = new StringBuilder();
        scope(out, table.top(), "");
        return out.toString();
    }

    /** The dump of one scope and its children. */
    public static String dump(Scope scope) {
        StringBuilder out = new StringBuilder();
        scope(out, scope, "");
        return out.toString();
    }

    private static void scope(StringBuilder out, Scope s, String indent) {
        out.append(indent).append(s.kind().pythonName()).append(' ').append(s.name())
                .append(" line=").append(s.lineno())
                .append(" nested=").append(s.isNested() ? 1 : 0)
                .append(" params=").append(String.join(",", s.parameterNames()))
                .append('\n');
        List<Symbol> symbols = new ArrayList<>(s.symbols());
        // Sorted by code point, as Python sorts strings.
        symbols.sort((a, b) -> Arrays.compare(a.name().codePoints().toArray(), b.name().codePoints().toArray()));
        for (Symbol sym : symbols) {
            out.append(indent).append("  ").append(sym.name())
                    .append(" flags=0x").append(Integer.toHexString(sym.flags() & SymbolFlags.FLAGS_MASK))
                    .append(" scope=").append(SymbolFlags.scopeCode(sym.flags()))
                    .append('\n');
        }
        for (Scope child : s.children()) {
            scope(out, child, indent + "    ");
        }
    }
}

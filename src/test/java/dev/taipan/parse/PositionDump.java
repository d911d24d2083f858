package dev.taipan.parse;

import dev.taipan.ast.Located;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Lists the position of every located node in a tree, in field order, as
 * {@code Type@line,col-endLine,endCol}: the same walk a few lines of Python do over
 * {@code ast.parse}, so the two can be compared as strings.
 */
final class PositionDump {
    private PositionDump() {
    }

    static String dump(Object tree) {
        StringBuilder out = new StringBuilder();
        walk(tree, out);
        return out.toString();
    }

    private static void walk(Object n, StringBuilder out) {
        if (n instanceof List<?> list) {
            for (Object x : list) {
                walk(x, out);
            }
            return;
        }
        if (n == null || !n.getClass().isRecord() || !n.getClass().getPackageName().equals("dev.taipan.ast")) {
            return;
        }
        if (n instanceof Located loc) {
            String name = switch (n.getClass().getSimpleName()) {
                case "ExprStmt" -> "Expr";
                case "Arg" -> "arg";
                case "Keyword" -> "keyword";
                case "Alias" -> "alias";
                default -> n.getClass().getSimpleName();
            };
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(name).append('@').append(loc.lineno()).append(',').append(loc.colOffset())
                    .append('-').append(loc.endLineno()).append(',').append(loc.endColOffset());
        }
        for (RecordComponent rc : n.getClass().getRecordComponents()) {
            try {
                walk(rc.getAccessor().invoke(n), out);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new AssertionError(e);
            }
        }
    }
}

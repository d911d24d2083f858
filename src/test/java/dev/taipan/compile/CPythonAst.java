package dev.taipan.compile;

import dev.taipan.ast.Bytes;
import dev.taipan.ast.Imaginary;
import dev.taipan.ast.Node;
import dev.taipan.ast.Singleton;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads the syntax tree that {@code symtable_dump.py} writes from CPython's {@code ast} module
 * back into {@code dev.taipan.ast} records, so the symbol table can be compared with CPython's on
 * exactly CPython's tree, apart from the parser.
 *
 * <p>Notation: {@code (Name field... attribute...)} for a node, {@code [...]} for a list,
 * {@code N} None, {@code T}/{@code F} booleans, {@code E} Ellipsis, {@code i123} int,
 * {@code f1.5} float, {@code j2.0} imaginary, {@code b00ff} bytes, {@code "..."} a string with
 * {@code \\uXXXX}/{@code \\UXXXXXXXX} escapes.
 */
final class CPythonAst {
    private static final Map<String, String> RENAMED = Map.of(
            "Expr", "ExprStmt", "arg", "Arg", "arguments", "Arguments", "keyword", "Keyword",
            "alias", "Alias", "withitem", "WithItem", "comprehension", "Comprehension",
            "match_case", "MatchCase", "TypeIgnore", "TypeIgnore");
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            dev.taipan.ast.ExprContext.class, dev.taipan.ast.BoolOperator.class, dev.taipan.ast.Operator.class,
            dev.taipan.ast.UnaryOperator.class, dev.taipan.ast.CmpOp.class);

    private final String text;
    private int pos;

    private CPythonAst(String text) {
        this.text = text;
    }

    /** Reads one tree. */
    static Node read(String text) {
        CPythonAst reader = new CPythonAst(text);
        return (Node) reader.value(Object.class);
    }

    private void skipSpace() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private String token() {
        int start = pos;
        while (pos < text.length() && " ()[]".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private Object value(Class<?> type) {
        skipSpace();
        char c = text.charAt(pos);
        switch (c) {
            case '(' -> {
                return node();
            }
            case '[' -> {
                pos++;
                List<Object> items = new ArrayList<>();
                while (true) {
                    skipSpace();
                    if (text.charAt(pos) == ']') {
                        pos++;
                        return Collections.unmodifiableList(items);
                    }
                    items.add(value(Object.class));
                }
            }
            case '"' -> {
                return string();
            }
            default -> {
                String tok = token();
                return scalar(tok, type);
            }
        }
    }

    private Object scalar(String tok, Class<?> type) {
        char kind = tok.charAt(0);
        String rest = tok.substring(1);
        return switch (kind) {
            case 'N' -> null;
            case 'T' -> Boolean.TRUE;
            case 'F' -> Boolean.FALSE;
            case 'E' -> Singleton.ELLIPSIS;
            case 'i' -> {
                if (type == int.class) {
                    yield Integer.parseInt(rest);
                }
                BigInteger big = new BigInteger(rest);
                yield big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
            case 'f' -> parseFloat(rest);
            case 'j' -> new Imaginary(parseFloat(rest));
            case 'b' -> new Bytes(HexFormat.of().parseHex(rest));
            default -> throw new IllegalStateException("bad token " + tok + " at " + pos);
        };
    }

    private static double parseFloat(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            if (e == 'u') {
                out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                pos += 4;
            } else if (e == 'U') {
                out.appendCodePoint(Integer.parseInt(text.substring(pos, pos + 8), 16));
                pos += 8;
            } else {
                out.append(e);
            }
        }
    }

    private Object node() {
        pos++;
        String name = token();
        Class<?> cls = recordClass(name);
        if (cls == null) {
            skipSpace();
            pos++; // ')'
            return enumConstant(name);
        }
        RecordComponent[] components = cls.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = value(types[i]);
            if (name.equals("Constant") && i == 0 && args[i] == null) {
                args[i] = Singleton.NONE;
            }
        }
        skipSpace();
        if (text.charAt(pos) != ')') {
            throw new IllegalStateException("too many fields for " + name + " at " + pos);
        }
        pos++;
        try {
            Constructor<?> ctor = cls.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot build " + name, ex);
        }
    }

    private static Class<?> recordClass(String name) {
        String javaName = RENAMED.getOrDefault(name, name);
        try {
            Class<?> cls = Class.forName("dev.taipan.ast." + javaName);
            return cls.isRecord() ? cls : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Object enumConstant(String name) {
        for (Class<? extends Enum<?>> e : ENUMS) {
            for (Enum<?> constant : e.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
        }
        throw new IllegalStateException("unknown node " + name);
    }
}

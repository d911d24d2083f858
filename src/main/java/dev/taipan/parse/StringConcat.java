package dev.taipan.parse;

import dev.taipan.ast.Bytes;
import dev.taipan.ast.CodePointString;
import dev.taipan.ast.Constant;
import dev.taipan.ast.Expr;
import dev.taipan.ast.JoinedStr;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Implicit concatenation of adjacent string literals, as CPython's
 * {@code _PyPegen_concatenate_strings} does it: bytes join into one bytes Constant; str pieces
 * join into one Constant; as soon as an f-string takes part the result is one JoinedStr whose
 * adjacent constants are merged and whose empty constants are dropped. A str piece is a
 * {@code String} or, when it holds a surrogate code point, a {@link CodePointString}; so is the
 * result.
 */
final class StringConcat {
    private StringConcat() {
    }

    /**
     * Joins {@code pieces} (Constants and JoinedStrs, or in a format spec also FormattedValues)
     * into one expression spanning the given range.
     */
    static Expr concat(Tokens ts, Token first, List<Expr> pieces, int line, int col, int endLine, int endCol) {
        boolean fstring = false;
        boolean unicode = false;
        boolean bytes = false;
        for (Expr p : pieces) {
            if (p instanceof Constant c) {
                if (c.value() instanceof Bytes) {
                    bytes = true;
                } else {
                    unicode = true;
                }
            } else {
                fstring = true;
            }
        }
        if ((unicode || fstring) && bytes) {
            throw ParseErrors.atLast(ts, "cannot mix bytes and nonbytes literals");
        }
        if (bytes) {
            if (pieces.size() == 1) {
                return pieces.get(0);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Expr p : pieces) {
                byte[] b = ((Bytes) ((Constant) p).value()).data();
                out.write(b, 0, b.length);
            }
            return new Constant(new Bytes(out.toByteArray()), ((Constant) pieces.get(0)).kind(),
                    line, col, endLine, endCol);
        }
        if (!fstring && pieces.size() == 1) {
            return pieces.get(0);
        }
        ArrayList<Expr> flat = new ArrayList<>();
        for (Expr p : pieces) {
            if (p instanceof JoinedStr j) {
                flat.addAll(j.values());
            } else {
                flat.add(p);
            }
        }
        ArrayList<Expr> values = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            Expr elem = flat.get(i);
            if (elem instanceof Constant c) {
                if (i + 1 < flat.size() && flat.get(i + 1) instanceof Constant) {
                    int j = i;
                    while (j < flat.size() && flat.get(j) instanceof Constant) {
                        j++;
                    }
                    Constant last = (Constant) flat.get(j - 1);
                    c = new Constant(join(flat.subList(i, j)), c.kind(), c.lineno(), c.colOffset(),
                            last.endLineno(), last.endColOffset());
                    elem = c;
                    i = j - 1;
                }
                if (fstring && "".equals(c.value())) {
                    continue;
                }
            }
            values.add(elem);
        }
        if (!fstring) {
            return values.get(0);
        }
        return new JoinedStr(values, line, col, endLine, endCol);
    }

    /** The value of str Constants joined end to end. */
    private static Object join(List<Expr> constants) {
        boolean codePoints = false;
        for (Expr e : constants) {
            codePoints |= ((Constant) e).value() instanceof CodePointString;
        }
        if (!codePoints) {
            StringBuilder sb = new StringBuilder();
            for (Expr e : constants) {
                sb.append((String) ((Constant) e).value());
            }
            return sb.toString();
        }
        // Joined as code points: a lone high surrogate followed by a lone low one stays two code
        // points, as in CPython, where Java chars would pair them into one character.
        int[][] parts = new int[constants.size()][];
        int length = 0;
        for (int k = 0; k < parts.length; k++) {
            parts[k] = CodePointString.codePointsOf(((Constant) constants.get(k)).value());
            length += parts[k].length;
        }
        int[] all = new int[length];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return new CodePointString(all);
    }
}

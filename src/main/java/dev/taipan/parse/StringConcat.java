package dev.taipan.parse;

import dev.taipan.ast.Bytes;
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
 * adjacent constants are merged and whose empty constants are dropped.
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
                    StringBuilder sb = new StringBuilder();
                    Constant last = c;
                    int j = i;
                    while (j < flat.size() && flat.get(j) instanceof Constant cj) {
                        sb.append((String) cj.value());
                        last = cj;
                        j++;
                    }
                    i = j - 1;
                    c = new Constant(sb.toString(), c.kind(), c.lineno(), c.colOffset(), last.endLineno(),
                            last.endColOffset());
                    elem = c;
                }
                if (fstring && ((String) c.value()).isEmpty()) {
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
}

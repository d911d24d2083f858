package dev.taipan.parse;

import static dev.taipan.parse.TokenKind.*;

import dev.taipan.ast.CodePointString;
import dev.taipan.ast.Constant;
import dev.taipan.ast.Expr;
import dev.taipan.ast.FormattedValue;
import dev.taipan.ast.JoinedStr;
import java.util.ArrayList;
import java.util.List;

/**
 * String literals: plain strings and PEP 701 f-strings, whose replacement fields arrive as
 * ordinary tokens between {@code FSTRING_START} and {@code FSTRING_END}. Adjacent literals are
 * joined by {@link StringConcat}.
 */
final class FStringParser {
    private final ExprParser ep;
    private final Tokens ts;

    FStringParser(ExprParser ep) {
        this.ep = ep;
        this.ts = ep.ts;
    }

    /** {@code strings}: one or more adjacent string and f-string literals. */
    Expr strings() {
        Token s = ts.peek();
        ArrayList<Expr> pieces = new ArrayList<>(2);
        while (true) {
            TokenKind k = ts.kind();
            if (k == STRING) {
                Token t = ts.next();
                pieces.add(new Constant(t.value(), hasUPrefix(t.text()) ? "u" : null,
                        t.line(), t.col(), t.endLine(), t.endCol()));
            } else if (k == FSTRING_START) {
                pieces.add(fstring());
            } else {
                break;
            }
        }
        Token e = ts.prev();
        return StringConcat.concat(ts, s, pieces, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private static boolean hasUPrefix(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'u' || c == 'U') {
                return true;
            }
            if (c == '\'' || c == '"') {
                return false;
            }
        }
        return false;
    }

    /** One f-string, from FSTRING_START to FSTRING_END, as CPython's {@code _PyPegen_joined_str} builds it. */
    private Expr fstring() {
        Token start = ts.next();
        ArrayList<Expr> values = new ArrayList<>();
        while (true) {
            TokenKind k = ts.kind();
            if (k == FSTRING_MIDDLE) {
                Token t = ts.next();
                Object v = t.value();
                if (!"".equals(v)) {
                    values.add(middle(t, v));
                }
            } else if (k == LBRACE) {
                Expr field = replacementField();
                if (field instanceof JoinedStr j) {
                    values.addAll(j.values());
                } else {
                    values.add(field);
                }
            } else if (k == FSTRING_END) {
                break;
            } else {
                throw ParseErrors.invalidSyntax(ts);
            }
        }
        Token end = ts.next();
        return new JoinedStr(values, start.line(), start.col(), end.endLine(), end.endCol());
    }

    /**
     * {@code '{' expression ['='] ['!' NAME] [':' spec] '}'}: a FormattedValue, or for a
     * self-documenting {@code =} field a JoinedStr of the source text and the value.
     */
    private Expr replacementField() {
        Token lb = ts.next();
        TokenKind k = ts.kind();
        switch (k) {
            case EQUAL, EXCLAMATION, COLON, RBRACE -> throw ParseErrors.atToken(ts,
                    "f-string: valid expression required before '" + k.text() + "'", ts.peek());
            default -> {
            }
        }
        if (k != YIELD && !ExprParser.startsStarExpression(k)) {
            throw ParseErrors.atToken(ts, "f-string: expecting a valid expression after '{'", ts.peek());
        }
        Expr value = k == YIELD ? ep.yieldExpr() : ep.starExpressions();
        if (ExprParser.startsExpression(ts.kind())) {
            throw ep.displays.missingComma(value);
        }
        Token debug = ts.kind() == EQUAL ? ts.next() : null;
        Token bang = null;
        int conversion = -1;
        if (ts.kind() == EXCLAMATION) {
            bang = ts.next();
            Token name = ts.peek();
            if (name.kind() == COLON || name.kind() == RBRACE) {
                throw ParseErrors.atToken(ts, "f-string: missing conversion character", name);
            }
            if (name.kind() != NAME) {
                throw ParseErrors.atToken(ts, "f-string: invalid conversion character", name);
            }
            ts.next();
            String c = name.identifier();
            if (!c.equals("s") && !c.equals("r") && !c.equals("a")) {
                throw ParseErrors.atToken(ts, "f-string: invalid conversion character '" + c
                        + "': expected 's', 'r', or 'a'", name);
            }
            conversion = c.charAt(0);
        }
        Expr spec = null;
        Token colon = null;
        if (ts.kind() == COLON) {
            colon = ts.next();
            spec = formatSpec(colon);
        }
        if (ts.kind() != RBRACE) {
            if (debug != null && bang == null && colon == null) {
                throw ParseErrors.atToken(ts, "f-string: expecting '!', or ':', or '}'", ts.peek());
            }
            if (colon != null || bang != null) {
                throw ParseErrors.atToken(ts, colon != null ? "f-string: expecting '}'"
                        : "f-string: expecting ':' or '}'", ts.peek());
            }
            throw ParseErrors.atToken(ts, "f-string: expecting '=', or '!', or ':', or '}'", ts.peek());
        }
        Token rb = ts.next();
        if (debug != null && bang == null && spec == null) {
            conversion = 'r';
        }
        FormattedValue fv = new FormattedValue(value, conversion, spec, lb.line(), lb.col(), rb.endLine(), rb.endCol());
        if (debug == null) {
            return fv;
        }
        // The debug text is the source between '{' and the token that ends the expression part.
        Token after = bang != null ? bang : colon != null ? colon : rb;
        String text = debugText(lb, after);
        Constant c = new Constant(text, null, lb.line(), lb.col() + 1, after.line(), after.col());
        return new JoinedStr(List.of(c, fv), lb.line(), lb.col(), after.line(), after.col());
    }

    /**
     * A Constant for literal f-string text. The tokenize module (which the lexer follows) ends a
     * part that stops at a doubled brace one column before CPython's own parser token does; the
     * AST carries the parser's end, so it is moved past the second brace here.
     */
    private Constant middle(Token t, Object v) {
        int endCol = t.endCol();
        int last = lastCodePoint(v);
        if ((last == '{' || last == '}') && t.text().endsWith(String.valueOf((char) last))) {
            String next = ts.lexer.source(t.endLine(), endCol, t.endLine(), endCol + 1);
            if (next.length() == 1 && next.charAt(0) == last) {
                endCol++;
            }
        }
        return new Constant(v, null, t.line(), t.col(), t.endLine(), endCol);
    }

    /** The last code point of a non-empty str value (a {@code String} or {@link CodePointString}). */
    private static int lastCodePoint(Object str) {
        if (str instanceof CodePointString c) {
            return c.codePoints()[c.length() - 1];
        }
        String s = (String) str;
        return s.codePointBefore(s.length());
    }

    /**
     * The source text between {@code lb} and {@code after}, without comments: what CPython shows
     * before the value of a self-documenting {@code {expr=}} field.
     */
    private String debugText(Token lb, Token after) {
        int i = ts.pos - 1;
        while (ts.toks[i] != lb) {
            i--;
        }
        StringBuilder sb = new StringBuilder();
        Token prev = lb;
        for (int j = i + 1; ; j++) {
            Token t = ts.toks[j];
            String gap = ts.lexer.source(prev.endLine(), prev.endCol(), t.line(), t.col());
            int hash = gap.indexOf('#');
            while (hash >= 0) {
                int nl = gap.indexOf('\n', hash);
                gap = gap.substring(0, hash) + (nl < 0 ? "" : gap.substring(nl));
                hash = gap.indexOf('#');
            }
            sb.append(gap);
            if (t == after) {
                return sb.toString();
            }
            sb.append(ts.lexer.source(t.line(), t.col(), t.endLine(), t.endCol()));
            prev = t;
        }
    }

    /** The format spec after ':', as CPython's {@code _PyPegen_setup_full_format_spec} builds it. */
    private Expr formatSpec(Token colon) {
        ArrayList<Expr> items = new ArrayList<>();
        while (true) {
            TokenKind k = ts.kind();
            if (k == FSTRING_MIDDLE) {
                Token t = ts.next();
                Object v = t.value();
                if (!"".equals(v)) {
                    items.add(middle(t, v));
                }
            } else if (k == LBRACE) {
                items.add(replacementField());
            } else {
                break;
            }
        }
        Token e = ts.prev();
        if (items.isEmpty() || (items.size() == 1 && items.get(0) instanceof Constant)) {
            return new JoinedStr(items, colon.line(), colon.col(), e.endLine(), e.endCol());
        }
        return StringConcat.concat(ts, colon, items, colon.line(), colon.col(), e.endLine(), e.endCol());
    }
}

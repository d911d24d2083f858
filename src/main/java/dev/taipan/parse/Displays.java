package dev.taipan.parse;

import static dev.taipan.parse.TokenKind.*;

import dev.taipan.ast.Call;
import dev.taipan.ast.Comprehension;
import dev.taipan.ast.Constant;
import dev.taipan.ast.Dict;
import dev.taipan.ast.DictComp;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprContext;
import dev.taipan.ast.GeneratorExp;
import dev.taipan.ast.Keyword;
import dev.taipan.ast.ListComp;
import dev.taipan.ast.Name;
import dev.taipan.ast.NamedExpr;
import dev.taipan.ast.SetComp;
import dev.taipan.ast.Slice;
import dev.taipan.ast.Starred;
import dev.taipan.ast.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Bracketed expressions: tuples, groups, generator expressions, lists, sets, dicts and their
 * comprehensions, call arguments and subscript slices.
 */
final class Displays {
    private final ExprParser ep;
    private final Tokens ts;

    Displays(ExprParser ep) {
        this.ep = ep;
        this.ts = ep.ts;
    }

    /**
     * Consumes the closing bracket {@code closer}. When an expression follows the last element
     * instead, CPython suspects a missing comma; otherwise it is plain "invalid syntax".
     */
    void close(TokenKind closer, Expr last) {
        if (ts.kind() == closer) {
            ts.next();
            return;
        }
        throw missingComma(last);
    }

    /** The error for an element followed by something that is neither a comma nor a closer. */
    SyntaxErrorException missingComma(Expr last) {
        if (last != null && ExprParser.startsExpression(ts.kind()) && !(last instanceof Starred)
                && !(last instanceof dev.taipan.ast.Lambda)) {
            Token first = firstToken(last);
            boolean excluded = first != null && first.kind() == NAME
                    && (isSoftKeyword(first.text()) || nextKind(first) == STRING || nextKind(first) == FSTRING_START);
            if (!excluded && !(last instanceof Name n && (n.id().equals("print") || n.id().equals("exec")))) {
                int mark = ts.pos;
                int furthest = ts.furthest;
                try {
                    Expr b = ep.expression();
                    if (ts.level[ts.pos - 1] > 0) {
                        return ParseErrors.range(ts, ParseErrors.FORGOT_COMMA, last, b);
                    }
                } catch (SyntaxErrorException ignored) {
                    // not an expression after all: fall through to the generic error
                }
                ts.pos = mark;
                ts.furthest = furthest;
            }
        }
        return ParseErrors.invalidSyntax(ts);
    }

    static boolean isSoftKeyword(String s) {
        return s.equals("match") || s.equals("case") || s.equals("type") || s.equals("_");
    }

    private Token firstToken(Expr e) {
        for (int i = ts.pos - 1; i >= 0; i--) {
            Token t = ts.toks[i];
            if (t.line() == e.lineno() && t.col() == e.colOffset()) {
                return t;
            }
            if (t.line() < e.lineno()) {
                break;
            }
        }
        return null;
    }

    private TokenKind nextKind(Token t) {
        for (int i = ts.pos - 1; i >= 0; i--) {
            if (ts.toks[i] == t) {
                return ts.toks[i + 1].kind();
            }
        }
        return null;
    }

    // ---- ( ... ) ----

    Expr parenthesized() {
        Token lp = ts.next();
        if (ts.kind() == RPAR) {
            Token rp = ts.next();
            Tuple t = new Tuple(List.of(), ExprContext.Load, lp.line(), lp.col(), rp.endLine(), rp.endCol());
            ep.parenthesizedTuples.add(t);
            return t;
        }
        if (ts.kind() == YIELD) {
            Expr y = ep.yieldExpr();
            close(RPAR, y);
            return y;
        }
        if (ts.kind() == DOUBLESTAR) {
            Token st = ts.next();
            Expr v = ep.expression();
            if (ts.kind() == RPAR) {
                throw ParseErrors.range(ts, ParseErrors.DOUBLE_STARRED_HERE, st, v);
            }
            throw ParseErrors.invalidSyntax(ts);
        }
        Expr first = ep.starNamedExpression();
        if (isFor()) {
            if (first instanceof Starred) {
                throw ParseErrors.atNode(ts, ParseErrors.UNPACKING_IN_COMPREHENSION, first);
            }
            List<Comprehension> gens = forIfClauses();
            close(RPAR, null);
            Token rp = ts.prev();
            return new GeneratorExp(first, gens, lp.line(), lp.col(), rp.endLine(), rp.endCol());
        }
        if (ts.kind() == COMMA) {
            ArrayList<Expr> elts = new ArrayList<>();
            elts.add(first);
            Expr last = first;
            while (ts.accept(COMMA)) {
                if (ts.kind() == RPAR) {
                    break;
                }
                last = ep.starNamedExpression();
                elts.add(last);
            }
            close(RPAR, last);
            Token rp = ts.prev();
            Tuple t = new Tuple(elts, ExprContext.Load, lp.line(), lp.col(), rp.endLine(), rp.endCol());
            ep.parenthesizedTuples.add(t);
            return t;
        }
        if (ts.kind() == RPAR && first instanceof Starred) {
            throw ParseErrors.atNode(ts, ParseErrors.STARRED_HERE, first);
        }
        if (ts.kind() == EQUAL && first instanceof Name n) {
            ts.next();
            if (ExprParser.startsExpression(ts.kind())) {
                Expr b = ep.bitwiseOr();
                if (ts.kind() != EQUAL && ts.kind() != COLONEQUAL) {
                    throw ParseErrors.range(ts, ParseErrors.MAYBE_EQ_OR_WALRUS, n, b);
                }
            }
            throw ParseErrors.invalidSyntax(ts);
        }
        close(RPAR, first);
        return first;
    }

    boolean isFor() {
        return ts.kind() == FOR || (ts.kind() == ASYNC && ts.kind(1) == FOR);
    }

    // ---- [ ... ] ----

    Expr list() {
        Token lb = ts.next();
        ArrayList<Expr> elts = new ArrayList<>();
        if (ts.kind() != RSQB) {
            Expr first = ep.starNamedExpression();
            if (isFor()) {
                if (first instanceof Starred) {
                    throw ParseErrors.atNode(ts, ParseErrors.UNPACKING_IN_COMPREHENSION, first);
                }
                List<Comprehension> gens = forIfClauses();
                close(RSQB, null);
                Token rb = ts.prev();
                return new ListComp(first, gens, lb.line(), lb.col(), rb.endLine(), rb.endCol());
            }
            elts.add(first);
            Expr last = first;
            while (ts.accept(COMMA)) {
                if (ts.kind() == RSQB) {
                    break;
                }
                last = ep.starNamedExpression();
                elts.add(last);
            }
            if (isFor()) {
                throw ParseErrors.range(ts, "did you forget parentheses around the comprehension target?", first, last);
            }
            close(RSQB, last);
        } else {
            ts.next();
        }
        Token rb = ts.prev();
        return new dev.taipan.ast.List(elts, ExprContext.Load, lb.line(), lb.col(), rb.endLine(), rb.endCol());
    }

    // ---- { ... } ----

    Expr braces() {
        Token lb = ts.next();
        if (ts.kind() == RBRACE) {
            Token rb = ts.next();
            return new Dict(List.of(), List.of(), lb.line(), lb.col(), rb.endLine(), rb.endCol());
        }
        if (ts.kind() == DOUBLESTAR) {
            return dict(lb, null, null);
        }
        boolean walrus = ts.kind() == NAME && ts.kind(1) == COLONEQUAL;
        Expr first = ep.starNamedExpression();
        if (ts.kind() == COLON && !(first instanceof Starred) && !walrus) {
            ts.next();
            Expr value = ep.expression();
            if (isFor()) {
                List<Comprehension> gens = forIfClauses();
                close(RBRACE, null);
                Token rb = ts.prev();
                return new DictComp(first, value, gens, lb.line(), lb.col(), rb.endLine(), rb.endCol());
            }
            return dict(lb, first, value);
        }
        if (isFor()) {
            if (first instanceof Starred) {
                throw ParseErrors.atNode(ts, ParseErrors.UNPACKING_IN_COMPREHENSION, first);
            }
            List<Comprehension> gens = forIfClauses();
            close(RBRACE, null);
            Token rb = ts.prev();
            return new SetComp(first, gens, lb.line(), lb.col(), rb.endLine(), rb.endCol());
        }
        ArrayList<Expr> elts = new ArrayList<>();
        elts.add(first);
        Expr last = first;
        while (ts.accept(COMMA)) {
            if (ts.kind() == RBRACE) {
                break;
            }
            last = ep.starNamedExpression();
            elts.add(last);
        }
        if (isFor()) {
            throw ParseErrors.range(ts, "did you forget parentheses around the comprehension target?", first, last);
        }
        close(RBRACE, last);
        Token rb = ts.prev();
        return new dev.taipan.ast.Set(elts, lb.line(), lb.col(), rb.endLine(), rb.endCol());
    }

    /** The rest of a dict display whose first pair, if any, is already parsed. */
    private Expr dict(Token lb, Expr firstKey, Expr firstValue) {
        ArrayList<Expr> keys = new ArrayList<>();
        ArrayList<Expr> values = new ArrayList<>();
        Expr last = firstValue;
        if (firstValue != null) {
            keys.add(firstKey);
            values.add(firstValue);
            if (!ts.accept(COMMA)) {
                close(RBRACE, last);
                Token rb = ts.prev();
                return new Dict(keys, values, lb.line(), lb.col(), rb.endLine(), rb.endCol());
            }
        }
        while (ts.kind() != RBRACE) {
            if (ts.kind() == DOUBLESTAR) {
                Token st = ts.next();
                Expr v = ep.bitwiseOr();
                keys.add(null);
                values.add(v);
                last = v;
                if (isFor()) {
                    throw ParseErrors.atToken(ts, ParseErrors.DICT_UNPACKING_IN_COMPREHENSION, st);
                }
            } else {
                Expr k = ep.expression();
                if (ts.kind() != COLON) {
                    if (ts.kind() == RBRACE || ts.kind() == COMMA) {
                        throw ParseErrors.atToken(ts, "':' expected after dictionary key", ts.peek());
                    }
                    throw missingComma(k);
                }
                ts.next();
                if (ts.kind() == RBRACE || ts.kind() == COMMA) {
                    Token colon = ts.prev();
                    throw ParseErrors.atToken(ts, "expression expected after dictionary key and ':'", colon);
                }
                Expr v = ep.expression();
                keys.add(k);
                values.add(v);
                last = v;
            }
            if (!ts.accept(COMMA)) {
                break;
            }
        }
        close(RBRACE, last);
        Token rb = ts.prev();
        return new Dict(keys, values, lb.line(), lb.col(), rb.endLine(), rb.endCol());
    }

    // ---- comprehensions ----

    /** {@code for_if_clauses}: one or more {@code [async] for targets in disjunction (if disjunction)*}. */
    List<Comprehension> forIfClauses() {
        ArrayList<Comprehension> gens = new ArrayList<>();
        while (isFor()) {
            int isAsync = ts.accept(ASYNC) ? 1 : 0;
            ts.next();
            Expr target = Targets.forTargets(ep, "'in' expected after for-loop variables");
            ts.next(); // 'in'
            Expr iter = ep.disjunction();
            ArrayList<Expr> ifs = new ArrayList<>();
            while (ts.kind() == IF) {
                ts.next();
                ifs.add(ep.disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    // ---- calls ----

    /** A call's argument list, from {@code (} to {@code )}; {@code s} is the primary's first token. */
    Expr call(Expr func, Token s) {
        return call(func, s, true);
    }

    /** A call's or class's argument list; a bare generator expression only where {@code genexp}. */
    Expr call(Expr func, Token s, boolean genexp) {
        Token lp = ts.next();
        ArrayList<Expr> args = new ArrayList<>();
        ArrayList<Keyword> keywords = new ArrayList<>();
        boolean seenKeyword = false;
        boolean seenUnpacking = false;
        Expr last = null;
        while (ts.kind() != RPAR) {
            Token a = ts.peek();
            if (a.kind() == STAR) {
                ts.next();
                Expr v = ep.expression();
                Token e = ts.prev();
                last = new Starred(v, ExprContext.Load, a.line(), a.col(), e.endLine(), e.endCol());
                if (seenUnpacking) {
                    Token comma = previousComma(a);
                    Token furthest = ts.toks[Math.min(ts.furthest, ts.end)];
                    throw ParseErrors.at(ts, SyntaxErrorException.Kind.SYNTAX_ERROR, ParseErrors.ITERABLE_AFTER_UNPACKING,
                            comma.line(), comma.col(), furthest.line(), furthest.col());
                }
                args.add(last);
            } else if (a.kind() == DOUBLESTAR) {
                ts.next();
                Expr v = ep.expression();
                if (ts.kind() == EQUAL) {
                    ts.next();
                    Expr b = ep.expression();
                    throw ParseErrors.range(ts, "cannot assign to keyword argument unpacking", a, b);
                }
                Token e = ts.prev();
                keywords.add(new Keyword(null, v, a.line(), a.col(), e.endLine(), e.endCol()));
                seenUnpacking = true;
                last = v;
            } else if (a.kind() == NAME && ts.kind(1) == EQUAL) {
                ts.next();
                Token eq = ts.next();
                if (ts.kind() == COMMA || ts.kind() == RPAR) {
                    throw ParseErrors.range(ts, "expected argument value expression", a, eq);
                }
                Expr v = ep.expression();
                if (isFor()) {
                    throw ParseErrors.range(ts, ParseErrors.MAYBE_EQ_OR_WALRUS, a, eq);
                }
                Token e = ts.prev();
                keywords.add(new Keyword(a.identifier(), v, a.line(), a.col(), e.endLine(), e.endCol()));
                seenKeyword = true;
                last = v;
            } else {
                if ((a.kind() == TRUE || a.kind() == FALSE || a.kind() == NONE) && ts.kind(1) == EQUAL) {
                    throw ParseErrors.range(ts, "cannot assign to " + a.text(), a, ts.peek(1));
                }
                Expr v = ep.namedExpression();
                if (isFor() && !genexp) {
                    throw ParseErrors.atToken(ts, ParseErrors.INVALID_SYNTAX, ts.peek());
                }
                if (isFor()) {
                    List<Comprehension> gens = forIfClauses();
                    if (args.isEmpty() && keywords.isEmpty() && ts.kind() == RPAR) {
                        Token rp = ts.next();
                        GeneratorExp g = new GeneratorExp(v, gens, lp.line(), lp.col(), rp.endLine(), rp.endCol());
                        return new Call(func, List.of(g), List.of(), s.line(), s.col(), rp.endLine(), rp.endCol());
                    }
                    Expr lastItem = lastComprehensionItem(gens);
                    throw ParseErrors.range(ts, ParseErrors.GENEXP_PARENS, v, lastItem);
                }
                if (ts.kind() == EQUAL) {
                    Token eq = ts.peek();
                    throw ParseErrors.range(ts, "expression cannot contain assignment, perhaps you meant \"==\"?", v,
                            new Name("", ExprContext.Load, eq.line(), eq.col(), eq.endLine(), eq.endCol()));
                }
                if (seenKeyword || seenUnpacking) {
                    throw ParseErrors.atLast(ts, seenUnpacking
                            ? ParseErrors.POSITIONAL_AFTER_UNPACKING : ParseErrors.POSITIONAL_AFTER_KEYWORD);
                }
                args.add(v);
                last = v;
            }
            if (!ts.accept(COMMA)) {
                break;
            }
        }
        close(RPAR, last);
        Token rp = ts.prev();
        return new Call(func, args, keywords, s.line(), s.col(), rp.endLine(), rp.endCol());
    }

    private Token previousComma(Token a) {
        for (int i = ts.pos - 1; i > 0; i--) {
            if (ts.toks[i] == a) {
                return ts.toks[i - 1];
            }
        }
        return a;
    }

    private static Expr lastComprehensionItem(List<Comprehension> gens) {
        Comprehension c = gens.get(gens.size() - 1);
        return c.ifs().isEmpty() ? c.iter() : c.ifs().get(c.ifs().size() - 1);
    }

    // ---- subscripts ----

    /** {@code slices}: one slice, or a Tuple of slices and starred expressions when commas appear. */
    Expr slices() {
        Token s = ts.peek();
        Expr first = sliceOrStarred();
        if (ts.kind() != COMMA) {
            if (first instanceof Starred) {
                Token e = ts.prev();
                return new Tuple(List.of(first), ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
            }
            return first;
        }
        ArrayList<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA)) {
            if (ts.kind() == RSQB) {
                break;
            }
            elts.add(sliceOrStarred());
        }
        Token e = ts.prev();
        return new Tuple(elts, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Expr sliceOrStarred() {
        Token s = ts.peek();
        if (s.kind() == STAR) {
            ts.next();
            Expr v = ep.expression();
            Token e = ts.prev();
            return new Starred(v, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
        }
        Expr lower = null;
        if (s.kind() != COLON) {
            lower = ep.namedExpression();
            if (ts.kind() != COLON) {
                return lower;
            }
            if (lower instanceof NamedExpr) {
                throw ParseErrors.invalidSyntax(ts);
            }
        }
        ts.next();
        Expr upper = null;
        Expr step = null;
        if (ExprParser.startsExpression(ts.kind())) {
            upper = ep.expression();
        }
        if (ts.accept(COLON)) {
            if (ExprParser.startsExpression(ts.kind())) {
                step = ep.expression();
            }
        }
        Token e = ts.prev();
        return new Slice(lower, upper, step, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** A Constant's or any node's start token kind check used by targets. */
    static boolean isConstantKeyword(Expr e) {
        return e instanceof Constant c && (c.value() instanceof Boolean || c.value() == dev.taipan.ast.Singleton.NONE);
    }
}

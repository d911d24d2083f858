package dev.taipan.parse;

import static dev.taipan.parse.TokenKind.*;

import dev.taipan.ast.Attribute;
import dev.taipan.ast.BinOp;
import dev.taipan.ast.Constant;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprContext;
import dev.taipan.ast.Imaginary;
import dev.taipan.ast.MatchAs;
import dev.taipan.ast.MatchClass;
import dev.taipan.ast.MatchMapping;
import dev.taipan.ast.MatchOr;
import dev.taipan.ast.MatchSequence;
import dev.taipan.ast.MatchSingleton;
import dev.taipan.ast.MatchStar;
import dev.taipan.ast.MatchValue;
import dev.taipan.ast.Name;
import dev.taipan.ast.Operator;
import dev.taipan.ast.Pattern;
import dev.taipan.ast.Singleton;
import dev.taipan.ast.UnaryOp;
import dev.taipan.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.List;

/** The patterns of {@code case} clauses (PEP 634): every pattern kind, with CPython's positions. */
final class PatternParser {
    private final ExprParser ep;
    private final Tokens ts;

    PatternParser(ExprParser ep) {
        this.ep = ep;
        this.ts = ep.ts;
    }

    /** {@code patterns}: an open sequence {@code a, b} as a MatchSequence, or one pattern. */
    Pattern patterns() {
        Token s = ts.peek();
        Pattern first = maybeStarPattern();
        if (ts.kind() != COMMA) {
            if (first instanceof MatchStar) {
                throw ParseErrors.invalidSyntax(ts);
            }
            return first;
        }
        ArrayList<Pattern> items = new ArrayList<>();
        items.add(first);
        while (ts.accept(COMMA)) {
            if (ts.kind() == COLON || ts.kind() == IF) {
                break;
            }
            items.add(maybeStarPattern());
        }
        Token e = ts.prev();
        return new MatchSequence(items, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Pattern maybeStarPattern() {
        Token s = ts.peek();
        if (s.kind() == STAR) {
            ts.next();
            Token name = ts.peek();
            if (name.kind() != NAME) {
                throw ParseErrors.invalidSyntax(ts);
            }
            ts.next();
            return new MatchStar(name.text().equals("_") ? null : name.identifier(), s.line(), s.col(),
                    name.endLine(), name.endCol());
        }
        return pattern();
    }

    /** {@code pattern}: an or-pattern, optionally bound with {@code as NAME}. */
    Pattern pattern() {
        Token s = ts.peek();
        ts.enter();
        try {
            Pattern p = orPattern();
            if (ts.kind() != AS) {
                return p;
            }
            ts.next();
            Token name = ts.peek();
            if (name.kind() == NAME && name.text().equals("_")) {
                throw ParseErrors.atToken(ts, "cannot use '_' as a target", name);
            }
            if (name.kind() != NAME || ts.kind(1) == DOT || ts.kind(1) == LPAR || ts.kind(1) == EQUAL) {
                if (ExprParser.startsExpression(name.kind())) {
                    Expr bad = ep.expression();
                    throw ParseErrors.atNode(ts, "invalid pattern target", bad);
                }
                throw ParseErrors.invalidSyntax(ts);
            }
            ts.next();
            return new MatchAs(p, name.identifier(), s.line(), s.col(), name.endLine(), name.endCol());
        } finally {
            ts.leave();
        }
    }

    private Pattern orPattern() {
        Token s = ts.peek();
        Pattern first = closedPattern();
        if (ts.kind() != VBAR) {
            return first;
        }
        ArrayList<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (ts.accept(VBAR)) {
            alts.add(closedPattern());
        }
        Token e = ts.prev();
        return new MatchOr(alts, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Pattern closedPattern() {
        Token s = ts.peek();
        switch (s.kind()) {
            case NUMBER, MINUS -> {
                Expr v = number();
                return value(v, s);
            }
            case STRING, FSTRING_START -> {
                Expr v = ep.strings.strings();
                return value(v, s);
            }
            case NONE, TRUE, FALSE -> {
                ts.next();
                Object v = s.kind() == NONE ? Singleton.NONE : Boolean.valueOf(s.kind() == TRUE);
                return new MatchSingleton(v, s.line(), s.col(), s.endLine(), s.endCol());
            }
            case LPAR -> {
                return parenthesized();
            }
            case LSQB -> {
                ts.next();
                List<Pattern> items = sequenceItems(RSQB);
                Token e = ep.expect(RSQB);
                return new MatchSequence(items, s.line(), s.col(), e.endLine(), e.endCol());
            }
            case LBRACE -> {
                return mapping();
            }
            case NAME -> {
                return nameOrClass();
            }
            default -> throw ParseErrors.invalidSyntax(ts);
        }
    }

    private MatchValue value(Expr v, Token s) {
        Token e = ts.prev();
        return new MatchValue(v, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** {@code signed_number} or {@code complex_number}, e.g. {@code -1}, {@code 1+2j}, {@code -1.5-2j}. */
    private Expr number() {
        Token s = ts.peek();
        Expr real = signedNumber();
        if (ts.kind() != PLUS && ts.kind() != MINUS) {
            return real;
        }
        Operator op = ts.next().kind() == PLUS ? Operator.Add : Operator.Sub;
        if (real instanceof Constant c && c.value() instanceof Imaginary
                || real instanceof UnaryOp u && ((Constant) u.operand()).value() instanceof Imaginary) {
            throw ParseErrors.atNode(ts, "real number required in complex literal", real);
        }
        Token t = ts.peek();
        if (t.kind() != NUMBER) {
            throw ParseErrors.invalidSyntax(ts);
        }
        ts.next();
        Constant imag = new Constant(t.value(), null, t.line(), t.col(), t.endLine(), t.endCol());
        if (!(t.value() instanceof Imaginary)) {
            throw ParseErrors.atNode(ts, "imaginary number required in complex literal", imag);
        }
        return new BinOp(real, op, imag, s.line(), s.col(), t.endLine(), t.endCol());
    }

    private Expr signedNumber() {
        Token s = ts.peek();
        if (s.kind() == MINUS) {
            ts.next();
            Token t = ts.peek();
            if (t.kind() != NUMBER) {
                throw ParseErrors.invalidSyntax(ts);
            }
            ts.next();
            Constant c = new Constant(t.value(), null, t.line(), t.col(), t.endLine(), t.endCol());
            return new UnaryOp(UnaryOperator.USub, c, s.line(), s.col(), t.endLine(), t.endCol());
        }
        ts.next();
        return new Constant(s.value(), null, s.line(), s.col(), s.endLine(), s.endCol());
    }

    private Pattern parenthesized() {
        Token lp = ts.next();
        if (ts.kind() == RPAR) {
            Token rp = ts.next();
            return new MatchSequence(List.of(), lp.line(), lp.col(), rp.endLine(), rp.endCol());
        }
        Pattern first = maybeStarPattern();
        if (ts.kind() == RPAR && !(first instanceof MatchStar)) {
            ts.next();
            return first;
        }
        ArrayList<Pattern> items = new ArrayList<>();
        items.add(first);
        ep.expect(COMMA);
        items.addAll(sequenceItems(RPAR));
        Token rp = ep.expect(RPAR);
        return new MatchSequence(items, lp.line(), lp.col(), rp.endLine(), rp.endCol());
    }

    private List<Pattern> sequenceItems(TokenKind closer) {
        ArrayList<Pattern> items = new ArrayList<>();
        while (ts.kind() != closer) {
            items.add(maybeStarPattern());
            if (!ts.accept(COMMA)) {
                break;
            }
        }
        return items;
    }

    private Pattern mapping() {
        Token lb = ts.next();
        ArrayList<Expr> keys = new ArrayList<>();
        ArrayList<Pattern> patterns = new ArrayList<>();
        String rest = null;
        while (ts.kind() != RBRACE) {
            if (ts.kind() == DOUBLESTAR) {
                ts.next();
                Token name = ts.peek();
                if (name.kind() != NAME) {
                    throw ParseErrors.invalidSyntax(ts);
                }
                ts.next();
                rest = name.identifier();
                ts.accept(COMMA);
                if (ts.kind() != RBRACE) {
                    throw ParseErrors.invalidSyntax(ts);
                }
                break;
            }
            Token ks = ts.peek();
            Expr key = switch (ks.kind()) {
                case NUMBER, MINUS -> number();
                case STRING, FSTRING_START -> ep.strings.strings();
                case NONE, TRUE, FALSE -> ep.atom();
                case NAME -> attr();
                default -> throw ParseErrors.invalidSyntax(ts);
            };
            if (key instanceof Name) {
                throw ParseErrors.invalidSyntax(ts);
            }
            ep.expect(COLON);
            keys.add(key);
            patterns.add(pattern());
            if (!ts.accept(COMMA)) {
                break;
            }
        }
        Token rb = ep.expect(RBRACE);
        return new MatchMapping(keys, patterns, rest, lb.line(), lb.col(), rb.endLine(), rb.endCol());
    }

    /** {@code name_or_attr}: a dotted name as Name or Attribute. */
    private Expr attr() {
        Token s = ts.next();
        Expr e = new Name(s.identifier(), ExprContext.Load, s.line(), s.col(), s.endLine(), s.endCol());
        while (ts.kind() == DOT) {
            ts.next();
            Token n = ts.peek();
            if (n.kind() != NAME) {
                throw ParseErrors.invalidSyntax(ts);
            }
            ts.next();
            e = new Attribute(e, n.identifier(), ExprContext.Load, s.line(), s.col(), n.endLine(), n.endCol());
        }
        return e;
    }

    private Pattern nameOrClass() {
        Token s = ts.peek();
        Expr name = attr();
        if (ts.kind() == LPAR) {
            return classPattern(name, s);
        }
        if (name instanceof Name n) {
            String id = n.id();
            return new MatchAs(null, id.equals("_") ? null : id, s.line(), s.col(), s.endLine(), s.endCol());
        }
        return new MatchValue(name, s.line(), s.col(), name.endLineno(), name.endColOffset());
    }

    private Pattern classPattern(Expr cls, Token s) {
        ts.next();
        ArrayList<Pattern> positional = new ArrayList<>();
        ArrayList<String> kwdAttrs = new ArrayList<>();
        ArrayList<Pattern> kwdPatterns = new ArrayList<>();
        while (ts.kind() != RPAR) {
            if (ts.kind() == NAME && ts.kind(1) == EQUAL) {
                Token k = ts.next();
                ts.next();
                kwdAttrs.add(k.identifier());
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw ParseErrors.atNode(ts, "positional patterns follow keyword patterns", p);
                }
                positional.add(p);
            }
            if (!ts.accept(COMMA)) {
                break;
            }
        }
        Token rp = ep.expect(RPAR);
        return new MatchClass(cls, positional, kwdAttrs, kwdPatterns, s.line(), s.col(), rp.endLine(), rp.endCol());
    }
}

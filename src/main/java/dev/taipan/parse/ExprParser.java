package dev.taipan.parse;

import static dev.taipan.parse.TokenKind.*;

import dev.taipan.ast.Attribute;
import dev.taipan.ast.Await;
import dev.taipan.ast.BinOp;
import dev.taipan.ast.BoolOp;
import dev.taipan.ast.BoolOperator;
import dev.taipan.ast.CmpOp;
import dev.taipan.ast.Compare;
import dev.taipan.ast.Constant;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprContext;
import dev.taipan.ast.IfExp;
import dev.taipan.ast.Lambda;
import dev.taipan.ast.Name;
import dev.taipan.ast.NamedExpr;
import dev.taipan.ast.Operator;
import dev.taipan.ast.Singleton;
import dev.taipan.ast.Starred;
import dev.taipan.ast.Subscript;
import dev.taipan.ast.Tuple;
import dev.taipan.ast.UnaryOp;
import dev.taipan.ast.UnaryOperator;
import dev.taipan.ast.Yield;
import dev.taipan.ast.YieldFrom;
import java.util.ArrayList;

/**
 * Parses expressions, from {@code star_expressions} down to atoms, following the precedence of
 * CPython 3.13's grammar. Every node starts at the first token of the rule that built it and ends
 * at the last token consumed, as CPython's {@code EXTRA} positions do. Displays, comprehensions
 * and call arguments are in {@link Displays}; strings in {@link FStringParser}.
 */
final class ExprParser {
    final Tokens ts;
    final Displays displays;
    final FStringParser strings;
    final ParamsParser params;
    /** Tuples written in parentheses, by identity: some messages depend on it. */
    final java.util.Set<Expr> parenthesizedTuples = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    ExprParser(Tokens ts) {
        this.ts = ts;
        this.displays = new Displays(this);
        this.strings = new FStringParser(this);
        this.params = new ParamsParser(this);
    }

    // ---- helpers shared by the expression files ----

    /** Consumes a token of kind {@code k} or fails with "invalid syntax" where CPython would. */
    Token expect(TokenKind k) {
        if (ts.kind() != k) {
            throw ParseErrors.invalidSyntax(ts);
        }
        return ts.next();
    }

    /** Whether {@code k} can begin an expression. */
    static boolean startsExpression(TokenKind k) {
        return switch (k) {
            case NAME, NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, AWAIT,
                 LAMBDA, NONE, TRUE, FALSE, ELLIPSIS -> true;
            default -> false;
        };
    }

    // ---- expression lists ----

    /** {@code star_expressions}: a single star_expression, or a Tuple when a comma follows. */
    Expr starExpressions() {
        Token s = ts.peek();
        Expr first = starExpression();
        if (ts.kind() != COMMA) {
            return first;
        }
        ArrayList<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA)) {
            if (!startsStarExpression(ts.kind())) {
                break;
            }
            elts.add(starExpression());
        }
        Token e = ts.prev();
        return new Tuple(elts, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
    }

    static boolean startsStarExpression(TokenKind k) {
        return k == STAR || startsExpression(k);
    }

    /** {@code star_expression}: {@code '*' bitwise_or | expression}. */
    Expr starExpression() {
        if (ts.kind() == STAR) {
            Token s = ts.next();
            Expr v = bitwiseOr();
            Token e = ts.prev();
            return new Starred(v, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
        }
        return expression();
    }

    /** {@code expressions}: used by eval input. */
    Expr expressions() {
        Token s = ts.peek();
        Expr first = expression();
        if (ts.kind() != COMMA) {
            return first;
        }
        ArrayList<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA)) {
            if (!startsExpression(ts.kind())) {
                break;
            }
            elts.add(expression());
        }
        Token e = ts.prev();
        return new Tuple(elts, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** {@code star_named_expression}: {@code '*' bitwise_or | named_expression}. */
    Expr starNamedExpression() {
        if (ts.kind() == STAR) {
            Token s = ts.next();
            Expr v = bitwiseOr();
            Token e = ts.prev();
            return new Starred(v, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
        }
        return namedExpression();
    }

    /** {@code named_expression}: {@code NAME ':=' expression | expression !':='}. */
    Expr namedExpression() {
        Token s = ts.peek();
        if (s.kind() == NAME && ts.kind(1) == COLONEQUAL) {
            ts.next();
            ts.next();
            Expr value = expression();
            Token e = ts.prev();
            Name target = new Name(s.identifier(), ExprContext.Store, s.line(), s.col(), s.endLine(), s.endCol());
            return new NamedExpr(target, value, s.line(), s.col(), e.endLine(), e.endCol());
        }
        Expr e = expression();
        if (ts.kind() == COLONEQUAL) {
            throw ParseErrors.atNode(ts, "cannot use assignment expressions with " + ParseErrors.exprName(e), e);
        }
        return e;
    }

    /** {@code expression}: conditional expressions and lambdas. */
    Expr expression() {
        ts.enter();
        try {
            if (ts.kind() == LAMBDA) {
                return lambdef();
            }
            Token s = ts.peek();
            Expr body = disjunction();
            if (ts.kind() != IF) {
                return body;
            }
            int mark = ts.pos;
            ts.next();
            if (!startsExpression(ts.kind())) {
                ts.pos = mark;
                return body;
            }
            Expr test = disjunction();
            if (ts.kind() != ELSE) {
                if (ts.kind() == COLON) {
                    // Not a conditional expression after all (a comprehension's or a guard's 'if'
                    // belongs to the caller); let it decide.
                    ts.pos = mark;
                    return body;
                }
                throw ParseErrors.range(ts, "expected 'else' after 'if' expression", s, test);
            }
            ts.next();
            if (!startsExpression(ts.kind())) {
                throw ParseErrors.range(ts, "expected expression after 'else', but statement is given", ts.peek(), ts.peek());
            }
            Expr orelse = expression();
            Token e = ts.prev();
            return new IfExp(test, body, orelse, s.line(), s.col(), e.endLine(), e.endCol());
        } finally {
            ts.leave();
        }
    }

    /** {@code yield_expr}: {@code 'yield' 'from' expression | 'yield' [star_expressions]}. */
    Expr yieldExpr() {
        Token s = expect(YIELD);
        if (ts.accept(FROM)) {
            Expr v = expression();
            Token e = ts.prev();
            return new YieldFrom(v, s.line(), s.col(), e.endLine(), e.endCol());
        }
        Expr v = startsStarExpression(ts.kind()) ? starExpressions() : null;
        Token e = ts.prev();
        return new Yield(v, s.line(), s.col(), e.endLine(), e.endCol());
    }

    Expr lambdef() {
        Token s = expect(LAMBDA);
        dev.taipan.ast.Arguments args = params.parameters(true, COLON);
        if (ts.kind() != COLON) {
            throw ParseErrors.invalidSyntax(ts);
        }
        Token colon = ts.next();
        if (ts.kind() == FSTRING_MIDDLE) {
            throw ParseErrors.range(ts, "f-string: lambda expressions are not allowed without parentheses", s, colon);
        }
        Expr body = expression();
        Token e = ts.prev();
        return new Lambda(args, body, s.line(), s.col(), e.endLine(), e.endCol());
    }

    // ---- boolean and comparison levels ----

    Expr disjunction() {
        Token s = ts.peek();
        Expr first = conjunction();
        if (ts.kind() != OR) {
            return first;
        }
        ArrayList<Expr> values = new ArrayList<>();
        values.add(first);
        while (ts.accept(OR)) {
            values.add(conjunction());
        }
        Token e = ts.prev();
        return new BoolOp(BoolOperator.Or, values, s.line(), s.col(), e.endLine(), e.endCol());
    }

    Expr conjunction() {
        Token s = ts.peek();
        Expr first = inversion();
        if (ts.kind() != AND) {
            return first;
        }
        ArrayList<Expr> values = new ArrayList<>();
        values.add(first);
        while (ts.accept(AND)) {
            values.add(inversion());
        }
        Token e = ts.prev();
        return new BoolOp(BoolOperator.And, values, s.line(), s.col(), e.endLine(), e.endCol());
    }

    Expr inversion() {
        if (ts.kind() == NOT) {
            Token s = ts.next();
            ts.enter();
            try {
                Expr operand = inversion();
                Token e = ts.prev();
                return new UnaryOp(UnaryOperator.Not, operand, s.line(), s.col(), e.endLine(), e.endCol());
            } finally {
                ts.leave();
            }
        }
        return comparison();
    }

    Expr comparison() {
        Token s = ts.peek();
        Expr left = bitwiseOr();
        CmpOp op = compareOp();
        if (op == null) {
            return left;
        }
        ArrayList<CmpOp> ops = new ArrayList<>();
        ArrayList<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ts.next();
            if (op == CmpOp.NotIn || op == CmpOp.IsNot) {
                ts.next();
            }
            ops.add(op);
            comparators.add(bitwiseOr());
            op = compareOp();
        }
        Token e = ts.prev();
        return new Compare(left, ops, comparators, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private CmpOp compareOp() {
        return switch (ts.kind()) {
            case EQEQUAL -> CmpOp.Eq;
            case NOTEQUAL -> CmpOp.NotEq;
            case LESS -> CmpOp.Lt;
            case LESSEQUAL -> CmpOp.LtE;
            case GREATER -> CmpOp.Gt;
            case GREATEREQUAL -> CmpOp.GtE;
            case IN -> CmpOp.In;
            case NOT -> ts.kind(1) == IN ? CmpOp.NotIn : null;
            case IS -> ts.kind(1) == NOT ? CmpOp.IsNot : CmpOp.Is;
            default -> null;
        };
    }

    // ---- binary operators, by precedence climbing over CPython's levels ----

    /** {@code bitwise_or}: the binary operators from {@code |} down to unary ones. */
    Expr bitwiseOr() {
        return binary(0);
    }

    private Expr binary(int level) {
        if (level == 5) {
            return term();
        }
        Token s = ts.peek();
        Expr left = binary(level + 1);
        while (true) {
            Operator op = binaryOp(level, ts.kind());
            if (op == null) {
                return left;
            }
            ts.next();
            Expr right = binary(level + 1);
            Token e = ts.prev();
            left = new BinOp(left, op, right, s.line(), s.col(), e.endLine(), e.endCol());
        }
    }

    private static Operator binaryOp(int level, TokenKind k) {
        return switch (level) {
            case 0 -> k == VBAR ? Operator.BitOr : null;
            case 1 -> k == CIRCUMFLEX ? Operator.BitXor : null;
            case 2 -> k == AMPER ? Operator.BitAnd : null;
            case 3 -> k == LEFTSHIFT ? Operator.LShift : k == RIGHTSHIFT ? Operator.RShift : null;
            case 4 -> k == PLUS ? Operator.Add : k == MINUS ? Operator.Sub : null;
            default -> null;
        };
    }

    private Expr term() {
        Token s = ts.peek();
        Expr left = factor();
        while (true) {
            Operator op = switch (ts.kind()) {
                case STAR -> Operator.Mult;
                case SLASH -> Operator.Div;
                case DOUBLESLASH -> Operator.FloorDiv;
                case PERCENT -> Operator.Mod;
                case AT -> Operator.MatMult;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            ts.next();
            Expr right = factor();
            Token e = ts.prev();
            left = new BinOp(left, op, right, s.line(), s.col(), e.endLine(), e.endCol());
        }
    }

    Expr factor() {
        UnaryOperator op = switch (ts.kind()) {
            case PLUS -> UnaryOperator.UAdd;
            case MINUS -> UnaryOperator.USub;
            case TILDE -> UnaryOperator.Invert;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        Token s = ts.next();
        ts.enter();
        try {
            Expr operand = factor();
            Token e = ts.prev();
            return new UnaryOp(op, operand, s.line(), s.col(), e.endLine(), e.endCol());
        } finally {
            ts.leave();
        }
    }

    private Expr power() {
        Token s = ts.peek();
        Expr base = awaitPrimary();
        if (ts.kind() != DOUBLESTAR) {
            return base;
        }
        ts.next();
        ts.enter();
        try {
            Expr exp = factor();
            Token e = ts.prev();
            return new BinOp(base, Operator.Pow, exp, s.line(), s.col(), e.endLine(), e.endCol());
        } finally {
            ts.leave();
        }
    }

    private Expr awaitPrimary() {
        if (ts.kind() == AWAIT) {
            Token s = ts.next();
            Expr v = primary();
            Token e = ts.prev();
            return new Await(v, s.line(), s.col(), e.endLine(), e.endCol());
        }
        return primary();
    }

    // ---- primaries and atoms ----

    /** {@code primary}: an atom followed by attribute, call and subscript trailers. */
    Expr primary() {
        Token s = ts.peek();
        Expr e = atom();
        while (true) {
            switch (ts.kind()) {
                case DOT -> {
                    ts.next();
                    Token name = ts.peek();
                    if (name.kind() != NAME) {
                        throw ParseErrors.invalidSyntax(ts);
                    }
                    ts.next();
                    e = new Attribute(e, name.identifier(), ExprContext.Load, s.line(), s.col(), name.endLine(),
                            name.endCol());
                }
                case LPAR -> e = displays.call(e, s);
                case LSQB -> {
                    ts.next();
                    Expr slice = displays.slices();
                    displays.close(RSQB, slice);
                    Token end = ts.prev();
                    e = new Subscript(e, slice, ExprContext.Load, s.line(), s.col(), end.endLine(), end.endCol());
                }
                default -> {
                    return e;
                }
            }
        }
    }

    /** {@code atom}: names, literals, and bracketed forms. */
    Expr atom() {
        Token t = ts.peek();
        switch (t.kind()) {
            case NAME -> {
                ts.next();
                return new Name(t.identifier(), ExprContext.Load, t.line(), t.col(), t.endLine(), t.endCol());
            }
            case NUMBER -> {
                ts.next();
                return new Constant(t.value(), null, t.line(), t.col(), t.endLine(), t.endCol());
            }
            case TRUE, FALSE, NONE, ELLIPSIS -> {
                ts.next();
                Object v = switch (t.kind()) {
                    case TRUE -> Boolean.TRUE;
                    case FALSE -> Boolean.FALSE;
                    case NONE -> Singleton.NONE;
                    default -> Singleton.ELLIPSIS;
                };
                return new Constant(v, null, t.line(), t.col(), t.endLine(), t.endCol());
            }
            case STRING, FSTRING_START -> {
                return strings.strings();
            }
            case LPAR -> {
                return displays.parenthesized();
            }
            case LSQB -> {
                return displays.list();
            }
            case LBRACE -> {
                return displays.braces();
            }
            default -> throw ParseErrors.invalidSyntax(ts);
        }
    }
}

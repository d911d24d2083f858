package dev.taipan.parse;

import static dev.taipan.parse.TokenKind.*;

import dev.taipan.ast.Arguments;
import dev.taipan.ast.AsyncFor;
import dev.taipan.ast.AsyncFunctionDef;
import dev.taipan.ast.AsyncWith;
import dev.taipan.ast.Call;
import dev.taipan.ast.ClassDef;
import dev.taipan.ast.ExceptHandler;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprContext;
import dev.taipan.ast.For;
import dev.taipan.ast.FunctionDef;
import dev.taipan.ast.If;
import dev.taipan.ast.Keyword;
import dev.taipan.ast.Match;
import dev.taipan.ast.MatchCase;
import dev.taipan.ast.Name;
import dev.taipan.ast.Pattern;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.Try;
import dev.taipan.ast.TryStar;
import dev.taipan.ast.Tuple;
import dev.taipan.ast.TypeParam;
import dev.taipan.ast.While;
import dev.taipan.ast.With;
import dev.taipan.ast.WithItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Compound statements: if, while, for, with, try, def, class, decorators and match, with the
 * blocks they own and CPython's errors for a missing ':' or indented block.
 */
final class CompoundParser {
    private final Parser parser;
    private final Tokens ts;
    private final ExprParser ep;
    private final PatternParser patterns;
    /** The NEWLINE after {@code match subject} when ':' was missing; cleared by the caller. */
    Token matchWithoutColon;

    CompoundParser(Parser parser) {
        this.parser = parser;
        this.ts = parser.ts;
        this.ep = parser.ep;
        this.patterns = new PatternParser(ep);
    }

    /** Parses a compound statement when one starts here, else returns {@code null}. */
    Stmt compoundStatement() {
        Token s = ts.peek();
        return switch (s.kind()) {
            case IF -> ifStatement(s, "'if' statement");
            case WHILE -> whileStatement();
            case FOR -> forStatement(s, false);
            case WITH -> withStatement(s, false);
            case TRY -> tryStatement();
            case DEF -> functionDef(List.of(), s);
            case CLASS -> classDef(List.of(), s);
            case AT -> decorated();
            case ASYNC -> switch (ts.kind(1)) {
                case DEF -> functionDef(List.of(), s);
                case FOR -> forStatement(s, true);
                case WITH -> withStatement(s, true);
                default -> throw ParseErrors.invalidSyntax(ts);
            };
            case NAME -> s.text().equals("match") ? matchStatement() : null;
            default -> null;
        };
    }

    // ---- blocks ----

    /** Consumes ':' or fails with "expected ':'" where CPython says so. */
    private void colon(boolean forced) {
        if (ts.accept(COLON)) {
            return;
        }
        if (forced || ts.kind() == NEWLINE) {
            throw ParseErrors.atToken(ts, ParseErrors.EXPECTED_COLON, ts.peek());
        }
        throw ParseErrors.invalidSyntax(ts);
    }

    /**
     * {@code block}: an indented suite or simple statements on the same line. {@code what} names
     * the statement for "expected an indented block after ... on line N".
     */
    List<Stmt> block(String what, Token kw) {
        ts.enter();
        try {
            ArrayList<Stmt> body = new ArrayList<>();
            if (ts.kind() == NEWLINE) {
                if (ts.kind(1) != INDENT) {
                    ts.next();
                    String msg = what == null ? ParseErrors.EXPECTED_INDENTED_BLOCK
                            : "expected an indented block after " + what + " on line " + kw.line();
                    throw ParseErrors.indentation(ts, msg, ts.peek());
                }
                ts.next();
                ts.next();
                while (ts.kind() != DEDENT && ts.kind() != ENDMARKER) {
                    parser.statement(body);
                }
                ts.accept(DEDENT);
            } else {
                parser.simpleStatements(body);
            }
            return body;
        } finally {
            ts.leave();
        }
    }

    private Token end() {
        return ts.lastReal();
    }

    // ---- if / while / for ----

    private Stmt ifStatement(Token s, String what) {
        ts.next();
        Expr test = condition();
        colon(false);
        List<Stmt> body = block(what, s);
        List<Stmt> orelse = List.of();
        if (ts.kind() == ELIF) {
            orelse = List.of(ifStatement(ts.peek(), "'elif' statement"));
        } else if (ts.kind() == ELSE) {
            orelse = elseBlock();
        }
        Token e = end();
        return new If(test, body, orelse, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** A named_expression condition, with CPython's hint for '=' written instead of '=='. */
    private Expr condition() {
        Token s = ts.peek();
        Expr test = ep.namedExpression();
        if (ts.kind() == EQUAL && test instanceof Name n) {
            ts.next();
            if (ExprParser.startsExpression(ts.kind())) {
                Expr b = ep.bitwiseOr();
                if (ts.kind() != EQUAL && ts.kind() != COLONEQUAL) {
                    throw ParseErrors.range(ts, ParseErrors.MAYBE_EQ_OR_WALRUS, n, b);
                }
            }
            throw ParseErrors.invalidSyntax(ts);
        }
        if (ts.kind() == EQUAL && s.kind() != TRUE && s.kind() != FALSE && s.kind() != NONE
                && !(test instanceof dev.taipan.ast.Compare || test instanceof dev.taipan.ast.BoolOp
                || test instanceof dev.taipan.ast.IfExp || test instanceof dev.taipan.ast.Lambda)) {
            ts.next();
            if (ExprParser.startsExpression(ts.kind()) && ts.kind() != NOT && ts.kind() != LAMBDA) {
                ep.bitwiseOr();
                if (ts.kind() != EQUAL && ts.kind() != COLONEQUAL) {
                    throw ParseErrors.atNode(ts, "cannot assign to " + ParseErrors.exprName(test)
                            + " here. Maybe you meant '==' instead of '='?", test);
                }
            }
            throw ParseErrors.invalidSyntax(ts);
        }
        return test;
    }

    private List<Stmt> elseBlock() {
        Token kw = ts.next();
        colon(true);
        return block("'else' statement", kw);
    }

    private Stmt whileStatement() {
        Token s = ts.next();
        Expr test = condition();
        colon(false);
        List<Stmt> body = block("'while' statement", s);
        List<Stmt> orelse = ts.kind() == ELSE ? elseBlock() : List.of();
        Token e = end();
        return new While(test, body, orelse, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Stmt forStatement(Token s, boolean isAsync) {
        if (isAsync) {
            ts.next();
        }
        Token kw = ts.next();
        Expr target = Targets.forTargets(ep, null);
        ts.next(); // 'in'
        Expr iter = ep.starExpressions();
        colon(false);
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = ts.kind() == ELSE ? elseBlock() : List.of();
        Token e = end();
        return isAsync
                ? new AsyncFor(target, iter, body, orelse, null, s.line(), s.col(), e.endLine(), e.endCol())
                : new For(target, iter, body, orelse, null, s.line(), s.col(), e.endLine(), e.endCol());
    }

    // ---- with ----

    private Stmt withStatement(Token s, boolean isAsync) {
        if (isAsync) {
            ts.next();
        }
        Token kw = ts.next();
        List<WithItem> items = null;
        if (ts.kind() == LPAR) {
            // '(' with_item, ... ')' ':' is tried first; a parenthesized expression otherwise.
            int mark = ts.pos;
            int furthest = ts.furthest;
            try {
                ts.next();
                List<WithItem> inner = withItems(true);
                if (ts.kind() == RPAR && ts.kind(1) == COLON) {
                    ts.next();
                    items = inner;
                }
            } catch (SyntaxErrorException ignored) {
                // not the parenthesized form
            }
            if (items == null) {
                ts.pos = mark;
                ts.furthest = furthest;
            }
        }
        if (items == null) {
            items = withItems(false);
        }
        colon(false);
        List<Stmt> body = block("'with' statement", kw);
        Token e = end();
        return isAsync
                ? new AsyncWith(items, body, null, s.line(), s.col(), e.endLine(), e.endCol())
                : new With(items, body, null, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private List<WithItem> withItems(boolean parenthesized) {
        ArrayList<WithItem> items = new ArrayList<>();
        do {
            if (parenthesized && ts.kind() == RPAR && !items.isEmpty()) {
                break;
            }
            Expr ctx = ep.expression();
            Expr vars = null;
            if (ts.accept(AS)) {
                Expr t = Targets.element(ep);
                TokenKind k = ts.kind();
                if (k != COMMA && k != COLON && k != RPAR) {
                    throw ParseErrors.invalidSyntax(ts);
                }
                vars = Targets.store(ts, t, Targets.Kind.STAR);
            }
            items.add(new WithItem(ctx, vars));
        } while (ts.accept(COMMA));
        return items;
    }

    // ---- try ----

    private Stmt tryStatement() {
        Token s = ts.next();
        colon(true);
        List<Stmt> body = block("'try' statement", s);
        ArrayList<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        boolean plain = false;
        while (ts.kind() == EXCEPT) {
            Token ex = ts.next();
            boolean isStar = ts.accept(STAR);
            if (isStar ? plain : star) {
                throw ParseErrors.atToken(ts, "cannot have both 'except' and 'except*' on the same 'try'", ex);
            }
            star |= isStar;
            plain |= !isStar;
            Expr type = null;
            String name = null;
            if (ts.kind() != COLON) {
                if (isStar && ts.kind() == NEWLINE) {
                    throw ParseErrors.atLast(ts, "expected one or more exception types");
                }
                Token ts0 = ts.peek();
                type = ep.expression();
                if (ts.kind() == COMMA) {
                    Expr last = type;
                    while (ts.accept(COMMA)) {
                        if (!ExprParser.startsExpression(ts.kind())) {
                            break;
                        }
                        last = ep.expression();
                    }
                    if (ts.kind() == COLON || ts.kind() == AS) {
                        throw ParseErrors.range(ts, "multiple exception types must be parenthesized", ts0, last);
                    }
                    throw ParseErrors.invalidSyntax(ts);
                }
                if (ts.accept(AS)) {
                    Token n = ts.peek();
                    if (n.kind() != NAME) {
                        throw ParseErrors.invalidSyntax(ts);
                    }
                    ts.next();
                    name = n.identifier();
                }
            } else if (isStar) {
                throw ParseErrors.atLast(ts, "expected one or more exception types");
            }
            colon(false);
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", ex);
            Token e = end();
            handlers.add(new ExceptHandler(type, name, hbody, ex.line(), ex.col(), e.endLine(), e.endCol()));
        }
        List<Stmt> orelse = List.of();
        if (ts.kind() == ELSE && !handlers.isEmpty()) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (ts.kind() == FINALLY) {
            Token f = ts.next();
            colon(true);
            finalbody = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw ParseErrors.atToken(ts, "expected 'except' or 'finally' block", ts.peek());
        }
        Token e = end();
        return star
                ? new TryStar(body, handlers, orelse, finalbody, s.line(), s.col(), e.endLine(), e.endCol())
                : new Try(body, handlers, orelse, finalbody, s.line(), s.col(), e.endLine(), e.endCol());
    }

    // ---- def / class / decorators ----

    private Stmt decorated() {
        ArrayList<Expr> decorators = new ArrayList<>();
        while (ts.accept(AT)) {
            decorators.add(ep.namedExpression());
            if (ts.kind() != NEWLINE) {
                throw ParseErrors.invalidSyntax(ts);
            }
            ts.next();
        }
        Token s = ts.peek();
        return switch (s.kind()) {
            case DEF -> functionDef(decorators, s);
            case CLASS -> classDef(decorators, s);
            case ASYNC -> {
                if (ts.kind(1) != DEF) {
                    throw ParseErrors.invalidSyntax(ts);
                }
                yield functionDef(decorators, s);
            }
            default -> throw ParseErrors.invalidSyntax(ts);
        };
    }

    private Stmt functionDef(List<Expr> decorators, Token s) {
        boolean isAsync = ts.accept(ASYNC);
        Token kw = ts.next();
        Token name = ts.peek();
        if (name.kind() != NAME) {
            throw ParseErrors.invalidSyntax(ts);
        }
        ts.next();
        List<TypeParam> typeParams = ep.params.typeParams();
        if (ts.kind() != LPAR) {
            throw ParseErrors.atToken(ts, "expected '('", ts.peek());
        }
        ts.next();
        Arguments args = ep.params.parameters(false, RPAR);
        ep.expect(RPAR);
        Expr returns = null;
        if (ts.accept(ARROW)) {
            returns = ep.expression();
        }
        colon(true);
        List<Stmt> body = block("function definition", kw);
        Token e = end();
        return isAsync
                ? new AsyncFunctionDef(name.identifier(), args, body, decorators, returns, null, typeParams,
                        s.line(), s.col(), e.endLine(), e.endCol())
                : new FunctionDef(name.identifier(), args, body, decorators, returns, null, typeParams,
                        s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Stmt classDef(List<Expr> decorators, Token s) {
        ts.next();
        Token name = ts.peek();
        if (name.kind() != NAME) {
            throw ParseErrors.invalidSyntax(ts);
        }
        ts.next();
        List<TypeParam> typeParams = ep.params.typeParams();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (ts.kind() == LPAR) {
            Expr call = ep.displays.call(new Name("", ExprContext.Load, s.line(), s.col(), s.line(), s.col()), s, false);
            Call c = (Call) call;
            bases = c.args();
            keywords = c.keywords();
        }
        colon(false);
        List<Stmt> body = block("class definition", s);
        Token e = end();
        return new ClassDef(name.identifier(), bases, keywords, body, decorators, typeParams,
                s.line(), s.col(), e.endLine(), e.endCol());
    }

    // ---- match ----

    /** A match statement, or {@code null} when this 'match' is an ordinary name. */
    private Stmt matchStatement() {
        Token s = ts.peek();
        TokenKind k1 = ts.kind(1);
        if (!ExprParser.startsStarExpression(k1) || k1 == LAMBDA) {
            return null;
        }
        int mark = ts.pos;
        int furthest = ts.furthest;
        Expr subject;
        try {
            ts.next();
            subject = subject();
        } catch (SyntaxErrorException e) {
            ts.pos = mark;
            ts.furthest = furthest;
            return null;
        }
        if (ts.kind() == NEWLINE) {
            // Only an error if the line is not a valid simple statement either (see Parser.statement).
            matchWithoutColon = ts.peek();
        }
        if (ts.kind() != COLON) {
            ts.pos = mark;
            ts.furthest = furthest;
            return null;
        }
        ts.next();
        if (ts.kind() != NEWLINE) {
            throw ParseErrors.invalidSyntax(ts);
        }
        ts.next();
        if (ts.kind() != INDENT) {
            throw ParseErrors.indentation(ts, "expected an indented block after 'match' statement on line "
                    + s.line(), ts.peek());
        }
        ts.next();
        ArrayList<MatchCase> cases = new ArrayList<>();
        ts.enter();
        try {
            while (ts.kind() != DEDENT && ts.kind() != ENDMARKER) {
                if (!ts.atName("case")) {
                    throw ParseErrors.invalidSyntax(ts);
                }
                Token c = ts.next();
                Pattern pattern = patterns.patterns();
                Expr guard = null;
                if (ts.accept(IF)) {
                    guard = ep.namedExpression();
                }
                colon(false);
                List<Stmt> body = block("'case' statement", c);
                cases.add(new MatchCase(pattern, guard, body));
            }
        } finally {
            ts.leave();
        }
        ts.accept(DEDENT);
        Token e = end();
        return new Match(subject, cases, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** {@code subject_expr}: a starred tuple {@code a, *b} or one named expression. */
    private Expr subject() {
        Token s = ts.peek();
        Expr first = ep.starNamedExpression();
        if (ts.kind() != COMMA) {
            if (first instanceof dev.taipan.ast.Starred) {
                throw ParseErrors.invalidSyntax(ts);
            }
            return first;
        }
        ArrayList<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA)) {
            if (!ExprParser.startsStarExpression(ts.kind())) {
                break;
            }
            elts.add(ep.starNamedExpression());
        }
        Token e = ts.prev();
        return new Tuple(elts, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
    }
}

package dev.taipan.parse;

import static dev.taipan.parse.TokenKind.*;

import dev.taipan.ast.Alias;
import dev.taipan.ast.AnnAssign;
import dev.taipan.ast.Assert;
import dev.taipan.ast.Assign;
import dev.taipan.ast.Attribute;
import dev.taipan.ast.AugAssign;
import dev.taipan.ast.BinOp;
import dev.taipan.ast.Break;
import dev.taipan.ast.Call;
import dev.taipan.ast.Continue;
import dev.taipan.ast.Delete;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprContext;
import dev.taipan.ast.ExprStmt;
import dev.taipan.ast.Expression;
import dev.taipan.ast.GeneratorExp;
import dev.taipan.ast.Global;
import dev.taipan.ast.Import;
import dev.taipan.ast.ImportFrom;
import dev.taipan.ast.Interactive;
import dev.taipan.ast.Module;
import dev.taipan.ast.Name;
import dev.taipan.ast.Nonlocal;
import dev.taipan.ast.Operator;
import dev.taipan.ast.Pass;
import dev.taipan.ast.Raise;
import dev.taipan.ast.Return;
import dev.taipan.ast.Starred;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.Subscript;
import dev.taipan.ast.Tuple;
import dev.taipan.ast.TypeAlias;
import dev.taipan.ast.TypeParam;
import dev.taipan.ast.Yield;
import dev.taipan.ast.YieldFrom;
import java.util.ArrayList;
import java.util.List;

/**
 * The Python 3.13 parser: turns source text into the same syntax tree CPython's {@code ast.parse}
 * builds, or fails with CPython's {@code SyntaxError} message and position.
 *
 * <p>It is a hand-written recursive-descent parser over an array of tokens. This class holds the
 * entry points and the simple statements; {@link CompoundParser} the compound ones,
 * {@link ExprParser} the expressions and {@link PatternParser} the patterns of {@code match}.
 * A parser object serves one parse and is not shared between threads.
 */
public final class Parser {
    final Tokens ts;
    final ExprParser ep;
    final CompoundParser compound;

    private Parser(Tokens ts) {
        this.ts = ts;
        this.ep = new ExprParser(ts);
        this.compound = new CompoundParser(this);
    }

    /**
     * Parses a module ({@code exec} mode).
     *
     * @param source   the source text
     * @param filename the file name reported in errors
     * @return the module's tree
     * @throws SyntaxErrorException when the source is not valid Python 3.13
     */
    public static Module parseModule(String source, String filename) {
        Parser p = new Parser(new Tokens(new Lexer(source, filename), filename));
        return p.run(() -> {
            ArrayList<Stmt> body = new ArrayList<>();
            while (p.ts.kind() != ENDMARKER) {
                p.statement(body);
            }
            return new Module(body, List.of());
        });
    }

    /**
     * Parses a module from undecoded bytes, honouring a BOM or PEP 263 coding declaration.
     *
     * @param bytes    the file's bytes
     * @param filename the file name reported in errors
     * @return the module's tree
     * @throws SyntaxErrorException when the bytes cannot be decoded or are not valid Python 3.13
     */
    public static Module parseFile(byte[] bytes, String filename) {
        return parseModule(SourceDecoder.decode(bytes, filename), filename);
    }

    /**
     * Parses one expression ({@code eval} mode): {@code expressions NEWLINE* ENDMARKER}.
     *
     * @param source   the source text
     * @param filename the file name reported in errors
     * @return the expression's tree
     * @throws SyntaxErrorException when the source is not a valid expression list
     */
    public static Expression parseExpression(String source, String filename) {
        Parser p = new Parser(new Tokens(new Lexer(source, filename), filename));
        return p.run(() -> {
            Expr body = p.ep.expressions();
            while (p.ts.accept(NEWLINE)) {
                // trailing newlines are allowed
            }
            if (p.ts.kind() != ENDMARKER) {
                throw p.ep.displays.missingComma(body);
            }
            return new Expression(body);
        });
    }

    /**
     * Parses one interactive statement ({@code single} mode), as the REPL does.
     *
     * @param source   the source text
     * @param filename the file name reported in errors
     * @return the statement's tree
     * @throws SyntaxErrorException when the source is not one valid statement
     */
    public static Interactive parseInteractive(String source, String filename) {
        Parser p = new Parser(new Tokens(new Lexer(source, filename), filename));
        return p.run(() -> {
            ArrayList<Stmt> body = new ArrayList<>();
            if (p.ts.kind() == NEWLINE || p.ts.kind() == ENDMARKER) {
                // CPython's single mode rejects input without a statement.
                throw ParseErrors.invalidSyntax(p.ts);
            }
            p.statement(body);
            while (p.ts.accept(NEWLINE)) {
                // blank lines after the statement
            }
            if (p.ts.kind() != ENDMARKER) {
                throw ParseErrors.atToken(p.ts, "multiple statements found while compiling a single statement",
                        p.ts.peek());
            }
            return new Interactive(body);
        });
    }

    private interface Body<T> {
        T parse();
    }

    private <T> T run(Body<T> body) {
        try {
            T result = body.parse();
            if (ts.lexError != null) {
                throw ts.lexError;
            }
            return result;
        } catch (SyntaxErrorException e) {
            throw e == ts.lexError ? e : ParseErrors.settle(ts, e);
        } catch (StackOverflowError e) {
            // The depth limit keeps ordinary input far from this; a tiny thread stack still must not leak it.
            throw ParseErrors.settle(ts, ParseErrors.atToken(ts, ParseErrors.TOO_COMPLEX, ts.peek()));
        }
    }

    // ---- statements ----

    /** {@code statement}: one compound statement, or a line of simple statements, appended to {@code out}. */
    void statement(List<Stmt> out) {
        Stmt c = compound.compoundStatement();
        if (c != null) {
            out.add(c);
            return;
        }
        Token colonless = compound.matchWithoutColon;
        if (colonless == null) {
            simpleStatements(out);
            return;
        }
        compound.matchWithoutColon = null;
        try {
            simpleStatements(out);
        } catch (SyntaxErrorException e) {
            throw ParseErrors.atToken(ts, ParseErrors.EXPECTED_COLON, colonless);
        }
    }

    /** {@code simple_stmts}: simple statements separated by ';' and ended by NEWLINE. */
    void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (ts.accept(SEMI)) {
                if (ts.kind() == NEWLINE) {
                    break;
                }
                continue;
            }
            break;
        }
        if (ts.kind() != NEWLINE) {
            throw ParseErrors.invalidSyntax(ts);
        }
        ts.next();
    }

    private Stmt simpleStatement() {
        Token s = ts.peek();
        switch (s.kind()) {
            case PASS -> {
                ts.next();
                return new Pass(s.line(), s.col(), s.endLine(), s.endCol());
            }
            case BREAK -> {
                ts.next();
                return new Break(s.line(), s.col(), s.endLine(), s.endCol());
            }
            case CONTINUE -> {
                ts.next();
                return new Continue(s.line(), s.col(), s.endLine(), s.endCol());
            }
            case RETURN -> {
                ts.next();
                Expr v = ExprParser.startsStarExpression(ts.kind()) ? ep.starExpressions() : null;
                Token e = ts.lastReal();
                return new Return(v, s.line(), s.col(), e.endLine(), e.endCol());
            }
            case RAISE -> {
                return raise();
            }
            case GLOBAL, NONLOCAL -> {
                ts.next();
                ArrayList<String> names = new ArrayList<>();
                do {
                    Token n = ts.peek();
                    if (n.kind() != NAME) {
                        throw ParseErrors.invalidSyntax(ts);
                    }
                    ts.next();
                    names.add(n.identifier());
                } while (ts.accept(COMMA));
                Token e = ts.lastReal();
                return s.kind() == GLOBAL
                        ? new Global(names, s.line(), s.col(), e.endLine(), e.endCol())
                        : new Nonlocal(names, s.line(), s.col(), e.endLine(), e.endCol());
            }
            case DEL -> {
                return delete();
            }
            case ASSERT -> {
                ts.next();
                Expr test = ep.expression();
                Expr msg = ts.accept(COMMA) ? ep.expression() : null;
                Token e = ts.lastReal();
                return new Assert(test, msg, s.line(), s.col(), e.endLine(), e.endCol());
            }
            case IMPORT -> {
                return importName();
            }
            case FROM -> {
                return importFrom();
            }
            case NAME -> {
                if (s.text().equals("type") && ts.kind(1) == NAME && (ts.kind(2) == EQUAL || ts.kind(2) == LSQB)) {
                    return typeAlias();
                }
                return expressionStatement();
            }
            default -> {
                return expressionStatement();
            }
        }
    }

    private Stmt raise() {
        Token s = ts.next();
        Expr exc = null;
        Expr cause = null;
        if (ExprParser.startsExpression(ts.kind())) {
            exc = ep.expression();
            if (ts.accept(FROM)) {
                cause = ep.expression();
            }
        }
        Token e = ts.lastReal();
        return new Raise(exc, cause, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Stmt delete() {
        Token s = ts.next();
        ArrayList<Expr> list = new ArrayList<>();
        do {
            if (ts.kind() == SEMI || ts.kind() == NEWLINE) {
                break;
            }
            list.add(ep.starExpression());
        } while (ts.accept(COMMA));
        if (list.isEmpty()) {
            throw ParseErrors.invalidSyntax(ts);
        }
        ArrayList<Expr> out = new ArrayList<>();
        for (Expr t : list) {
            Expr d = Targets.withContext(t, ExprContext.Del);
            if (d == null) {
                throw Targets.error(ts, t, Targets.Kind.DEL);
            }
            out.add(d);
        }
        if (ts.kind() != SEMI && ts.kind() != NEWLINE) {
            throw ParseErrors.invalidSyntax(ts);
        }
        Token e = ts.lastReal();
        return new Delete(out, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /** Whether a tuple was written in parentheses. */
    private boolean startsWithParen(Tuple t) {
        return ep.parenthesizedTuples.contains(t);
    }

    private Stmt importName() {
        Token s = ts.next();
        ArrayList<Alias> names = new ArrayList<>();
        do {
            Token n = ts.peek();
            String dotted = dottedName();
            String asname = null;
            if (ts.accept(AS)) {
                asname = name();
            }
            Token e = ts.prev();
            names.add(new Alias(dotted, asname, n.line(), n.col(), e.endLine(), e.endCol()));
        } while (ts.accept(COMMA));
        Token e = ts.lastReal();
        return new Import(names, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private Stmt importFrom() {
        Token s = ts.next();
        int level = 0;
        while (true) {
            if (ts.accept(DOT)) {
                level++;
            } else if (ts.accept(ELLIPSIS)) {
                level += 3;
            } else {
                break;
            }
        }
        String module = null;
        if (ts.kind() != IMPORT || level == 0) {
            module = dottedName();
        }
        if (ts.kind() != IMPORT) {
            throw ParseErrors.invalidSyntax(ts);
        }
        ts.next();
        ArrayList<Alias> names = new ArrayList<>();
        if (ts.kind() == STAR) {
            Token st = ts.next();
            names.add(new Alias("*", null, st.line(), st.col(), st.endLine(), st.endCol()));
        } else {
            boolean parens = ts.accept(LPAR);
            do {
                if (parens && ts.kind() == RPAR && !names.isEmpty()) {
                    break;
                }
                if (!parens && !names.isEmpty() && ts.kind() == NEWLINE) {
                    throw ParseErrors.atLast(ts, "trailing comma not allowed without surrounding parentheses");
                }
                Token n = ts.peek();
                String nm = name();
                String asname = ts.accept(AS) ? name() : null;
                Token e = ts.prev();
                names.add(new Alias(nm, asname, n.line(), n.col(), e.endLine(), e.endCol()));
            } while (ts.accept(COMMA));
            if (parens) {
                ep.expect(RPAR);
            } else if (ts.prev().kind() == COMMA) {
                throw ParseErrors.atLast(ts, "trailing comma not allowed without surrounding parentheses");
            }
        }
        Token e = ts.lastReal();
        return new ImportFrom(module, names, level, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private String name() {
        Token n = ts.peek();
        if (n.kind() != NAME) {
            throw ParseErrors.invalidSyntax(ts);
        }
        ts.next();
        return n.identifier();
    }

    private String dottedName() {
        String first = name();
        if (ts.kind() != DOT) {
            return first;
        }
        StringBuilder sb = new StringBuilder(first);
        while (ts.accept(DOT)) {
            sb.append('.').append(name());
        }
        return sb.toString();
    }

    private Stmt typeAlias() {
        Token s = ts.next();
        Token n = ts.next();
        Name name = new Name(n.identifier(), ExprContext.Store, n.line(), n.col(), n.endLine(), n.endCol());
        List<TypeParam> params = ep.params.typeParams();
        ep.expect(EQUAL);
        Expr value = ep.expression();
        Token e = ts.lastReal();
        return new TypeAlias(name, params, value, s.line(), s.col(), e.endLine(), e.endCol());
    }

    // ---- expression statements and assignments ----

    private Expr rhs() {
        if (ts.kind() == YIELD) {
            return ep.yieldExpr();
        }
        if (!ExprParser.startsStarExpression(ts.kind())) {
            throw ParseErrors.invalidSyntax(ts);
        }
        return ep.starExpressions();
    }

    private Stmt expressionStatement() {
        Token s = ts.peek();
        Expr first = s.kind() == YIELD ? ep.yieldExpr() : ep.starExpressions();
        TokenKind k = ts.kind();
        if (k == EQUAL) {
            return assignment(s, first);
        }
        if (k == COLON) {
            return annotated(s, first);
        }
        Operator aug = augmented(k);
        if (aug != null) {
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw ParseErrors.atNode(ts, "'" + ParseErrors.exprName(first)
                        + "' is an illegal expression for augmented assignment", first);
            }
            ts.next();
            Expr value = rhs();
            Token e = ts.lastReal();
            return new AugAssign(Targets.withContext(first, ExprContext.Store), aug, value,
                    s.line(), s.col(), e.endLine(), e.endCol());
        }
        if (k != NEWLINE && k != SEMI) {
            if (first instanceof Name n && (n.id().equals("print") || n.id().equals("exec"))
                    && ExprParser.startsStarExpression(k) && k != LPAR) {
                int mark = ts.pos;
                try {
                    Expr b = ep.starExpressions();
                    throw ParseErrors.range(ts, "Missing parentheses in call to '" + n.id() + "'. Did you mean "
                            + n.id() + "(...)?", n, b);
                } catch (SyntaxErrorException e) {
                    if (e.msg().startsWith("Missing parentheses")) {
                        throw e;
                    }
                    ts.pos = mark;
                }
            }
            throw ep.displays.missingComma(first);
        }
        Token e = ts.lastReal();
        return new ExprStmt(first, s.line(), s.col(), e.endLine(), e.endCol());
    }

    private static Operator augmented(TokenKind k) {
        return switch (k) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }

    private Stmt assignment(Token s, Expr first) {
        ArrayList<Expr> targets = new ArrayList<>();
        targets.add(first);
        Expr value;
        TokenKind valueStart;
        while (true) {
            ts.next(); // '='
            valueStart = ts.kind();
            Expr rhs = rhs();
            if (ts.kind() != EQUAL) {
                value = rhs;
                break;
            }
            targets.add(rhs);
        }
        ArrayList<Expr> stored = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            Expr t = targets.get(i);
            Expr st = Targets.withContext(t, ExprContext.Store);
            if (st == null) {
                if (i == 0 && s.kind() == YIELD) {
                    throw ParseErrors.atNode(ts, "assignment to yield expression not possible", t);
                }
                if (i == 0 && targets.size() == 1) {
                    Expr at = t;
                    if (t instanceof Tuple tup && !startsWithParen(tup) && tup.elts().size() >= 2) {
                        // CPython's invalid_named_expression also sees "last = value" at the tuple's end.
                        Expr last = tup.elts().get(tup.elts().size() - 1);
                        boolean trailingComma = last.endLineno() != tup.endLineno()
                                || last.endColOffset() != tup.endColOffset();
                        at = trailingComma ? null : last;
                        if (last instanceof Name n && !trailingComma && startsBitwiseOr(valueStart)) {
                            throw ParseErrors.range(ts, ParseErrors.MAYBE_EQ_OR_WALRUS, n, firstBitwiseOr(value));
                        }
                    }
                    if (at != null && Targets.withContext(at, ExprContext.Store) == null
                            && maybeComparison(at, valueStart)) {
                        throw ParseErrors.atNode(ts, "cannot assign to " + ParseErrors.exprName(at)
                                + " here. Maybe you meant '==' instead of '='?", at);
                    }
                }
                if (t instanceof Yield || t instanceof YieldFrom) {
                    throw ParseErrors.atNode(ts, "assignment to yield expression not possible", t);
                }
                throw Targets.error(ts, t, Targets.Kind.STAR);
            }
            stored.add(st);
        }
        Token e = ts.lastReal();
        return new Assign(stored, value, null, s.line(), s.col(), e.endLine(), e.endCol());
    }

    /**
     * Whether CPython's {@code invalid_named_expression} would claim {@code target = value}: the
     * target is a {@code bitwise_or} that does not start with a list, tuple, generator expression
     * or True/None/False, and the value starts with a {@code bitwise_or}.
     */
    private boolean maybeComparison(Expr target, TokenKind valueStart) {
        if (!startsBitwiseOr(valueStart)) {
            return false;
        }
        switch (target) {
            case dev.taipan.ast.Compare c -> {
                return false;
            }
            case dev.taipan.ast.BoolOp b -> {
                return false;
            }
            case dev.taipan.ast.UnaryOp u when u.op() == dev.taipan.ast.UnaryOperator.Not -> {
                return false;
            }
            case dev.taipan.ast.IfExp i -> {
                return false;
            }
            case dev.taipan.ast.Lambda l -> {
                return false;
            }
            case dev.taipan.ast.NamedExpr n -> {
                return false;
            }
            case Starred st -> {
                return false;
            }
            case Tuple t -> {
                return false;
            }
            default -> {
            }
        }
        Expr leftmost = target;
        while (true) {
            Expr next = switch (leftmost) {
                case BinOp b -> b.left();
                case Call c -> c.func();
                case Attribute a -> a.value();
                case Subscript sub -> sub.value();
                default -> null;
            };
            if (next == null || next.lineno() != target.lineno() || next.colOffset() != target.colOffset()) {
                break;
            }
            leftmost = next;
        }
        return !(leftmost instanceof dev.taipan.ast.List || leftmost instanceof Tuple
                || leftmost instanceof GeneratorExp || Displays.isConstantKeyword(leftmost));
    }

    private static boolean startsBitwiseOr(TokenKind k) {
        return ExprParser.startsExpression(k) && k != LAMBDA && k != NOT;
    }

    /** The first {@code bitwise_or} a value starts with, which CPython's message ranges end at. */
    private Expr firstBitwiseOr(Expr value) {
        while (true) {
            Expr next = switch (value) {
                case Tuple t when !startsWithParen(t) && !t.elts().isEmpty() -> t.elts().get(0);
                case dev.taipan.ast.Compare c -> c.left();
                case dev.taipan.ast.BoolOp b -> b.values().get(0);
                case dev.taipan.ast.IfExp i -> i.body();
                default -> null;
            };
            if (next == null) {
                return value;
            }
            value = next;
        }
    }

    private Stmt annotated(Token s, Expr target) {
        if (target instanceof Tuple t) {
            Expr at = startsWithParen(t) ? t : t.elts().get(0);
            throw ParseErrors.atNode(ts, "only single target (not tuple) can be annotated", at);
        }
        if (target instanceof dev.taipan.ast.List) {
            throw ParseErrors.atNode(ts, "only single target (not list) can be annotated", target);
        }
        if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
            throw ParseErrors.atNode(ts, "illegal target for annotation", target);
        }
        ts.next(); // ':'
        Expr annotation = ep.expression();
        Expr value = null;
        if (ts.accept(EQUAL)) {
            value = rhs();
        }
        int simple = target instanceof Name && s.kind() != LPAR ? 1 : 0;
        Token e = ts.lastReal();
        return new AnnAssign(Targets.withContext(target, ExprContext.Store), annotation, value, simple,
                s.line(), s.col(), e.endLine(), e.endCol());
    }
}

package dev.taipan.parse;

import static dev.taipan.parse.TokenKind.*;

import dev.taipan.ast.Attribute;
import dev.taipan.ast.CmpOp;
import dev.taipan.ast.Compare;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprContext;
import dev.taipan.ast.Name;
import dev.taipan.ast.Starred;
import dev.taipan.ast.Subscript;
import dev.taipan.ast.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignment and deletion targets: turns an expression parsed in Load context into its Store or
 * Del form, and finds the part CPython blames when it cannot ("cannot assign to function call").
 */
final class Targets {
    /** Which statement the targets belong to; the messages differ. */
    enum Kind { STAR, FOR, DEL }

    private Targets() {
    }

    /**
     * Returns {@code e} with context {@code ctx} on it and on every nested target, or {@code null}
     * when {@code e} cannot be a target.
     */
    static Expr withContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Name n -> new Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
            case Attribute a -> new Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(), a.endLineno(),
                    a.endColOffset());
            case Subscript s -> new Subscript(s.value(), s.slice(), ctx, s.lineno(), s.colOffset(), s.endLineno(),
                    s.endColOffset());
            case Starred s -> {
                if (ctx == ExprContext.Del || s.value() instanceof Starred) {
                    yield null;
                }
                Expr v = withContext(s.value(), ctx);
                yield v == null ? null : new Starred(v, ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            }
            case Tuple t -> {
                List<Expr> elts = all(t.elts(), ctx);
                yield elts == null ? null : new Tuple(elts, ctx, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            }
            case dev.taipan.ast.List l -> {
                List<Expr> elts = all(l.elts(), ctx);
                yield elts == null ? null
                        : new dev.taipan.ast.List(elts, ctx, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
            }
            default -> null;
        };
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        ArrayList<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            Expr y = withContext(x, ctx);
            if (y == null) {
                return null;
            }
            out.add(y);
        }
        return out;
    }

    /** CPython's {@code _PyPegen_get_invalid_target}: the first part of {@code e} that cannot be a target. */
    static Expr invalidTarget(Expr e, Kind kind) {
        return switch (e) {
            case null -> null;
            case dev.taipan.ast.List l -> firstInvalid(l.elts(), kind);
            case Tuple t -> firstInvalid(t.elts(), kind);
            case Starred s -> kind == Kind.DEL ? s : invalidTarget(s.value(), kind);
            case Compare c -> kind == Kind.FOR
                    ? (c.ops().get(0) == CmpOp.In ? invalidTarget(c.left(), kind) : null) : c;
            case Name n -> null;
            case Subscript s -> null;
            case Attribute a -> null;
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts, Kind kind) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** The error for targets that cannot be assigned or deleted. */
    static SyntaxErrorException error(Tokens ts, Expr e, Kind kind) {
        Expr bad = invalidTarget(e, kind);
        if (bad == null) {
            return ParseErrors.invalidSyntax(ts);
        }
        String verb = kind == Kind.DEL ? "cannot delete " : "cannot assign to ";
        return ParseErrors.atNode(ts, verb + ParseErrors.exprName(bad), bad);
    }

    /** Converts to Store context or fails as CPython does. */
    static Expr store(Tokens ts, Expr e, Kind kind) {
        Expr t = withContext(e, ExprContext.Store);
        if (t == null) {
            throw error(ts, e, kind);
        }
        return t;
    }

    /**
     * Parses the targets of a {@code for} loop or comprehension ({@code star_targets}) and leaves
     * the parser on the {@code in} keyword.
     */
    static Expr forTargets(ExprParser ep, String noInMessage) {
        Tokens ts = ep.ts;
        Token s = ts.peek();
        Expr first = element(ep);
        Expr target = first;
        if (ts.kind() == COMMA) {
            ArrayList<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (ts.accept(COMMA)) {
                if (ts.kind() == IN || !ExprParser.startsStarExpression(ts.kind())) {
                    break;
                }
                elts.add(element(ep));
            }
            Token e = ts.prev();
            target = new Tuple(elts, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
        }
        Expr stored = withContext(target, ExprContext.Store);
        if (stored == null) {
            Expr bad = invalidTarget(target, Kind.FOR);
            if (bad != null) {
                throw ParseErrors.atNode(ts, "cannot assign to " + ParseErrors.exprName(bad), bad);
            }
        }
        if (ts.kind() != IN) {
            if (noInMessage != null) {
                throw ParseErrors.atLast(ts, noInMessage);
            }
            throw ParseErrors.invalidSyntax(ts);
        }
        if (stored == null) {
            throw ParseErrors.invalidSyntax(ts);
        }
        return stored;
    }

    /** One {@code star_target}: {@code '*' star_target} or a bitwise-or level expression. */
    static Expr element(ExprParser ep) {
        Tokens ts = ep.ts;
        if (ts.kind() == STAR) {
            Token s = ts.next();
            Expr v = element(ep);
            Token e = ts.prev();
            return new Starred(v, ExprContext.Load, s.line(), s.col(), e.endLine(), e.endCol());
        }
        return ep.bitwiseOr();
    }
}

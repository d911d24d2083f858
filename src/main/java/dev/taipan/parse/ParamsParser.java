package dev.taipan.parse;

import static dev.taipan.parse.TokenKind.*;

import dev.taipan.ast.Arg;
import dev.taipan.ast.Arguments;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ParamSpec;
import dev.taipan.ast.TypeParam;
import dev.taipan.ast.TypeVar;
import dev.taipan.ast.TypeVarTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameter lists of {@code def} and {@code lambda} (positional-only, defaults, {@code *args},
 * keyword-only, {@code **kwargs}) and PEP 695/696 type parameter lists.
 */
final class ParamsParser {
    private final ExprParser ep;
    private final Tokens ts;

    ParamsParser(ExprParser ep) {
        this.ep = ep;
        this.ts = ep.ts;
    }

    /**
     * Parses parameters up to (not including) {@code closer}: ')' for a def, ':' for a lambda,
     * whose parameters take no annotations.
     */
    Arguments parameters(boolean lambda, TokenKind closer) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean seenSlash = false;
        boolean seenStar = false;
        Token star = null;
        while (ts.kind() != closer) {
            Token t = ts.peek();
            if (kwarg != null) {
                if (t.kind() == NAME || t.kind() == STAR || t.kind() == DOUBLESTAR || t.kind() == SLASH) {
                    throw ParseErrors.atToken(ts, "arguments cannot follow var-keyword argument", t);
                }
                throw ParseErrors.invalidSyntax(ts);
            }
            if (t.kind() == SLASH) {
                if (seenSlash) {
                    throw ParseErrors.atToken(ts, "/ may appear only once", t);
                }
                if (seenStar) {
                    throw ParseErrors.atToken(ts, "/ must be ahead of *", t);
                }
                if (args.isEmpty()) {
                    throw ParseErrors.atToken(ts, "at least one argument must precede /", t);
                }
                ts.next();
                seenSlash = true;
                posonly = args;
                args = new ArrayList<>();
            } else if (t.kind() == STAR) {
                if (seenStar) {
                    throw ParseErrors.atToken(ts, "* argument may appear only once", t);
                }
                star = ts.next();
                seenStar = true;
                if (ts.kind() == COMMA) {
                    if (ts.kind(1) == closer || ts.kind(1) == DOUBLESTAR) {
                        throw ParseErrors.atToken(ts, "named arguments must follow bare *", star);
                    }
                } else if (ts.kind() == closer) {
                    throw ParseErrors.atToken(ts, "named arguments must follow bare *", star);
                } else {
                    vararg = param(lambda, true);
                    if (ts.kind() == EQUAL) {
                        throw ParseErrors.atToken(ts, "var-positional argument cannot have default value", ts.peek());
                    }
                }
            } else if (t.kind() == DOUBLESTAR) {
                ts.next();
                kwarg = param(lambda, false);
                if (ts.kind() == EQUAL) {
                    throw ParseErrors.atToken(ts, "var-keyword argument cannot have default value", ts.peek());
                }
            } else if (t.kind() == NAME) {
                Arg a = param(lambda, false);
                Expr dflt = null;
                if (ts.kind() == EQUAL) {
                    Token eq = ts.next();
                    if (ts.kind() == COMMA || ts.kind() == closer) {
                        throw ParseErrors.atToken(ts, "expected default value expression", eq);
                    }
                    dflt = ep.expression();
                }
                if (seenStar) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw ParseErrors.atNode(ts, ParseErrors.NON_DEFAULT_AFTER_DEFAULT, a);
                    }
                    args.add(a);
                }
            } else if (t.kind() == LPAR && !lambda) {
                throw parenthesized(t, "Function parameters cannot be parenthesized");
            } else if (t.kind() == LPAR) {
                throw parenthesized(t, "Lambda expression parameters cannot be parenthesized");
            } else {
                throw ParseErrors.invalidSyntax(ts);
            }
            if (!ts.accept(COMMA)) {
                break;
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private SyntaxErrorException parenthesized(Token lp, String msg) {
        int mark = ts.pos;
        ts.next();
        while (ts.kind() == NAME) {
            ts.next();
            if (!ts.accept(COMMA)) {
                break;
            }
        }
        if (ts.kind() == RPAR) {
            return ParseErrors.range(ts, msg, lp, ts.peek());
        }
        ts.pos = mark;
        return ParseErrors.invalidSyntax(ts);
    }

    /** One parameter: a NAME with, outside lambdas, an optional annotation ({@code *args: *Ts} allowed). */
    private Arg param(boolean lambda, boolean starAnnotation) {
        Token name = ts.peek();
        if (name.kind() != NAME) {
            throw ParseErrors.invalidSyntax(ts);
        }
        ts.next();
        Expr annotation = null;
        if (!lambda && ts.kind() == COLON) {
            ts.next();
            annotation = starAnnotation ? ep.starExpression() : ep.expression();
        }
        Token e = ts.prev();
        return new Arg(name.identifier(), annotation, null, name.line(), name.col(), e.endLine(), e.endCol());
    }

    /** {@code type_params}: {@code '[' type_param (',' type_param)* [','] ']'}, or an empty list when absent. */
    List<TypeParam> typeParams() {
        if (ts.kind() != LSQB) {
            return List.of();
        }
        Token lb = ts.next();
        if (ts.kind() == RSQB) {
            throw ParseErrors.range(ts, "Type parameter list cannot be empty", lb, ts.peek());
        }
        ArrayList<TypeParam> out = new ArrayList<>();
        while (ts.kind() != RSQB) {
            out.add(typeParam());
            if (!ts.accept(COMMA)) {
                break;
            }
        }
        ep.expect(RSQB);
        return out;
    }

    private TypeParam typeParam() {
        Token s = ts.peek();
        if (s.kind() == STAR || s.kind() == DOUBLESTAR) {
            ts.next();
            Token name = ts.peek();
            if (name.kind() != NAME) {
                throw ParseErrors.invalidSyntax(ts);
            }
            ts.next();
            if (ts.kind() == COLON) {
                Token colon = ts.next();
                Expr bound = ep.expression();
                throw ParseErrors.range(ts, s.kind() == STAR
                        ? "cannot use bound with TypeVarTuple" : "cannot use bound with ParamSpec", colon, bound);
            }
            Expr dflt = null;
            if (ts.accept(EQUAL)) {
                dflt = s.kind() == STAR ? ep.starExpression() : ep.expression();
            }
            Token e = ts.prev();
            return s.kind() == STAR
                    ? new TypeVarTuple(name.identifier(), dflt, s.line(), s.col(), e.endLine(), e.endCol())
                    : new ParamSpec(name.identifier(), dflt, s.line(), s.col(), e.endLine(), e.endCol());
        }
        if (s.kind() != NAME) {
            throw ParseErrors.invalidSyntax(ts);
        }
        ts.next();
        Expr bound = null;
        if (ts.accept(COLON)) {
            bound = ep.expression();
        }
        Expr dflt = null;
        if (ts.accept(EQUAL)) {
            dflt = ep.expression();
        }
        Token e = ts.prev();
        return new TypeVar(s.identifier(), bound, dflt, s.line(), s.col(), e.endLine(), e.endCol());
    }
}

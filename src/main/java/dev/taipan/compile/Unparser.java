package dev.taipan.compile;

import dev.taipan.ast.*;

import java.util.List;

/**
 * Turns an expression back into source text as CPython's {@code Python/ast_unparse.c} does; used
 * for annotations under {@code from __future__ import annotations} (PEP 563).
 */
final class Unparser {
    // CPython's precedence levels, lowest first.
    private static final int TUPLE = 0, TEST = 1, OR = 2, AND = 3, NOT = 4, CMP = 5, BOR = 6, BXOR = 7,
            BAND = 8, SHIFT = 9, ARITH = 10, TERM = 11, FACTOR = 12, POWER = 13, AWAIT = 14, ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private Unparser() {
    }

    /** The source text of an annotation, as CPython stores it under PEP 563. */
    static String unparse(Expr e) {
        Unparser u = new Unparser();
        u.expr(e, TEST);
        return u.out.toString();
    }

    private void open(boolean paren) {
        if (paren) {
            out.append('(');
        }
    }

    private void close(boolean paren) {
        if (paren) {
            out.append(')');
        }
    }

    private void list(List<? extends Expr> items, String sep) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(sep);
            }
            expr(items.get(i), TEST);
        }
    }

    private void expr(Expr e, int level) {
        switch (e) {
            case BoolOp b -> {
                int p = b.op() == BoolOperator.And ? AND : OR;
                open(level > p);
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) {
                        out.append(b.op() == BoolOperator.And ? " and " : " or ");
                    }
                    expr(b.values().get(i), p + 1);
                }
                close(level > p);
            }
            case NamedExpr n -> {
                open(level > TUPLE);
                expr(n.target(), ATOM);
                out.append(" := ");
                expr(n.value(), ATOM);
                close(level > TUPLE);
            }
            case BinOp b -> binOp(b, level);
            case UnaryOp u -> {
                int p = u.op() == UnaryOperator.Not ? NOT : FACTOR;
                open(level > p);
                out.append(switch (u.op()) {
                    case Not -> "not ";
                    case Invert -> "~";
                    case UAdd -> "+";
                    case USub -> "-";
                });
                expr(u.operand(), p);
                close(level > p);
            }
            case Lambda l -> {
                open(level > TEST);
                out.append("lambda");
                String args = arguments(l.args());
                if (!args.isEmpty()) {
                    out.append(' ').append(args);
                }
                out.append(": ");
                expr(l.body(), TEST);
                close(level > TEST);
            }
            case IfExp i -> {
                open(level > TEST);
                expr(i.body(), TEST + 1);
                out.append(" if ");
                expr(i.test(), TEST + 1);
                out.append(" else ");
                expr(i.orelse(), TEST);
                close(level > TEST);
            }
            case Dict d -> {
                out.append('{');
                for (int i = 0; i < d.keys().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    if (d.keys().get(i) == null) {
                        out.append("**");
                        expr(d.values().get(i), BOR);
                    } else {
                        expr(d.keys().get(i), TEST);
                        out.append(": ");
                        expr(d.values().get(i), TEST);
                    }
                }
                out.append('}');
            }
            case Set s -> {
                out.append('{');
                list(s.elts(), ", ");
                out.append('}');
            }
            case ListComp c -> comp("[", c.elt(), null, c.generators(), "]");
            case SetComp c -> comp("{", c.elt(), null, c.generators(), "}");
            case DictComp c -> comp("{", c.key(), c.value(), c.generators(), "}");
            case GeneratorExp g -> comp("(", g.elt(), null, g.generators(), ")");
            case Await a -> {
                open(level > AWAIT);
                out.append("await ");
                expr(a.value(), ATOM);
                close(level > AWAIT);
            }
            case Yield y -> {
                out.append("(");
                out.append("yield");
                if (y.value() != null) {
                    out.append(' ');
                    expr(y.value(), TEST);
                }
                out.append(")");
            }
            case YieldFrom y -> {
                out.append("(yield from ");
                expr(y.value(), TEST);
                out.append(')');
            }
            case Compare c -> {
                open(level > CMP);
                expr(c.left(), CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    out.append(switch (c.ops().get(i)) {
                        case Eq -> " == ";
                        case NotEq -> " != ";
                        case Lt -> " < ";
                        case LtE -> " <= ";
                        case Gt -> " > ";
                        case GtE -> " >= ";
                        case Is -> " is ";
                        case IsNot -> " is not ";
                        case In -> " in ";
                        case NotIn -> " not in ";
                    });
                    expr(c.comparators().get(i), CMP + 1);
                }
                close(level > CMP);
            }
            case Call c -> {
                expr(c.func(), ATOM);
                out.append('(');
                boolean first = true;
                if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof GeneratorExp g) {
                    comp("", g.elt(), null, g.generators(), "");
                } else {
                    for (Expr a : c.args()) {
                        out.append(first ? "" : ", ");
                        first = false;
                        expr(a, TEST);
                    }
                    for (Keyword k : c.keywords()) {
                        out.append(first ? "" : ", ");
                        first = false;
                        out.append(k.arg() == null ? "**" : k.arg() + "=");
                        expr(k.value(), TEST);
                    }
                }
                out.append(')');
            }
            case FormattedValue f -> out.append(ConstantRepr.str("{" + fvalue(f) + "}"));
            case JoinedStr j -> out.append('f').append(ConstantRepr.str(joined(j)));
            case Constant c -> constant(c.value());
            case Attribute a -> {
                expr(a.value(), ATOM);
                // "1 .real": an int literal needs a space before the dot.
                if (a.value() instanceof Constant k && (k.value() instanceof Long || k.value() instanceof java.math.BigInteger)) {
                    out.append(' ');
                }
                out.append('.').append(a.attr());
            }
            case Subscript s -> {
                expr(s.value(), ATOM);
                out.append('[');
                if (s.slice() instanceof Tuple t && !t.elts().isEmpty()) {
                    list(t.elts(), ", ");
                    if (t.elts().size() == 1) {
                        out.append(',');
                    }
                } else {
                    expr(s.slice(), TUPLE);
                }
                out.append(']');
            }
            case Starred s -> {
                out.append('*');
                expr(s.value(), BOR);
            }
            case Name n -> out.append(n.id());
            case dev.taipan.ast.List l -> {
                out.append('[');
                list(l.elts(), ", ");
                out.append(']');
            }
            case Tuple t -> {
                if (t.elts().isEmpty()) {
                    out.append("()");
                    return;
                }
                open(level > TUPLE);
                list(t.elts(), ", ");
                if (t.elts().size() == 1) {
                    out.append(',');
                }
                close(level > TUPLE);
            }
            case Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower(), TEST);
                }
                out.append(':');
                if (s.upper() != null) {
                    expr(s.upper(), TEST);
                }
                if (s.step() != null) {
                    out.append(':');
                    expr(s.step(), TEST);
                }
            }
        }
    }

    private void binOp(BinOp b, int level) {
        int p;
        String op;
        switch (b.op()) {
            case Add -> { p = ARITH; op = " + "; }
            case Sub -> { p = ARITH; op = " - "; }
            case Mult -> { p = TERM; op = " * "; }
            case MatMult -> { p = TERM; op = " @ "; }
            case Div -> { p = TERM; op = " / "; }
            case Mod -> { p = TERM; op = " % "; }
            case FloorDiv -> { p = TERM; op = " // "; }
            case LShift -> { p = SHIFT; op = " << "; }
            case RShift -> { p = SHIFT; op = " >> "; }
            case BitOr -> { p = BOR; op = " | "; }
            case BitXor -> { p = BXOR; op = " ^ "; }
            case BitAnd -> { p = BAND; op = " & "; }
            default -> { p = POWER; op = " ** "; }
        }
        boolean rightAssoc = b.op() == Operator.Pow;
        open(level > p);
        expr(b.left(), rightAssoc ? p + 1 : p);
        out.append(op);
        expr(b.right(), rightAssoc ? p : p + 1);
        close(level > p);
    }

    private void comp(String open, Expr elt, Expr val, List<Comprehension> gens, String close) {
        out.append(open);
        expr(elt, TEST);
        if (val != null) {
            out.append(": ");
            expr(val, TEST);
        }
        for (Comprehension g : gens) {
            out.append(g.isAsync() != 0 ? " async for " : " for ");
            expr(g.target(), TUPLE);
            out.append(" in ");
            expr(g.iter(), TEST + 1);
            for (Expr cond : g.ifs()) {
                out.append(" if ");
                expr(cond, TEST + 1);
            }
        }
        out.append(close);
    }

    private void constant(Object v) {
        if (v instanceof Double d && Double.isInfinite(d)) {
            out.append(d > 0 ? "1e309" : "-1e309");
        } else if (v instanceof Imaginary im && Double.isInfinite(im.imag())) {
            out.append("1e309j");
        } else if (v == Singleton.ELLIPSIS) {
            out.append("...");
        } else {
            out.append(ConstantRepr.repr(v));
        }
    }

    private String joined(JoinedStr j) {
        StringBuilder b = new StringBuilder();
        for (Expr v : j.values()) {
            if (v instanceof Constant k && k.value() instanceof String s) {
                b.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (v instanceof FormattedValue f) {
                b.append('{').append(fvalue(f)).append('}');
            }
        }
        return b.toString();
    }

    private static String fvalue(FormattedValue f) {
        Unparser u = new Unparser();
        u.expr(f.value(), TEST + 1);
        String text = u.out.toString();
        StringBuilder b = new StringBuilder(text.startsWith("{") ? " " + text : text);
        if (f.conversion() > 0) {
            b.append('!').append((char) f.conversion());
        }
        if (f.formatSpec() instanceof JoinedStr spec) {
            b.append(':').append(new Unparser().joined(spec));
        }
        return b.toString();
    }

    private String arguments(Arguments a) {
        StringBuilder b = new StringBuilder();
        List<Arg> positional = new java.util.ArrayList<>(a.posonlyargs());
        positional.addAll(a.args());
        int firstDefault = positional.size() - a.defaults().size();
        for (int i = 0; i < positional.size(); i++) {
            sep(b);
            b.append(positional.get(i).arg());
            if (i >= firstDefault) {
                b.append('=').append(unparse(a.defaults().get(i - firstDefault)));
            }
            if (i + 1 == a.posonlyargs().size()) {
                b.append(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            sep(b);
            b.append('*');
            if (a.vararg() != null) {
                b.append(a.vararg().arg());
            }
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            sep(b);
            b.append(a.kwonlyargs().get(i).arg());
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                b.append('=').append(unparse(d));
            }
        }
        if (a.kwarg() != null) {
            sep(b);
            b.append("**").append(a.kwarg().arg());
        }
        return b.toString();
    }

    private static void sep(StringBuilder b) {
        if (!b.isEmpty()) {
            b.append(", ");
        }
    }
}

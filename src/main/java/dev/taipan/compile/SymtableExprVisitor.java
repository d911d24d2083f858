package dev.taipan.compile;

import dev.taipan.ast.Attribute;
import dev.taipan.ast.Await;
import dev.taipan.ast.BinOp;
import dev.taipan.ast.BoolOp;
import dev.taipan.ast.Call;
import dev.taipan.ast.Compare;
import dev.taipan.ast.Comprehension;
import dev.taipan.ast.Constant;
import dev.taipan.ast.Dict;
import dev.taipan.ast.DictComp;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprContext;
import dev.taipan.ast.FormattedValue;
import dev.taipan.ast.GeneratorExp;
import dev.taipan.ast.IfExp;
import dev.taipan.ast.JoinedStr;
import dev.taipan.ast.Lambda;
import dev.taipan.ast.ListComp;
import dev.taipan.ast.Name;
import dev.taipan.ast.NamedExpr;
import dev.taipan.ast.SetComp;
import dev.taipan.ast.Slice;
import dev.taipan.ast.Starred;
import dev.taipan.ast.Subscript;
import dev.taipan.ast.Tuple;
import dev.taipan.ast.UnaryOp;
import dev.taipan.ast.Yield;
import dev.taipan.ast.YieldFrom;


import java.util.List;

import static dev.taipan.compile.SymbolFlags.DEF_COMP_ITER;
import static dev.taipan.compile.SymbolFlags.DEF_GLOBAL;
import static dev.taipan.compile.SymbolFlags.DEF_LOCAL;
import static dev.taipan.compile.SymbolFlags.DEF_NONLOCAL;
import static dev.taipan.compile.SymbolFlags.DEF_PARAM;
import static dev.taipan.compile.SymbolFlags.USE;

/**
 * The expression and pattern half of the symbol table's first pass (CPython's
 * {@code symtable_visit_expr} and {@code symtable_visit_pattern}): names read and bound by
 * expressions, lambdas, comprehensions with their PEP 572 assignment expressions, and the checks
 * on {@code yield}, {@code await} and walrus where they are not allowed. It works on the state of
 * its {@link SymtableBuilder}.
 */
final class SymtableExprVisitor {
    private final SymtableBuilder st;

    SymtableExprVisitor(SymtableBuilder builder) {
        this.st = builder;
    }

    void visitExpr(Expr e) {
        switch (e) {
            case NamedExpr n -> {
                raiseIfAnnotationScope("named expression", n);
                visitNamedExpr(n);
            }
            case BoolOp b -> st.visitExprs(b.values());
            case BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case UnaryOp u -> visitExpr(u.operand());
            case Lambda l -> {
                st.visitExprs(l.args().defaults());
                st.visitExprs(l.args().kwDefaults());
                st.enterBlock("lambda", ScopeKind.FUNCTION, l);
                st.scopes.put(l, st.cur);
                st.visitParameters(l.args());
                visitExpr(l.body());
                st.exitBlock();
            }
            case IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Dict d -> {
                st.visitExprs(d.keys());
                st.visitExprs(d.values());
            }
            case dev.taipan.ast.Set s -> st.visitExprs(s.elts());
            case GeneratorExp g -> visitComprehension(g, ComprehensionKind.GENERATOR, g.generators(), g.elt(), null);
            case ListComp l -> visitComprehension(l, ComprehensionKind.LIST, l.generators(), l.elt(), null);
            case SetComp s -> visitComprehension(s, ComprehensionKind.SET, s.generators(), s.elt(), null);
            case DictComp d -> visitComprehension(d, ComprehensionKind.DICT, d.generators(), d.key(), d.value());
            case Yield y -> {
                raiseIfAnnotationScope("yield expression", y);
                st.visitOptional(y.value());
                markGenerator(y);
            }
            case YieldFrom y -> {
                raiseIfAnnotationScope("yield expression", y);
                visitExpr(y.value());
                markGenerator(y);
            }
            case Await a -> {
                raiseIfAnnotationScope("await expression", a);
                visitExpr(a.value());
                st.cur.coroutine = true;
            }
            case Compare c -> {
                visitExpr(c.left());
                st.visitExprs(c.comparators());
            }
            case Call c -> {
                visitExpr(c.func());
                st.visitExprs(c.args());
                st.visitKeywords(c.keywords());
            }
            case FormattedValue f -> {
                visitExpr(f.value());
                st.visitOptional(f.formatSpec());
            }
            case JoinedStr j -> st.visitExprs(j.values());
            case Constant c -> {
            }
            case Attribute a -> visitExpr(a.value());
            case Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Starred s -> visitExpr(s.value());
            case Slice s -> {
                st.visitOptional(s.lower());
                st.visitOptional(s.upper());
                st.visitOptional(s.step());
            }
            case Name n -> {
                st.addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n);
                // super() without arguments reads the __class__ cell.
                if (n.ctx() == ExprContext.Load && st.cur.kind().isFunctionLike() && n.id().equals("super")) {
                    st.addDef("__class__", USE, n);
                }
            }
            case dev.taipan.ast.List l -> st.visitExprs(l.elts());
            case Tuple t -> st.visitExprs(t.elts());
        }
    }

    private void markGenerator(Expr yield) {
        st.cur.generator = true;
        if (st.cur.comprehension != ComprehensionKind.NONE) {
            throw st.error(CompileErrors.YIELD_INSIDE_COMPREHENSION, st.cur.comprehension.description(), yield);
        }
    }

    /** {@code yield}, {@code await} and walrus cannot appear where an annotation scope evaluates. */
    private void raiseIfAnnotationScope(String what, Expr e) {
        String message = switch (st.cur.kind()) {
            case ANNOTATION -> String.format(CompileErrors.NOT_ALLOWED_IN_ANNOTATION, what);
            case TYPE_VARIABLE -> String.format(CompileErrors.NOT_ALLOWED_IN_TYPE_SCOPE, what, st.cur.scopeInfo);
            case TYPE_ALIAS -> String.format(CompileErrors.NOT_ALLOWED_IN_TYPE_SCOPE, what, "a type alias");
            case TYPE_PARAMETERS -> String.format(CompileErrors.NOT_ALLOWED_IN_TYPE_SCOPE, what,
                    "the definition of a generic");
            default -> null;
        };
        if (message != null) {
            throw st.error(message, e);
        }
    }

    private void visitComprehension(Expr e, ComprehensionKind kind, List<Comprehension> generators, Expr elt,
                                    Expr value) {
        Comprehension outermost = generators.get(0);
        // The outermost iterable is evaluated in the enclosing scope.
        st.cur.compIterExpr++;
        visitExpr(outermost.iter());
        st.cur.compIterExpr--;
        st.enterBlock(kind.scopeName(), ScopeKind.FUNCTION, e);
        st.scopes.put(e, st.cur);
        st.cur.comprehension = kind;
        if (outermost.isAsync() != 0) {
            st.cur.coroutine = true;
        }
        // The outermost iterator arrives as the implicit parameter ".0".
        st.addDef(".0", DEF_PARAM, st.cur);
        st.cur.compIterTarget = true;
        visitExpr(outermost.target());
        st.cur.compIterTarget = false;
        st.visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            st.cur.compIterTarget = true;
            visitExpr(g.target());
            st.cur.compIterTarget = false;
            st.cur.compIterExpr++;
            visitExpr(g.iter());
            st.cur.compIterExpr--;
            st.visitExprs(g.ifs());
            if (g.isAsync() != 0) {
                st.cur.coroutine = true;
            }
        }
        // CPython visits a dict comprehension's value before its key.
        st.visitOptional(value);
        visitExpr(elt);
        boolean isGenerator = kind == ComprehensionKind.GENERATOR;
        st.cur.generator = isGenerator;
        boolean isAsync = st.cur.coroutine && !isGenerator;
        st.exitBlock();
        // An awaiting comprehension makes its parent await too (an async generator expression
        // around an inlined list comprehension, say). Where the parent may not await, the
        // compiler raises ASYNC_COMPREHENSION_OUTSIDE_ASYNC; CPython 3.13's symbol table does not.
        if (isAsync) {
            st.cur.coroutine = true;
        }
    }

    private void visitNamedExpr(NamedExpr n) {
        if (st.cur.compIterExpr > 0) {
            throw st.error(CompileErrors.NAMED_EXPR_COMP_ITER_EXPR, n);
        }
        if (st.cur.comprehension != ComprehensionKind.NONE) {
            bindInEnclosingScope((Name) n.target());
        }
        visitExpr(n.value());
        visitExpr(n.target());
    }

    /**
     * A walrus in a comprehension binds in the nearest enclosing function or module (PEP 572):
     * the target becomes nonlocal (or global) in the comprehension and local there.
     */
    private void bindInEnclosingScope(Name target) {
        String name = target.id();
        for (int i = st.stack.size() - 1; i >= 0; i--) {
            Scope ste = st.stack.get(i);
            if (ste.comprehension != ComprehensionKind.NONE) {
                if ((st.lookup(ste, name) & DEF_COMP_ITER) != 0) {
                    throw st.error(CompileErrors.NAMED_EXPR_COMP_CONFLICT, name, target);
                }
                continue;
            }
            switch (ste.kind()) {
                case FUNCTION -> {
                    st.addDef(name, (st.lookup(ste, name) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target);
                    st.recordDirective(name, target);
                    st.addDef(name, DEF_LOCAL, ste, target);
                    return;
                }
                case MODULE -> {
                    st.addDef(name, DEF_GLOBAL, target);
                    st.recordDirective(name, target);
                    st.addDef(name, DEF_GLOBAL, ste, target);
                    return;
                }
                case CLASS -> throw st.error(CompileErrors.NAMED_EXPR_COMP_IN_CLASS, target);
                case TYPE_PARAMETERS -> throw st.error(CompileErrors.NAMED_EXPR_COMP_IN_TYPEPARAM, target);
                case TYPE_ALIAS -> throw st.error(CompileErrors.NAMED_EXPR_COMP_IN_TYPEALIAS, target);
                case TYPE_VARIABLE -> throw st.error(CompileErrors.NAMED_EXPR_COMP_IN_TYPEVAR_BOUND, target);
                case ANNOTATION -> {
                    // Not a binding scope: keep looking outwards, as CPython does.
                }
            }
        }
        throw new IllegalStateException("no scope for an assignment expression");
    }

    // ---- patterns ----

    void visitPattern(dev.taipan.ast.Pattern p) {
        switch (p) {
            case dev.taipan.ast.MatchValue v -> visitExpr(v.value());
            case dev.taipan.ast.MatchSingleton s -> {
            }
            case dev.taipan.ast.MatchSequence s -> visitPatterns(s.patterns());
            case dev.taipan.ast.MatchStar s -> {
                if (s.name() != null) {
                    st.addDef(s.name(), DEF_LOCAL, s);
                }
            }
            case dev.taipan.ast.MatchMapping m -> {
                st.visitExprs(m.keys());
                visitPatterns(m.patterns());
                if (m.rest() != null) {
                    st.addDef(m.rest(), DEF_LOCAL, m);
                }
            }
            case dev.taipan.ast.MatchClass c -> {
                visitExpr(c.cls());
                visitPatterns(c.patterns());
                visitPatterns(c.kwdPatterns());
            }
            case dev.taipan.ast.MatchAs a -> {
                if (a.pattern() != null) {
                    visitPattern(a.pattern());
                }
                if (a.name() != null) {
                    st.addDef(a.name(), DEF_LOCAL, a);
                }
            }
            case dev.taipan.ast.MatchOr o -> visitPatterns(o.patterns());
        }
    }

    private void visitPatterns(List<dev.taipan.ast.Pattern> patterns) {
        for (dev.taipan.ast.Pattern p : patterns) {
            visitPattern(p);
        }
    }
}

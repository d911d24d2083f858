package dev.taipan.compile;

import dev.taipan.ast.Alias;
import dev.taipan.ast.AnnAssign;
import dev.taipan.ast.Arg;
import dev.taipan.ast.Arguments;
import dev.taipan.ast.Assert;
import dev.taipan.ast.Assign;
import dev.taipan.ast.AsyncFor;
import dev.taipan.ast.AsyncFunctionDef;
import dev.taipan.ast.AsyncWith;
import dev.taipan.ast.AugAssign;
import dev.taipan.ast.Break;
import dev.taipan.ast.ClassDef;
import dev.taipan.ast.Continue;
import dev.taipan.ast.Delete;
import dev.taipan.ast.ExceptHandler;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprStmt;
import dev.taipan.ast.Expression;
import dev.taipan.ast.For;
import dev.taipan.ast.FunctionDef;
import dev.taipan.ast.FunctionType;
import dev.taipan.ast.Global;
import dev.taipan.ast.If;
import dev.taipan.ast.Import;
import dev.taipan.ast.ImportFrom;
import dev.taipan.ast.Interactive;
import dev.taipan.ast.Keyword;
import dev.taipan.ast.Located;
import dev.taipan.ast.Match;
import dev.taipan.ast.MatchCase;
import dev.taipan.ast.Mod;
import dev.taipan.ast.Module;
import dev.taipan.ast.Name;
import dev.taipan.ast.Node;
import dev.taipan.ast.Nonlocal;
import dev.taipan.ast.ParamSpec;
import dev.taipan.ast.Pass;
import dev.taipan.ast.Raise;
import dev.taipan.ast.Return;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.Try;
import dev.taipan.ast.TryStar;
import dev.taipan.ast.Tuple;
import dev.taipan.ast.TypeAlias;
import dev.taipan.ast.TypeParam;
import dev.taipan.ast.TypeVar;
import dev.taipan.ast.TypeVarTuple;
import dev.taipan.ast.While;
import dev.taipan.ast.With;
import dev.taipan.ast.WithItem;
import dev.taipan.parse.SyntaxErrorException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;

import static dev.taipan.compile.SymbolFlags.DEF_ANNOT;
import static dev.taipan.compile.SymbolFlags.DEF_COMP_ITER;
import static dev.taipan.compile.SymbolFlags.DEF_GLOBAL;
import static dev.taipan.compile.SymbolFlags.DEF_IMPORT;
import static dev.taipan.compile.SymbolFlags.DEF_LOCAL;
import static dev.taipan.compile.SymbolFlags.DEF_NONLOCAL;
import static dev.taipan.compile.SymbolFlags.DEF_PARAM;
import static dev.taipan.compile.SymbolFlags.DEF_TYPE_PARAM;
import static dev.taipan.compile.SymbolFlags.USE;

/**
 * The first pass of the symbol table (CPython: the {@code symtable_visit_*} functions of
 * {@code Python/symtable.c}): walks the tree once, opens a {@link Scope} for each block, and
 * records for each name how the block defines and uses it. Statements are visited here,
 * expressions and patterns by {@link SymtableExprVisitor}. The visit order matters, since it
 * fixes the order of names and which error is found first, and follows CPython's.
 */
final class SymtableBuilder {
    private final String filename;
    private final String source;
    private final boolean futureAnnotations;

    final List<Scope> stack = new ArrayList<>();
    Scope cur;
    private Scope module;
    /** The class name private names are mangled with (CPython's {@code st_private}). */
    private String privateName;
    private final SymtableExprVisitor exprs = new SymtableExprVisitor(this);

    final IdentityHashMap<Node, Scope> scopes = new IdentityHashMap<>();
    final IdentityHashMap<Node, Scope> typeParamScopes = new IdentityHashMap<>();
    final IdentityHashMap<TypeParam, Scope> boundScopes = new IdentityHashMap<>();
    final IdentityHashMap<TypeParam, Scope> defaultScopes = new IdentityHashMap<>();

    SymtableBuilder(String filename, String source, boolean futureAnnotations) {
        this.filename = filename;
        this.source = source;
        this.futureAnnotations = futureAnnotations;
    }

    Scope buildModule(Mod mod) {
        module = enterBlock("top", ScopeKind.MODULE, 0, 0, 0, 0);
        scopes.put(mod, module);
        switch (mod) {
            case Module m -> visitStmts(m.body());
            case Interactive i -> visitStmts(i.body());
            case Expression e -> visitExpr(e.body());
            case FunctionType f -> throw new IllegalArgumentException("this compiler does not handle FunctionTypes");
        }
        exitBlock();
        return module;
    }

    // ---- blocks ----

    Scope enterBlock(String name, ScopeKind kind, Located at) {
        return enterBlock(name, kind, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private Scope enterBlock(String name, ScopeKind kind, int lineno, int col, int endLineno, int endCol) {
        Scope prev = cur;
        Scope ste = new Scope(kind, name, prev, lineno, col, endLineno, endCol);
        if (prev != null && (prev.nested || prev.kind().isFunctionLike())) {
            ste.nested = true;
        }
        ste.privateName = privateName;
        stack.add(ste);
        if (prev != null) {
            // An assignment expression anywhere in a comprehension's first iterable is an
            // error, even inside a nested lambda or comprehension (bpo-37757).
            ste.compIterExpr = prev.compIterExpr;
            // Class scopes mangle every private name, so they do not inherit the restriction.
            if (prev.mangledNames != null && kind != ScopeKind.CLASS) {
                ste.mangledNames = prev.mangledNames;
            }
        }
        cur = ste;
        // Annotation scopes under "from __future__ import annotations" only check the
        // annotation: it is compiled to a string, so the scope never joins the tree.
        if (kind != ScopeKind.ANNOTATION && prev != null) {
            prev.children.add(ste);
        }
        return ste;
    }

    void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    // ---- definitions ----

    private String maybeMangle(Scope ste, String name) {
        if (ste.mangledNames != null && !ste.mangledNames.contains(name)) {
            return name;
        }
        return Symtable.mangle(privateName, name);
    }

    void addDef(String name, int flag, Located at) {
        if ((flag & DEF_TYPE_PARAM) != 0 && cur.mangledNames != null) {
            cur.mangledNames.add(name);
        }
        addDef(name, flag, cur, at);
    }

    /** CPython's {@code symtable_add_def_helper}: adds {@code flag} to {@code name} in {@code ste}. */
    void addDef(String name, int flag, Scope ste, Located at) {
        String mangled = maybeMangle(ste, name);
        Integer old = ste.symbols.get(mangled);
        int val;
        if (old != null) {
            val = old;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw error(CompileErrors.DUPLICATE_ARGUMENT, name, at);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0) {
                throw error(CompileErrors.DUPLICATE_TYPE_PARAM, name, at);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            // An iteration variable must not rebind an earlier assignment-expression target.
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error(CompileErrors.NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, name, at);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            // A global declaration anywhere also marks the name in the module's table.
            module.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    int lookup(Scope ste, String name) {
        Integer f = ste.symbols.get(maybeMangle(ste, name));
        return f == null ? 0 : f;
    }

    void recordDirective(String name, Located at) {
        cur.directives.add(new Scope.Directive(maybeMangle(cur, name), at.lineno(), at.colOffset(),
                at.endLineno(), at.endColOffset()));
    }

    SyntaxErrorException error(String format, String name, Located at) {
        return error(String.format(format, name), at);
    }

    SyntaxErrorException error(String message, Located at) {
        return CompileErrors.at(message, filename, source, at);
    }

    // ---- statements ----

    private void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            visitStmt(s);
        }
    }

    private void visitStmt(Stmt s) {
        switch (s) {
            case FunctionDef f -> visitFunction(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                    f.typeParams(), false);
            case AsyncFunctionDef f -> visitFunction(f, f.name(), f.args(), f.body(), f.decoratorList(),
                    f.returns(), f.typeParams(), true);
            case ClassDef c -> visitClass(c);
            case Return r -> {
                if (r.value() != null) {
                    visitExpr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Delete d -> visitExprs(d.targets());
            case Assign a -> {
                visitExprs(a.targets());
                visitExpr(a.value());
            }
            case TypeAlias t -> visitTypeAlias(t);
            case AugAssign a -> {
                visitExpr(a.target());
                visitExpr(a.value());
            }
            case AnnAssign a -> visitAnnAssign(a);
            case For f -> visitFor(f.target(), f.iter(), f.body(), f.orelse());
            case AsyncFor f -> visitFor(f.target(), f.iter(), f.body(), f.orelse());
            case While w -> {
                visitExpr(w.test());
                visitStmts(w.body());
                visitStmts(w.orelse());
            }
            case If i -> {
                visitExpr(i.test());
                visitStmts(i.body());
                visitStmts(i.orelse());
            }
            case With w -> visitWith(w.items(), w.body());
            case AsyncWith w -> visitWith(w.items(), w.body());
            case Match m -> {
                visitExpr(m.subject());
                for (MatchCase c : m.cases()) {
                    visitPattern(c.pattern());
                    visitOptional(c.guard());
                    visitStmts(c.body());
                }
            }
            case Raise r -> {
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    visitOptional(r.cause());
                }
            }
            case Try t -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case TryStar t -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Assert a -> {
                visitExpr(a.test());
                visitOptional(a.msg());
            }
            case Import i -> visitAliases(i.names());
            case ImportFrom i -> visitAliases(i.names());
            case Global g -> visitDeclaration(g, g.names(), true);
            case Nonlocal n -> visitDeclaration(n, n.names(), false);
            case ExprStmt e -> visitExpr(e.value());
            case Pass p -> {
            }
            case Break b -> {
            }
            case Continue c -> {
            }
        }
    }

    private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                               Expr returns, List<TypeParam> typeParams, boolean async) {
        addDef(name, DEF_LOCAL, s);
        visitExprs(args.defaults());
        visitExprs(args.kwDefaults());
        visitExprs(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // CPython's parser always gives a function a (possibly empty) defaults list, so the
            // type-parameter scope always has a ".defaults" parameter.
            enterTypeParamBlock(name, s, true, hasKwOnlyDefaults(args), false);
            typeParamScopes.put(s, cur);
            visitTypeParams(typeParams);
        }
        visitArgAnnotations(s, args, returns);
        enterBlock(name, ScopeKind.FUNCTION, s);
        scopes.put(s, cur);
        if (async) {
            cur.coroutine = true;
        }
        visitParameters(args);
        visitStmts(body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private static boolean hasKwOnlyDefaults(Arguments args) {
        for (Expr e : args.kwDefaults()) {
            if (e != null) {
                return true;
            }
        }
        return false;
    }

    private void visitClass(ClassDef c) {
        addDef(c.name(), DEF_LOCAL, c);
        visitExprs(c.decoratorList());
        String outerPrivate = privateName;
        boolean generic = !c.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(c.name(), c, false, false, true);
            typeParamScopes.put(c, cur);
            privateName = c.name();
            cur.privateName = privateName;
            // Only the type parameters themselves are mangled in this scope.
            cur.mangledNames = new HashSet<>();
            visitTypeParams(c.typeParams());
        }
        visitExprs(c.bases());
        visitKeywords(c.keywords());
        enterBlock(c.name(), ScopeKind.CLASS, c);
        scopes.put(c, cur);
        privateName = c.name();
        cur.privateName = privateName;
        if (generic) {
            addDef("__type_params__", DEF_LOCAL, c);
            addDef(".type_params", USE, c);
        }
        visitStmts(c.body());
        exitBlock();
        if (generic) {
            exitBlock();
        }
        privateName = outerPrivate;
    }

    private void visitTypeAlias(TypeAlias t) {
        visitExpr(t.name());
        String name = ((Name) t.name()).id();
        boolean inClass = cur.kind() == ScopeKind.CLASS;
        boolean generic = !t.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(name, t, false, false, false);
            typeParamScopes.put(t, cur);
            visitTypeParams(t.typeParams());
        }
        enterBlock(name, ScopeKind.TYPE_ALIAS, t);
        scopes.put(t, cur);
        cur.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, t.value());
        }
        visitExpr(t.value());
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void enterTypeParamBlock(String name, Stmt at, boolean hasDefaults, boolean hasKwDefaults,
                                     boolean isClass) {
        ScopeKind enclosing = cur.kind();
        enterBlock(name, ScopeKind.TYPE_PARAMETERS, at);
        if (enclosing == ScopeKind.CLASS) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, at);
        }
        if (isClass) {
            // Set when the type-parameter tuple is made, used when the bases are built.
            addDef(".type_params", DEF_LOCAL, at);
            addDef(".type_params", USE, at);
            // Holds Generic[*params], the extra base of a generic class.
            addDef(".generic_base", DEF_LOCAL, at);
            addDef(".generic_base", USE, at);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, at);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, at);
        }
    }

    private void visitTypeParams(List<TypeParam> params) {
        for (TypeParam tp : params) {
            switch (tp) {
                case TypeVar tv -> {
                    addDef(tv.name(), DEF_TYPE_PARAM | DEF_LOCAL, tv);
                    String what = tv.bound() instanceof Tuple ? "a TypeVar constraint" : "a TypeVar bound";
                    visitLazyTypeExpr(tv.bound(), tv.name(), what, boundScopes, tv);
                    visitLazyTypeExpr(tv.defaultValue(), tv.name(), "a TypeVar default", defaultScopes, tv);
                }
                case TypeVarTuple tv -> {
                    addDef(tv.name(), DEF_TYPE_PARAM | DEF_LOCAL, tv);
                    visitLazyTypeExpr(tv.defaultValue(), tv.name(), "a TypeVarTuple default", defaultScopes, tv);
                }
                case ParamSpec ps -> {
                    addDef(ps.name(), DEF_TYPE_PARAM | DEF_LOCAL, ps);
                    visitLazyTypeExpr(ps.defaultValue(), ps.name(), "a ParamSpec default", defaultScopes, ps);
                }
            }
        }
    }

    /** A type parameter's bound, constraints or default, evaluated lazily in its own scope. */
    private void visitLazyTypeExpr(Expr e, String name, String what, IdentityHashMap<TypeParam, Scope> map,
                                   TypeParam key) {
        if (e == null) {
            return;
        }
        boolean inClass = cur.canSeeClassScope;
        enterBlock(name, ScopeKind.TYPE_VARIABLE, e);
        map.put(key, cur);
        cur.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, e);
        }
        cur.scopeInfo = what;
        visitExpr(e);
        exitBlock();
    }

    private void visitAnnAssign(AnnAssign a) {
        if (a.target() instanceof Name target) {
            int flags = lookup(cur, target.id());
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != module && a.simple() != 0) {
                String format = (flags & DEF_GLOBAL) != 0 ? CompileErrors.GLOBAL_ANNOT : CompileErrors.NONLOCAL_ANNOT;
                throw error(format, target.id(), a);
            }
            if (a.simple() != 0) {
                addDef(target.id(), DEF_ANNOT | DEF_LOCAL, target);
            }
            if (a.value() != null) {
                addDef(target.id(), DEF_LOCAL, target);
            }
        } else {
            visitExpr(a.target());
        }
        visitAnnotation(a.annotation());
        visitOptional(a.value());
    }

    private void visitFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        visitExpr(target);
        visitExpr(iter);
        visitStmts(body);
        visitStmts(orelse);
    }

    private void visitWith(List<WithItem> items, List<Stmt> body) {
        for (WithItem item : items) {
            visitExpr(item.contextExpr());
            visitOptional(item.optionalVars());
        }
        visitStmts(body);
    }

    private void visitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitStmts(body);
        for (ExceptHandler h : handlers) {
            visitOptional(h.type());
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h);
            }
            visitStmts(h.body());
        }
        visitStmts(orelse);
        visitStmts(finalbody);
    }

    private void visitAliases(List<Alias> aliases) {
        for (Alias a : aliases) {
            String name = a.asname() != null ? a.asname() : a.name();
            if (name.equals("*")) {
                if (cur.kind() != ScopeKind.MODULE) {
                    throw error(CompileErrors.IMPORT_STAR, a);
                }
                continue;
            }
            // "import a.b.c" binds "a".
            int dot = name.indexOf('.');
            addDef(dot >= 0 ? name.substring(0, dot) : name, DEF_IMPORT, a);
        }
    }

    private void visitDeclaration(Stmt s, List<String> names, boolean global) {
        for (String name : names) {
            int flags = lookup(cur, name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String format;
                if ((flags & DEF_PARAM) != 0) {
                    format = global ? CompileErrors.GLOBAL_PARAM : CompileErrors.NONLOCAL_PARAM;
                } else if ((flags & USE) != 0) {
                    format = global ? CompileErrors.GLOBAL_AFTER_USE : CompileErrors.NONLOCAL_AFTER_USE;
                } else if ((flags & DEF_ANNOT) != 0) {
                    format = global ? CompileErrors.GLOBAL_ANNOT : CompileErrors.NONLOCAL_ANNOT;
                } else {
                    format = global ? CompileErrors.GLOBAL_AFTER_ASSIGN : CompileErrors.NONLOCAL_AFTER_ASSIGN;
                }
                throw error(format, name, s);
            }
            addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
            recordDirective(name, s);
        }
    }

    // ---- parameters and annotations ----

    void visitParameters(Arguments a) {
        visitParams(a.posonlyargs());
        visitParams(a.args());
        visitParams(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
            cur.varkeywords = true;
        }
    }

    private void visitParams(List<Arg> params) {
        for (Arg arg : params) {
            addDef(arg.arg(), DEF_PARAM, arg);
        }
    }

    /** Parameter and return annotations, evaluated in the scope around the function. */
    private void visitArgAnnotations(Stmt function, Arguments a, Expr returns) {
        if (futureAnnotations) {
            enterBlock("_annotation", ScopeKind.ANNOTATION, function);
        }
        visitParamAnnotations(a.posonlyargs());
        visitParamAnnotations(a.args());
        if (a.vararg() != null) {
            visitOptional(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            visitOptional(a.kwarg().annotation());
        }
        visitParamAnnotations(a.kwonlyargs());
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitParamAnnotations(List<Arg> params) {
        for (Arg arg : params) {
            visitOptional(arg.annotation());
        }
    }

    private void visitAnnotation(Expr annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", ScopeKind.ANNOTATION, annotation);
        }
        visitExpr(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    // ---- expressions ----

    void visitOptional(Expr e) {
        if (e != null) {
            visitExpr(e);
        }
    }

    /** Visits a list that may hold nulls (dictionary unpacking keys, missing keyword defaults). */
    void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            visitOptional(e);
        }
    }

    void visitKeywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            visitExpr(k.value());
        }
    }

    void visitExpr(Expr e) {
        exprs.visitExpr(e);
    }

    void visitPattern(dev.taipan.ast.Pattern p) {
        exprs.visitPattern(p);
    }
}

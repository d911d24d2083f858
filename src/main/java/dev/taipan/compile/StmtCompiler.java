package dev.taipan.compile;

import dev.taipan.ast.Alias;
import dev.taipan.ast.AnnAssign;
import dev.taipan.ast.Assert;
import dev.taipan.ast.Assign;
import dev.taipan.ast.AsyncFor;
import dev.taipan.ast.AsyncFunctionDef;
import dev.taipan.ast.AsyncWith;
import dev.taipan.ast.Attribute;
import dev.taipan.ast.AugAssign;
import dev.taipan.ast.Break;
import dev.taipan.ast.ClassDef;
import dev.taipan.ast.Constant;
import dev.taipan.ast.Continue;
import dev.taipan.ast.Delete;
import dev.taipan.ast.ExceptHandler;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprContext;
import dev.taipan.ast.ExprStmt;
import dev.taipan.ast.For;
import dev.taipan.ast.FunctionDef;
import dev.taipan.ast.Global;
import dev.taipan.ast.If;
import dev.taipan.ast.Import;
import dev.taipan.ast.ImportFrom;
import dev.taipan.ast.Located;
import dev.taipan.ast.Match;
import dev.taipan.ast.MatchCase;
import dev.taipan.ast.Name;
import dev.taipan.ast.Nonlocal;
import dev.taipan.ast.Pass;
import dev.taipan.ast.Raise;
import dev.taipan.ast.Return;
import dev.taipan.ast.Slice;
import dev.taipan.ast.Starred;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.Subscript;
import dev.taipan.ast.Try;
import dev.taipan.ast.TryStar;
import dev.taipan.ast.Tuple;
import dev.taipan.ast.TypeAlias;
import dev.taipan.ast.While;
import dev.taipan.ast.With;
import dev.taipan.code.Intrinsics;

import java.util.ArrayList;
import java.util.List;

import static dev.taipan.code.Opcode.*;

/** Compiles statements other than try, with and definitions (CPython's compiler_visit_stmt). */
final class StmtCompiler {
    private final Compiler c;

    StmtCompiler(Compiler c) {
        this.c = c;
    }

    /**
     * Compiles a module or class body: the docstring into {@code __doc__}, SETUP_ANNOTATIONS when
     * the body annotates names, then the statements (CPython's compiler_body).
     */
    void body(List<Stmt> stmts, boolean isModule) {
        int start = 0;
        if (findAnnotations(stmts)) {
            c.setLoc(null);
            c.emit(SETUP_ANNOTATIONS);
        }
        String doc = Compiler.docstring(stmts);
        if (doc != null) {
            c.u.docstring = doc;
            c.setLoc(stmts.get(0));
            c.loadConst(doc);
            c.nameOp("__doc__", ExprContext.Store, stmts.get(0));
            start = 1;
        }
        for (int i = start; i < stmts.size(); i++) {
            visit(stmts.get(i));
        }
    }

    /** Compiles a statement list. */
    void visitAll(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            visit(s);
        }
    }

    /** Compiles one statement; its instructions get its position unless a part sets another. */
    void visit(Stmt s) {
        int[] saved = c.u.asm.location();
        c.setLoc(s);
        try {
            dispatch(s);
        } finally {
            c.u.asm.setLocation(saved);
        }
    }

    private void dispatch(Stmt s) {
        switch (s) {
            case FunctionDef f -> c.defs.function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                    f.typeParams(), false);
            case AsyncFunctionDef f -> c.defs.function(f, f.name(), f.args(), f.body(), f.decoratorList(),
                    f.returns(), f.typeParams(), true);
            case ClassDef cd -> c.defs.classDef(cd);
            case TypeAlias t -> c.defs.typeAlias(t);
            case Return r -> returnStmt(r);
            case Delete d -> {
                for (Expr t : d.targets()) {
                    c.expr.visit(t);
                }
            }
            case Assign a -> {
                c.expr.visit(a.value());
                List<Expr> targets = a.targets();
                for (int i = 0; i < targets.size(); i++) {
                    if (i < targets.size() - 1) {
                        c.setLoc(a);
                        c.emit(COPY, 1);
                    }
                    c.expr.visit(targets.get(i));
                }
            }
            case AugAssign a -> augAssign(a);
            case AnnAssign a -> annAssign(a);
            case For f -> forLoop(f);
            case AsyncFor f -> asyncFor(f);
            case While w -> whileLoop(w);
            case If i -> ifStmt(i);
            case With w -> c.tries.with(w, w.items(), w.body(), 0, false);
            case AsyncWith w -> {
                if (c.u.kind != CompileUnit.Kind.ASYNC_FUNCTION) {
                    throw c.error(CompileErrors.ASYNC_WITH_OUTSIDE_ASYNC, w);
                }
                c.tries.with(w, w.items(), w.body(), 0, true);
            }
            case Match m -> c.patterns.match(m);
            case Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    c.expr.visit(r.exc());
                    n++;
                    if (r.cause() != null) {
                        c.expr.visit(r.cause());
                        n++;
                    }
                }
                c.setLoc(r);
                c.emit(RAISE_VARARGS, n);
            }
            case Try t -> c.tries.tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), t, false);
            case TryStar t -> c.tries.tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), t, true);
            case Assert a -> assertStmt(a);
            case Import i -> importStmt(i);
            case ImportFrom i -> importFrom(i);
            case Global g -> {
            }
            case Nonlocal n -> {
            }
            case ExprStmt e -> exprStmt(e);
            case Pass p -> c.emit(NOP);
            case Break b -> breakStmt(b);
            case Continue k -> continueStmt(k);
        }
    }

    // ---- simple statements ------------------------------------------------------------------------

    private void exprStmt(ExprStmt e) {
        if (c.interactive && c.u.kind == CompileUnit.Kind.MODULE) {
            c.expr.visit(e.value());
            c.setLoc(e);
            c.emit(CALL_INTRINSIC_1, Intrinsics.PRINT);
            c.emit(POP_TOP);
            return;
        }
        if (e.value() instanceof Constant) {
            // A constant statement (a docstring-like string, "..."): nothing to run.
            c.emit(NOP);
            return;
        }
        c.expr.visit(e.value());
        c.setLoc(e);
        c.emit(POP_TOP);
    }

    private void returnStmt(Return r) {
        if (!c.u.scope.isFunctionLike() || c.u.kind == CompileUnit.Kind.MODULE || c.u.kind == CompileUnit.Kind.CLASS) {
            throw c.error(CompileErrors.RETURN_OUTSIDE_FUNCTION, r);
        }
        if (r.value() != null && c.u.scope.isCoroutine() && c.u.scope.isGenerator()) {
            throw c.error(CompileErrors.RETURN_WITH_VALUE_IN_ASYNC_GENERATOR, r);
        }
        boolean preserveTos = r.value() != null && !(r.value() instanceof Constant);
        if (preserveTos) {
            c.expr.visit(r.value());
        } else if (r.value() != null) {
            c.setLoc(r.value());
            c.emit(NOP);
        }
        List<Assembler.Handler> saved = c.saveHandlers();
        c.setLoc(r);
        c.unwindBlocks(preserveTos, false, r);
        c.setLoc(r);
        if (r.value() == null) {
            c.emit(RETURN_CONST, c.u.constIndex(null));
        } else if (!preserveTos) {
            c.emit(RETURN_CONST, c.u.constIndex(ExprCompiler.constValue(((Constant) r.value()).value())));
        } else {
            c.emit(RETURN_VALUE);
        }
        c.restoreHandlers(saved);
    }

    private void breakStmt(Break b) {
        List<Assembler.Handler> saved = c.saveHandlers();
        CompileUnit.FBlock loop = c.unwindBlocks(false, true, b);
        if (loop == null) {
            throw c.error(CompileErrors.BREAK_OUTSIDE_LOOP, b);
        }
        c.setLoc(b);
        c.tries.unwindBlock(loop, false, b);
        c.jump(JUMP, loop.exit());
        c.restoreHandlers(saved);
    }

    private void continueStmt(Continue k) {
        List<Assembler.Handler> saved = c.saveHandlers();
        CompileUnit.FBlock loop = c.unwindBlocks(false, true, k);
        if (loop == null) {
            throw c.error(CompileErrors.CONTINUE_OUTSIDE_LOOP, k);
        }
        c.setLoc(k);
        c.jump(JUMP, loop.start());
        c.restoreHandlers(saved);
    }

    private void assertStmt(Assert a) {
        Assembler.Label end = Compiler.label();
        c.expr.jumpIf(a.test(), end, true);
        c.setLoc(a);
        c.emit(LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            c.expr.visit(a.msg());
            c.setLoc(a);
            // The message sits in the self slot: CALL passes it as the only argument.
            c.emit(CALL, 0);
        }
        c.setLoc(a.test());
        c.emit(RAISE_VARARGS, 1);
        c.bind(end);
    }

    // ---- assignment --------------------------------------------------------------------------------

    /** Unpacks the value on the stack into a tuple or list target (CPython's assignment_helper). */
    void unpackTargets(List<Expr> elts, Located node) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Starred s) {
                if (seenStar) {
                    throw c.error(CompileErrors.MULTIPLE_STARRED, node);
                }
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error("too many expressions in star-unpacking assignment", node);
                }
                c.setLoc(node);
                c.emit(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) {
            c.setLoc(node);
            c.emit(UNPACK_SEQUENCE, n);
        }
        for (Expr elt : elts) {
            c.expr.visit(elt instanceof Starred s ? s.value() : elt);
        }
    }

    private void augAssign(AugAssign a) {
        int op = ExprCompiler.binaryOp(a.op(), true);
        switch (a.target()) {
            case Attribute t -> {
                c.expr.visit(t.value());
                c.setLoc(t);
                c.emit(COPY, 1);
                int idx = c.nameIndex(c.mangle(t.attr()));
                c.emit(LOAD_ATTR, idx);
                c.expr.visit(a.value());
                c.setLoc(a);
                c.emit(BINARY_OP, op);
                c.setLoc(t);
                c.emit(SWAP, 2);
                c.emit(STORE_ATTR, idx);
            }
            case Subscript t -> {
                c.expr.visit(t.value());
                if (t.slice() instanceof Slice sl && sl.step() == null) {
                    c.expr.sliceParts(sl);
                    c.setLoc(t);
                    c.emit(COPY, 3);
                    c.emit(COPY, 3);
                    c.emit(COPY, 3);
                    c.emit(BINARY_SLICE);
                    c.expr.visit(a.value());
                    c.setLoc(a);
                    c.emit(BINARY_OP, op);
                    c.setLoc(t);
                    c.emit(SWAP, 4);
                    c.emit(SWAP, 3);
                    c.emit(SWAP, 2);
                    c.emit(STORE_SLICE);
                } else {
                    c.expr.visit(t.slice());
                    c.setLoc(t);
                    c.emit(COPY, 2);
                    c.emit(COPY, 2);
                    c.emit(BINARY_SUBSCR);
                    c.expr.visit(a.value());
                    c.setLoc(a);
                    c.emit(BINARY_OP, op);
                    c.setLoc(t);
                    c.emit(SWAP, 3);
                    c.emit(SWAP, 2);
                    c.emit(STORE_SUBSCR);
                }
            }
            case Name t -> {
                c.nameOp(t.id(), ExprContext.Load, t);
                c.expr.visit(a.value());
                c.setLoc(a);
                c.emit(BINARY_OP, op);
                c.setLoc(t);
                c.nameOp(t.id(), ExprContext.Store, t);
            }
            default -> throw c.error("illegal expression for augmented assignment", a.target());
        }
    }

    private void annAssign(AnnAssign a) {
        if (a.value() != null) {
            c.expr.visit(a.value());
            c.expr.visit(a.target());
        }
        boolean moduleOrClass = c.u.kind == CompileUnit.Kind.MODULE || c.u.kind == CompileUnit.Kind.CLASS;
        switch (a.target()) {
            case Name n -> {
                if (n.id().equals("__debug__")) {
                    throw c.error(CompileErrors.ASSIGN_TO_DEBUG, n);
                }
                if (a.simple() != 0 && moduleOrClass) {
                    annotationValue(a.annotation());
                    c.setLoc(a);
                    c.emit(LOAD_NAME, c.nameIndex("__annotations__"));
                    c.loadConst(c.mangle(n.id()));
                    c.emit(STORE_SUBSCR);
                }
            }
            case Attribute t -> {
                if (a.value() == null) {
                    c.expr.visit(t.value());
                    c.emit(POP_TOP);
                }
            }
            case Subscript t -> {
                if (a.value() == null) {
                    c.expr.visit(t.value());
                    c.emit(POP_TOP);
                    if (t.slice() instanceof Slice sl) {
                        for (Expr part : new Expr[] {sl.lower(), sl.upper(), sl.step()}) {
                            if (part != null) {
                                c.expr.visit(part);
                                c.emit(POP_TOP);
                            }
                        }
                    } else {
                        c.expr.visit(t.slice());
                        c.emit(POP_TOP);
                    }
                }
            }
            default -> throw c.error("invalid node type for annotated assignment", a.target());
        }
        // A complex target's annotation is evaluated (and dropped) in modules and classes only.
        if (a.simple() == 0 && !c.future.annotations() && moduleOrClass) {
            c.expr.visit(a.annotation());
            c.emit(POP_TOP);
        }
    }

    /** Pushes an annotation's value: the expression, or its source text under PEP 563. */
    void annotationValue(Expr annotation) {
        if (c.future.annotations()) {
            c.loadConst(Unparser.unparse(annotation));
        } else {
            c.expr.visit(annotation);
        }
    }

    /** Whether a body annotates a name outside nested scopes (CPython's find_ann). */
    static boolean findAnnotations(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            boolean found = switch (s) {
                case AnnAssign a -> true;
                case For f -> findAnnotations(f.body()) || findAnnotations(f.orelse());
                case AsyncFor f -> findAnnotations(f.body()) || findAnnotations(f.orelse());
                case While w -> findAnnotations(w.body()) || findAnnotations(w.orelse());
                case If i -> findAnnotations(i.body()) || findAnnotations(i.orelse());
                case With w -> findAnnotations(w.body());
                case AsyncWith w -> findAnnotations(w.body());
                case Try t -> handlersAnnotate(t.handlers()) || findAnnotations(t.body())
                        || findAnnotations(t.finalbody()) || findAnnotations(t.orelse());
                case TryStar t -> handlersAnnotate(t.handlers()) || findAnnotations(t.body())
                        || findAnnotations(t.finalbody()) || findAnnotations(t.orelse());
                case Match m -> casesAnnotate(m.cases());
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlersAnnotate(List<ExceptHandler> handlers) {
        for (ExceptHandler h : handlers) {
            if (findAnnotations(h.body())) {
                return true;
            }
        }
        return false;
    }

    private static boolean casesAnnotate(List<MatchCase> cases) {
        for (MatchCase mc : cases) {
            if (findAnnotations(mc.body())) {
                return true;
            }
        }
        return false;
    }

    // ---- control flow ------------------------------------------------------------------------------

    private void ifStmt(If i) {
        Assembler.Label end = Compiler.label();
        Assembler.Label next = i.orelse().isEmpty() ? end : Compiler.label();
        c.expr.jumpIf(i.test(), next, false);
        visitAll(i.body());
        if (!i.orelse().isEmpty()) {
            c.setLoc(null);
            c.jump(JUMP, end);
            c.bind(next);
            visitAll(i.orelse());
        }
        c.bind(end);
    }

    private void whileLoop(While w) {
        Assembler.Label loop = Compiler.label();
        Assembler.Label anchor = Compiler.label();
        Assembler.Label end = Compiler.label();
        c.bind(loop);
        c.pushBlock(CompileUnit.BlockType.WHILE_LOOP, loop, end, null, w);
        c.expr.jumpIf(w.test(), anchor, false);
        visitAll(w.body());
        c.setLoc(w);
        c.jump(JUMP, loop);
        c.popBlock(CompileUnit.BlockType.WHILE_LOOP);
        c.bind(anchor);
        visitAll(w.orelse());
        c.bind(end);
    }

    private void forLoop(For f) {
        Assembler.Label start = Compiler.label();
        Assembler.Label cleanup = Compiler.label();
        Assembler.Label end = Compiler.label();
        c.expr.visit(f.iter());
        c.setLoc(f.iter());
        c.emit(GET_ITER);
        c.bind(start);
        c.jump(FOR_ITER, cleanup);
        c.pushBlock(CompileUnit.BlockType.FOR_LOOP, start, end, null, f);
        c.expr.visit(f.target());
        visitAll(f.body());
        c.setLoc(f.iter());
        c.jump(JUMP, start);
        c.popBlock(CompileUnit.BlockType.FOR_LOOP);
        c.bind(cleanup);
        visitAll(f.orelse());
        c.bind(end);
    }

    private void asyncFor(AsyncFor f) {
        if (c.u.kind != CompileUnit.Kind.ASYNC_FUNCTION) {
            throw c.error(CompileErrors.ASYNC_FOR_OUTSIDE_ASYNC, f);
        }
        Assembler.Label start = Compiler.label();
        Assembler.Label except = Compiler.label();
        Assembler.Label end = Compiler.label();
        c.expr.visit(f.iter());
        c.setLoc(f.iter());
        c.emit(GET_AITER);
        c.bind(start);
        c.pushBlock(CompileUnit.BlockType.ASYNC_FOR_LOOP, start, end, null, f);
        c.u.asm.pushHandler(new Assembler.Handler(except, false));
        c.emit(GET_ANEXT);
        c.loadConst(null);
        c.yieldFrom(true);
        c.u.asm.popHandler();
        c.expr.visit(f.target());
        visitAll(f.body());
        c.setLoc(f);
        c.jump(JUMP, start);
        c.popBlock(CompileUnit.BlockType.ASYNC_FOR_LOOP);
        c.bind(except);
        c.setLoc(f.iter());
        c.emit(END_ASYNC_FOR);
        visitAll(f.orelse());
        c.bind(end);
    }

    // ---- imports ---------------------------------------------------------------------------------

    // CPython gives every instruction of an import statement the statement's location, so a
    // traceback shows the whole statement without carets.
    private void importStmt(Import i) {
        for (Alias alias : i.names()) {
            c.loadConst(0L);
            c.loadConst(null);
            c.emit(IMPORT_NAME, c.nameIndex(alias.name()));
            String name = alias.name();
            if (alias.asname() != null) {
                int dot = name.indexOf('.');
                if (dot >= 0) {
                    // import a.b.c as d: take the attributes one by one from the top package.
                    while (true) {
                        int pos = dot + 1;
                        dot = name.indexOf('.', pos);
                        String attr = dot < 0 ? name.substring(pos) : name.substring(pos, dot);
                        c.emit(IMPORT_FROM, c.nameIndex(attr));
                        if (dot < 0) {
                            break;
                        }
                        c.emit(SWAP, 2);
                        c.emit(POP_TOP);
                    }
                    c.nameOp(alias.asname(), ExprContext.Store, alias);
                    c.emit(POP_TOP);
                } else {
                    c.nameOp(alias.asname(), ExprContext.Store, alias);
                }
            } else {
                int dot = name.indexOf('.');
                c.nameOp(dot < 0 ? name : name.substring(0, dot), ExprContext.Store, alias);
            }
        }
    }

    private void importFrom(ImportFrom i) {
        if ("__future__".equals(i.module()) && i.level() == 0) {
            ImportFrom last = c.future.lastFutureImport();
            if (last == null || i.lineno() > last.lineno()
                    || (i.lineno() == last.lineno() && i.colOffset() > last.colOffset())) {
                throw c.error(CompileErrors.FUTURE_NOT_AT_BEGINNING, i);
            }
        }
        c.loadConst((long) i.level());
        List<Object> names = new ArrayList<>();
        for (Alias a : i.names()) {
            names.add(a.name());
        }
        c.loadConst(names);
        c.emit(IMPORT_NAME, c.nameIndex(i.module() == null ? "" : i.module()));
        if (i.names().size() == 1 && i.names().get(0).name().equals("*")) {
            c.emit(CALL_INTRINSIC_1, Intrinsics.IMPORT_STAR);
            c.emit(POP_TOP);
            return;
        }
        for (Alias alias : i.names()) {
            c.emit(IMPORT_FROM, c.nameIndex(alias.name()));
            c.nameOp(alias.asname() != null ? alias.asname() : alias.name(), ExprContext.Store, alias);
        }
        c.emit(POP_TOP);
    }
}

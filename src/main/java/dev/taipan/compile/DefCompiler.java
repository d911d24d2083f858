package dev.taipan.compile;

import dev.taipan.ast.Arg;
import dev.taipan.ast.Arguments;
import dev.taipan.ast.ClassDef;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprContext;
import dev.taipan.ast.Keyword;
import dev.taipan.ast.Lambda;
import dev.taipan.ast.Located;
import dev.taipan.ast.Name;
import dev.taipan.ast.ParamSpec;
import dev.taipan.ast.Starred;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.Tuple;
import dev.taipan.ast.TypeAlias;
import dev.taipan.ast.TypeParam;
import dev.taipan.ast.TypeVar;
import dev.taipan.ast.TypeVarTuple;
import dev.taipan.code.CodeObject;
import dev.taipan.code.Intrinsics;

import java.util.ArrayList;
import java.util.List;

import static dev.taipan.code.Opcode.*;

/**
 * Compiles definitions: functions, lambdas, classes, their decorators, defaults, annotations and
 * closures, and the PEP 695 annotation scopes of generic definitions and {@code type} aliases.
 */
final class DefCompiler {
    private static final int DEFAULTS = 1;
    private static final int KWDEFAULTS = 2;
    private static final int ANNOTATIONS = 4;

    private final Compiler c;

    DefCompiler(Compiler c) {
        this.c = c;
    }

    // ---- functions ---------------------------------------------------------------------------------

    void function(Stmt node, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                  List<TypeParam> typeParams, boolean async) {
        checkDebugArgs(args);
        for (Expr d : decorators) {
            c.expr.visit(d);
        }
        int firstLineno = decorators.isEmpty() ? node.lineno() : decorators.get(0).lineno();
        c.setLoc(node);
        int flags = defaults(args);
        boolean generic = !typeParams.isEmpty();
        int typeParamArgs = 0;
        if (generic) {
            typeParamArgs = Integer.bitCount(flags);
            if (typeParamArgs == 2) {
                c.emit(SWAP, 2);
            }
            Scope tpScope = c.symtable.typeParamsScopeOf(node);
            c.enterScope("<generic parameters of " + name + ">", CompileUnit.Kind.TYPEPARAMS, tpScope,
                    firstLineno, node);
            c.u.argCount = typeParamArgs;
            c.setLoc(node);
            typeParams(typeParams);
            for (int i = 0; i < typeParamArgs; i++) {
                c.emit(LOAD_FAST, c.u.varIndex(i == 0 && (flags & DEFAULTS) != 0 ? ".defaults" : ".kwdefaults"));
            }
        }
        if (annotations(args, returns, node)) {
            flags |= ANNOTATIONS;
        }
        Scope scope = c.symtable.scopeOf(node);
        c.enterScope(name, async ? CompileUnit.Kind.ASYNC_FUNCTION : CompileUnit.Kind.FUNCTION, scope,
                firstLineno, node);
        setArgCounts(args);
        String doc = Compiler.docstring(body);
        c.u.docstring = doc;
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
            c.stmt.visit(body.get(i));
        }
        c.emitReturnNoneIfOpen();
        CodeObject code = c.exitScope();
        c.setLoc(node);
        c.makeClosure(code, flags, node);
        if (generic) {
            c.emit(SWAP, 2);
            c.emit(CALL_INTRINSIC_2, Intrinsics.SET_FUNCTION_TYPE_PARAMS);
            c.emit(RETURN_VALUE);
            CodeObject tp = c.exitScope();
            c.setLoc(node);
            c.makeClosure(tp, 0, node);
            if (typeParamArgs > 0) {
                c.emit(SWAP, typeParamArgs + 1);
                c.emit(CALL, typeParamArgs - 1);
            } else {
                c.emit(PUSH_NULL);
                c.emit(CALL, 0);
            }
        }
        applyDecorators(decorators, node);
        c.nameOp(name, ExprContext.Store, node);
    }

    private void applyDecorators(List<Expr> decorators, Located node) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            c.setLoc(decorators.get(i));
            // The function sits in the self slot: CALL 0 passes it as the one argument.
            c.emit(CALL, 0);
        }
        c.setLoc(node);
    }

    private void setArgCounts(Arguments args) {
        c.u.argCount = args.posonlyargs().size() + args.args().size();
        c.u.posOnlyArgCount = args.posonlyargs().size();
        c.u.kwOnlyArgCount = args.kwonlyargs().size();
    }

    private void checkDebugArgs(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        all.addAll(args.kwonlyargs());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        for (Arg a : all) {
            if (a.arg().equals("__debug__")) {
                throw c.error(CompileErrors.ASSIGN_TO_DEBUG, a);
            }
        }
    }

    /** Pushes the defaults tuple and the keyword-defaults dict; returns their function-attribute flags. */
    private int defaults(Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) {
                c.expr.visit(d);
            }
            c.emit(BUILD_TUPLE, args.defaults().size());
            flags |= DEFAULTS;
        }
        int n = 0;
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                c.loadConst(c.mangle(args.kwonlyargs().get(i).arg()));
                c.expr.visit(d);
                n++;
            }
        }
        if (n > 0) {
            c.emit(BUILD_MAP, n);
            flags |= KWDEFAULTS;
        }
        return flags;
    }

    /** Pushes the annotations tuple (name, value, ...) if there are any (CPython's compiler_visit_annotations). */
    private boolean annotations(Arguments args, Expr returns, Located node) {
        int n = 0;
        for (Arg a : args.posonlyargs()) {
            n += annotation(a.arg(), a.annotation());
        }
        for (Arg a : args.args()) {
            n += annotation(a.arg(), a.annotation());
        }
        if (args.vararg() != null) {
            n += annotation(args.vararg().arg(), args.vararg().annotation());
        }
        for (Arg a : args.kwonlyargs()) {
            n += annotation(a.arg(), a.annotation());
        }
        if (args.kwarg() != null) {
            n += annotation(args.kwarg().arg(), args.kwarg().annotation());
        }
        n += annotation("return", returns);
        if (n > 0) {
            c.setLoc(node);
            c.emit(BUILD_TUPLE, n * 2);
            return true;
        }
        return false;
    }

    private int annotation(String name, Expr annotation) {
        if (annotation == null) {
            return 0;
        }
        c.loadConst(c.mangle(name));
        if (c.future.annotations()) {
            String text = annotation instanceof Starred s ? "*" + Unparser.unparse(s.value()) : Unparser.unparse(annotation);
            c.loadConst(text);
        } else if (annotation instanceof Starred s) {
            // *args: *Ts evaluates to the single item of unpacking Ts.
            c.expr.visit(s.value());
            c.emit(UNPACK_SEQUENCE, 1);
        } else {
            c.expr.visit(annotation);
        }
        return 1;
    }

    // ---- lambda ---------------------------------------------------------------------------------------

    void lambda(Lambda l) {
        checkDebugArgs(l.args());
        int flags = defaults(l.args());
        Scope scope = c.symtable.scopeOf(l);
        c.enterScope("<lambda>", CompileUnit.Kind.LAMBDA, scope, l.lineno(), l);
        setArgCounts(l.args());
        c.expr.visit(l.body());
        c.setLoc(l.body());
        if (scope.isGenerator()) {
            c.emit(POP_TOP);
            c.emit(RETURN_CONST, c.u.constIndex(null));
        } else {
            c.emit(RETURN_VALUE);
        }
        CodeObject code = c.exitScope();
        c.setLoc(l);
        c.makeClosure(code, flags, l);
    }

    // ---- classes ---------------------------------------------------------------------------------------

    void classDef(ClassDef s) {
        for (Expr d : s.decoratorList()) {
            c.expr.visit(d);
        }
        int firstLineno = s.decoratorList().isEmpty() ? s.lineno() : s.decoratorList().get(0).lineno();
        c.setLoc(s);
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            c.enterScope("<generic parameters of " + s.name() + ">", CompileUnit.Kind.TYPEPARAMS,
                    c.symtable.typeParamsScopeOf(s), firstLineno, s);
            c.setLoc(s);
            typeParams(s.typeParams());
            c.nameOp(".type_params", ExprContext.Store, s);
        }
        classBody(s, firstLineno);
        c.setLoc(s);
        if (generic) {
            c.nameOp(".type_params", ExprContext.Load, s);
            c.emit(CALL_INTRINSIC_1, Intrinsics.SUBSCRIPT_GENERIC);
            c.nameOp(".generic_base", ExprContext.Store, s);
            List<Expr> bases = new ArrayList<>(s.bases());
            bases.add(new Name(".generic_base", ExprContext.Load, s.lineno(), s.colOffset(), s.endLineno(),
                    s.endColOffset()));
            c.expr.callHelper(2, bases, s.keywords(), s);
            c.emit(RETURN_VALUE);
            CodeObject tp = c.exitScope();
            c.setLoc(s);
            c.makeClosure(tp, 0, s);
            c.emit(PUSH_NULL);
            c.emit(CALL, 0);
        } else {
            c.expr.callHelper(2, s.bases(), s.keywords(), s);
        }
        applyDecorators(s.decoratorList(), s);
        c.nameOp(s.name(), ExprContext.Store, s);
    }

    private void classBody(ClassDef s, int firstLineno) {
        Scope scope = c.symtable.scopeOf(s);
        c.enterScope(s.name(), CompileUnit.Kind.CLASS, scope, firstLineno, s);
        c.setLoc(s);
        c.emit(LOAD_NAME, c.nameIndex("__name__"));
        c.emit(STORE_NAME, c.nameIndex("__module__"));
        c.loadConst(c.u.qualname);
        c.emit(STORE_NAME, c.nameIndex("__qualname__"));
        c.loadConst((long) firstLineno);
        c.emit(STORE_NAME, c.nameIndex("__firstlineno__"));
        if (scope.needsClassDict()) {
            c.emit(LOAD_LOCALS);
            c.emit(STORE_DEREF, c.u.cellIndex("__classdict__"));
        }
        if (!s.typeParams().isEmpty()) {
            c.nameOp(".type_params", ExprContext.Load, s);
            c.emit(STORE_NAME, c.nameIndex("__type_params__"));
        }
        c.stmt.body(s.body(), false);
        c.setLoc(null);
        c.loadConst(new ArrayList<Object>(c.u.staticAttributes));
        c.emit(STORE_NAME, c.nameIndex("__static_attributes__"));
        if (scope.needsClassClosure()) {
            c.emit(LOAD_CLOSURE, c.u.cellIndex("__class__"));
            c.emit(COPY, 1);
            c.emit(STORE_NAME, c.nameIndex("__classcell__"));
        }
        if (scope.needsClassDict()) {
            c.emit(LOAD_CLOSURE, c.u.cellIndex("__classdict__"));
            c.emit(STORE_NAME, c.nameIndex("__classdictcell__"));
        }
        if (scope.needsClassClosure()) {
            c.emit(RETURN_VALUE);
        } else {
            c.emit(RETURN_CONST, c.u.constIndex(null));
        }
        CodeObject code = c.exitScope();
        c.setLoc(s);
        c.emit(LOAD_BUILD_CLASS);
        c.emit(PUSH_NULL);
        c.makeClosure(code, 0, s);
        c.loadConst(s.name());
    }

    // ---- type parameters and aliases (PEP 695) ------------------------------------------------------

    /** Pushes the tuple of a definition's type parameters, binding each (CPython's compiler_type_params). */
    private void typeParams(List<TypeParam> params) {
        boolean seenDefault = false;
        for (TypeParam tp : params) {
            c.setLoc(tp);
            switch (tp) {
                case TypeVar tv -> {
                    c.loadConst(tv.name());
                    if (tv.bound() != null) {
                        boundOrDefault(tv.bound(), tv.name(), c.symtable.boundScopeOf(tv), false, tp);
                        c.emit(CALL_INTRINSIC_2, tv.bound() instanceof Tuple
                                ? Intrinsics.TYPEVAR_WITH_CONSTRAINTS : Intrinsics.TYPEVAR_WITH_BOUND);
                    } else {
                        c.emit(CALL_INTRINSIC_1, Intrinsics.TYPEVAR);
                    }
                    seenDefault = typeParamDefault(tp, tv.name(), tv.defaultValue(), seenDefault, false);
                }
                case TypeVarTuple tv -> {
                    c.loadConst(tv.name());
                    c.emit(CALL_INTRINSIC_1, Intrinsics.TYPEVARTUPLE);
                    seenDefault = typeParamDefault(tp, tv.name(), tv.defaultValue(), seenDefault, true);
                }
                case ParamSpec ps -> {
                    c.loadConst(ps.name());
                    c.emit(CALL_INTRINSIC_1, Intrinsics.PARAMSPEC);
                    seenDefault = typeParamDefault(tp, ps.name(), ps.defaultValue(), seenDefault, false);
                }
            }
            c.emit(COPY, 1);
            c.nameOp(nameOf(tp), ExprContext.Store, tp);
        }
        c.emit(BUILD_TUPLE, params.size());
    }

    private static String nameOf(TypeParam tp) {
        return switch (tp) {
            case TypeVar tv -> tv.name();
            case TypeVarTuple tv -> tv.name();
            case ParamSpec ps -> ps.name();
        };
    }

    private boolean typeParamDefault(TypeParam tp, String name, Expr dflt, boolean seenDefault, boolean starred) {
        if (dflt != null) {
            boundOrDefault(dflt, name, c.symtable.defaultScopeOf(tp), starred, tp);
            c.emit(CALL_INTRINSIC_2, Intrinsics.SET_TYPEPARAM_DEFAULT);
            return true;
        }
        if (seenDefault) {
            throw c.error("non-default type parameter '" + name + "' follows default type parameter", tp);
        }
        return false;
    }

    // A lazily evaluated bound, constraint tuple or default: a small function of its own.
    private void boundOrDefault(Expr e, String name, Scope scope, boolean allowStarred, Located node) {
        c.enterScope(name, CompileUnit.Kind.TYPEPARAMS, scope, e.lineno(), node);
        c.setLoc(e);
        if (allowStarred && e instanceof Starred s) {
            c.expr.visit(s.value());
            c.emit(UNPACK_SEQUENCE, 1);
        } else {
            c.expr.visit(e);
        }
        c.emit(RETURN_VALUE);
        CodeObject code = c.exitScope();
        c.setLoc(node);
        c.makeClosure(code, 0, node);
    }

    void typeAlias(TypeAlias s) {
        String name = ((Name) s.name()).id();
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            c.enterScope("<generic parameters of " + name + ">", CompileUnit.Kind.TYPEPARAMS,
                    c.symtable.typeParamsScopeOf(s), s.lineno(), s);
            c.setLoc(s);
            c.loadConst(name);
            typeParams(s.typeParams());
        } else {
            c.loadConst(name);
            c.loadConst(null);
        }
        c.enterScope(name, CompileUnit.Kind.FUNCTION, c.symtable.scopeOf(s), s.lineno(), s);
        c.setLoc(s.value());
        c.expr.visit(s.value());
        c.emit(RETURN_VALUE);
        CodeObject body = c.exitScope();
        c.setLoc(s);
        c.makeClosure(body, 0, s);
        c.emit(BUILD_TUPLE, 3);
        c.emit(CALL_INTRINSIC_1, Intrinsics.TYPEALIAS);
        if (generic) {
            c.emit(RETURN_VALUE);
            CodeObject tp = c.exitScope();
            c.setLoc(s);
            c.makeClosure(tp, 0, s);
            c.emit(PUSH_NULL);
            c.emit(CALL, 0);
        }
        c.nameOp(name, ExprContext.Store, s);
    }
}

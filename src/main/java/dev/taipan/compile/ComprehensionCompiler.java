package dev.taipan.compile;

import dev.taipan.ast.Comprehension;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprContext;
import dev.taipan.ast.Located;
import dev.taipan.ast.Starred;
import dev.taipan.ast.Tuple;
import dev.taipan.code.CodeObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.taipan.code.Opcode.*;

/**
 * Compiles comprehensions and generator expressions. List, set and dict comprehensions that the
 * symbol table inlined (PEP 709) run in the enclosing code: the outer bindings of their names are
 * saved on the stack with {@code LOAD_FAST_AND_CLEAR} and restored afterwards, also when an
 * exception escapes. The others become a nested function called at once with the first
 * iterator as its argument.
 */
final class ComprehensionCompiler {
    private final Compiler c;

    ComprehensionCompiler(Compiler c) {
        this.c = c;
    }

    /** What an inlined comprehension changed in its unit, to undo afterwards. */
    private record InlineState(List<String> pushedLocals, Map<String, Integer> tempSymbols, List<String> fastHidden,
                               Assembler.Label cleanup) {
    }

    void comprehension(Expr node, List<Comprehension> generators, Expr elt, Expr val, ComprehensionKind kind) {
        Scope scope = c.symtable.scopeOf(node);
        boolean inlined = scope.isInlinedComprehension();
        Comprehension outermost = generators.get(0);
        InlineState state = null;
        CompileUnit.Kind outer = c.u.kind;
        if (inlined) {
            c.expr.visit(outermost.iter());
            c.setLoc(node);
            c.emit(outermost.isAsync() != 0 ? GET_AITER : GET_ITER);
            state = pushInlined(scope, node);
        } else {
            c.enterScope("<" + kind.scopeName() + ">", CompileUnit.Kind.COMPREHENSION, scope, node.lineno(), node);
            c.u.argCount = 1;
            c.setLoc(node);
        }
        if (scope.isCoroutine() && kind != ComprehensionKind.GENERATOR) {
            if (outer != CompileUnit.Kind.ASYNC_FUNCTION && outer != CompileUnit.Kind.COMPREHENSION) {
                throw c.error(CompileErrors.ASYNC_COMPREHENSION_OUTSIDE_ASYNC, node);
            }
        }
        if (kind != ComprehensionKind.GENERATOR) {
            c.emit(kind == ComprehensionKind.LIST ? BUILD_LIST : kind == ComprehensionKind.SET ? BUILD_SET : BUILD_MAP, 0);
            if (inlined) {
                c.emit(SWAP, 2);
            }
        }
        generator(generators, 0, 0, elt, val, kind, inlined, node);
        if (inlined) {
            popInlined(state, node);
            return;
        }
        if (kind != ComprehensionKind.GENERATOR) {
            c.emit(RETURN_VALUE);
        }
        CodeObject code = c.exitScope();
        boolean isAsyncComprehension = scope.isCoroutine();
        c.setLoc(node);
        c.makeClosure(code, 0, node);
        c.expr.visit(outermost.iter());
        c.setLoc(node);
        c.emit(outermost.isAsync() != 0 ? GET_AITER : GET_ITER);
        c.emit(CALL, 0);
        if (isAsyncComprehension && kind != ComprehensionKind.GENERATOR) {
            c.emit(GET_AWAITABLE, 0);
            c.loadConst(null);
            c.yieldFrom(true);
        }
    }

    private void generator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                           ComprehensionKind kind, boolean iterOnStack, Located node) {
        if (gens.get(index).isAsync() != 0) {
            asyncGenerator(gens, index, depth, elt, val, kind, iterOnStack, node);
        } else {
            syncGenerator(gens, index, depth, elt, val, kind, iterOnStack, node);
        }
    }

    private void syncGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                               ComprehensionKind kind, boolean iterOnStack, Located node) {
        Comprehension gen = gens.get(index);
        Assembler.Label start = Compiler.label();
        Assembler.Label ifCleanup = Compiler.label();
        Assembler.Label anchor = Compiler.label();
        boolean loop = true;
        if (!iterOnStack) {
            if (index == 0) {
                c.emit(LOAD_FAST, c.u.varIndex(".0"));
            } else {
                Expr single = singleElement(gen.iter());
                if (single != null) {
                    c.expr.visit(single);
                    loop = false;
                } else {
                    c.expr.visit(gen.iter());
                    c.setLoc(gen.iter());
                    c.emit(GET_ITER);
                }
            }
        }
        if (loop) {
            depth++;
            c.bind(start);
            c.setLoc(gen.iter());
            c.jump(FOR_ITER, anchor);
        }
        c.expr.visit(gen.target());
        for (Expr cond : gen.ifs()) {
            c.expr.jumpIf(cond, ifCleanup, false);
        }
        if (index + 1 < gens.size()) {
            generator(gens, index + 1, depth, elt, val, kind, false, node);
        } else {
            element(elt, val, kind, depth, node);
        }
        c.bind(ifCleanup);
        if (loop) {
            c.setLoc(gen.iter());
            c.jump(JUMP, start);
            c.bind(anchor);
        }
    }

    // "for y in [f(x)]" assigns once without a loop (CPython's fast path for this idiom).
    private static Expr singleElement(Expr iter) {
        List<Expr> elts = iter instanceof dev.taipan.ast.List l ? l.elts() : iter instanceof Tuple t ? t.elts() : null;
        if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Starred)) {
            return elts.get(0);
        }
        return null;
    }

    private void asyncGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                ComprehensionKind kind, boolean iterOnStack, Located node) {
        Comprehension gen = gens.get(index);
        Assembler.Label start = Compiler.label();
        Assembler.Label except = Compiler.label();
        Assembler.Label ifCleanup = Compiler.label();
        if (!iterOnStack) {
            if (index == 0) {
                c.emit(LOAD_FAST, c.u.varIndex(".0"));
            } else {
                c.expr.visit(gen.iter());
                c.setLoc(gen.iter());
                c.emit(GET_AITER);
            }
        }
        c.bind(start);
        c.pushBlock(CompileUnit.BlockType.ASYNC_COMPREHENSION_GENERATOR, start, null, null, node);
        c.setLoc(gen.iter());
        c.u.asm.pushHandler(new Assembler.Handler(except, false));
        c.emit(GET_ANEXT);
        c.loadConst(null);
        c.yieldFrom(true);
        c.u.asm.popHandler();
        c.expr.visit(gen.target());
        for (Expr cond : gen.ifs()) {
            c.expr.jumpIf(cond, ifCleanup, false);
        }
        depth++;
        if (index + 1 < gens.size()) {
            generator(gens, index + 1, depth, elt, val, kind, false, node);
        } else {
            element(elt, val, kind, depth, node);
        }
        c.bind(ifCleanup);
        c.jump(JUMP, start);
        c.popBlock(CompileUnit.BlockType.ASYNC_COMPREHENSION_GENERATOR);
        c.bind(except);
        c.setLoc(gen.iter());
        c.emit(END_ASYNC_FOR);
    }

    private void element(Expr elt, Expr val, ComprehensionKind kind, int depth, Located node) {
        switch (kind) {
            case GENERATOR -> {
                c.expr.visit(elt);
                c.setLoc(elt);
                c.yieldValue();
                c.emit(POP_TOP);
            }
            case LIST -> {
                c.expr.visit(elt);
                c.setLoc(elt);
                c.emit(LIST_APPEND, depth + 1);
            }
            case SET -> {
                c.expr.visit(elt);
                c.setLoc(elt);
                c.emit(SET_ADD, depth + 1);
            }
            case DICT -> {
                c.expr.visit(elt);
                c.expr.visit(val);
                c.setLoc(elt);
                c.emit(MAP_ADD, depth + 1);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    // CPython's push_inlined_comprehension_state.
    private InlineState pushInlined(Scope comp, Located node) {
        CompileUnit u = c.u;
        boolean inClassBlock = u.scope.kind() == ScopeKind.CLASS && u.inInlinedComp == 0;
        List<String> pushed = new ArrayList<>();
        Map<String, Integer> temp = new HashMap<>();
        List<String> hidden = new ArrayList<>();
        for (Symbol sym : comp.symbols()) {
            String k = sym.name();
            int symbol = sym.flags();
            int scope = SymbolFlags.scopeCode(symbol);
            int outv = u.flags(k);
            int outsc = SymbolFlags.scopeCode(outv);
            int free = Resolution.FREE.code();
            int cell = Resolution.CELL.code();
            if ((scope != outsc && scope != free && !(scope == cell && outsc == free)) || inClassBlock) {
                if (!temp.containsKey(k)) {
                    temp.put(k, u.tempSymbols.containsKey(k) ? u.tempSymbols.get(k) : null);
                }
                u.tempSymbols.put(k, symbol);
            }
            if (((symbol & SymbolFlags.DEF_LOCAL) != 0 && (symbol & SymbolFlags.DEF_NONLOCAL) == 0) || inClassBlock) {
                if (!u.scope.isFunctionLike() && u.fastHidden.add(k)) {
                    hidden.add(k);
                }
                c.emit(LOAD_FAST_AND_CLEAR, u.varIndex(k));
                if (scope == cell) {
                    if (!u.cellvars.contains(k) && !u.freevars.contains(k)) {
                        u.cellvars.add(k);
                    }
                    c.emit(MAKE_CELL, u.cellIndex(k));
                }
                pushed.add(k);
            }
        }
        Assembler.Label cleanup = Compiler.label();
        if (!pushed.isEmpty()) {
            c.emit(SWAP, pushed.size() + 1);
            c.u.asm.pushHandler(new Assembler.Handler(cleanup, false));
        }
        u.inInlinedComp++;
        return new InlineState(pushed, temp, hidden, cleanup);
    }

    // CPython's pop_inlined_comprehension_state.
    private void popInlined(InlineState state, Located node) {
        CompileUnit u = c.u;
        u.inInlinedComp--;
        if (!state.pushedLocals().isEmpty()) {
            c.u.asm.popHandler();
            Assembler.Label end = Compiler.label();
            c.jump(JUMP, end);
            c.bind(state.cleanup());
            c.setLoc(null);
            // Drop the unfinished result under the exception, restore the outer bindings, re-raise.
            c.emit(SWAP, 2);
            c.emit(POP_TOP);
            c.setLoc(node);
            restoreLocals(state);
            c.emit(RERAISE, 0);
            c.bind(end);
            restoreLocals(state);
        }
        for (Map.Entry<String, Integer> e : state.tempSymbols().entrySet()) {
            if (e.getValue() == null) {
                u.tempSymbols.remove(e.getKey());
            } else {
                u.tempSymbols.put(e.getKey(), e.getValue());
            }
        }
        for (String k : state.fastHidden()) {
            u.fastHidden.remove(k);
        }
    }

    private void restoreLocals(InlineState state) {
        List<String> pushed = state.pushedLocals();
        c.emit(SWAP, pushed.size() + 1);
        for (int i = pushed.size() - 1; i >= 0; i--) {
            c.emit(STORE_FAST, c.u.varIndex(pushed.get(i)));
        }
    }
}

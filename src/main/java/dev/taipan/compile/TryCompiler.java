package dev.taipan.compile;

import dev.taipan.ast.ExceptHandler;
import dev.taipan.ast.ExprContext;
import dev.taipan.ast.Located;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.WithItem;
import dev.taipan.code.Intrinsics;

import java.util.List;

import static dev.taipan.code.Opcode.*;

/**
 * Compiles the statements that install exception handlers: try/except/else/finally, except*,
 * with and async with, in the shapes of CPython 3.13 (and the unwinding of their blocks by
 * break, continue and return).
 */
final class TryCompiler {
    private final Compiler c;

    TryCompiler(Compiler c) {
        this.c = c;
    }

    private Assembler.Handler setup(Assembler.Label target, boolean lasti) {
        Assembler.Handler h = new Assembler.Handler(target, lasti);
        c.u.asm.pushHandler(h);
        return h;
    }

    private void popBlock() {
        c.u.asm.popHandler();
    }

    /** COPY 3; POP_EXCEPT; RERAISE 1: restores the previous exception and re-raises. */
    private void popExceptAndReraise() {
        c.emit(COPY, 3);
        c.emit(POP_EXCEPT);
        c.emit(RERAISE, 1);
    }

    void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                 Located node, boolean star) {
        if (!finalbody.isEmpty()) {
            tryFinally(body, handlers, orelse, finalbody, node, star);
        } else if (star) {
            tryStarExcept(body, handlers, orelse, node);
        } else {
            tryExcept(body, handlers, orelse, node);
        }
    }

    private void tryFinally(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                            Located node, boolean star) {
        Assembler.Label bodyLabel = Compiler.label();
        Assembler.Label end = Compiler.label();
        Assembler.Label exit = Compiler.label();
        Assembler.Label cleanup = Compiler.label();
        setup(end, false);
        c.bind(bodyLabel);
        c.pushBlock(CompileUnit.BlockType.FINALLY_TRY, bodyLabel, end, finalbody, node);
        if (!handlers.isEmpty()) {
            if (star) {
                tryStarExcept(body, handlers, orelse, node);
            } else {
                tryExcept(body, handlers, orelse, node);
            }
        } else {
            c.stmt.visitAll(body);
        }
        popBlock();
        c.popBlock(CompileUnit.BlockType.FINALLY_TRY);
        c.stmt.visitAll(finalbody);
        c.setLoc(null);
        c.jump(JUMP, exit);
        // The finally block run for an exception.
        c.bind(end);
        c.setLoc(null);
        setup(cleanup, true);
        c.emit(PUSH_EXC_INFO);
        c.pushBlock(CompileUnit.BlockType.FINALLY_END, end, null, null, node);
        c.stmt.visitAll(finalbody);
        c.popBlock(CompileUnit.BlockType.FINALLY_END);
        c.setLoc(null);
        c.emit(RERAISE, 0);
        popBlock();
        c.bind(cleanup);
        popExceptAndReraise();
        c.bind(exit);
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, Located node) {
        Assembler.Label bodyLabel = Compiler.label();
        Assembler.Label except = Compiler.label();
        Assembler.Label end = Compiler.label();
        Assembler.Label cleanup = Compiler.label();
        setup(except, false);
        c.bind(bodyLabel);
        c.pushBlock(CompileUnit.BlockType.TRY_EXCEPT, bodyLabel, null, null, node);
        c.stmt.visitAll(body);
        c.popBlock(CompileUnit.BlockType.TRY_EXCEPT);
        c.setLoc(null);
        popBlock();
        c.stmt.visitAll(orelse);
        c.setLoc(null);
        c.jump(JUMP, end);
        int n = handlers.size();
        c.bind(except);
        Assembler.Handler outer = setup(cleanup, true);
        c.emit(PUSH_EXC_INFO);
        c.pushBlock(CompileUnit.BlockType.EXCEPTION_HANDLER, null, null, null, node);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = handlers.get(i);
            c.setLoc(h);
            if (h.type() == null && i < n - 1) {
                throw c.error("default 'except:' must be last", h);
            }
            Assembler.Label next = Compiler.label();
            if (h.type() != null) {
                c.expr.visit(h.type());
                c.setLoc(h);
                c.emit(CHECK_EXC_MATCH);
                c.jump(POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                Assembler.Label cleanupEnd = Compiler.label();
                Assembler.Label cleanupBody = Compiler.label();
                c.nameOp(h.name(), ExprContext.Store, h);
                setup(cleanupEnd, true);
                c.bind(cleanupBody);
                c.pushBlock(CompileUnit.BlockType.HANDLER_CLEANUP, cleanupBody, null, h.name(), h);
                c.stmt.visitAll(h.body());
                c.popBlock(CompileUnit.BlockType.HANDLER_CLEANUP);
                c.setLoc(null);
                popBlock();
                popBlock();
                c.emit(POP_EXCEPT);
                clearName(h);
                c.jump(JUMP, end);
                // The handler's body raised: clear the name, then re-raise.
                c.u.asm.repushHandler(outer);
                c.bind(cleanupEnd);
                c.setLoc(null);
                clearName(h);
                c.emit(RERAISE, 1);
            } else {
                Assembler.Label cleanupBody = Compiler.label();
                c.emit(POP_TOP);
                c.bind(cleanupBody);
                c.pushBlock(CompileUnit.BlockType.HANDLER_CLEANUP, cleanupBody, null, null, h);
                c.stmt.visitAll(h.body());
                c.popBlock(CompileUnit.BlockType.HANDLER_CLEANUP);
                c.setLoc(null);
                popBlock();
                c.emit(POP_EXCEPT);
                c.jump(JUMP, end);
                c.u.asm.repushHandler(outer);
            }
            c.bind(next);
        }
        c.popBlock(CompileUnit.BlockType.EXCEPTION_HANDLER);
        c.setLoc(null);
        c.emit(RERAISE, 0);
        popBlock();
        c.bind(cleanup);
        popExceptAndReraise();
        c.bind(end);
    }

    private void clearName(ExceptHandler h) {
        c.loadConst(null);
        c.nameOp(h.name(), ExprContext.Store, h);
        c.nameOp(h.name(), ExprContext.Del, h);
    }

    private void tryStarExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, Located node) {
        Assembler.Label bodyLabel = Compiler.label();
        Assembler.Label except = Compiler.label();
        Assembler.Label orelseLabel = Compiler.label();
        Assembler.Label end = Compiler.label();
        Assembler.Label cleanup = Compiler.label();
        Assembler.Label reraiseStar = Compiler.label();
        setup(except, false);
        c.bind(bodyLabel);
        c.pushBlock(CompileUnit.BlockType.TRY_EXCEPT, bodyLabel, null, null, node);
        c.stmt.visitAll(body);
        c.popBlock(CompileUnit.BlockType.TRY_EXCEPT);
        c.setLoc(null);
        popBlock();
        c.jump(JUMP, orelseLabel);
        int n = handlers.size();
        c.bind(except);
        Assembler.Handler outer = setup(cleanup, true);
        c.emit(PUSH_EXC_INFO);
        c.pushBlock(CompileUnit.BlockType.EXCEPTION_GROUP_HANDLER, null, null, "except handler", node);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = handlers.get(i);
            c.setLoc(h);
            Assembler.Label next = Compiler.label();
            Assembler.Label noMatch = Compiler.label();
            Assembler.Label exceptWithError = Compiler.label();
            if (i == 0) {
                // [orig] -> [orig, [], exc]: a list for what the handlers raise, and a copy to split.
                c.emit(BUILD_LIST, 0);
                c.emit(COPY, 2);
            }
            if (h.type() != null) {
                c.expr.visit(h.type());
                c.setLoc(h);
                c.emit(CHECK_EG_MATCH);
                c.emit(COPY, 1);
                c.jump(POP_JUMP_IF_NONE, noMatch);
            }
            Assembler.Label cleanupEnd = Compiler.label();
            Assembler.Label cleanupBody = Compiler.label();
            if (h.name() != null) {
                c.nameOp(h.name(), ExprContext.Store, h);
            } else {
                c.emit(POP_TOP);
            }
            setup(cleanupEnd, true);
            c.bind(cleanupBody);
            c.pushBlock(CompileUnit.BlockType.HANDLER_CLEANUP, cleanupBody, null, h.name(), h);
            c.stmt.visitAll(h.body());
            c.popBlock(CompileUnit.BlockType.HANDLER_CLEANUP);
            c.setLoc(null);
            popBlock();
            if (h.name() != null) {
                clearName(h);
            }
            c.jump(JUMP, next);
            c.bind(cleanupEnd);
            if (h.name() != null) {
                clearName(h);
            }
            // Add the exception the handler raised to the list.
            c.emit(LIST_APPEND, 3);
            c.emit(POP_TOP);
            c.jump(JUMP, exceptWithError);
            c.bind(next);
            c.emit(NOP);
            c.jump(JUMP, exceptWithError);
            c.bind(noMatch);
            c.emit(POP_TOP);
            c.bind(exceptWithError);
            if (i == n - 1) {
                // Add the unhandled rest of the group (or None) to the list.
                c.emit(LIST_APPEND, 1);
                c.jump(JUMP, reraiseStar);
            }
        }
        c.popBlock(CompileUnit.BlockType.EXCEPTION_GROUP_HANDLER);
        Assembler.Label reraise = Compiler.label();
        c.bind(reraiseStar);
        c.setLoc(null);
        c.emit(CALL_INTRINSIC_2, Intrinsics.PREP_RERAISE_STAR);
        c.emit(COPY, 1);
        c.jump(POP_JUMP_IF_NOT_NONE, reraise);
        // Nothing to re-raise.
        c.emit(POP_TOP);
        popBlock();
        c.emit(POP_EXCEPT);
        c.jump(JUMP, end);
        c.u.asm.repushHandler(outer);
        c.bind(reraise);
        popBlock();
        c.emit(SWAP, 2);
        c.emit(POP_EXCEPT);
        c.emit(RERAISE, 0);
        c.bind(cleanup);
        popExceptAndReraise();
        c.bind(orelseLabel);
        c.stmt.visitAll(orelse);
        c.bind(end);
    }

    // ---- with -------------------------------------------------------------------------------------

    /** Compiles items[pos:] of a with statement around its body (CPython's compiler_with / async_with). */
    void with(Located node, List<WithItem> items, List<Stmt> body, int pos, boolean async) {
        Assembler.Label block = Compiler.label();
        Assembler.Label fin = Compiler.label();
        Assembler.Label exit = Compiler.label();
        Assembler.Label cleanup = Compiler.label();
        WithItem item = items.get(pos);
        c.expr.visit(item.contextExpr());
        c.setLoc(node);
        if (async) {
            c.emit(BEFORE_ASYNC_WITH);
            c.emit(GET_AWAITABLE, 1);
            c.loadConst(null);
            c.yieldFrom(true);
        } else {
            c.emit(BEFORE_WITH);
        }
        c.u.asm.pushHandler(new Assembler.Handler(fin, true, 1));
        c.bind(block);
        c.pushBlock(async ? CompileUnit.BlockType.ASYNC_WITH : CompileUnit.BlockType.WITH, block, fin, null, node);
        if (item.optionalVars() != null) {
            c.expr.visit(item.optionalVars());
        } else {
            c.emit(POP_TOP);
        }
        if (pos + 1 == items.size()) {
            c.stmt.visitAll(body);
        } else {
            with(node, items, body, pos + 1, async);
        }
        c.popBlock(async ? CompileUnit.BlockType.ASYNC_WITH : CompileUnit.BlockType.WITH);
        c.setLoc(node);
        popBlock();
        // Normal exit: __exit__(None, None, None).
        callExitWithNones();
        if (async) {
            c.emit(GET_AWAITABLE, 2);
            c.loadConst(null);
            c.yieldFrom(true);
        }
        c.emit(POP_TOP);
        c.jump(JUMP, exit);
        // Exceptional exit.
        c.bind(fin);
        setup(cleanup, true);
        c.emit(PUSH_EXC_INFO);
        c.emit(WITH_EXCEPT_START);
        if (async) {
            c.emit(GET_AWAITABLE, 2);
            c.loadConst(null);
            c.yieldFrom(true);
        }
        withExceptFinish(cleanup);
        c.bind(exit);
    }

    // The self slot holds None, which CALL passes as the first of three Nones.
    private void callExitWithNones() {
        c.loadConst(null);
        c.loadConst(null);
        c.loadConst(null);
        c.emit(CALL, 2);
    }

    private void withExceptFinish(Assembler.Label cleanup) {
        Assembler.Label suppress = Compiler.label();
        Assembler.Label exit = Compiler.label();
        c.setLoc(null);
        c.emit(TO_BOOL);
        c.jump(POP_JUMP_IF_TRUE, suppress);
        c.emit(RERAISE, 2);
        c.bind(suppress);
        c.emit(POP_TOP);
        popBlock();
        c.emit(POP_EXCEPT);
        c.emit(POP_TOP);
        c.emit(POP_TOP);
        c.jump(JUMP, exit);
        c.bind(cleanup);
        popExceptAndReraise();
        c.bind(exit);
    }

    // ---- unwinding --------------------------------------------------------------------------------

    /** Emits the code that leaves one block early (CPython's compiler_unwind_fblock). */
    void unwindBlock(CompileUnit.FBlock block, boolean preserveTos, Located node) {
        switch (block.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR,
                 STOP_ITERATION -> {
            }
            case FOR_LOOP -> {
                if (preserveTos) {
                    c.emit(SWAP, 2);
                }
                c.emit(POP_TOP);
            }
            case ASYNC_FOR_LOOP -> {
                if (preserveTos) {
                    c.emit(SWAP, 2);
                }
                c.emit(POP_TOP);
            }
            case TRY_EXCEPT -> popBlock();
            case FINALLY_TRY -> {
                popBlock();
                if (preserveTos) {
                    c.pushBlock(CompileUnit.BlockType.POP_VALUE, null, null, null, node);
                }
                @SuppressWarnings("unchecked")
                List<Stmt> finalbody = (List<Stmt>) block.datum();
                int[] loc = c.u.asm.location();
                c.stmt.visitAll(finalbody);
                c.u.asm.setLocation(loc);
                if (preserveTos) {
                    c.popBlock(CompileUnit.BlockType.POP_VALUE);
                }
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    c.emit(SWAP, 2);
                }
                c.emit(POP_TOP);
                if (preserveTos) {
                    c.emit(SWAP, 2);
                }
                popBlock();
                c.emit(POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                c.setLoc(block.node());
                popBlock();
                if (preserveTos) {
                    c.emit(SWAP, 2);
                }
                callExitWithNones();
                if (block.type() == CompileUnit.BlockType.ASYNC_WITH) {
                    c.emit(GET_AWAITABLE, 2);
                    c.loadConst(null);
                    c.yieldFrom(true);
                }
                c.emit(POP_TOP);
                c.setLoc(node);
            }
            case HANDLER_CLEANUP -> {
                if (block.datum() != null) {
                    popBlock();
                }
                if (preserveTos) {
                    c.emit(SWAP, 2);
                }
                popBlock();
                c.emit(POP_EXCEPT);
                if (block.datum() != null) {
                    c.loadConst(null);
                    c.nameOp((String) block.datum(), ExprContext.Store, node);
                    c.nameOp((String) block.datum(), ExprContext.Del, node);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    c.emit(SWAP, 2);
                }
                c.emit(POP_TOP);
            }
        }
    }
}

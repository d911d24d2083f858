package dev.taipan.compile;

import dev.taipan.ast.Constant;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprContext;
import dev.taipan.ast.ExprStmt;
import dev.taipan.ast.Expression;
import dev.taipan.ast.Interactive;
import dev.taipan.ast.Located;
import dev.taipan.ast.Mod;
import dev.taipan.ast.Module;
import dev.taipan.ast.Stmt;
import dev.taipan.code.CodeObject;
import dev.taipan.code.Intrinsics;
import dev.taipan.code.Opcode;
import dev.taipan.parse.Parser;
import dev.taipan.parse.SyntaxErrorException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static dev.taipan.code.Opcode.*;

/**
 * The bytecode compiler: turns a syntax tree and its symbol table into {@link CodeObject}s with
 * CPython 3.13's semantics and, where they fit Taipan's instruction set, its code shapes.
 *
 * <p>This class holds the state shared by its parts (the stack of units being compiled, name
 * resolution, constants, scopes and closures, the unwinding of open blocks); the parts compile
 * expressions ({@link ExprCompiler}, {@link ComprehensionCompiler}), statements
 * ({@link StmtCompiler}, {@link TryCompiler}), definitions ({@link DefCompiler}) and
 * {@code match} ({@link PatternCompiler}); {@link Assembler} lays out each code object.
 *
 * <p>List, set and dict comprehensions are inlined into the enclosing code as in CPython 3.12+
 * (PEP 709), because the symbol table inlines their names; generator expressions and the
 * comprehensions the symbol table does not inline become nested functions.
 */
public final class Compiler {
    /** What the compiled code does with its source, as the {@code mode} of {@code compile()}. */
    public enum Mode {
        /** A module: statements, returning None. */
        EXEC,
        /** One expression whose value the code returns. */
        EVAL,
        /** One interactive statement; expression statements print their values. */
        SINGLE
    }

    final String filename;
    final String source;
    final Symtable symtable;
    final FutureFeatures future;
    final boolean interactive;
    final ExprCompiler expr;
    final ComprehensionCompiler comp;
    final StmtCompiler stmt;
    final TryCompiler tries;
    final DefCompiler defs;
    final PatternCompiler patterns;
    private final Deque<CompileUnit> units = new ArrayDeque<>();
    /** The unit being compiled. */
    CompileUnit u;

    private Compiler(String filename, String source, Symtable symtable, FutureFeatures future, boolean interactive) {
        this.filename = filename;
        this.source = source;
        this.symtable = symtable;
        this.future = future;
        this.interactive = interactive;
        this.expr = new ExprCompiler(this);
        this.comp = new ComprehensionCompiler(this);
        this.stmt = new StmtCompiler(this);
        this.tries = new TryCompiler(this);
        this.defs = new DefCompiler(this);
        this.patterns = new PatternCompiler(this);
    }

    /**
     * Compiles a parsed module, expression or interactive statement.
     *
     * @param module   the tree ({@code Module} for exec, {@code Expression} for eval,
     *                 {@code Interactive} for single)
     * @param filename the file name recorded in the code and in errors
     * @param mode     what the code does with its value
     * @return the code object of the module (its nested code objects are among its constants)
     * @throws SyntaxErrorException for the errors CPython raises at compile time
     */
    public static CodeObject compile(Mod module, String filename, Mode mode) {
        return compile(module, filename, mode, null);
    }

    /**
     * Compiles a parsed tree, with the source text so errors can show the offending line.
     *
     * @param source the text the tree was parsed from, or {@code null}
     * @see #compile(Mod, String, Mode)
     */
    public static CodeObject compile(Mod module, String filename, Mode mode, String source) {
        FutureFeatures future = FutureFeatures.of(module, filename, source);
        Symtable symtable = Symtable.build(module, filename, source, future.annotations());
        Compiler c = new Compiler(filename, source, symtable, future, mode == Mode.SINGLE);
        return c.compileModule(module, mode);
    }

    /**
     * Parses and compiles source text.
     *
     * @param source   the source text
     * @param filename the file name recorded in the code and in errors
     * @param mode     exec, eval or single
     * @return the module's code object
     * @throws SyntaxErrorException when the source does not parse or does not compile
     */
    public static CodeObject compile(String source, String filename, Mode mode) {
        Mod tree = switch (mode) {
            case EXEC -> Parser.parseModule(source, filename);
            case EVAL -> Parser.parseExpression(source, filename);
            case SINGLE -> Parser.parseInteractive(source, filename);
        };
        return compile(tree, filename, mode, source);
    }

    private CodeObject compileModule(Mod module, Mode mode) {
        enterScope("<module>", CompileUnit.Kind.MODULE, symtable.top(), 1, null);
        switch (module) {
            case Module m -> {
                stmt.body(m.body(), true);
                emitReturnNoneIfOpen();
            }
            case Interactive i -> {
                if (StmtCompiler.findAnnotations(i.body())) {
                    setLoc(null);
                    emit(SETUP_ANNOTATIONS);
                }
                for (Stmt s : i.body()) {
                    stmt.visit(s);
                }
                emitReturnNoneIfOpen();
            }
            case Expression e -> {
                expr.visit(e.body());
                emit(RETURN_VALUE);
            }
            default -> throw new IllegalArgumentException("cannot compile " + module.getClass().getSimpleName());
        }
        return exitScope();
    }

    // ---- units and scopes ------------------------------------------------------------------

    /**
     * Starts a new code object and emits its prologue (cells, free variables, generator start,
     * RESUME).
     *
     * @param key the node whose location the prologue gets, or null for the module
     */
    void enterScope(String name, CompileUnit.Kind kind, Scope scope, int firstLineno, Located key) {
        if (u != null) {
            units.push(u);
        }
        u = new CompileUnit(scope, kind, name, firstLineno);
        u.qualname = qualname(name, kind);
        setLoc(null);
        for (int i = 0; i < u.cellvars.size(); i++) {
            emit(MAKE_CELL, i);
        }
        if (!u.freevars.isEmpty()) {
            emit(COPY_FREE_VARS, u.freevars.size());
        }
        if (kind == CompileUnit.Kind.MODULE) {
            u.asm.setLocation(0, 0, -1, -1);
        } else {
            u.asm.setLocation(firstLineno, firstLineno, -1, -1);
        }
        if ((scope.isGenerator() || scope.isCoroutine()) && kind != CompileUnit.Kind.MODULE
                && kind != CompileUnit.Kind.CLASS) {
            emit(RETURN_GENERATOR);
            emit(POP_TOP);
            // PEP 479: a StopIteration escaping the body becomes RuntimeError (see exitScope).
            u.stopIterationHandler = new Assembler.Handler(label(), true);
            u.asm.pushHandler(u.stopIterationHandler);
        }
        emit(RESUME, 0);
        setLoc(null);
    }

    /** Finishes the current unit, returns its code object and makes the enclosing unit current. */
    CodeObject exitScope() {
        // As CPython's assembler, code that can fall off its end returns None.
        emitReturnNoneIfOpen();
        if (u.stopIterationHandler != null) {
            if (u.asm.popHandler() != u.stopIterationHandler) {
                throw new IllegalStateException("unbalanced handlers in " + u.qualname);
            }
            bind(u.stopIterationHandler.target);
            setLoc(null);
            emit(CALL_INTRINSIC_1, Intrinsics.STOPITERATION_ERROR);
            emit(RERAISE, 1);
        }
        CodeObject code = u.build(filename, codeFlags(u));
        u = units.isEmpty() ? null : units.pop();
        return code;
    }

    private int codeFlags(CompileUnit unit) {
        Scope s = unit.scope;
        int flags = 0;
        if (s.isFunctionLike() && unit.kind != CompileUnit.Kind.MODULE && unit.kind != CompileUnit.Kind.CLASS) {
            flags |= CodeObject.CO_NEWLOCALS | CodeObject.CO_OPTIMIZED;
            if (s.isNested()) {
                flags |= CodeObject.CO_NESTED;
            }
            if (s.isGenerator() && !s.isCoroutine()) {
                flags |= CodeObject.CO_GENERATOR;
            } else if (!s.isGenerator() && s.isCoroutine()) {
                flags |= CodeObject.CO_COROUTINE;
            } else if (s.isGenerator() && s.isCoroutine()) {
                flags |= CodeObject.CO_ASYNC_GENERATOR;
            }
            if (s.hasVarargs()) {
                flags |= CodeObject.CO_VARARGS;
            }
            if (s.hasVarkeywords()) {
                flags |= CodeObject.CO_VARKEYWORDS;
            }
        }
        return flags;
    }

    // CPython's compiler_set_qualname.
    private String qualname(String name, CompileUnit.Kind kind) {
        if (units.isEmpty() || u == null) {
            return name;
        }
        List<CompileUnit> stack = new ArrayList<>(units);
        // stack.get(0) is the unit just below the new one (the parent).
        CompileUnit parent = stack.get(0);
        if (parent.kind == CompileUnit.Kind.TYPEPARAMS) {
            if (stack.size() == 1 || stack.get(1).kind == CompileUnit.Kind.MODULE) {
                return name;
            }
            parent = stack.get(1);
        }
        if (parent.kind == CompileUnit.Kind.MODULE) {
            return name;
        }
        if (kind == CompileUnit.Kind.FUNCTION || kind == CompileUnit.Kind.ASYNC_FUNCTION
                || kind == CompileUnit.Kind.CLASS) {
            String mangled = Symtable.mangle(parent.scope.privateName(), name);
            if (parent.scope.scopeOf(mangled) == Resolution.GLOBAL_EXPLICIT) {
                return name;
            }
        }
        if (parent.kind == CompileUnit.Kind.FUNCTION || parent.kind == CompileUnit.Kind.ASYNC_FUNCTION
                || parent.kind == CompileUnit.Kind.LAMBDA) {
            return parent.qualname + ".<locals>." + name;
        }
        return parent.qualname + "." + name;
    }

    /** The innermost unit that compiles a class body, or null (for {@code __static_attributes__}). */
    CompileUnit classUnit() {
        if (u.kind == CompileUnit.Kind.CLASS) {
            return u;
        }
        for (CompileUnit unit : units) {
            if (unit.kind == CompileUnit.Kind.CLASS) {
                return unit;
            }
        }
        return null;
    }

    /**
     * Pushes a function made from {@code code}: its closure cells when it has free variables, and
     * the function attributes already on the stack below it, as {@code flags} says.
     */
    void makeClosure(CodeObject code, int flags, Located loc) {
        int nfree = 0;
        byte[] kinds = code.localsPlusKinds();
        String[] names = code.localsPlusNames();
        for (int i = 0; i < kinds.length; i++) {
            if ((kinds[i] & CodeObject.KIND_FREE) != 0) {
                String name = names[i];
                // A free variable of the child is a cell or free variable here; __class__ and
                // __classdict__ of a class body are cells of that body.
                emit(LOAD_CLOSURE, closureIndex(name, code));
                nfree++;
            }
        }
        if (nfree > 0) {
            emit(BUILD_TUPLE, nfree);
            flags |= 8;
        }
        loadConst(code);
        emit(MAKE_FUNCTION);
        for (int bit : new int[] {8, 4, 2, 1}) {
            if ((flags & bit) != 0) {
                emit(SET_FUNCTION_ATTRIBUTE, bit);
            }
        }
    }

    private int closureIndex(String name, CodeObject child) {
        if (u.cellvars.contains(name) || u.freevars.contains(name)) {
            return u.cellIndex(name);
        }
        throw new IllegalStateException("free variable '" + name + "' of " + child.qualname()
                + " is not a cell of " + u.qualname);
    }

    // ---- emitting ------------------------------------------------------------------------

    void emit(int op) {
        u.asm.emit(op, 0);
    }

    void emit(int op, int arg) {
        u.asm.emit(op, arg);
    }

    void jump(int op, Assembler.Label target) {
        u.asm.emitJump(op, target);
    }

    void bind(Assembler.Label label) {
        u.asm.bind(label);
    }

    static Assembler.Label label() {
        return new Assembler.Label();
    }

    /** Sets the position of the following instructions; null means none (CPython's NO_LOCATION). */
    void setLoc(Located node) {
        u.asm.setLocation(node);
    }

    void loadConst(Object value) {
        emit(LOAD_CONST, u.constIndex(value));
    }

    int nameIndex(String name) {
        return u.nameIndex(name);
    }

    /** Emits RETURN_CONST None unless the code just ended in a jump, return or raise. */
    void emitReturnNoneIfOpen() {
        if (!u.asm.lastIsTerminal()) {
            setLoc(null);
            emit(RETURN_CONST, u.constIndex(null));
        }
    }

    /** Builds a {@code SyntaxError} at {@code node} with CPython's message. */
    SyntaxErrorException error(String message, Located node) {
        return CompileErrors.at(message, filename, source, node);
    }

    /** Mangles a private name as the current scope does. */
    String mangle(String name) {
        return u.scope.mangle(name);
    }

    // ---- names ----------------------------------------------------------------------------

    /** Loads, stores or deletes a variable as its scope says (CPython's compiler_nameop). */
    void nameOp(String name, ExprContext ctx, Located node) {
        if (name.equals("__debug__")) {
            if (ctx == ExprContext.Load) {
                loadConst(Boolean.TRUE);
                return;
            }
            throw error(ctx == ExprContext.Store ? CompileErrors.ASSIGN_TO_DEBUG : CompileErrors.DELETE_DEBUG, node);
        }
        String mangled = mangle(name);
        int flags = u.flags(mangled);
        Resolution scope = Resolution.ofCode(SymbolFlags.scopeCode(flags));
        boolean functionLike = u.scope.isFunctionLike();
        boolean classBlock = u.scope.kind() == ScopeKind.CLASS;
        enum Kind { FAST, DEREF, GLOBAL, NAME }
        Kind kind = Kind.NAME;
        switch (scope) {
            case FREE, CELL -> kind = Kind.DEREF;
            case LOCAL -> {
                if (functionLike || u.fastHidden.contains(mangled)) {
                    kind = Kind.FAST;
                }
            }
            case GLOBAL_IMPLICIT -> {
                if (functionLike) {
                    kind = Kind.GLOBAL;
                }
            }
            case GLOBAL_EXPLICIT -> kind = Kind.GLOBAL;
            default -> {
            }
        }
        // A class body or an inlined comprehension can name __class__ etc. only through cells.
        if (kind == Kind.DEREF && !u.cellvars.contains(mangled) && !u.freevars.contains(mangled)) {
            kind = functionLike ? Kind.GLOBAL : Kind.NAME;
        }
        switch (kind) {
            case DEREF -> {
                int cell = u.cellIndex(mangled);
                switch (ctx) {
                    case Load -> {
                        if (classBlock && u.inInlinedComp == 0) {
                            emit(LOAD_LOCALS);
                            emit(LOAD_FROM_DICT_OR_DEREF, cell);
                        } else if (u.scope.canSeeClassScope()) {
                            emit(LOAD_DEREF, u.cellIndex("__classdict__"));
                            emit(LOAD_FROM_DICT_OR_DEREF, cell);
                        } else {
                            emit(LOAD_DEREF, cell);
                        }
                    }
                    case Store -> emit(STORE_DEREF, cell);
                    case Del -> emit(DELETE_DEREF, cell);
                }
            }
            case FAST -> {
                int slot = u.varIndex(mangled);
                emit(ctx == ExprContext.Load ? LOAD_FAST : ctx == ExprContext.Store ? STORE_FAST : DELETE_FAST, slot);
            }
            case GLOBAL -> {
                int idx = nameIndex(mangled);
                if (ctx == ExprContext.Load) {
                    if (u.scope.canSeeClassScope() && scope == Resolution.GLOBAL_IMPLICIT) {
                        emit(LOAD_DEREF, u.cellIndex("__classdict__"));
                        emit(LOAD_FROM_DICT_OR_GLOBALS, idx);
                    } else {
                        emit(LOAD_GLOBAL, idx);
                    }
                } else {
                    emit(ctx == ExprContext.Store ? STORE_GLOBAL : DELETE_GLOBAL, idx);
                }
            }
            case NAME -> {
                int idx = nameIndex(mangled);
                if (ctx == ExprContext.Load) {
                    emit(classBlock && u.inInlinedComp > 0 ? LOAD_GLOBAL : LOAD_NAME, idx);
                } else {
                    emit(ctx == ExprContext.Store ? STORE_NAME : DELETE_NAME, idx);
                }
            }
        }
    }

    // ---- open blocks ------------------------------------------------------------------------

    void pushBlock(CompileUnit.BlockType type, Assembler.Label start, Assembler.Label exit, Object datum,
                   Located node) {
        u.fblocks.push(new CompileUnit.FBlock(type, start, exit, datum, node));
    }

    void popBlock(CompileUnit.BlockType type) {
        CompileUnit.FBlock top = u.fblocks.pop();
        if (top.type() != type) {
            throw new IllegalStateException("block mismatch: " + top.type() + " vs " + type);
        }
    }

    /**
     * Emits the code that leaves every open block up to the innermost loop (or all of them when
     * {@code toLoop} is false), as CPython's compiler_unwind_fblock_stack.
     *
     * @param preserveTos keep the value on top of the stack (a return value) across the cleanups
     * @param toLoop      stop at the innermost loop and return it
     * @param node        the break, continue or return statement (for errors)
     * @return the innermost loop block, or null
     */
    CompileUnit.FBlock unwindBlocks(boolean preserveTos, boolean toLoop, Located node) {
        if (u.fblocks.isEmpty()) {
            return null;
        }
        CompileUnit.FBlock top = u.fblocks.peek();
        if (top.type() == CompileUnit.BlockType.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", node);
        }
        if (toLoop && (top.type() == CompileUnit.BlockType.WHILE_LOOP || top.type() == CompileUnit.BlockType.FOR_LOOP
                || top.type() == CompileUnit.BlockType.ASYNC_FOR_LOOP)) {
            return top;
        }
        u.fblocks.pop();
        try {
            tries.unwindBlock(top, preserveTos, node);
            return unwindBlocks(preserveTos, toLoop, node);
        } finally {
            u.fblocks.push(top);
        }
    }

    /** A snapshot of the handler stack, to restore after code that unwinds it (break, return). */
    List<Assembler.Handler> saveHandlers() {
        List<Assembler.Handler> saved = new ArrayList<>();
        Assembler.Handler h;
        while ((h = u.asm.currentHandler()) != null) {
            saved.add(u.asm.popHandler());
        }
        for (int i = saved.size() - 1; i >= 0; i--) {
            u.asm.repushHandler(saved.get(i));
        }
        return saved;
    }

    /** Restores a handler stack saved by {@link #saveHandlers()}. */
    void restoreHandlers(List<Assembler.Handler> saved) {
        while (u.asm.currentHandler() != null) {
            u.asm.popHandler();
        }
        for (int i = saved.size() - 1; i >= 0; i--) {
            u.asm.repushHandler(saved.get(i));
        }
    }

    /** Emits a yield of the value on the stack: wraps it in an async generator, yields, resumes. */
    void yieldValue() {
        if (u.scope.isAsyncGenerator()) {
            emit(CALL_INTRINSIC_1, Intrinsics.ASYNC_GEN_WRAP);
        }
        emit(YIELD_VALUE, 0);
        emit(RESUME, 1);
    }

    /**
     * Emits the delegation loop of {@code yield from} and {@code await} (CPython's
     * compiler_add_yield_from): the receiver and the first value to send are on the stack.
     */
    void yieldFrom(boolean await) {
        Assembler.Label send = label();
        Assembler.Label fail = label();
        Assembler.Label exit = label();
        bind(send);
        jump(SEND, exit);
        u.asm.pushHandler(new Assembler.Handler(fail, false));
        emit(YIELD_VALUE, 1);
        u.asm.popHandler();
        emit(RESUME, await ? 3 : 2);
        jump(JUMP, send);
        bind(fail);
        emit(CLEANUP_THROW);
        bind(exit);
        emit(END_SEND);
    }

    /** The docstring a statement list starts with, cleaned as CPython 3.13 stores it, or null. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant c
                && c.value() instanceof String s) {
            return cleanDoc(s);
        }
        return null;
    }

    /**
     * Cleans a docstring: expands tabs, strips the first line's leading spaces and the common
     * indentation of the lines after it (lines of spaces only do not count towards it).
     */
    // CPython: Python/compile.c, _PyCompile_CleanDoc
    static String cleanDoc(String doc) {
        String[] lines = expandTabs(doc).split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            int indent = leadingSpaces(lines[i]);
            if (indent < lines[i].length()) {
                margin = Math.min(margin, indent);
            }
        }
        if (margin == Integer.MAX_VALUE) {
            margin = 0;
        }
        StringBuilder sb = new StringBuilder(doc.length());
        sb.append(lines[0], leadingSpaces(lines[0]), lines[0].length());
        for (int i = 1; i < lines.length; i++) {
            // A line shorter than the margin is all spaces: it loses what it has.
            sb.append('\n').append(lines[i], Math.min(margin, leadingSpaces(lines[i])), lines[i].length());
        }
        return sb.toString();
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** {@code str.expandtabs()}: tabs to the next multiple of 8 columns, counted in code points. */
    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int column = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                int pad = 8 - column % 8;
                sb.repeat(' ', pad);
                column += pad;
            } else {
                sb.appendCodePoint(cp);
                column = cp == '\n' || cp == '\r' ? 0 : column + 1;
            }
        }
        return sb.toString();
    }
}

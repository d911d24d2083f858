package dev.taipan.jsr223;

import dev.taipan.ast.Expression;
import dev.taipan.cache.CodeCache;
import dev.taipan.cache.Compiled;
import dev.taipan.cache.SourceKey;
import dev.taipan.ast.ExprStmt;
import dev.taipan.ast.Module;
import dev.taipan.ast.Stmt;
import dev.taipan.code.CodeObject;
import dev.taipan.compile.Compiler;
import dev.taipan.parse.Parser;
import dev.taipan.parse.SyntaxErrorException;

import java.util.List;

/**
 * A script compiled for {@code eval}: immutable, so any engine and thread may run it.
 *
 * <p>A script's value is that of its last statement when it is an expression statement. The
 * module is parsed once; when its last statement is an expression, the statements before it are
 * compiled as a module ({@link #body}) and the expression on its own in eval mode
 * ({@link #value}), from the same tree, so line and column numbers are those of the whole
 * source. Running the two in turn in one namespace does exactly what the module would, and
 * returns the value without storing it anywhere a script could see.
 *
 * <p>This is the one place scripts are compiled: {@link #compile(CodeCache, String, String)} asks
 * the code cache first, so the same text evaluated again is neither parsed nor compiled again.
 * Nothing here refers to an interpreter, so engines can share it.
 *
 * @param filename the file name in tracebacks and errors
 * @param source   the source text (for error columns)
 * @param body     the statements to run, or null where there are none
 * @param value    the final expression, or null where the script does not end with one
 */
record ScriptCode(String filename, String source, CodeObject body, CodeObject value) implements Compiled {
    /** The flags of script code in cache keys; other users of a cache use other bits. */
    static final int SCRIPT_FLAGS = 1 << 24;

    /**
     * The compiled script for a source, from the cache or compiled now and cached.
     *
     * @throws SyntaxErrorException when it is not valid Python (nothing is cached)
     */
    static ScriptCode compile(CodeCache cache, String source, String filename) {
        return cache.get(new SourceKey(source, filename, SCRIPT_FLAGS), k -> compile(k.source(), k.filename()));
    }

    @Override
    public long weight() {
        return 64 + 2L * source.length() + weightOf(body) + weightOf(value);
    }

    private static long weightOf(CodeObject code) {
        return code == null ? 0 : code.estimatedSize();
    }

    /**
     * Parses and compiles a script.
     *
     * @throws SyntaxErrorException when it is not valid Python
     */
    static ScriptCode compile(String source, String filename) {
        Module module = Parser.parseModule(source, filename);
        List<Stmt> stmts = module.body();
        if (!stmts.isEmpty() && stmts.getLast() instanceof ExprStmt last) {
            List<Stmt> before = stmts.subList(0, stmts.size() - 1);
            CodeObject body = before.isEmpty() ? null : Compiler.compile(
                    new Module(before, module.typeIgnores()), filename, Compiler.Mode.EXEC, source);
            CodeObject value = Compiler.compile(new Expression(last.value()), filename, Compiler.Mode.EVAL, source);
            return new ScriptCode(filename, source, body, value);
        }
        return new ScriptCode(filename, source, Compiler.compile(module, filename, Compiler.Mode.EXEC, source), null);
    }
}

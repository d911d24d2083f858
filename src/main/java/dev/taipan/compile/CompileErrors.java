package dev.taipan.compile;

import dev.taipan.ast.Located;
import dev.taipan.parse.SyntaxErrorException;

/**
 * The texts of the compile-time errors CPython 3.13 raises after parsing, in one place, and the
 * factory that turns them into {@link SyntaxErrorException}s.
 *
 * <p>Positions follow CPython: these errors are raised from AST locations, and CPython reports
 * the AST's UTF-8 <em>byte</em> columns plus one as the offsets (unlike parser errors, whose
 * offsets count characters). The text is the source line, as CPython shows it when the file can
 * be read.
 *
 * <p>Where CPython raises each error decides when it is reported: the symbol table runs over the
 * whole module before the compiler starts, so a symbol-table error anywhere wins over a compiler
 * error earlier in the file. The {@code SYMTABLE_*}-section constants are raised by
 * {@link Symtable}; the {@code future} ones by {@link FutureFeatures} (before the symbol table);
 * the compiler-section ones must be raised by the compiler while it generates code.
 */
public final class CompileErrors {
    // ---- raised from the symbol table (Python/symtable.c) ----

    /** A parameter name repeated. */
    public static final String DUPLICATE_ARGUMENT = "duplicate argument '%s' in function definition";
    /** A type parameter name repeated. */
    public static final String DUPLICATE_TYPE_PARAM = "duplicate type parameter '%s'";
    /** {@code global} of a parameter. */
    public static final String GLOBAL_PARAM = "name '%s' is parameter and global";
    /** {@code nonlocal} of a parameter. */
    public static final String NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
    /** {@code global} after an assignment. */
    public static final String GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
    /** {@code nonlocal} after an assignment. */
    public static final String NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
    /** {@code global} after a use. */
    public static final String GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
    /** {@code nonlocal} after a use. */
    public static final String NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
    /** An annotated name declared global (either order). */
    public static final String GLOBAL_ANNOT = "annotated name '%s' can't be global";
    /** An annotated name declared nonlocal (either order). */
    public static final String NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";
    /** {@code from m import *} in a function or class. */
    public static final String IMPORT_STAR = "import * only allowed at module level";
    /** Both {@code global} and {@code nonlocal}. */
    public static final String NONLOCAL_AND_GLOBAL = "name '%s' is nonlocal and global";
    /** {@code nonlocal} in the module. */
    public static final String NONLOCAL_AT_MODULE_LEVEL = "nonlocal declaration not allowed at module level";
    /** {@code nonlocal} of a name no enclosing function binds. */
    public static final String NO_BINDING_FOR_NONLOCAL = "no binding for nonlocal '%s' found";
    /** {@code nonlocal} of a type parameter. */
    public static final String NONLOCAL_TYPE_PARAM = "nonlocal binding not allowed for type parameter '%s'";
    /** A walrus in a comprehension directly in a class body. */
    public static final String NAMED_EXPR_COMP_IN_CLASS =
            "assignment expression within a comprehension cannot be used in a class body";
    /** A walrus in a comprehension in a TypeVar bound, constraint or default. */
    public static final String NAMED_EXPR_COMP_IN_TYPEVAR_BOUND =
            "assignment expression within a comprehension cannot be used in a TypeVar bound";
    /** A walrus in a comprehension in a type alias value. */
    public static final String NAMED_EXPR_COMP_IN_TYPEALIAS =
            "assignment expression within a comprehension cannot be used in a type alias";
    /** A walrus in a comprehension in the bases or annotations of a generic. */
    public static final String NAMED_EXPR_COMP_IN_TYPEPARAM =
            "assignment expression within a comprehension cannot be used within the definition of a generic";
    /** A walrus target that is also an iteration variable. */
    public static final String NAMED_EXPR_COMP_CONFLICT =
            "assignment expression cannot rebind comprehension iteration variable '%s'";
    /** An iteration variable that is also an earlier walrus target. */
    public static final String NAMED_EXPR_COMP_INNER_LOOP_CONFLICT =
            "comprehension inner loop cannot rebind assignment expression target '%s'";
    /** A walrus in a comprehension's iterable. */
    public static final String NAMED_EXPR_COMP_ITER_EXPR =
            "assignment expression cannot be used in a comprehension iterable expression";
    /** {@code yield} in a comprehension; the argument is {@link ComprehensionKind#description()}. */
    public static final String YIELD_INSIDE_COMPREHENSION = "'yield' inside %s";
    /** {@code yield}, {@code await} or a walrus under {@code from __future__ import annotations}. */
    public static final String NOT_ALLOWED_IN_ANNOTATION = "%s cannot be used within an annotation";
    /** {@code yield}, {@code await} or a walrus in a lazily evaluated type expression; the second argument says where. */
    public static final String NOT_ALLOWED_IN_TYPE_SCOPE = "%s cannot be used within %s";

    // ---- raised from future-statement checking (Python/future.c), before the symbol table ----

    /** {@code from __future__ import braces}. */
    public static final String FUTURE_BRACES = "not a chance";
    /** An unknown future feature. */
    public static final String FUTURE_UNKNOWN = "future feature %s is not defined";

    // ---- raised by the compiler (Python/compile.c), after the symbol table ----

    /** A future import after other statements. */
    public static final String FUTURE_NOT_AT_BEGINNING = "from __future__ imports must occur at the beginning of the file";
    /** {@code return} outside a function. */
    public static final String RETURN_OUTSIDE_FUNCTION = "'return' outside function";
    /** {@code yield} outside a function. */
    public static final String YIELD_OUTSIDE_FUNCTION = "'yield' outside function";
    /** {@code await} outside a function. */
    public static final String AWAIT_OUTSIDE_FUNCTION = "'await' outside function";
    /** {@code await} in a function that is not {@code async}. */
    public static final String AWAIT_OUTSIDE_ASYNC_FUNCTION = "'await' outside async function";
    /** {@code yield from} in an {@code async def}. */
    public static final String YIELD_FROM_INSIDE_ASYNC = "'yield from' inside async function";
    /** {@code return value} in an async generator. */
    public static final String RETURN_WITH_VALUE_IN_ASYNC_GENERATOR = "'return' with value in async generator";
    /** {@code async with} outside an {@code async def}. */
    public static final String ASYNC_WITH_OUTSIDE_ASYNC = "'async with' outside async function";
    /** An async list, set or dict comprehension outside an async function or comprehension. */
    public static final String ASYNC_COMPREHENSION_OUTSIDE_ASYNC =
            "asynchronous comprehension outside of an asynchronous function";
    /** {@code async for} outside an {@code async def}. */
    public static final String ASYNC_FOR_OUTSIDE_ASYNC = "'async for' outside async function";
    /** {@code break} outside a loop. */
    public static final String BREAK_OUTSIDE_LOOP = "'break' outside loop";
    /** {@code continue} outside a loop. */
    public static final String CONTINUE_OUTSIDE_LOOP = "'continue' not properly in loop";
    /** Binding {@code __debug__}. */
    public static final String ASSIGN_TO_DEBUG = "cannot assign to __debug__";
    /** Deleting {@code __debug__}. */
    public static final String DELETE_DEBUG = "cannot delete __debug__";
    /** {@code *a = ...}. */
    public static final String STARRED_TARGET_NOT_IN_SEQUENCE = "starred assignment target must be in a list or tuple";
    /** {@code *a, *b = ...}. */
    public static final String MULTIPLE_STARRED = "multiple starred expressions in assignment";
    /** A starred expression where no unpacking happens. */
    public static final String STARRED_HERE = "can't use starred expression here";

    private CompileErrors() {
    }

    /**
     * Builds a {@code SyntaxError} located at {@code node}, as CPython's {@code SET_ERROR_LOCATION}
     * does: byte columns plus one.
     *
     * @param message  the finished message
     * @param filename the file name
     * @param source   the module's source text, or {@code null} when unknown (no text then)
     * @param node     where the error is
     */
    public static SyntaxErrorException at(String message, String filename, String source, Located node) {
        return at(message, filename, source, node.lineno(), node.colOffset(), node.endLineno(), node.endColOffset());
    }

    /**
     * Builds a {@code SyntaxError} at an AST range given as lines and 0-based byte columns.
     *
     * @param message   the finished message
     * @param filename  the file name
     * @param source    the module's source text, or {@code null} when unknown
     * @param lineno    first line
     * @param colOffset 0-based byte column of the start
     * @param endLineno last line
     * @param endColOffset 0-based byte column just past the end
     */
    public static SyntaxErrorException at(String message, String filename, String source,
                                          int lineno, int colOffset, int endLineno, int endColOffset) {
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, message, filename,
                lineno, colOffset + 1, endLineno, endColOffset + 1, line(source, lineno));
    }

    /** The 1-based line {@code lineno} of {@code source} with its newline, or {@code null}. */
    static String line(String source, int lineno) {
        if (source == null || lineno < 1) {
            return null;
        }
        int start = 0;
        for (int n = 1; n < lineno; n++) {
            int next = nextLineStart(source, start);
            if (next < 0) {
                return null;
            }
            start = next;
        }
        int next = nextLineStart(source, start);
        if (next < 0) {
            return start < source.length() ? source.substring(start) : null;
        }
        // CPython reads the line with universal newlines, so any line end shows as "\n".
        int end = next;
        while (end > start && (source.charAt(end - 1) == '\n' || source.charAt(end - 1) == '\r')) {
            end--;
        }
        return source.substring(start, end) + "\n";
    }

    private static int nextLineStart(String source, int from) {
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < source.length() && source.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }
}

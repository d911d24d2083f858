package dev.taipan.compile;

import dev.taipan.ast.Located;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One block of the symbol table (CPython's {@code PySTEntryObject}): a module, function, lambda,
 * comprehension, class, or PEP 695 annotation scope, with its names and what the compiler needs to
 * know about it. A scope is built by {@link Symtable#build} and not changed afterwards.
 *
 * <p>Names are stored mangled ({@code __x} in class {@code C} is {@code _C__x}); callers look
 * them up by the mangled name, which {@link #mangle(String)} computes.
 */
public final class Scope implements Located {
    /** A {@code global} or {@code nonlocal} declaration, kept to place errors found later. */
    record Directive(String name, int lineno, int colOffset, int endLineno, int endColOffset) {
    }

    private final ScopeKind kind;
    private final String name;
    private final Scope parent;
    private final int lineno;
    private final int colOffset;
    private final int endLineno;
    private final int endColOffset;

    // Filled by SymtableBuilder, completed by SymtableAnalyzer; insertion order is CPython's.
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    final List<Directive> directives = new ArrayList<>();
    /** When not null, only these names are mangled here (type-parameter scopes of a class). */
    Set<String> mangledNames;
    /** The class name used for mangling inside this scope, or {@code null}. */
    String privateName;
    /** For a type-variable scope, what it evaluates ("a TypeVar bound", ...), used in messages. */
    String scopeInfo;
    ComprehensionKind comprehension = ComprehensionKind.NONE;
    boolean nested;
    boolean generator;
    boolean coroutine;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean needsClassDict;
    boolean comprehensionInlined;
    boolean canSeeClassScope;
    boolean hasFree;
    boolean childHasFree;
    boolean compIterTarget;
    int compIterExpr;

    Scope(ScopeKind kind, String name, Scope parent, int lineno, int colOffset, int endLineno, int endColOffset) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    /** What kind of block this is. */
    public ScopeKind kind() {
        return kind;
    }

    /**
     * The block's name as CPython gives it: {@code top} for the module, the function or class name
     * (unmangled), {@code lambda}, {@code listcomp}/{@code setcomp}/{@code dictcomp}/{@code genexpr},
     * the alias name for a type alias and its type-parameter scope, the parameter name for a
     * bound or default scope.
     */
    public String name() {
        return name;
    }

    /** The lexically enclosing scope, {@code null} for the module. */
    public Scope parent() {
        return parent;
    }

    /** First line of the block's node (0 for the module). */
    @Override
    public int lineno() {
        return lineno;
    }

    /** Byte column of the block's node. */
    @Override
    public int colOffset() {
        return colOffset;
    }

    /** Last line of the block's node. */
    @Override
    public int endLineno() {
        return endLineno;
    }

    /** Byte column just past the block's node. */
    @Override
    public int endColOffset() {
        return endColOffset;
    }

    /**
     * The nested scopes in source order, as CPython lists them: an inlined comprehension is not
     * listed, its own nested scopes take its place. (The inlined comprehension's scope is still
     * reachable through {@link Symtable#scopeOf(dev.taipan.ast.Node)}.)
     */
    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** Whether the block is inside a function-like block (CPython's {@code ste_nested}). */
    public boolean isNested() {
        return nested;
    }

    /** Whether locals are fast locals here (functions, lambdas, comprehensions, annotation scopes). */
    public boolean isFunctionLike() {
        return kind.isFunctionLike();
    }

    /** Contains {@code yield}, or is a generator expression. */
    public boolean isGenerator() {
        return generator;
    }

    /**
     * Is an {@code async def}, contains {@code await} or an async comprehension, or is a
     * comprehension that awaits. Together with {@link #isGenerator()} it makes an async generator.
     */
    public boolean isCoroutine() {
        return coroutine;
    }

    /** Both a coroutine and a generator: an async generator function or expression. */
    public boolean isAsyncGenerator() {
        return coroutine && generator;
    }

    /** Has a {@code *args} parameter. */
    public boolean hasVarargs() {
        return varargs;
    }

    /** Has a {@code **kwargs} parameter. */
    public boolean hasVarkeywords() {
        return varkeywords;
    }

    /** Contains {@code return} with a value. */
    public boolean returnsValue() {
        return returnsValue;
    }

    /** Which comprehension this scope is, {@link ComprehensionKind#NONE} when it is none. */
    public ComprehensionKind comprehension() {
        return comprehension;
    }

    /**
     * Whether this list, set or dict comprehension is inlined into its parent (PEP 709): its names
     * were merged into the parent's table, and it gets no code object of its own.
     */
    public boolean isInlinedComprehension() {
        return comprehensionInlined;
    }

    /** A class whose methods use {@code __class__} or {@code super()}: it must create the {@code __class__} cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** A class whose annotation scopes read its namespace: it must create the {@code __classdict__} cell. */
    public boolean needsClassDict() {
        return needsClassDict;
    }

    /** An annotation scope directly inside a class, which reads names from the class namespace first. */
    public boolean canSeeClassScope() {
        return canSeeClassScope;
    }

    /** The class name used to mangle private names in this scope, {@code null} outside classes. */
    public String privateName() {
        return privateName;
    }

    /**
     * The parameter names in order (positional-only, positional, keyword-only, {@code *args},
     * {@code **kwargs}); {@code .0} for a comprehension; {@code .defaults}/{@code .kwdefaults}
     * for the type-parameter scope of a generic function.
     */
    public List<String> parameterNames() {
        return Collections.unmodifiableList(varnames);
    }

    /**
     * The fast locals: parameters first, in order, then the other names that resolve to
     * {@link Resolution#LOCAL} or {@link Resolution#CELL}, in order of first appearance. CPython's
     * compiler numbers non-parameter locals as it meets them while generating code, which is
     * usually this order; the compiler may number them itself.
     */
    public List<String> localNames() {
        Set<String> out = new LinkedHashSet<>(varnames);
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int scope = SymbolFlags.scopeCode(e.getValue());
            if (scope == Resolution.LOCAL.code() || scope == Resolution.CELL.code()) {
                out.add(e.getKey());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The cell variables in CPython's order ({@code compiler_enter_scope}): names that resolve to
     * {@link Resolution#CELL} or are cells of an inlined comprehension, sorted, then
     * {@code __class__} and {@code __classdict__} when the class needs them.
     */
    public List<String> cellNames() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int flags = e.getValue();
            if (SymbolFlags.scopeCode(flags) == Resolution.CELL.code() || (flags & SymbolFlags.DEF_COMP_CELL) != 0) {
                out.add(e.getKey());
            }
        }
        Collections.sort(out);
        if (needsClassClosure && !out.contains("__class__")) {
            out.add("__class__");
        }
        if (needsClassDict && !out.contains("__classdict__")) {
            out.add("__classdict__");
        }
        return out;
    }

    /**
     * The free variables in CPython's order: names that resolve to {@link Resolution#FREE}, or that
     * a class passes through to its methods ({@link SymbolFlags#DEF_FREE_CLASS}), sorted.
     */
    public List<String> freeNames() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int flags = e.getValue();
            if (SymbolFlags.scopeCode(flags) == Resolution.FREE.code() || (flags & SymbolFlags.DEF_FREE_CLASS) != 0) {
                out.add(e.getKey());
            }
        }
        Collections.sort(out);
        return out;
    }

    /** How {@code name} (already mangled) resolves here; {@link Resolution#NONE} when it is not a name of this scope. */
    public Resolution scopeOf(String name) {
        return Resolution.ofCode(SymbolFlags.scopeCode(flags(name)));
    }

    /** The combined flags word of {@code name} (already mangled), 0 when it is not a name of this scope. */
    public int flags(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : f;
    }

    /** The symbol {@code name} (already mangled), or {@code null}. */
    public Symbol symbol(String name) {
        Integer f = symbols.get(name);
        return f == null ? null : new Symbol(name, f);
    }

    /** All names of the scope in CPython's insertion order. */
    public List<Symbol> symbols() {
        List<Symbol> out = new ArrayList<>(symbols.size());
        symbols.forEach((n, f) -> out.add(new Symbol(n, f)));
        return out;
    }

    /** Mangles {@code name} as CPython's compiler does in this scope ({@code _Py_MaybeMangle}). */
    public String mangle(String name) {
        if (mangledNames != null && !mangledNames.contains(name)) {
            return name;
        }
        return Symtable.mangle(privateName, name);
    }

    @Override
    public String toString() {
        return "<" + kind.pythonName() + " " + name + " line " + lineno + ">";
    }
}

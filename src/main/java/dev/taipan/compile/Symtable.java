package dev.taipan.compile;

import dev.taipan.ast.Mod;
import dev.taipan.ast.Node;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.TypeParam;
import dev.taipan.ast.TypeVar;
import dev.taipan.parse.SyntaxErrorException;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The symbol table of one module: the tree of {@link Scope}s CPython 3.13 builds before it
 * compiles, and the way from each scope-making AST node to its scope.
 *
 * <p>Comprehensions: CPython 3.12+ inlines list, set and dict comprehensions into the enclosing
 * scope (PEP 709) unless that scope is an annotation scope that can see a class. The symbol table
 * still builds a scope for each comprehension (reachable with {@link #scopeOf(Node)}, flagged
 * {@link Scope#isInlinedComprehension()}), merges its names into the parent's table (iteration
 * variables become locals of the parent, with {@link SymbolFlags#DEF_COMP_ITER}), and leaves it
 * out of the parent's {@link Scope#children()}, exactly as CPython's {@code symtable} module shows
 * it. The compiler emits an inlined comprehension's code in the parent, saving and restoring the
 * parent's bindings of the comprehension's locals; generator expressions always get their own
 * code object.
 */
public final class Symtable {
    private final String filename;
    private final Scope top;
    private final Map<Node, Scope> scopes;
    private final Map<Node, Scope> typeParamScopes;
    private final Map<TypeParam, Scope> boundScopes;
    private final Map<TypeParam, Scope> defaultScopes;

    Symtable(String filename, Scope top, IdentityHashMap<Node, Scope> scopes,
             IdentityHashMap<Node, Scope> typeParamScopes, IdentityHashMap<TypeParam, Scope> boundScopes,
             IdentityHashMap<TypeParam, Scope> defaultScopes) {
        this.filename = filename;
        this.top = top;
        this.scopes = Collections.unmodifiableMap(scopes);
        this.typeParamScopes = Collections.unmodifiableMap(typeParamScopes);
        this.boundScopes = Collections.unmodifiableMap(boundScopes);
        this.defaultScopes = Collections.unmodifiableMap(defaultScopes);
    }

    /**
     * Builds the symbol table of {@code mod}, reading {@code from __future__} imports from it.
     *
     * @param mod      a {@code Module}, {@code Interactive} or {@code Expression}
     * @param filename the file name for errors
     * @param source   the source text, used only for the line shown in errors; may be {@code null}
     * @return the table
     * @throws SyntaxErrorException with CPython's message and position for the errors CPython's
     *                              future-statement check and symbol table raise
     */
    public static Symtable build(Mod mod, String filename, String source) {
        FutureFeatures future = FutureFeatures.of(mod, filename, source);
        return build(mod, filename, source, future.annotations());
    }

    /**
     * Builds the symbol table of {@code mod} with the {@code annotations} future feature given
     * (for code compiled with inherited future flags).
     */
    public static Symtable build(Mod mod, String filename, String source, boolean futureAnnotations) {
        SymtableBuilder builder = new SymtableBuilder(filename, source, futureAnnotations);
        Scope top = builder.buildModule(mod);
        new SymtableAnalyzer(filename, source).analyze(top);
        return new Symtable(filename, top, builder.scopes, builder.typeParamScopes, builder.boundScopes,
                builder.defaultScopes);
    }

    /** The file name the table was built for. */
    public String filename() {
        return filename;
    }

    /** The module scope, named {@code top}. */
    public Scope top() {
        return top;
    }

    /**
     * The scope a node opens: the module node ({@link #top()}), a {@code FunctionDef},
     * {@code AsyncFunctionDef}, {@code Lambda},
     * {@code ClassDef}, {@code ListComp}, {@code SetComp}, {@code DictComp} or
     * {@code GeneratorExp}, or the value scope of a {@code TypeAlias}. Nodes are matched by
     * identity.
     *
     * @throws IllegalArgumentException when the node opens no scope
     */
    public Scope scopeOf(Node node) {
        return require(scopes.get(node), node);
    }

    /**
     * The type-parameter scope of a generic {@code FunctionDef}, {@code AsyncFunctionDef},
     * {@code ClassDef} or {@code TypeAlias}, which holds its type parameters and encloses its
     * own scope.
     *
     * @throws IllegalArgumentException when the statement has no type parameters
     */
    public Scope typeParamsScopeOf(Stmt generic) {
        return require(typeParamScopes.get(generic), generic);
    }

    /**
     * The scope that lazily evaluates a type variable's bound or constraints.
     *
     * @throws IllegalArgumentException when it has none
     */
    public Scope boundScopeOf(TypeVar typeVar) {
        return require(boundScopes.get(typeVar), typeVar);
    }

    /**
     * The scope that lazily evaluates a type parameter's default (PEP 696).
     *
     * @throws IllegalArgumentException when it has none
     */
    public Scope defaultScopeOf(TypeParam typeParam) {
        return require(defaultScopes.get(typeParam), typeParam);
    }

    private static Scope require(Scope scope, Node node) {
        if (scope == null) {
            throw new IllegalArgumentException("no scope for " + node.getClass().getSimpleName());
        }
        return scope;
    }

    /**
     * Private name mangling as CPython does it ({@code _Py_Mangle}): inside class
     * {@code className}, a name that starts with two underscores, does not end with two, and has
     * no dot becomes {@code _} + the class name without its leading underscores + the name. Names
     * are left alone outside a class and in a class whose name is all underscores.
     *
     * @param className the innermost enclosing class's name, or {@code null}
     * @param name      the identifier
     * @return the mangled name, or {@code name} itself
     */
    public static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < className.length() && className.charAt(start) == '_') {
            start++;
        }
        if (start == className.length()) {
            return name;
        }
        return "_" + className.substring(start) + name;
    }
}

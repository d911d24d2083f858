package dev.taipan.compile;

import dev.taipan.parse.SyntaxErrorException;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.taipan.compile.SymbolFlags.DEF_BOUND;
import static dev.taipan.compile.SymbolFlags.DEF_COMP_CELL;
import static dev.taipan.compile.SymbolFlags.DEF_FREE_CLASS;
import static dev.taipan.compile.SymbolFlags.DEF_GLOBAL;
import static dev.taipan.compile.SymbolFlags.DEF_NONLOCAL;
import static dev.taipan.compile.SymbolFlags.DEF_PARAM;
import static dev.taipan.compile.SymbolFlags.DEF_TYPE_PARAM;
import static dev.taipan.compile.SymbolFlags.FLAGS_MASK;
import static dev.taipan.compile.SymbolFlags.SCOPE_OFFSET;

/**
 * The second pass of the symbol table (CPython: {@code analyze_block} and its helpers in
 * {@code Python/symtable.c}): resolves every name of every block, top down, to a
 * {@link Resolution}, turns locals that nested blocks read into cells, passes free variables up
 * to the blocks that must forward them, and inlines list, set and dict comprehensions (PEP 709).
 *
 * <p>Each block is analyzed with four sets from its ancestors: {@code bound} (names bound in
 * enclosing function-like blocks, {@code null} at the module), {@code global} (names declared
 * global above), {@code typeParams} (type parameters in view), and, for annotation scopes that can
 * see a class, that class's scope. It reports its free variables upwards in {@code free}.
 */
final class SymtableAnalyzer {
    private static final int LOCAL = Resolution.LOCAL.code();
    private static final int GLOBAL_EXPLICIT = Resolution.GLOBAL_EXPLICIT.code();
    private static final int GLOBAL_IMPLICIT = Resolution.GLOBAL_IMPLICIT.code();
    private static final int FREE = Resolution.FREE.code();
    private static final int CELL = Resolution.CELL.code();

    private final String filename;
    private final String source;

    SymtableAnalyzer(String filename, String source) {
        this.filename = filename;
        this.source = source;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>(), new HashSet<>(), null);
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
                              Set<String> typeParams, Scope classEntry) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new LinkedHashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> inlinedCells = new HashSet<>();

        // A class's own bindings are invisible to the blocks inside it, so what they see is
        // fixed before the class's names are analyzed.
        if (ste.kind() == ScopeKind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }

        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
        }

        if (ste.kind() != ScopeKind.CLASS) {
            if (ste.kind().isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            // Methods reach the class's implicit cells by these names.
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        // Iterate over a snapshot: inlining below does not change the list, splicing comes after.
        for (Scope child : List.copyOf(ste.children)) {
            Scope newClassEntry = null;
            if (child.canSeeClassScope) {
                if (ste.kind() == ScopeKind.CLASS) {
                    newClassEntry = ste;
                } else if (classEntry != null) {
                    newClassEntry = classEntry;
                }
            }
            // PEP 709: list, set and dict comprehensions are inlined, except in annotation
            // scopes that can see a class.
            boolean inline = child.comprehension != ComprehensionKind.NONE && !child.generator
                    && !ste.canSeeClassScope;
            Set<String> childFree = new HashSet<>();
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal),
                    new HashSet<>(typeParams), newClassEntry);
            if (inline) {
                inlineComprehension(ste, child, scopes, childFree, inlinedCells);
                child.comprehensionInlined = true;
            }
            newFree.addAll(childFree);
            if (child.hasFree || child.childHasFree) {
                ste.childHasFree = true;
            }
        }

        // An inlined comprehension's nested blocks take its place among the children.
        for (int i = ste.children.size() - 1; i >= 0; i--) {
            Scope child = ste.children.get(i);
            if (child.comprehensionInlined) {
                ste.children.remove(i);
                ste.children.addAll(i, child.children);
            }
        }

        if (ste.kind().isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.kind() == ScopeKind.CLASS) {
            dropClassFree(ste, newFree);
        }
        updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells,
                ste.kind() == ScopeKind.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    /** Decides one name's resolution from its flags and what the enclosing blocks bind. */
    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams,
                             Scope classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, String.format(CompileErrors.NONLOCAL_AND_GLOBAL, name));
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, CompileErrors.NONLOCAL_AT_MODULE_LEVEL);
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, String.format(CompileErrors.NO_BINDING_FOR_NONLOCAL, name));
            }
            if (typeParams.contains(name)) {
                throw errorAtDirective(ste, name, String.format(CompileErrors.NONLOCAL_TYPE_PARAM, name));
            }
            scopes.put(name, FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        // In an annotation scope that can see a class, a name the class binds is looked up in
        // the class namespace first (through __classdict__), then as a global.
        if (classEntry != null) {
            int classFlags = classEntry.flags(name);
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            }
            if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.hasFree = true;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    /**
     * Merges an inlined comprehension's names into its parent: names the parent lacks are copied
     * with their resolution; free names the parent binds itself stop being free.
     */
    private static void inlineComprehension(Scope ste, Scope comp, Map<String, Integer> scopes,
                                            Set<String> compFree, Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Map.Entry<String, Integer> e : comp.symbols.entrySet()) {
            String name = e.getKey();
            int compFlags = e.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue; // the implicit ".0"
            }
            int scope = SymbolFlags.scopeCode(compFlags);
            int onlyFlags = compFlags & FLAGS_MASK;
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(name);
            }
            Integer existing = ste.symbols.get(name);
            // __class__ never passes through a class scope as a free variable (see dropClassFree).
            if (scope == FREE && ste.kind() == ScopeKind.CLASS && name.equals("__class__")) {
                scope = GLOBAL_IMPLICIT;
                compFree.remove(name);
                removeDunderClass = true;
            }
            if (existing == null) {
                ste.symbols.put(name, onlyFlags);
                scopes.put(name, scope);
            } else if ((existing & DEF_BOUND) != 0 && !isFreeInAnyChild(comp, name)
                    && ste.kind() != ScopeKind.CLASS) {
                // A free name of the comprehension that the parent binds is now just the parent's local.
                compFree.remove(name);
            }
        }
        if (removeDunderClass) {
            comp.symbols.remove("__class__");
        }
    }

    private static boolean isFreeInAnyChild(Scope comp, String name) {
        for (Scope child : comp.children) {
            if (child.scopeOf(name) == Resolution.FREE) {
                return true;
            }
        }
        return false;
    }

    /** Locals that nested blocks read become cells. */
    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) {
                continue;
            }
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            e.setValue(CELL);
            free.remove(name);
        }
    }

    /** A class provides {@code __class__} and {@code __classdict__} as implicit cells instead of passing them up. */
    private static void dropClassFree(Scope ste, Set<String> free) {
        if (free.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        if (free.remove("__classdict__")) {
            ste.needsClassDict = true;
        }
    }

    /** Stores the resolutions in the flags words, and adds the free names this block must forward. */
    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopes, Set<String> bound,
                                      Set<String> free, Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int flags = e.getValue();
            if (inlinedCells.contains(e.getKey())) {
                flags |= DEF_COMP_CELL;
            }
            flags |= scopes.get(e.getKey()) << SCOPE_OFFSET;
            e.setValue(flags);
        }
        for (String name : free) {
            Integer v = symbols.get(name);
            if (v != null) {
                // A method's free variable that the class also binds or declares: the class
                // keeps its own and forwards the outer one.
                if (classFlag) {
                    symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }

    private SyntaxErrorException errorAtDirective(Scope ste, String name, String message) {
        for (Scope.Directive d : ste.directives) {
            if (d.name().equals(name)) {
                return CompileErrors.at(message, filename, source, d.lineno(), d.colOffset(), d.endLineno(),
                        d.endColOffset());
            }
        }
        throw new IllegalStateException("no directive recorded for " + name);
    }
}

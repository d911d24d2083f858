package dev.taipan.compile;

import dev.taipan.ast.Singleton;
import dev.taipan.code.CodeObject;
import dev.taipan.code.FrozenSetConstant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The compiler's state for one code object being built (CPython's {@code compiler_unit}): its
 * scope, instruction buffer, constant and name tables, variable slots and the stack of open
 * blocks that {@code break}, {@code continue} and {@code return} unwind.
 */
final class CompileUnit {
    /** What kind of code the unit is, as CPython's {@code COMPILER_SCOPE_*} (it decides qualnames and checks). */
    enum Kind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPEPARAMS }

    /** A block that control flow must unwind when it leaves early (CPython's {@code fblockinfo}). */
    enum BlockType {
        WHILE_LOOP, FOR_LOOP, ASYNC_FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR,
        STOP_ITERATION
    }

    /**
     * An open block.
     *
     * @param type   the kind of block
     * @param start  where {@code continue} goes (loops)
     * @param exit   where {@code break} goes (loops)
     * @param datum  the {@code finally} body, the {@code except ... as} name, or the {@code with} node
     * @param node   the statement, for positions of unwinding code
     */
    record FBlock(BlockType type, Assembler.Label start, Assembler.Label exit, Object datum,
                  dev.taipan.ast.Located node) {
    }

    final Scope scope;
    final Kind kind;
    final String name;
    String qualname;
    final int firstLineno;
    final Assembler asm = new Assembler();
    final Deque<FBlock> fblocks = new ArrayDeque<>();

    private final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final Map<String, Integer> varnames = new LinkedHashMap<>();
    final List<String> cellvars;
    final List<String> freevars;

    int argCount;
    int posOnlyArgCount;
    int kwOnlyArgCount;
    String docstring;
    /** The PEP 479 handler around a generator's or coroutine's body, or null. */
    Assembler.Handler stopIterationHandler;
    /** Nesting depth of inlined comprehensions being compiled into this unit. */
    int inInlinedComp;
    /** Symbols an inlined comprehension overrides while it is compiled (CPython swaps them into the table). */
    final Map<String, Integer> tempSymbols = new HashMap<>();
    /** Names that use fast locals here although the scope is not function-like (inlined comprehensions). */
    final Set<String> fastHidden = new HashSet<>();
    /** For class bodies: attribute names assigned through {@code self.x} in its methods (3.13). */
    final Set<String> staticAttributes = new TreeSet<>();

    CompileUnit(Scope scope, Kind kind, String name, int firstLineno) {
        this.scope = scope;
        this.kind = kind;
        this.name = name;
        this.firstLineno = firstLineno;
        this.cellvars = new ArrayList<>(scope.cellNames());
        this.freevars = new ArrayList<>(scope.freeNames());
        for (String p : scope.parameterNames()) {
            varIndex(p);
        }
    }

    /** The combined flags word of a (mangled) name, honouring an inlined comprehension's overrides. */
    int flags(String mangled) {
        Integer t = tempSymbols.get(mangled);
        return t != null ? t : scope.flags(mangled);
    }

    /** The resolution of a (mangled) name here. */
    Resolution resolution(String mangled) {
        return Resolution.ofCode(SymbolFlags.scopeCode(flags(mangled)));
    }

    /** The index of a constant, adding it when new. Equal values of different types stay apart. */
    int constIndex(Object value) {
        Object v = value == null ? Singleton.NONE : value;
        Object key = constKey(v);
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            consts.add(v);
            constIndex.put(key, i);
        }
        return i;
    }

    // 1, 1.0 and True are equal in Python but are different constants; so are 0.0 and -0.0.
    static Object constKey(Object v) {
        if (v instanceof List<?> items) {
            return itemKeys("tuple", items);
        }
        if (v instanceof FrozenSetConstant f) {
            return itemKeys("frozenset", f.items());
        }
        if (v instanceof CodeObject) {
            return new IdentityKey(v);
        }
        return List.of(v.getClass(), v);
    }

    private static List<Object> itemKeys(String kind, List<?> items) {
        List<Object> keys = new ArrayList<>(items.size() + 1);
        keys.add(kind);
        for (Object item : items) {
            keys.add(constKey(item == null ? Singleton.NONE : item));
        }
        return keys;
    }

        private record IdentityKey(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** The index of a name in {@code names}, adding it when new. */
    int nameIndex(String name) {
        return names.computeIfAbsent(name, k -> names.size());
    }

    /** The fast-local index of a variable, adding it when new. */
    int varIndex(String name) {
        return varnames.computeIfAbsent(name, k -> varnames.size());
    }

    /** The index of a cell or free variable among cellvars then freevars (fixed up to a slot on assembly). */
    int cellIndex(String name) {
        int i = cellvars.indexOf(name);
        if (i >= 0) {
            return i;
        }
        int f = freevars.indexOf(name);
        if (f >= 0) {
            return cellvars.size() + f;
        }
        throw new IllegalStateException("no cell or free variable '" + name + "' in " + this.name);
    }

    /** Whether {@code name} is a free variable of this unit. */
    boolean isFree(String name) {
        return freevars.contains(name);
    }

    /** Assembles the unit into its code object. */
    CodeObject build(String filename, int flags) {
        List<String> vars = new ArrayList<>(varnames.keySet());
        List<String> extraCells = new ArrayList<>();
        for (String cell : cellvars) {
            if (!varnames.containsKey(cell)) {
                extraCells.add(cell);
            }
        }
        int nvars = vars.size();
        java.util.function.IntUnaryOperator slot = cell -> {
            if (cell < cellvars.size()) {
                String n = cellvars.get(cell);
                Integer v = varnames.get(n);
                return v != null ? v : nvars + extraCells.indexOf(n);
            }
            return nvars + extraCells.size() + (cell - cellvars.size());
        };
        Assembler.Result r = asm.assemble(qualname, slot);
        int total = nvars + extraCells.size() + freevars.size();
        String[] plusNames = new String[total];
        byte[] plusKinds = new byte[total];
        for (int i = 0; i < nvars; i++) {
            plusNames[i] = vars.get(i);
            plusKinds[i] = (byte) (CodeObject.KIND_LOCAL | (cellvars.contains(vars.get(i)) ? CodeObject.KIND_CELL : 0));
        }
        for (int i = 0; i < extraCells.size(); i++) {
            plusNames[nvars + i] = extraCells.get(i);
            plusKinds[nvars + i] = CodeObject.KIND_CELL;
        }
        for (int i = 0; i < freevars.size(); i++) {
            plusNames[nvars + extraCells.size() + i] = freevars.get(i);
            plusKinds[nvars + extraCells.size() + i] = CodeObject.KIND_FREE;
        }
        return new CodeObject(name, qualname, filename, firstLineno, argCount, posOnlyArgCount, kwOnlyArgCount,
                flags, r.code(), consts.toArray(), names.keySet().toArray(new String[0]), plusNames, plusKinds,
                r.stackSize(), r.exceptionTable(), r.positions(), docstring);
    }
}

package dev.taipan.code;

import java.util.List;

/**
 * A compiled unit of Python: a module body, a function, a class body, a lambda or a
 * comprehension. It is immutable once built and shared freely between threads and engines
 * (the arrays belong to it and are never written after construction); the state an engine adds
 * while running it (specialized copies, inline caches) lives with that engine.
 *
 * <p>Variables live in one array of slots, "locals plus": plain locals first (parameters first, in
 * order), then cell variables that are not parameters, then free variables. {@code LOAD_FAST},
 * {@code LOAD_DEREF} and their kin take a slot index; {@link #localsPlusKinds()} says what each
 * slot holds. A parameter that is also a cell keeps its parameter slot, marked with both kinds,
 * and {@code MAKE_CELL} wraps it on entry.
 *
 * <p>Constants are front-end values: {@code Long}, {@code BigInteger}, {@code Double},
 * {@code String}, {@code Boolean}, {@link dev.taipan.ast.Bytes}, {@link dev.taipan.ast.Imaginary},
 * {@link dev.taipan.ast.Singleton}, nested {@code CodeObject}s, {@code List<Object>} for a
 * tuple of constants and {@link FrozenSetConstant} for a frozenset of them. The runtime turns
 * them into objects.
 *
 * @param name             the function or class name, or {@code <module>}, {@code <lambda>}...
 * @param qualname         the qualified name ({@code C.f.<locals>.g})
 * @param filename         the source file name
 * @param firstLineno      the first line (of the first decorator for decorated definitions)
 * @param argCount         number of positional parameters, positional-only ones included
 * @param posOnlyArgCount  number of positional-only parameters
 * @param kwOnlyArgCount   number of keyword-only parameters
 * @param flags            {@code CO_*} flags
 * @param code             instruction words (see {@link Opcode#word})
 * @param consts           constants
 * @param names            names used by global, attribute and import instructions
 * @param localsPlusNames  names of the variable slots
 * @param localsPlusKinds  {@code KIND_*} bits of each slot
 * @param stackSize        the largest operand-stack depth
 * @param exceptionTable   flattened handler ranges: start, end (exclusive), target, depth, lasti (0/1), sorted and disjoint
 * @param positions        per instruction: line, end line, column, end column (UTF-8 byte columns); -1 when unknown
 * @param docstring        the docstring of a function, class or module body, or null
 */
public record CodeObject(
        String name,
        String qualname,
        String filename,
        int firstLineno,
        int argCount,
        int posOnlyArgCount,
        int kwOnlyArgCount,
        int flags,
        int[] code,
        Object[] consts,
        String[] names,
        String[] localsPlusNames,
        byte[] localsPlusKinds,
        int stackSize,
        int[] exceptionTable,
        int[] positions,
        String docstring) {

    /** Local slots use a fast-locals array. */
    public static final int CO_OPTIMIZED = 0x1;
    /** A new locals dict is made for each run (function bodies). */
    public static final int CO_NEWLOCALS = 0x2;
    /** Has a {@code *args} parameter. */
    public static final int CO_VARARGS = 0x4;
    /** Has a {@code **kwargs} parameter. */
    public static final int CO_VARKEYWORDS = 0x8;
    /** Is nested in another function. */
    public static final int CO_NESTED = 0x10;
    /** Is a generator function. */
    public static final int CO_GENERATOR = 0x20;
    /** Is a coroutine function ({@code async def}). */
    public static final int CO_COROUTINE = 0x80;
    /** Is a generator-based coroutine. */
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    /** Is an async generator function. */
    public static final int CO_ASYNC_GENERATOR = 0x200;

    /** Slot kind: a plain local (parameters included). */
    public static final byte KIND_LOCAL = 0x20;
    /** Slot kind: a cell variable (may be combined with {@link #KIND_LOCAL} for a parameter). */
    public static final byte KIND_CELL = 0x40;
    /** Slot kind: a free variable, copied from the function's closure. */
    public static final byte KIND_FREE = (byte) 0x80;

    /** Number of variable slots. */
    public int slotCount() {
        return localsPlusNames.length;
    }

    /** The source line of instruction {@code index}, or -1. */
    public int lineOf(int index) {
        return index >= 0 && index * 4 < positions.length ? positions[index * 4] : -1;
    }

    /**
     * Finds the handler for an exception raised at instruction {@code index}.
     *
     * @return the position of the handler's entry in {@link #exceptionTable()} (a multiple of 5), or -1
     */
    public int handlerFor(int index) {
        int lo = 0;
        int hi = exceptionTable.length / 5 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = exceptionTable[mid * 5];
            int end = exceptionTable[mid * 5 + 1];
            if (index < start) {
                hi = mid - 1;
            } else if (index >= end) {
                lo = mid + 1;
            } else {
                return mid * 5;
            }
        }
        return -1;
    }

    /** Whether this code's frames become generators, coroutines or async generators. */
    public boolean isGeneratorLike() {
        return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    }

    /** Returns the constants that are code objects, in order (for walking nested code). */
    public List<CodeObject> nestedCode() {
        return java.util.Arrays.stream(consts).filter(c -> c instanceof CodeObject).map(c -> (CodeObject) c).toList();
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLineno + ">";
    }

    /**
     * A rough size of this code in memory, in bytes, counting the code objects and strings among
     * its constants: what a code cache weighs entries by.
     *
     * @return a non-negative estimate
     */
    public long estimatedSize() {
        long w = 128 + 4L * (code.length + positions.length + exceptionTable.length)
                + 16L * (consts.length + names.length + localsPlusNames.length);
        for (Object c : consts) {
            if (c instanceof CodeObject inner) {
                w += inner.estimatedSize();
            } else if (c instanceof String s) {
                w += 2L * s.length();
            }
        }
        return w;
    }
}

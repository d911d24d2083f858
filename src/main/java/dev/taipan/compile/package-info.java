/**
 * The middle of the pipeline, from syntax tree to code: today the symbol table, later the
 * compiler and assembler.
 *
 * <p>{@link dev.taipan.compile.Symtable} builds, for a parsed module, the tree of
 * {@link dev.taipan.compile.Scope}s that CPython 3.13's {@code Python/symtable.c} builds: module,
 * function, lambda, class, comprehension, and the PEP 695 annotation scopes (type parameters,
 * type aliases, TypeVar bounds and defaults). Every name in a scope carries CPython's flag bits
 * ({@link dev.taipan.compile.SymbolFlags}) and its resolution
 * ({@link dev.taipan.compile.Resolution}: local, global explicit or implicit, free, cell). The
 * build has two passes, as in CPython: {@code SymtableBuilder} walks the tree and records what
 * each block defines and uses, then {@code SymtableAnalyzer} resolves names block by block,
 * inlines list/set/dict comprehensions into their parent (PEP 709) and decides cells and free
 * variables. {@link dev.taipan.compile.SymtableDump} prints the result in a form that can be
 * compared with CPython's {@code _symtable} module.
 *
 * <p>Compile-time errors are {@link dev.taipan.parse.SyntaxErrorException}s whose texts live in
 * {@link dev.taipan.compile.CompileErrors}; that class also says which errors CPython raises from
 * the symbol table (raised here) and which from the compiler (to be raised by the compiler).
 *
 * <p>To follow a change in CPython's symbol table: change the visit in {@code SymtableBuilder} or
 * the rule in {@code SymtableAnalyzer}, add a case to {@code SymtableTest} checked against
 * python3.13, and run {@code SymtableDifferentialTest} with {@code -Dtaipan.corpus=all}.
 *
 * <p>This package depends on {@code dev.taipan.ast} and {@code dev.taipan.parse} only; it never
 * imports the runtime.
 */
package dev.taipan.compile;

/**
 * The regular-expression engine behind the {@code re} module: a parser for CPython 3.13's
 * pattern syntax ({@link dev.taipan.modules.regex.RegexParser}) producing a tree of
 * {@link dev.taipan.modules.regex.Node}s, a compiler from that tree to a compact instruction
 * program ({@link dev.taipan.modules.regex.ProgramCompiler}), and a backtracking matcher
 * ({@link dev.taipan.modules.regex.RegexMatcher}) whose choice points and undo trail live in
 * growable int arrays, so long inputs never deepen the Java stack.
 *
 * <p>{@link dev.taipan.modules.regex.Regex} is the compiled, immutable, thread-safe pattern; a
 * matcher is made per search and is not shared. Matching calls a
 * {@link dev.taipan.modules.regex.MatchBudget} every few thousand steps, which is where
 * cancellation (thread interrupts) and, later, sandbox step budgets are enforced.
 *
 * <p>Adding a construct: give it a {@code Node} record, parse it in {@code RegexParser}, give
 * its width in {@code Node#width}, emit instructions in {@code ProgramCompiler} (new opcodes go in
 * {@link dev.taipan.modules.regex.Program}) and interpret them in {@code RegexMatcher}.
 */
package dev.taipan.modules.regex;

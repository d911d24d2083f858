/**
 * The specializing adaptive interpreter (PEP 659): per-engine adaptive copies of a code object's
 * instructions ({@link dev.taipan.interp.specialize.Adaptive}) and, one class per instruction
 * family, the rules that rewrite a warm generic instruction into a specialized form, the guarded
 * fast paths of those forms, and the miss handling that goes back to the generic form with
 * exponential back-off.
 *
 * <p>Thread safety comes from the layout, not from locks: a rewrite is one {@code int} store
 * into the adaptive instruction array, written after the instruction's cache slot; a cache entry
 * is an immutable record; and every fast path checks that the entry it reads is of the class it
 * expects and that its guards (exact Java class, type version tag, dict keys version) hold.
 * A racing thread therefore runs either the old or the new form, both correct, and specialization
 * stays on in free-threaded engines. Counters are plain ints: a lost update only shifts when an
 * instruction specializes.
 */
package dev.taipan.interp.specialize;

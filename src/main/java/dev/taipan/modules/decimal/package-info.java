/**
 * The native {@code _decimal} module behind {@code decimal}: decimal floating point with the
 * semantics of the General Decimal Arithmetic specification, as CPython 3.13 provides it.
 *
 * <p>{@link dev.taipan.modules.decimal.DecimalModule} is the module; one is made per interpreter
 * and owns that interpreter's {@code Decimal} and {@code Context} types and its per-thread current
 * context. {@link dev.taipan.modules.decimal.PyDecimal} is the immutable number,
 * {@link dev.taipan.modules.decimal.PyContext} the context (precision, rounding, exponent limits,
 * flags and traps). The arithmetic is in {@link dev.taipan.modules.decimal.DecimalArith} and
 * {@link dev.taipan.modules.decimal.DecimalFunctions}, text conversion in
 * {@link dev.taipan.modules.decimal.DecimalText} and {@link dev.taipan.modules.decimal.DecimalFormat},
 * the exception classes and condition bits in {@link dev.taipan.modules.decimal.Signals}.
 *
 * <p>To add an operation: write it in the arithmetic class on {@code PyDecimal} values and a
 * {@link dev.taipan.modules.decimal.Status}, then expose it on the number (and the context, if
 * CPython has it there too).
 */
package dev.taipan.modules.decimal;

/**
 * The {@code builtins} module: {@link dev.taipan.builtins.Builtins} registers it with an
 * interpreter, {@link dev.taipan.builtins.BuiltinsModule} is one interpreter's instance, and the
 * builtin types the object model does not define ({@code enumerate}, {@code zip}, {@code map},
 * {@code filter}, {@code reversed}, {@code memoryview}, the file objects of {@code open()}) live
 * here as {@code @PyClass} classes.
 *
 * <p>To add a builtin function: a {@code @PyFunction} method with CPython's signature, static in
 * {@code ObjectFunctions}, {@code NumericFunctions} or {@code ReductionFunctions} when it needs
 * nothing of the interpreter, else an instance method of {@code BuiltinsModule} (whose receiver
 * is the module, and so the interpreter). To add a builtin type: its {@code @PyClass} class, one
 * entry in the type list of {@code BuiltinsModule}'s constructor, and a script test.
 */
package dev.taipan.builtins;

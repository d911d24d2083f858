/**
 * The interpreter: {@link dev.taipan.interp.Interpreter} (one per engine, holding everything
 * mutable Python can reach), {@link dev.taipan.interp.ThreadState}, frames, the eval loop
 * ({@code Eval}, with its out-of-line helpers {@code EvalOps}, {@code Calls}, {@code Unwind},
 * {@code Coroutines}, {@code Imports}, {@code Intrinsic}, {@code Matching}), functions, cells,
 * generators and coroutines, modules and the import system, {@code sys}, {@code super} and
 * {@code __build_class__}, and traceback printing.
 *
 * <p>A new opcode: its semantics are the {@link dev.taipan.code.Opcode} table's; add a case of a
 * line or two to {@code Eval.run} and put anything longer in a helper here, keeping the loop
 * method under HotSpot's compile limit ({@code EvalLoopSizeTest}). Native modules come from the
 * layers above through {@link dev.taipan.interp.NativeModule}; this package never imports them.
 */
package dev.taipan.interp;

/**
 * The interpreter: {@link dev.taipan.interp.Interpreter} (one per engine, holding everything
 * mutable Python can reach), {@link dev.taipan.interp.ThreadState}, frames, the eval loop
 * ({@code Eval}, with its out-of-line helpers {@code EvalOps}, {@code Calls}, {@code Unwind},
 * {@code Coroutines}, {@code Imports}, {@code Intrinsic}, {@code Matching}), functions, cells,
 * generators and coroutines, modules and the import system, {@code sys}, {@code super} and
 * {@code __build_class__}, and traceback printing.
 *
 * <p>Threads: an interpreter runs with a GIL ({@code Gil}, handed over first come, first served at
 * the eval loop's safe points once the switch interval has passed) or free-threaded, fixed at
 * construction. A Java thread enters with {@link dev.taipan.interp.Interpreter#enterThread()}
 * (a {@link dev.taipan.interp.ThreadEntry} to close; {@code exec} enters by itself), and code that
 * may block wraps the wait in {@link dev.taipan.interp.Blocking} so the GIL is free meanwhile.
 * Never hold a Java lock ({@code synchronized} included) while calling Python code: a thread
 * switch inside would leave the other thread waiting for that lock while it holds the GIL.
 * {@link dev.taipan.interp.PythonThreads} starts the threads Python code asks for.
 *
 * <p>A new opcode: its semantics are the {@link dev.taipan.code.Opcode} table's; add a case of a
 * line or two to {@code Eval.run} and put anything longer in a helper here, keeping the loop
 * method under HotSpot's compile limit ({@code EvalLoopSizeTest}). Native modules come from the
 * layers above through {@link dev.taipan.interp.NativeModule}; this package never imports them.
 */
package dev.taipan.interp;

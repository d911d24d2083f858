import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/**
 * The embedding costs, all in one run: eval of a cached one-line script, CompiledScript.eval,
 * invokeFunction of a trivial function, a new engine evaluating 1 + 1, and the heap an idle
 * engine retains. Each timing is the median of several batches after warm-up.
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -cp target/taipan.jar bench/embed/EmbedBenchmark.java [batches]
 * </pre>
 */
public class EmbedBenchmark {
    private static volatile Object sink;

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        ScriptEngineManager manager = new ScriptEngineManager();
        ScriptEngine engine = manager.getEngineByName("python");
        engine.put("x", 41);
        engine.eval("def identity(v):\n    return v\n");
        CompiledScript compiled = ((Compilable) engine).compile("x + 1");
        Invocable invocable = (Invocable) engine;

        System.out.println("Taipan embedding benchmark (" + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " cpus); medians of " + batches + " batches");
        report("eval(\"x + 1\"), cached", 20_000, batches, () -> sink = engine.eval("x + 1"), 10);
        report("CompiledScript.eval", 20_000, batches, () -> sink = compiled.eval(), -1);
        report("invokeFunction(identity, 7)", 50_000, batches, () -> sink = invocable.invokeFunction("identity", 7), 2);
        report("new engine + eval(\"1 + 1\")", 200, batches, () -> {
            ScriptEngine fresh = manager.getEngineByName("python");
            sink = fresh.eval("1 + 1");
        }, 1000);
        Bindings shared = engine.createBindings();
        report("eval with createBindings()", 20_000, batches, () -> {
            Bindings b = engine.createBindings();
            b.put("x", 1);
            sink = engine.eval("x + 1", b);
        }, -1);
        sink = shared;
        retainedPerEngine(manager);
    }

    private interface Op {
        void run() throws Exception;
    }

    private static void report(String name, int perBatch, int batches, Op op, double targetMicros) throws Exception {
        for (int i = 0; i < Math.max(3, batches / 3); i++) {
            time(perBatch, op);
        }
        double[] micros = new double[batches];
        for (int b = 0; b < batches; b++) {
            micros[b] = time(perBatch, op) / 1000.0 / perBatch;
        }
        Arrays.sort(micros);
        double median = micros[batches / 2];
        String target = targetMicros < 0 ? "" : String.format("   (target <= %s us: %s)",
                targetMicros >= 1000 ? (long) targetMicros : targetMicros, median <= targetMicros ? "met" : "MISSED");
        System.out.printf("%-32s %10.2f us/op  [min %.2f, max %.2f]%s%n", name, median, micros[0],
                micros[batches - 1], target);
    }

    private static long time(int n, Op op) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            op.run();
        }
        return System.nanoTime() - start;
    }

    private static void retainedPerEngine(ScriptEngineManager manager) throws Exception {
        int count = 200;
        long before = usedAfterGc();
        List<ScriptEngine> engines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ScriptEngine e = manager.getEngineByName("python");
            e.eval("1 + 1");
            engines.add(e);
        }
        long after = usedAfterGc();
        double perEngineKiB = (after - before) / 1024.0 / count;
        System.out.printf("%-32s %10.1f KiB     (target <= 2048 KiB: %s)%n", "heap retained per idle engine",
                perEngineKiB, perEngineKiB <= 2048 ? "met" : "MISSED");
        sink = engines;
    }

    private static long usedAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}

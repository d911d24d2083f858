import dev.taipan.api.Taipan;
import dev.taipan.api.ThreadingMode;
import dev.taipan.jsr223.TaipanScriptEngine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Thread scaling and the single-thread cost of free-threaded mode, in one run: the same CPU-bound
 * pure-Python function run on 1, 2 and 4 Python threads, in a GIL engine and in a free-threaded
 * engine, each thread doing the same amount of work. Reports the median wall time of several
 * rounds and the speedup (work done per second against one thread of the same engine), then the
 * paired single-thread ratio FREE/GIL over alternating rounds.
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -Xss1g -cp target/taipan.jar bench/threads/ThreadScaling.java [ROUNDS] [WORK]
 * </pre>
 */
public class ThreadScaling {
    private static final String PROGRAM = """
            import threading, time

            def work(n):
                # integer arithmetic, a dict and a list per thread: no shared state
                total = 0
                seen = {}
                items = []
                for i in range(n):
                    total += (i * i) % 7
                    if i % 64 == 0:
                        seen[i & 1023] = total
                        items.append(total)
                        if len(items) > 256:
                            items.clear()
                return total + len(seen)

            def run(threads, n):
                results = [None] * threads
                def body(k):
                    results[k] = work(n)
                ts = [threading.Thread(target=body, args=(k,)) for k in range(threads)]
                start = time.perf_counter()
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                elapsed = time.perf_counter() - start
                assert len(set(results)) == 1, results
                return elapsed
            """;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int work = args.length > 1 ? Integer.parseInt(args[1]) : 400_000;
        int[] threadCounts = {1, 2, 4};
        System.out.printf(Locale.ROOT, "thread scaling: %d cpus, %d iterations per thread, median of %d rounds%n",
                Runtime.getRuntime().availableProcessors(), work, rounds);
        try (TaipanScriptEngine gil = engine(ThreadingMode.GIL); TaipanScriptEngine free = engine(ThreadingMode.FREE)) {
            for (TaipanScriptEngine e : List.of(gil, free)) {
                for (int w = 0; w < 3; w++) {
                    e.invokeFunction("run", 1, work / 2);
                    e.invokeFunction("run", 2, work / 2);
                }
            }
            System.out.printf(Locale.ROOT, "%-6s %8s %12s %10s%n", "mode", "threads", "wall (s)", "speedup");
            for (TaipanScriptEngine e : List.of(gil, free)) {
                String mode = e.options().threading().name();
                double base = 0;
                for (int threads : threadCounts) {
                    double median = median(e, threads, work, rounds);
                    if (threads == 1) {
                        base = median;
                    }
                    double speedup = base * threads / median;
                    System.out.printf(Locale.ROOT, "%-6s %8d %12.3f %9.2fx%n", mode, threads, median, speedup);
                }
            }
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                double g = seconds(gil.invokeFunction("run", 1, work));
                double f = seconds(free.invokeFunction("run", 1, work));
                ratios.add(f / g);
            }
            ratios.sort(null);
            System.out.printf(Locale.ROOT, "single thread, FREE / GIL (median of %d paired rounds): %.3f%n", rounds,
                    ratios.get(ratios.size() / 2));
        }
    }

    private static TaipanScriptEngine engine(ThreadingMode mode) throws Exception {
        TaipanScriptEngine engine = Taipan.newEngine().threading(mode).build();
        engine.eval(PROGRAM);
        return engine;
    }

    private static double median(TaipanScriptEngine e, int threads, int work, int rounds) throws Exception {
        double[] times = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            times[r] = seconds(e.invokeFunction("run", threads, work));
        }
        Arrays.sort(times);
        return times[rounds / 2];
    }

    private static double seconds(Object value) {
        return ((Number) value).doubleValue();
    }
}

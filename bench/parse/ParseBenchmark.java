import dev.taipan.parse.Parser;
import dev.taipan.parse.SyntaxErrorException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parse throughput of Taipan over a list of Python files, in one warmed-up JVM.
 *
 * <p>Usage: {@code java -cp target/taipan.jar bench/parse/ParseBenchmark.java LIST [WARMUP] [RUNS]}
 * where LIST holds one path a line. Every file is read into memory first; each run parses all
 * of them; the report gives the first (cold) run and the median of the measured runs in MB/s.
 */
public final class ParseBenchmark {
    public static void main(String[] args) throws Exception {
        List<String> paths = Files.readAllLines(Path.of(args[0]));
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<byte[]> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String p : paths) {
            sources.add(Files.readAllBytes(Path.of(p)));
            names.add(p);
        }
        long bytes = sources.stream().mapToLong(b -> b.length).sum();
        int[] rejected = new int[1];
        double cold = parseAll(sources, names, rejected);
        for (int i = 0; i < warmup; i++) {
            parseAll(sources, names, rejected);
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            seconds[i] = parseAll(sources, names, rejected);
        }
        Arrays.sort(seconds);
        double median = seconds[runs / 2];
        double mb = bytes / 1e6;
        System.out.printf("taipan  files=%d  MB=%.2f  rejected=%d  cold=%.3fs (%.1f MB/s)  median=%.3fs (%.1f MB/s)%n",
                sources.size(), mb, rejected[0] / (runs + warmup + 1), cold, mb / cold, median, mb / median);
    }

    private static double parseAll(List<byte[]> sources, List<String> names, int[] rejected) {
        long start = System.nanoTime();
        for (int i = 0; i < sources.size(); i++) {
            try {
                Parser.parseFile(sources.get(i), names.get(i));
            } catch (SyntaxErrorException e) {
                rejected[0]++;
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}

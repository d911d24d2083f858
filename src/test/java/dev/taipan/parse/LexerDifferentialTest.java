package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compares Taipan's tokens with CPython 3.13's on the standard library: kinds, positions (byte
 * columns) and literal values. A sample of about 150 files by default; every file with
 * {@code -Dtaipan.corpus=all}. Files CPython's own tokenizer rejects are counted, not compared.
 */
class LexerDifferentialTest {
    private static final int SAMPLE = 150;

    @Test
    void stdlibTokensMatchCPython() throws Exception {
        Path python = CPython.executable();
        assumeTrue(python != null, CPython.MISSING);
        List<Path> files = corpus(python);
        Path script = Files.createTempFile("tokenize_dump", ".py");
        try (InputStream in = LexerDifferentialTest.class.getResourceAsStream("tokenize_dump.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Process process = new ProcessBuilder(python.toString(), script.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread feeder = new Thread(() -> {
            try (Writer w = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                for (Path f : files) {
                    w.write(f.toString());
                    w.write('\n');
                }
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        feeder.start();
        Summary summary = new Summary();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            String file = null;
            List<String> expected = new ArrayList<>();
            String reject = null;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("FILE ")) {
                    file = line.substring(5);
                    expected.clear();
                    reject = null;
                } else if (line.startsWith("REJECT ")) {
                    reject = line.substring(7);
                } else if (line.equals("END")) {
                    summary.check(Path.of(file), expected, reject);
                } else {
                    expected.add(line);
                }
            }
        }
        feeder.join();
        process.waitFor();
        Files.deleteIfExists(script);
        String report = summary.report();
        System.out.println(report);
        assertTrue(summary.failures.isEmpty(), report);
        assertTrue(summary.compared > 0, "no file was compared");
    }

    private static List<Path> corpus(Path python) throws Exception {
        String dir = System.getProperty("taipan.corpusDir");
        if (dir == null) {
            Process p = new ProcessBuilder(python.toString(), "-c",
                    "import sysconfig; print(sysconfig.get_paths()['stdlib'])").start();
            dir = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(Path.of(dir))) {
            all = walk.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f)).sorted().toList();
        }
        if ("all".equals(System.getProperty("taipan.corpus")) || all.size() <= SAMPLE) {
            return all;
        }
        List<Path> sample = new ArrayList<>();
        double step = (double) all.size() / SAMPLE;
        for (int i = 0; i < SAMPLE; i++) {
            sample.add(all.get((int) (i * step)));
        }
        return sample;
    }

    /** Counts and mismatches over the corpus. */
    private static final class Summary {
        int compared;
        long tokens;
        final List<String> rejectedByBoth = new ArrayList<>();
        final List<String> rejectedOnlyByCPython = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        void check(Path file, List<String> expected, String reject) {
            List<String> actual;
            String error = null;
            try {
                String source = SourceDecoder.decode(Files.readAllBytes(file), file.toString());
                actual = TokenDump.dump(source, file.toString());
            } catch (SyntaxErrorException e) {
                actual = List.of();
                error = e.kind().pythonName() + ": " + e.getMessage();
            } catch (IOException | RuntimeException e) {
                actual = List.of();
                error = e.toString();
            }
            if (reject != null) {
                if (error != null) {
                    rejectedByBoth.add(file + ": " + error);
                } else {
                    rejectedOnlyByCPython.add(file + ": " + reject);
                }
                return;
            }
            compared++;
            if (error != null) {
                failures.add(file + ": Taipan rejects: " + error);
                return;
            }
            tokens += expected.size();
            int n = Math.min(expected.size(), actual.size());
            for (int i = 0; i < n; i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    failures.add(file + ": token " + i + "\n   context  " + (i > 0 ? expected.get(i - 1) : "")
                            + "\n   CPython  " + expected.get(i) + "\n   Taipan   " + actual.get(i));
                    return;
                }
            }
            if (expected.size() != actual.size()) {
                failures.add(file + ": CPython has " + expected.size() + " tokens, Taipan " + actual.size());
            }
        }

        String report() {
            StringBuilder sb = new StringBuilder();
            sb.append("lexer differential: ").append(compared).append(" files compared, ").append(tokens)
                    .append(" tokens, ").append(failures.size()).append(" files differ; ")
                    .append(rejectedByBoth.size()).append(" rejected by both, ").append(rejectedOnlyByCPython.size())
                    .append(" rejected only by CPython\n");
            failures.stream().limit(40).forEach(f -> sb.append("  ").append(f).append('\n'));
            rejectedByBoth.forEach(f -> sb.append("  rejected by both: ").append(f).append('\n'));
            rejectedOnlyByCPython.forEach(f -> sb.append("  CPython-only reject: ").append(f).append('\n'));
            return sb.toString();
        }
    }
}

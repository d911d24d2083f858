package dev.taipan.compile;

import dev.taipan.ast.Mod;
import dev.taipan.parse.SyntaxErrorException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Compares Taipan's symbol tables with CPython 3.13's over the standard library: for each file,
 * every scope (kind, name, line, nesting, parameters) and every name's flag bits and resolution,
 * or the error message and position when CPython refuses the file.
 *
 * <p>Runs when python3.13 is configured ({@code taipan.python313} / {@code TAIPAN_PYTHON313});
 * about 100 files by default, all of them with {@code -Dtaipan.corpus=all}. Differences are
 * written to {@code symtable-differences.txt} in the working directory's {@code target} folder.
 */
class SymtableDifferentialTest {
    private static final int SAMPLE = 100;

    @Test
    void standardLibraryMatchesCPython() throws Exception {
        Path python = CPython313.executable().orElse(null);
        assumeTrue(python != null, "python3.13 not configured");
        List<Path> files = corpus(python);
        assumeTrue(!files.isEmpty(), "no corpus");
        boolean cpythonTrees = CPython313.cpythonTrees();

        List<CPython313.Dump> dumps = new ArrayList<>();
        // Batches keep the command line short.
        for (int i = 0; i < files.size(); i += 400) {
            dumps.addAll(CPython313.dump(python, files.subList(i, Math.min(files.size(), i + 400))));
        }

        int compared = 0;
        int skipped = 0;
        int parserFailures = 0;
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            CPython313.Dump expected = dumps.get(i);
            // Files CPython's parser refuses test the parser, not the symbol table.
            if (expected.sym().startsWith("skip:") || expected.ast() == null) {
                skipped++;
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            // Only used for the line shown in errors.
            String source = new String(bytes, StandardCharsets.UTF_8);
            Mod tree;
            try {
                tree = cpythonTrees ? (Mod) CPythonAst.read(expected.ast())
                        : CPython313.parseFileWithTaipan(bytes, file.toString());
            } catch (RuntimeException e) {
                parserFailures++;
                continue;
            }
            String actual;
            try {
                actual = SymtableDump.dump(Symtable.build(tree, file.toString(), source));
            } catch (SyntaxErrorException e) {
                actual = "error: " + e.msg() + "|" + e.lineno() + "|" + e.offset() + "|" + e.endLineno() + "|"
                        + e.endOffset() + "\n";
            } catch (RuntimeException e) {
                actual = "crash: " + e + "\n";
            }
            compared++;
            if (!actual.equals(expected.sym())) {
                differences.add("=== " + file + "\n" + firstDifference(expected.sym(), actual));
            }
        }
        Path report = Path.of("target", "symtable-differences.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, String.join("\n", differences));
        System.out.printf("symtable differential: %d files, %d compared, %d equal, %d differ, %d skipped, "
                        + "%d parser failures (trees from %s)%n", files.size(), compared, compared - differences.size(),
                differences.size(), skipped, parserFailures, cpythonTrees ? "CPython" : "Taipan");
        assertEquals(List.of(), differences.stream().limit(5).toList(),
                differences.size() + " files differ; see " + report.toAbsolutePath());
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                StringBuilder out = new StringBuilder();
                for (int j = Math.max(0, i - 3); j < i; j++) {
                    out.append("  ").append(e[j]).append('\n');
                }
                return out + "- " + el + "\n+ " + al + "\n";
            }
        }
        return "(equal?)";
    }

    private static List<Path> corpus(Path python) throws IOException, InterruptedException {
        String dir = System.getProperty("taipan.corpus.dir");
        boolean stdlib = dir == null;
        if (stdlib) {
            Process p = new ProcessBuilder(python.toString(), "-c",
                    "import sysconfig; print(sysconfig.get_paths()['stdlib'])").start();
            dir = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
        }
        Path root = Path.of(dir);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f))
                    .filter(f -> !stdlib || !f.toString().contains("site-packages"))
                    .sorted().toList();
        }
        if ("all".equals(System.getProperty("taipan.corpus"))) {
            return all;
        }
        // An even spread over the sorted list, the same files every run.
        List<Path> sample = new ArrayList<>();
        double step = Math.max(1.0, all.size() / (double) SAMPLE);
        for (double i = 0; i < all.size() && sample.size() < SAMPLE; i += step) {
            sample.add(all.get((int) i));
        }
        return sample;
    }
}

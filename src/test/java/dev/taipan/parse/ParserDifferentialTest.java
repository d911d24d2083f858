package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.taipan.ast.AstDump;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses CPython's own library with Taipan and compares every tree with CPython 3.13's, as printed
 * by {@code shared/tools/astdump.py --batch}. By default a sample of about 200 files; the whole
 * library, tests included, with {@code -Dtaipan.corpus=all}. Skipped when CPython 3.13 or the dump
 * tool cannot be found.
 */
class ParserDifferentialTest {
    private static final int SAMPLE = 200;

    @Test
    void matchesCPythonOnTheStandardLibrary() throws Exception {
        Path python = CPython.executable();
        assumeTrue(python != null, CPython.MISSING);
        Path astdump = findAstdump();
        assumeTrue(astdump != null, "shared/tools/astdump.py not found (set -Dtaipan.astdump=...)");
        Path stdlib = Path.of(run(python.toString(), "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").strip());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(stdlib)) {
            files = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)
                    && !p.toString().contains("site-packages")).sorted().toList();
        }
        if (!"all".equals(System.getProperty("taipan.corpus"))) {
            int step = Math.max(1, files.size() / SAMPLE);
            List<Path> sample = new ArrayList<>();
            for (int i = 0; i < files.size(); i += step) {
                sample.add(files.get(i));
            }
            files = sample;
        }
        Path list = Files.createTempFile("taipan-corpus", ".txt");
        Map<String, String> expected = new HashMap<>();
        try {
            Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            for (String line : run(python.toString(), astdump.toString(), "--batch", list.toString()).split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    expected.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } finally {
            Files.deleteIfExists(list);
        }

        int same = 0;
        int different = 0;
        int bothReject = 0;
        int wronglyAccepted = 0;
        int wronglyRejected = 0;
        List<String> report = new ArrayList<>();
        for (Path file : files) {
            String want = expected.get(file.toString());
            if (want == null) {
                continue;
            }
            String got;
            try {
                got = AstDump.dump(Parser.parseFile(Files.readAllBytes(file), file.toString()));
            } catch (SyntaxErrorException e) {
                got = null;
                if (!want.startsWith("ERROR")) {
                    report.add("wrongly rejected: " + file + ": " + e.msg() + " (line " + e.lineno() + ")");
                }
            }
            boolean cpythonRejects = want.startsWith("ERROR");
            if (cpythonRejects && got == null) {
                bothReject++;
            } else if (cpythonRejects) {
                wronglyAccepted++;
                report.add("wrongly accepted: " + file);
            } else if (got == null) {
                wronglyRejected++;
            } else if (got.equals(want)) {
                same++;
            } else {
                different++;
                report.add("different: " + file);
            }
        }
        int total = same + different + bothReject + wronglyAccepted + wronglyRejected;
        report.forEach(System.out::println);
        System.out.printf("parser differential: %d files: same %d, different %d, both reject %d, "
                + "wrongly accepted %d, wrongly rejected %d%n", total, same, different, bothReject,
                wronglyAccepted, wronglyRejected);
        assertTrue(total > 0, "no files compared");
        assertEquals(0, wronglyAccepted, "files CPython rejects were accepted");
        double rate = (same + bothReject) / (double) total;
        assertTrue(rate >= 0.995, String.format("match rate %.2f%% is under 99.5%%", rate * 100));
    }

    /** {@code -Dtaipan.astdump}, or {@code shared/tools/astdump.py} in the project's folder or above it. */
    private static Path findAstdump() {
        String prop = System.getProperty("taipan.astdump");
        if (prop != null && !prop.isBlank()) {
            return Files.isRegularFile(Path.of(prop)) ? Path.of(prop) : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/tools/astdump.py");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + rc);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}

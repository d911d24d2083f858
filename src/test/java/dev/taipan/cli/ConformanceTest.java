package dev.taipan.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Runs the shared conformance corpus ({@code shared/conformance}, found beside the repository)
 * as {@code shared/conformance/run} does: same stdout and exit status as CPython 3.13. Files that
 * are known not to pass yet are listed, with the reason, in
 * {@code src/test/resources/conformance-expected-failures.txt}; such a file must still fail, so
 * the list cannot go stale.
 */
class ConformanceTest {
    @TestFactory
    Stream<DynamicTest> conformanceCorpus() throws IOException {
        Path corpus = findCorpus();
        Assumptions.assumeTrue(corpus != null, "shared/conformance not found beside the repository; skipping");
        Set<String> expectedFailures = ExpectedFailures.load("/conformance-expected-failures.txt");
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(corpus)) {
            scripts = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return scripts.stream().map(script -> {
            String name = corpus.relativize(script).toString().replace('\\', '/');
            return DynamicTest.dynamicTest(name, () -> {
                ScriptRunner.Result result = ScriptRunner.runFile(script);
                String want = Files.readString(sibling(script, ".out"), StandardCharsets.UTF_8);
                Path exitFile = sibling(script, ".exit");
                int wantStatus = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).trim()) : 0;
                assertFalse(ExpectedFailures.hasJavaStackTrace(result.stderr()),
                        () -> "a Java stack trace reached stderr:\n" + result.stderr());
                boolean passed = want.equals(result.stdout()) && wantStatus == result.status();
                if (expectedFailures.contains(name)) {
                    assertFalse(passed, name + " passes now: remove it from conformance-expected-failures.txt");
                } else {
                    assertEquals(want, result.stdout(), () -> "stdout of " + name + "\nstderr:\n" + result.stderr());
                    assertEquals(wantStatus, result.status(), () -> "exit status of " + name + "\nstderr:\n" + result.stderr());
                }
            });
        });
    }

    private static Path sibling(Path script, String suffix) {
        String file = script.getFileName().toString();
        return script.resolveSibling(file.substring(0, file.length() - 3) + suffix);
    }

    /** The corpus folder: a {@code shared/conformance} beside this checkout or above it. */
    private static Path findCorpus() {
        String configured = System.getProperty("taipan.conformance");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("conformance");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}

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
        return scripts(corpus).stream().map(script -> {
            String name = corpus.relativize(script).toString().replace('\\', '/');
            return DynamicTest.dynamicTest(name, () -> check(name, script, expectedFailures.contains(name), true));
        });
    }

    /**
     * The thread scripts once more in a free-threaded interpreter ({@code -X gil=0}): the corpus's
     * {@code threads} folder and the script tests under {@code src/test/python/threads}. They are
     * named {@code free-threaded/PATH}; one listed in the expected failures is not required to
     * fail, since a lost race may pass by luck.
     */
    @TestFactory
    Stream<DynamicTest> threadScriptsFreeThreaded() throws IOException {
        Set<String> expectedFailures = ExpectedFailures.load("/conformance-expected-failures.txt");
        List<DynamicTest> tests = new java.util.ArrayList<>();
        Path corpus = findCorpus();
        if (corpus != null && Files.isDirectory(corpus.resolve("threads"))) {
            for (Path script : scripts(corpus.resolve("threads"))) {
                String name = "free-threaded/" + corpus.relativize(script).toString().replace('\\', '/');
                tests.add(DynamicTest.dynamicTest(name,
                        () -> check(name, script, expectedFailures.contains(name), false, "-X", "gil=0")));
            }
        }
        Path local = Path.of("src", "test", "python", "threads");
        if (Files.isDirectory(local)) {
            for (Path script : scripts(local)) {
                if (script.getFileName().toString().startsWith("_") || !Files.exists(sibling(script, ".out"))) {
                    continue;
                }
                String name = "free-threaded/python/threads/" + script.getFileName();
                tests.add(DynamicTest.dynamicTest(name,
                        () -> check(name, script, expectedFailures.contains(name), false, "-X", "gil=0")));
            }
        }
        return tests.stream();
    }

    private static List<Path> scripts(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    /**
     * Runs one script and compares it with its recorded output. An expected failure must still
     * fail when {@code strictList}; otherwise it is skipped.
     */
    private static void check(String name, Path script, boolean expectedFailure, boolean strictList,
            String... options) throws IOException {
        String[] args = new String[options.length + 1];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = script.toString();
        ScriptRunner.Result result = ScriptRunner.run(args);
        String want = Files.readString(sibling(script, ".out"), StandardCharsets.UTF_8);
        Path exitFile = sibling(script, ".exit");
        int wantStatus = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).trim()) : 0;
        assertFalse(ExpectedFailures.hasJavaStackTrace(result.stderr()),
                () -> "a Java stack trace reached stderr:\n" + result.stderr());
        boolean passed = want.equals(result.stdout()) && wantStatus == result.status();
        if (expectedFailure) {
            if (strictList) {
                assertFalse(passed, name + " passes now: remove it from conformance-expected-failures.txt");
            } else {
                Assumptions.assumeTrue(false, name + " is listed as an expected failure");
            }
            return;
        }
        assertEquals(want, result.stdout(), () -> "stdout of " + name + "\nstderr:\n" + result.stderr());
        assertEquals(wantStatus, result.status(), () -> "exit status of " + name + "\nstderr:\n" + result.stderr());
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

package dev.taipan.cli;

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
 * Runs every script under {@code src/test/python} (files starting with {@code _} are helper
 * modules) and compares its standard output and exit status with what CPython 3.13 printed,
 * as {@code tools/regen-expected.sh} recorded it. Scripts that do not pass yet are listed, each
 * with its reason, in {@code src/test/resources/script-expected-failures.txt}; a listed script
 * must still fail, so the list cannot go stale.
 */
class PythonScriptTest {
    private static final Path ROOT = Path.of("src", "test", "python");

    @TestFactory
    Stream<DynamicTest> scriptsPrintWhatCPythonPrints() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(ROOT)) {
            scripts = files.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .filter(p -> Files.exists(expected(p, ".out")))
                    .sorted().toList();
        }
        Set<String> expectedFailures = ExpectedFailures.load("/script-expected-failures.txt");
        return scripts.stream().map(script -> {
            String name = ROOT.relativize(script).toString().replace('\\', '/');
            return DynamicTest.dynamicTest(name, () -> {
                ScriptRunner.Result result = ScriptRunner.runFile(script);
                String want = Files.readString(expected(script, ".out"), StandardCharsets.UTF_8);
                Path exitFile = expected(script, ".exit");
                int wantStatus = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).trim()) : 0;
                assertFalse(ExpectedFailures.hasJavaStackTrace(result.stderr()),
                        () -> "a Java stack trace reached stderr:\n" + result.stderr());
                if (expectedFailures.contains(name)) {
                    assertFalse(want.equals(result.stdout()) && wantStatus == result.status(),
                            name + " passes now: remove it from script-expected-failures.txt");
                    return;
                }
                assertEquals(want, result.stdout(), () -> "stdout of " + name + "\nstderr:\n" + result.stderr());
                assertEquals(wantStatus, result.status(), () -> "exit status of " + name + "\nstderr:\n" + result.stderr());
            });
        });
    }

    private static Path expected(Path script, String suffix) {
        String name = script.getFileName().toString();
        return script.resolveSibling(name.substring(0, name.length() - 3) + suffix);
    }
}

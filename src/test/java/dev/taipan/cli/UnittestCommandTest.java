package dev.taipan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code taipan -m unittest}: the bundled package runs as a module, with CPython's report and exit codes. */
class UnittestCommandTest {
    @TempDir
    Path dir;

    private record Run(int status, String stdout, String stderr) {
    }

    private Run run(String... args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        AtomicInteger status = new AtomicInteger(-1);
        Thread t = new Thread(null, () -> status.set(new Main(new ByteArrayInputStream(new byte[0]),
                outStream, errStream).run(args)), "unittest-main", 256L * 1024 * 1024);
        t.start();
        t.join(120_000);
        return new Run(status.get(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void discoverRunsTestsAndExitsWithOneOnFailure() throws Exception {
        Files.writeString(dir.resolve("test_cmd_sample.py"), """
                import unittest
                class Sample(unittest.TestCase):
                    def test_good(self):
                        pass
                    def test_bad(self):
                        self.assertEqual(1, 2)
                """);
        String top = dir.toString();
        Run run = run("-m", "unittest", "discover", "-v", "-s", top, "-t", top);
        String report = run.stderr().replaceAll("in \\d+\\.\\d+s", "in 0.000s");
        assertEquals(1, run.status(), report);
        assertTrue(report.startsWith("""
                test_bad (test_cmd_sample.Sample.test_bad) ... FAIL
                test_good (test_cmd_sample.Sample.test_good) ... ok
                """), report);
        assertTrue(report.contains("AssertionError: 1 != 2\n"), report);
        assertTrue(report.endsWith("""
                ----------------------------------------------------------------------
                Ran 2 tests in 0.000s

                FAILED (failures=1)
                """), report);
    }

    @Test
    void noTestsExitsWithFive() throws Exception {
        String top = dir.toString();
        Run run = run("-m", "unittest", "discover", "-s", top, "-t", top);
        assertEquals(5, run.status(), run.stderr());
        assertTrue(run.stderr().contains("NO TESTS RAN"), run.stderr());
    }

    @Test
    void helpNamesTheModuleCommand() throws Exception {
        Run run = run("-m", "unittest", "-h");
        assertEquals(0, run.status(), run.stderr());
        assertTrue(run.stdout().startsWith("usage: "), run.stdout());
        assertTrue(run.stdout().contains(" -m unittest [-h] [-v] [-q]"), run.stdout());
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        Run run = run("-m", "unittest", "--bogus");
        assertEquals(2, run.status(), run.stderr());
        assertTrue(run.stderr().contains("error: unrecognized arguments: --bogus"), run.stderr());
    }
}

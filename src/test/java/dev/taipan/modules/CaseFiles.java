package dev.taipan.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.PyObject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a case file ({@code src/test/resources/dev/taipan/modules/NAME.cases}, expected values
 * written by {@code tools/module-cases.py} from CPython 3.13) against a module: one dynamic test
 * per line, named by its line number and expression.
 */
final class CaseFiles {
    /** Results of "~" cases may differ from CPython's by this many units in the last place. */
    static final long ULP_TOLERANCE = 8;

    private CaseFiles() {
    }

    static Stream<DynamicTest> run(String name, PyModule module) throws IOException {
        return run(name, n -> module.get(n));
    }

    static Stream<DynamicTest> run(String name, Function<String, PyObject> names) throws IOException {
        String text;
        try (InputStream in = CaseFiles.class.getResourceAsStream(name + ".cases")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<DynamicTest> tests = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf(" => ");
            String expr = line.substring(0, arrow);
            String expected = line.substring(arrow + 4);
            boolean approx = expr.startsWith("~");
            String code = approx ? expr.substring(1) : expr;
            tests.add(DynamicTest.dynamicTest(name + ".cases:" + (i + 1) + " " + expr, () -> {
                String actual = MiniEval.run(code, names);
                if (approx) {
                    assertClose(expected, actual, code);
                } else {
                    assertEquals(expected, actual, code);
                }
            }));
        }
        return tests.stream();
    }

    static void assertClose(String expected, String actual, String code) {
        double e = Double.parseDouble(expected);
        double a;
        try {
            a = Double.parseDouble(actual);
        } catch (NumberFormatException ex) {
            throw new AssertionError(code + ": expected about " + expected + " but got " + actual);
        }
        long distance = Math.abs(Double.doubleToLongBits(e) - Double.doubleToLongBits(a));
        assertTrue(distance <= ULP_TOLERANCE, code + ": expected about " + expected + " but got " + actual
                + " (" + distance + " ulp)");
    }
}

package dev.taipan.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code taipan -X stats}: the specializer's counts per instruction family, on stderr at exit. */
class StatsOptionTest {
    @Test
    void statsGoToStderrAfterTheProgram() {
        ScriptRunner.Result r = ScriptRunner.run("-X", "stats", "-c",
                "t = 0\nfor i in range(1000):\n    t = t + i\nprint(t)");
        assertEquals(0, r.status());
        assertEquals("499500\n", r.stdout());
        assertTrue(r.stderr().startsWith("Specialization stats:"), r.stderr());
        String binaryOp = r.stderr().lines().filter(l -> l.trim().startsWith("BINARY_OP")).findFirst().orElseThrow();
        String[] columns = binaryOp.trim().split("\\s+");
        assertTrue(Long.parseLong(columns[1]) >= 1, binaryOp);
        assertTrue(Long.parseLong(columns[3]) > 900, binaryOp);
    }

    @Test
    void noStatsUnlessAsked() {
        ScriptRunner.Result r = ScriptRunner.run("-c", "print(1)");
        assertFalse(r.stderr().contains("Specialization stats"), r.stderr());
    }
}

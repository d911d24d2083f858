package dev.taipan.interp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HotSpot never JIT-compiles a method of more than 8000 bytes of bytecode, so an eval loop that
 * grows past it runs interpreted forever. STYLE.md sets the bar at 7000 to leave room.
 */
class EvalLoopSizeTest {
    @Test
    void evalLoopStaysUnderHotSpotsCompileLimit() throws IOException {
        Map<String, Integer> lengths = ClassFileSizes.codeLengths(Eval.class);
        int run = lengths.entrySet().stream().filter(e -> e.getKey().startsWith("run("))
                .mapToInt(Map.Entry::getValue).max().orElseThrow();
        assertTrue(run < 7000, "Eval.run is " + run + " bytes of bytecode; move cases into helpers");
        assertTrue(run > 500, "Eval.run looks wrongly measured: " + run + " bytes");
    }
}

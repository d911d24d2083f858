package dev.taipan.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How the {@code taipan} command picks GIL or free-threaded: {@code -X gil}, then {@code PYTHON_GIL}. */
class ThreadingModeOptionTest {
    @Test
    void xOptionWinsOverTheEnvironment() {
        assertEquals(true, Main.freeThreaded(List.of("gil=0"), "1"));
        assertEquals(false, Main.freeThreaded(List.of("gil=1"), "0"));
        assertEquals(true, Main.freeThreaded(List.of("utf8", "gil=1", "gil=0"), null));
    }

    @Test
    void environmentThenDefault() {
        assertEquals(true, Main.freeThreaded(List.of(), "0"));
        assertEquals(false, Main.freeThreaded(List.of(), "1"));
        assertEquals(false, Main.freeThreaded(List.of(), null));
        assertEquals(false, Main.freeThreaded(List.of(), ""));
    }

    @Test
    void otherValuesAreRefused() {
        assertNull(Main.freeThreaded(List.of("gil=2"), null));
        assertNull(Main.freeThreaded(List.of(), "yes"));
    }

    @Test
    void leadingXOptionsAreTakenOff() {
        List<String> options = new ArrayList<>();
        assertArrayEquals(new String[] {"prog.py", "-X", "arg"},
                Main.takeXOptions(new String[] {"-X", "gil=0", "-Xdev", "prog.py", "-X", "arg"}, options));
        assertEquals(List.of("gil=0", "dev"), options);
        assertNull(Main.takeXOptions(new String[] {"-X"}, new ArrayList<>()));
    }

    @Test
    void commandRunsFreeThreadedWithXGil0() {
        ScriptRunner.Result free = ScriptRunner.run("-X", "gil=0", "-c", "import sys; print(sys._is_gil_enabled())");
        ScriptRunner.Result gil = ScriptRunner.run("-c", "import sys; print(sys._is_gil_enabled())");
        assertEquals("False\n", free.stdout());
        assertEquals("True\n", gil.stdout());
        ScriptRunner.Result bad = ScriptRunner.run("-X", "gil=5", "-c", "pass");
        assertEquals(1, bad.status());
    }
}

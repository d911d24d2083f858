package dev.taipan.modules;

import dev.taipan.builtins.Builtins;
import dev.taipan.compile.Compiler;
import dev.taipan.interp.Interpreter;
import dev.taipan.interp.NativeModule;
import dev.taipan.objects.PyDict;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Python's {@code logging} hands its records to the host's sink, without changing its own output. */
class Slf4jBridgeModuleTest {
    /** One forwarded record. */
    private record Entry(String logger, int level, String message) {
    }

    /** A sink that keeps what it is given, from a threshold up. */
    private static final class Recorder implements Slf4jBridgeModule.Sink {
        final List<Entry> entries = new ArrayList<>();
        final int threshold;

        Recorder(int threshold) {
            this.threshold = threshold;
        }

        @Override
        public boolean isEnabled(String logger, int level) {
            return level >= threshold;
        }

        @Override
        public synchronized void log(String logger, int level, String message) {
            entries.add(new Entry(logger, level, message));
        }
    }

    /** One interpreter with its output streams. */
    private static final class Engine {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final Interpreter interp;
        final PyDict globals;

        Engine() {
            List<NativeModule> modules = new ArrayList<>();
            modules.add(new Builtins());
            modules.addAll(StandardModules.all());
            interp = new Interpreter(modules, new ByteArrayInputStream(new byte[0]), out, err);
            globals = interp.newGlobals("__main__");
        }

        void run(String source) {
            interp.exec(interp.compile(source, "<test>", Compiler.Mode.EXEC), globals, globals);
            interp.streams().flush();
        }

        String stdout() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String stderr() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void recordsArriveWithNameLevelAndMessage() {
        Engine e = new Engine();
        Recorder sink = new Recorder(0);
        Slf4jBridgeModule.setSink(e.interp, sink);
        e.run("""
                import logging
                log = logging.getLogger("app.db")
                log.setLevel(logging.DEBUG)
                log.debug("d %d", 1)
                log.info("i %s", "x")
                log.warning("w")
                log.error("e")
                log.critical("c")
                logging.getLogger().warning("from root")
                """);
        assertEquals(List.of(
                new Entry("app.db", 10, "d 1"),
                new Entry("app.db", 20, "i x"),
                new Entry("app.db", 30, "w"),
                new Entry("app.db", 40, "e"),
                new Entry("app.db", 50, "c"),
                new Entry("root", 30, "from root")), sink.entries);
        // Python's own output is CPython's: the handler of last resort prints warnings and up.
        assertEquals("w\ne\nc\nfrom root\n", e.stderr());
    }

    @Test
    void pythonLevelsAndFiltersStillDecide() {
        Engine e = new Engine();
        Recorder sink = new Recorder(0);
        Slf4jBridgeModule.setSink(e.interp, sink);
        e.run("""
                import logging
                log = logging.getLogger("quiet")
                log.info("below the default WARNING level")
                log.addFilter(lambda r: "drop" not in r.msg)
                log.warning("drop me")
                log.warning("keep me")
                logging.disable(logging.ERROR)
                log.error("disabled")
                """);
        assertEquals(List.of(new Entry("quiet", 30, "keep me")), sink.entries);
        assertEquals("keep me\n", e.stderr());
    }

    @Test
    void sinkThresholdSkipsFormatting() {
        Engine e = new Engine();
        Recorder sink = new Recorder(40);
        Slf4jBridgeModule.setSink(e.interp, sink);
        e.run("""
                import logging, sys
                logging.basicConfig(stream=sys.stdout, level=logging.INFO)
                logging.info("info %s", "only Python")
                logging.error("error %s", "both")
                """);
        assertEquals(List.of(new Entry("root", 40, "error both")), sink.entries);
        assertEquals("INFO:root:info only Python\nERROR:root:error both\n", e.stdout());
    }

    @Test
    void exceptionsTravelWithTheirTraceback() {
        Engine e = new Engine();
        Recorder sink = new Recorder(0);
        Slf4jBridgeModule.setSink(e.interp, sink);
        e.run("""
                import logging
                try:
                    1 / 0
                except ZeroDivisionError:
                    logging.getLogger("calc").exception("failed")
                """);
        assertEquals(1, sink.entries.size());
        String message = sink.entries.get(0).message();
        assertTrue(message.startsWith("failed\nTraceback (most recent call last):\n"), message);
        assertTrue(message.endsWith("ZeroDivisionError: division by zero"), message);
    }

    @Test
    void failingSinkChangesNothing() {
        Engine e = new Engine();
        Slf4jBridgeModule.setSink(e.interp, new Slf4jBridgeModule.Sink() {
            @Override
            public boolean isEnabled(String logger, int level) {
                return true;
            }

            @Override
            public void log(String logger, int level, String message) {
                throw new IllegalStateException("host logging is broken");
            }
        });
        e.run("""
                import logging
                logging.getLogger("x").warning("still printed")
                print("done")
                """);
        assertEquals("still printed\n", e.stderr());
        assertEquals("done\n", e.stdout());
    }

    @Test
    void sinksArePerInterpreter() {
        Engine a = new Engine();
        Engine b = new Engine();
        Recorder sinkA = new Recorder(0);
        Recorder sinkB = new Recorder(0);
        Slf4jBridgeModule.setSink(a.interp, sinkA);
        Slf4jBridgeModule.setSink(b.interp, sinkB);
        a.run("import logging\nlogging.getLogger('a').warning('to a')\n");
        b.run("import logging\nlogging.getLogger('b').warning('to b')\n");
        assertEquals(List.of(new Entry("a", 30, "to a")), sinkA.entries);
        assertEquals(List.of(new Entry("b", 30, "to b")), sinkB.entries);
    }

    @Test
    void defaultSinkIsSlf4jAndSilentWithoutProvider() {
        Engine e = new Engine();
        e.run("""
                import logging
                logging.getLogger("plain").error("only the last resort prints this")
                """);
        assertEquals("only the last resort prints this\n", e.stderr());
        assertEquals(Slf4jBridgeModule.slf4jSink(),
                ((Slf4jBridgeModule) e.interp.importModule(Slf4jBridgeModule.NAME)).sink());
    }
}

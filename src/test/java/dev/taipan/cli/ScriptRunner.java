package dev.taipan.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a Python program in-process through the {@code taipan} command, capturing its output. */
final class ScriptRunner {
    /** What a run printed and how it ended. */
    record Result(String stdout, String stderr, int status) {
    }

    private ScriptRunner() {
    }

    /** Runs {@code taipan ARGS} on a thread with the command's stack size, with empty standard input. */
    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger status = new AtomicInteger(-1);
        Throwable[] failure = new Throwable[1];
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Thread t = new Thread(null, () -> {
            try {
                status.set(new Main(new ByteArrayInputStream(new byte[0]), outStream, errStream).run(args));
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "script", 1024L * 1024 * 1024);
        t.start();
        try {
            t.join(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            t.interrupt();
            return new Result(out.toString(StandardCharsets.UTF_8), "timed out", -1);
        }
        if (failure[0] != null) {
            throw new AssertionError("Java exception escaped the taipan command", failure[0]);
        }
        outStream.flush();
        errStream.flush();
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status.get());
    }

    /** Runs a script file. */
    static Result runFile(Path script) {
        return run(script.toString());
    }
}

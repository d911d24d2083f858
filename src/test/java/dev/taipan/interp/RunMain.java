package dev.taipan.interp;

import dev.taipan.cli.Main;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs Python files through the {@code taipan} command in-process and captures what they print. */
final class RunMain {
    /** What a run printed. */
    record Result(String stdout, String stderr) {
    }

    private RunMain() {
    }

    /**
     * Writes {@code nameAndSource} pairs into {@code dir} and runs the first file as the main
     * program, on a thread with the stack size the launcher gives it.
     */
    static Result run(Path dir, String... nameAndSource) {
        try {
            for (int i = 0; i < nameAndSource.length; i += 2) {
                Files.writeString(dir.resolve(nameAndSource[i]), nameAndSource[i + 1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String script = dir.resolve(nameAndSource[0]).toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Thread t = new Thread(null, () -> new Main(new ByteArrayInputStream(new byte[0]), outStream, errStream)
                .run(new String[] {script}), "run-main", 1024L * 1024 * 1024);
        t.start();
        try {
            t.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        outStream.flush();
        errStream.flush();
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

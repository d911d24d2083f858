package dev.taipan.builtins;

import dev.taipan.compile.Compiler;
import dev.taipan.interp.Interpreter;
import dev.taipan.interp.TracebackPrinter;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs Python source on a fresh interpreter with the builtins module and captures its output. */
final class PyRunner {
    private PyRunner() {
    }

    /** Runs {@code source} as {@code __main__}; returns stdout, then any uncaught exception's traceback. */
    static String run(String source) {
        return run(source, "");
    }

    /** Runs {@code source} with {@code stdin} as standard input. */
    static String run(String source, String stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Interpreter interp = new Interpreter(List.of(new Builtins()),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
        String tail = "";
        try {
            PyDict globals = interp.newGlobals("__main__");
            interp.exec(interp.compile(source, "<test>", Compiler.Mode.EXEC), globals, globals);
        } catch (PyException e) {
            tail = TracebackPrinter.format(e.getValue());
        } finally {
            interp.streams().flush();
        }
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8) + tail;
    }

    /** Command-line use: runs the file named by the first argument and prints what it printed. */
    public static void main(String[] args) throws Exception {
        String src = java.nio.file.Files.readString(java.nio.file.Path.of(args[0]));
        System.out.print(run(src));
    }
}

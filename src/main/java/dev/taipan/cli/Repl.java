package dev.taipan.cli;

import dev.taipan.code.CodeObject;
import dev.taipan.compile.Compiler;
import dev.taipan.interp.Interpreter;
import dev.taipan.interp.MainRunner;
import dev.taipan.interp.PyModule;
import dev.taipan.interp.SyntaxErrors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyStr;
import dev.taipan.parse.SyntaxErrorException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The interactive loop: reads a statement (more lines while a block or bracket is open), runs it
 * in {@code __main__}, echoes expression values, prints tracebacks and goes on; ends at end of
 * input or {@code exit()}.
 */
final class Repl {
    private final Interpreter interp;
    private final BufferedReader reader;
    private final PrintStream out;
    private final MainRunner runner;

    Repl(Interpreter interp, InputStream in, PrintStream out) {
        this.interp = interp;
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
        this.runner = new MainRunner(interp);
    }

    int run() {
        PyModule main = new PyModule("__main__");
        main.put("__builtins__", interp.modules().get(PyStr.of("builtins")));
        interp.modules().put(PyStr.of("__main__"), main);
        PyDict globals = main.getDict();
        out.println("Python 3.13.0 (Taipan) on the JVM " + Runtime.version().feature());
        out.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
        while (true) {
            String source = readStatement();
            if (source == null) {
                out.println();
                return 0;
            }
            if (source.isBlank()) {
                continue;
            }
            try {
                CodeObject code = Compiler.compile(source, "<stdin>", Compiler.Mode.SINGLE);
                interp.exec(code, globals, globals);
            } catch (SyntaxErrorException e) {
                runner.handleUncaught(SyntaxErrors.toPython(e).getValue());
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.SystemExit)) {
                    return runner.handleUncaught(e.getValue());
                }
                runner.handleUncaught(e.getValue());
            } finally {
                interp.streams().flush();
            }
        }
    }

    /** Reads one complete statement, or null at end of input. */
    private String readStatement() {
        StringBuilder buffer = new StringBuilder();
        String prompt = ">>> ";
        while (true) {
            out.print(prompt);
            out.flush();
            String line;
            try {
                line = reader.readLine();
            } catch (IOException e) {
                return null;
            }
            if (line == null) {
                return buffer.isEmpty() ? null : buffer.toString();
            }
            buffer.append(line).append('\n');
            boolean blockOpen = buffer.toString().stripLeading().lines().findFirst().orElse("").stripTrailing().endsWith(":");
            if (blockOpen) {
                if (!line.isBlank()) {
                    prompt = "... ";
                    continue;
                }
                return buffer.toString();
            }
            if (needsMore(buffer.toString())) {
                prompt = "... ";
                continue;
            }
            return buffer.toString();
        }
    }

    private static boolean needsMore(String source) {
        try {
            Compiler.compile(source, "<stdin>", Compiler.Mode.SINGLE);
            return false;
        } catch (SyntaxErrorException e) {
            return e.unclosedBracket() || e.msg().startsWith("unterminated triple-quoted string");
        }
    }
}

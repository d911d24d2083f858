package dev.taipan.compile;

import dev.taipan.ast.Module;
import dev.taipan.code.CodeObject;
import dev.taipan.parse.Parser;
import dev.taipan.parse.SyntaxErrorException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compiles the standard library of a CPython 3.13 (property {@code taipan.python313} or env
 * {@code TAIPAN_PYTHON313}: the interpreter; skipped when absent): a sample of about 200 files by
 * default, all with {@code -Dtaipan.corpus=all}. No Java exception may escape but
 * SyntaxErrorException, every compiled code object must pass the independent stack check, and a
 * file may fail to compile only where CPython's {@code compile()} fails too.
 */
class CompilerCorpusTest {
    @Test
    void compilesTheStandardLibrary() throws IOException, InterruptedException {
        String python = System.getProperty("taipan.python313", System.getenv("TAIPAN_PYTHON313"));
        Assumptions.assumeTrue(python != null && Files.isExecutable(Path.of(python)), "no python3.13 given");
        Path lib = stdlib(python);
        List<Path> files;
        try (Stream<Path> s = Files.walk(lib)) {
            files = s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
        if (!"all".equals(System.getProperty("taipan.corpus"))) {
            int step = Math.max(1, files.size() / 200);
            List<Path> sample = new ArrayList<>();
            for (int i = 0; i < files.size(); i += step) {
                sample.add(files.get(i));
            }
            files = sample;
        }
        List<String> failures = new ArrayList<>();
        List<Path> rejected = new ArrayList<>();
        for (Path file : files) {
            Module tree;
            try {
                tree = Parser.parseFile(Files.readAllBytes(file), file.toString());
            } catch (SyntaxErrorException e) {
                continue; // the parser's own differential tests judge these
            }
            try {
                CodeObject code = Compiler.compile(tree, file.toString(), Compiler.Mode.EXEC);
                CompilerStackDepthTest.check(code);
            } catch (SyntaxErrorException e) {
                rejected.add(file);
            } catch (Throwable t) {
                failures.add(file + ": " + t);
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(List.of(), acceptedByCPython(python, rejected), "compile errors CPython does not raise");
    }

    private static Path stdlib(String python) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python, "-c", "import os; print(os.path.dirname(os.__file__))").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return Path.of(out);
    }

    // Asks CPython, in one process, which of the files it compiles.
    private static List<String> acceptedByCPython(String python, List<Path> files)
            throws IOException, InterruptedException {
        if (files.isEmpty()) {
            return List.of();
        }
        String script = "import sys\nfor f in sys.argv[1:]:\n    try:\n        compile(open(f,'rb').read(), f, 'exec')\n"
                + "        print(f)\n    except SyntaxError:\n        pass\n";
        List<String> cmd = new ArrayList<>(List.of(python, "-c", script));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().filter(l -> !l.isBlank()).toList();
    }
}

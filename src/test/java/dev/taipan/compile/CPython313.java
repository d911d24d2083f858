package dev.taipan.compile;

import dev.taipan.ast.Mod;
import dev.taipan.ast.Module;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The CPython 3.13 oracle for the symbol-table tests, found through the system property
 * {@code taipan.python313} or the environment variable {@code TAIPAN_PYTHON313}, and the way the
 * tests get syntax trees.
 *
 * <p>Trees come from Taipan's parser; with {@code -Dtaipan.symtable.ast=cpython} (or while the
 * parser cannot be loaded) they come from CPython's {@code ast} module instead, read back with
 * {@link CPythonAst}, which checks the symbol table apart from the parser.
 */
final class CPython313 {
    private CPython313() {
    }

    /** The python3.13 executable, if configured. */
    static Optional<Path> executable() {
        String p = System.getProperty("taipan.python313");
        if (p == null || p.isEmpty()) {
            p = System.getenv("TAIPAN_PYTHON313");
        }
        if (p == null || p.isEmpty()) {
            return Optional.empty();
        }
        Path path = Path.of(p);
        return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }

    /** Whether trees come from CPython rather than Taipan's parser. */
    static boolean cpythonTrees() {
        String mode = System.getProperty("taipan.symtable.ast", "auto");
        return mode.equals("cpython") || (mode.equals("auto") && taipanParser() == null);
    }

    private static Method taipanParser() {
        // Looked up reflectively so these tests build and run while the parser is being written.
        try {
            return Class.forName("dev.taipan.parse.Parser").getMethod("parseModule", String.class, String.class);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** Parses {@code source} as a module with Taipan's parser. */
    static Module parseWithTaipan(String source, String filename) {
        Method parse = taipanParser();
        if (parse == null) {
            throw new IllegalStateException("Taipan's parser is not available");
        }
        try {
            return (Module) parse.invoke(null, source, filename);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a file's bytes as a module with Taipan's parser, which honours its coding declaration. */
    static Module parseFileWithTaipan(byte[] bytes, String filename) {
        try {
            Method parse = Class.forName("dev.taipan.parse.Parser").getMethod("parseFile", byte[].class, String.class);
            return (Module) parse.invoke(null, bytes, filename);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            return parseWithTaipan(new String(bytes, StandardCharsets.UTF_8), filename);
        }
    }

    /** The result of running the dumper on some files: per file its symbol-table dump and tree text. */
    record Dump(String sym, String ast) {
    }

    /** Runs {@code symtable_dump.py} over {@code files} in one CPython process. */
    static List<Dump> dump(Path python, List<Path> files) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("symtable-dump");
        Path script = dir.resolve("symtable_dump.py");
        try (InputStream in = CPython313.class.getResourceAsStream("/compile/symtable_dump.py")) {
            Files.copy(in, script);
        }
        List<String> command = new ArrayList<>(List.of(python.toString(), "-X", "utf8", script.toString(),
                dir.toString()));
        for (Path f : files) {
            command.add(f.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("symtable_dump.py failed: " + output);
        }
        List<Dump> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path ast = dir.resolve(i + ".ast");
            out.add(new Dump(Files.readString(dir.resolve(i + ".sym")),
                    Files.exists(ast) ? Files.readString(ast) : null));
        }
        return out;
    }

    /** Dumps one snippet of source. */
    static Dump dumpSource(Path python, String source) throws IOException, InterruptedException {
        Path file = Files.createTempFile("snippet", ".py");
        Files.writeString(file, source);
        return dump(python, List.of(file)).get(0);
    }

    /** Parses {@code source} with Taipan's parser, or with CPython's when {@link #cpythonTrees()}. */
    static Mod parse(String source) throws IOException, InterruptedException {
        if (!cpythonTrees()) {
            return parseWithTaipan(source, "f");
        }
        Path python = executable().orElseThrow(() -> new IllegalStateException("no parser: set TAIPAN_PYTHON313"));
        Dump d = dumpSource(python, source);
        if (d.ast() == null) {
            throw new IllegalStateException("CPython could not parse: " + d.sym());
        }
        return (Mod) CPythonAst.read(d.ast());
    }
}

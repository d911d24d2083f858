package dev.taipan.cli;

import dev.taipan.ast.AstDump;
import dev.taipan.builtins.Builtins;
import dev.taipan.code.Disassembler;
import dev.taipan.compile.Compiler;
import dev.taipan.interp.Interpreter;
import dev.taipan.interp.MainRunner;
import dev.taipan.interp.NativeModule;
import dev.taipan.modules.StandardModules;
import dev.taipan.parse.Parser;
import dev.taipan.parse.SyntaxErrorException;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code taipan} command.
 *
 * <pre>
 * taipan FILE [ARGS]                run a program
 * taipan -X gil=0|1 ...             free-threaded (0) or with a GIL (1, the default; else $PYTHON_GIL)
 * taipan -X stats ...               prints the specializer's counts per instruction family at exit
 * taipan -c CODE [ARGS]             run a command string
 * taipan -m MODULE [ARGS]           run a module as __main__
 * taipan - [ARGS]                   run the program on standard input
 * taipan                            the interactive REPL when standard input is a terminal
 * taipan --dis FILE                 disassemble a program's bytecode
 * taipan --dump-ast FILE            print FILE's syntax tree as CPython's ast.dump() does
 * taipan --dump-ast --batch LIST    the same for every path listed in LIST (path, a tab, the dump)
 * </pre>
 */
public final class Main {
    // Python calls recurse on the Java stack; a big stack lets the default recursion limit and the
    // deepest input the parser accepts run, while their own depth limits keep it from overflowing.
    private static final long STACK_BYTES = 1024L * 1024 * 1024;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    /** A command over the given streams (tests pass their own). */
    public Main(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) throws InterruptedException {
        System.setProperty("slf4j.internal.verbosity", System.getProperty("slf4j.internal.verbosity", "ERROR"));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int[] status = new int[1];
        Thread worker = new Thread(null, () -> status[0] = new Main(System.in, out, err).run(args),
                "taipan-main", STACK_BYTES);
        worker.start();
        worker.join();
        out.flush();
        err.flush();
        System.exit(status[0]);
    }

    /** The native modules every interpreter of the command has. */
    static List<NativeModule> modules() {
        List<NativeModule> modules = new ArrayList<>();
        modules.add(new Builtins());
        modules.addAll(StandardModules.all());
        return modules;
    }

    /** Runs the command and returns the process exit status. */
    public int run(String[] args) {
        if (args.length >= 1 && args[0].equals("--dump-ast")) {
            if (args.length == 3 && args[1].equals("--batch")) {
                return dumpBatch(Path.of(args[2]));
            }
            if (args.length == 2) {
                return dumpOne(Path.of(args[1]));
            }
            return usage(err, 2);
        }
        if (args.length >= 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            return usage(out, 0);
        }
        if (args.length >= 1 && (args[0].equals("-V") || args[0].equals("--version"))) {
            out.println("Python 3.13.0 (Taipan)");
            return 0;
        }
        if (args.length == 2 && args[0].equals("--dis")) {
            return disassemble(Path.of(args[1]));
        }
        List<String> xOptions = new ArrayList<>();
        args = takeXOptions(args, xOptions);
        if (args == null) {
            err.println("Argument expected for the -X option");
            return usage(err, 2);
        }
        Boolean freeThreaded = freeThreaded(xOptions, System.getenv("PYTHON_GIL"));
        if (freeThreaded == null) {
            err.println("Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be \"0\" or \"1\"");
            return 1;
        }
        Interpreter interp = new Interpreter(modules(), in, out, err, freeThreaded);
        if (xOptions.contains("stats")) {
            interp.enableSpecializationStats();
        }
        try {
            return run(interp, args);
        } finally {
            if (interp.specializationStats() != null) {
                interp.specializationStats().print(err);
            }
        }
    }

    /** Runs the command's FILE, -c, -m or - form in an interpreter. */
    private int run(Interpreter interp, String[] args) {
        MainRunner runner = new MainRunner(interp);
        if (args.length == 0) {
            if (System.console() != null) {
                int status = new Repl(interp, in, out).run();
                runner.waitForThreads();
                return status;
            }
            return runStdin(runner, List.of(""));
        }
        String first = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (first) {
            case "-c" -> {
                if (args.length < 2) {
                    err.println("Argument expected for the -c option");
                    return 2;
                }
                List<String> argv = new ArrayList<>();
                argv.add("-c");
                argv.addAll(rest.subList(1, rest.size()));
                return runner.runCommand(args[1], argv);
            }
            case "-m" -> {
                if (args.length < 2) {
                    err.println("Argument expected for the -m option");
                    return 2;
                }
                List<String> argv = new ArrayList<>();
                argv.add(args[1]);
                argv.addAll(rest.subList(1, rest.size()));
                return runner.runModule(args[1], argv);
            }
            case "-" -> {
                List<String> argv = new ArrayList<>();
                argv.add("-");
                argv.addAll(rest);
                return runStdin(runner, argv);
            }
            default -> {
                if (first.startsWith("-")) {
                    err.println("Unknown option: " + first);
                    return usage(err, 2);
                }
                Path file = Path.of(first);
                if (!Files.isRegularFile(file)) {
                    err.println("taipan: can't open file " + quoted(file.toAbsolutePath().toString())
                            + ": [Errno 2] No such file or directory");
                    return 2;
                }
                List<String> argv = new ArrayList<>();
                argv.add(first);
                argv.addAll(rest);
                return runner.runFile(file, argv);
            }
        }
    }

    /**
     * Removes the leading {@code -X OPTION} / {@code -XOPTION} arguments, collecting the options;
     * returns the other arguments, or null when {@code -X} lacks its option.
     */
    static String[] takeXOptions(String[] args, List<String> options) {
        int i = 0;
        while (i < args.length && args[i].startsWith("-X")) {
            if (args[i].length() > 2) {
                options.add(args[i].substring(2));
                i++;
            } else if (i + 1 < args.length) {
                options.add(args[i + 1]);
                i += 2;
            } else {
                return null;
            }
        }
        return Arrays.copyOfRange(args, i, args.length);
    }

    /**
     * The threading mode as CPython 3.13's free-threaded build picks it: {@code -X gil=0|1}, else
     * the environment variable {@code PYTHON_GIL} (0 or 1), else with a GIL. True means
     * free-threaded; null means a value other than 0 or 1.
     */
    static Boolean freeThreaded(List<String> xOptions, String env) {
        String gil = null;
        for (String option : xOptions) {
            if (option.startsWith("gil=")) {
                gil = option.substring(4);
            } else if (option.equals("gil")) {
                gil = "";
            }
        }
        if (gil == null && env != null && !env.isEmpty()) {
            gil = env;
        }
        if (gil == null) {
            return false;
        }
        return switch (gil) {
            case "0" -> true;
            case "1" -> false;
            default -> null;
        };
    }

    private int runStdin(MainRunner runner, List<String> argv) {
        byte[] source;
        try {
            source = in.readAllBytes();
        } catch (IOException e) {
            err.println("taipan: can't read standard input: " + e.getMessage());
            return 2;
        }
        return runner.runSource(source, "<stdin>", argv);
    }

    private static String quoted(String s) {
        return "'" + s + "'";
    }

    private int usage(PrintStream to, int status) {
        to.println("usage: taipan [-X gil=0|1] [-X stats] [FILE | -c CODE | -m MODULE | -] [ARGS...]");
        to.println("       taipan --dis FILE");
        to.println("       taipan --dump-ast FILE");
        to.println("       taipan --dump-ast --batch LIST");
        return status;
    }

    private int disassemble(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.toString();
            out.print(Disassembler.disassemble(Compiler.compile(Parser.parseFile(bytes, name), name, Compiler.Mode.EXEC)));
            return 0;
        } catch (IOException e) {
            err.println("taipan: can't open file '" + file + "': " + describe(e));
            return 2;
        } catch (SyntaxErrorException e) {
            printSyntaxError(e);
            return 1;
        }
    }

    private int dumpOne(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("taipan: can't open file '" + file + "': " + describe(e));
            return 2;
        }
        try {
            out.println(AstDump.dump(Parser.parseFile(bytes, file.toString())));
            return 0;
        } catch (SyntaxErrorException e) {
            printSyntaxError(e);
            return 1;
        }
    }

    private int dumpBatch(Path list) {
        try (BufferedReader paths = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
            for (String path; (path = paths.readLine()) != null; ) {
                out.print(path);
                out.print('\t');
                out.println(dumpOrError(path));
            }
            return 0;
        } catch (IOException e) {
            err.println("taipan: can't read '" + list + "': " + describe(e));
            return 2;
        }
    }

    /** The dump of one file, or what astdump.py prints for a file it cannot parse. */
    static String dumpOrError(String path) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of(path));
        try {
            return AstDump.dump(Parser.parseFile(bytes, path));
        } catch (SyntaxErrorException e) {
            return "ERROR " + e.kind().pythonName();
        }
    }

    /** Prints a syntax error the way CPython reports one for a script. */
    private void printSyntaxError(SyntaxErrorException e) {
        err.println("  File \"" + e.filename() + "\", line " + e.lineno());
        if (e.text() != null) {
            String line = e.text().stripTrailing();
            String stripped = line.stripLeading();
            int indent = line.length() - stripped.length();
            err.println("    " + stripped);
            int offset = e.offset();
            if (offset > 0) {
                int start = Math.max(offset - 1 - indent, 0);
                int end = e.endLineno() == e.lineno() && e.endOffset() > offset
                        ? e.endOffset() - 1 - indent : start + 1;
                end = Math.max(end, start + 1);
                err.println("    " + " ".repeat(start) + "^".repeat(end - start));
            }
        }
        err.println(e.kind().pythonName() + ": " + e.msg());
    }

    private static String describe(IOException e) {
        return e instanceof NoSuchFileException ? "[Errno 2] No such file or directory" : String.valueOf(e.getMessage());
    }
}

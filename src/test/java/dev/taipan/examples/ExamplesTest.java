package dev.taipan.examples;

import dev.taipan.cli.Main;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example under {@code examples/} compiles and prints what its README promises. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("examples");

    @Test
    void helloWorld() throws Exception {
        String out = runJava("HelloWorld");
        assertEquals("Hello from Python 42\nHello, Java!\nTaipan 3.13\n", out);
    }

    @Test
    void compiledManyThreads() throws Exception {
        String out = runJava("CompiledManyThreads");
        assertTrue(out.startsWith("order 1: 2 lines -> 15.5\norder 2: 2 lines -> 22.5\n"), out);
        assertEquals(8, out.lines().count(), out);
    }

    @Test
    void tenants() throws Exception {
        String out = runJava("Tenants");
        assertTrue(out.contains("acme rate:   0.2\nglobex rate: 0.3\n"), out);
        assertTrue(out.contains("globex sees acme's json change: false"), out);
        assertTrue(out.contains("acme recursion limit: 200\nglobex recursion limit: 1000"), out);
    }

    @Test
    void invokePython() throws Exception {
        String out = runJava("InvokePython");
        assertEquals("""
                fib(90) = 2880067194370816120
                invokeMethod: false
                limit 500: vip-ann 900 -> true
                module-level rules: bob 50 -> true
                squares: [0, 1, 4, 9, 16, 25]
                an interface Python does not implement -> null
                """, out);
    }

    @Test
    void hostObjects() throws Exception {
        String out = runJava("HostObjects");
        assertEquals("""
                apples: 7
                items: ['apple', 'pear']
                  add apple
                  add pear
                  add apple
                weighted: 43
                Java sees the script's append: [add apple, add pear, add apple, checked by python]
                """, out);
    }

    @Test
    void pythonPrograms() {
        String life = runPython(EXAMPLES.resolve("python/life.py").toString());
        assertTrue(life.startsWith("generation 0:\n.#........\n..#.......\n###.......\n"), life);
        assertTrue(life.endsWith("cells alive after 4 steps: 5\n"), life);
        String words = runPython(EXAMPLES.resolve("python/wordfreq.py").toString(),
                EXAMPLES.resolve("python/wordfreq.py").toString());
        assertEquals("   9 word\n   5 counts\n   4 words\n   4 if\n   3 the\n", words);
        String hello = runPython(EXAMPLES.resolve("hello.py").toString());
        assertTrue(hello.startsWith("Hello, Taipan!\n"), hello);
    }

    /** Compiles {@code examples/java/NAME.java} against the test class path and runs its main. */
    private static String runJava(String name) throws Exception {
        Path classes = Files.createTempDirectory("taipan-example");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK is needed to compile the examples");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), EXAMPLES.resolve("java/" + name + ".java").toString());
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ExamplesTest.class.getClassLoader())) {
            Method main = loader.loadClass(name).getMethod("main", String[].class);
            return capture(() -> main.invoke(null, (Object) new String[0]));
        }
    }

    private static String runPython(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(java.io.InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private interface Body {
        void run() throws Exception;
    }

    private static String capture(Body body) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.out.flush();
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

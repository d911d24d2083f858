package dev.taipan.modules;

import dev.taipan.builtins.Builtins;
import dev.taipan.compile.Compiler;
import dev.taipan.interp.FileSystemGate;
import dev.taipan.interp.Interpreter;
import dev.taipan.objects.PyDict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file-system operation of open(), os, pathlib, shutil and tempfile goes through the
 * interpreter's {@link FileSystemGate}: a policy sees each one and can refuse it with
 * PermissionError, and each interpreter has its own working directory.
 */
class FileSystemGateTest {
    private static Interpreter newInterpreter() {
        List<dev.taipan.interp.NativeModule> modules = new ArrayList<>();
        modules.add(new Builtins());
        modules.addAll(StandardModules.all());
        return new Interpreter(modules, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
    }

    private static String run(Interpreter interp, String source) {
        PyDict globals = interp.newGlobals("__main__");
        globals.put(dev.taipan.objects.PyStr.of("__result__"), dev.taipan.objects.PyNone.NONE);
        interp.exec(interp.compile(source, "<test>", Compiler.Mode.EXEC), globals, globals);
        return String.valueOf(globals.getStr("__result__"));
    }

    @Test
    void thePolicySeesEveryOperationAndMayRefuse(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("data.txt"), "hello");
        Interpreter interp = newInterpreter();
        List<String> seen = new CopyOnWriteArrayList<>();
        Path secret = dir.resolve("secret").normalize();
        interp.fileSystem().setPolicy((path, access) -> {
            seen.add(access + " " + dir.relativize(path));
            return !path.startsWith(secret) && access != FileSystemGate.Access.DELETE;
        });
        String result = run(interp, """
                import os, pathlib, shutil
                os.chdir(%s)
                out = [open('data.txt').read(), sorted(os.listdir('.'))]
                for f in (lambda: open('secret/x', 'w'), lambda: os.mkdir('secret'),
                          lambda: pathlib.Path('secret').exists() or os.stat('secret'),
                          lambda: os.remove('data.txt'), lambda: shutil.copy('data.txt', 'secret')):
                    try:
                        f()
                        out.append('allowed')
                    except PermissionError as e:
                        out.append((e.errno, e.filename))
                __result__ = repr(out)
                """.formatted("'" + dir.toString().replace("\\", "\\\\") + "'"));
        assertEquals("['hello', ['data.txt'], (13, 'secret/x'), (13, 'secret'), (13, 'secret'),"
                + " (13, 'data.txt'), (13, 'secret')]", result);
        assertTrue(seen.contains("READ data.txt"), seen::toString);
        assertTrue(seen.contains("LIST "), seen::toString);
        assertTrue(seen.contains("CREATE secret/x"), seen::toString);
        assertTrue(seen.contains("DELETE data.txt"), seen::toString);
        assertTrue(Files.exists(dir.resolve("data.txt")));
    }

    @Test
    void eachInterpreterHasItsOwnWorkingDirectory(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("one"));
        Files.writeString(dir.resolve("one").resolve("f.txt"), "in one");
        Interpreter first = newInterpreter();
        Interpreter second = newInterpreter();
        String jvmDir = System.getProperty("user.dir");
        String path = "'" + dir.resolve("one").toString().replace("\\", "\\\\") + "'";
        assertEquals("in one", run(first, "import os\nos.chdir(" + path + ")\n__result__ = open('f.txt').read()\n"));
        assertEquals(dir.resolve("one").toRealPath().toString(), first.fileSystem().cwd().toString());
        assertEquals(Path.of(jvmDir).toAbsolutePath().normalize().toString(),
                run(second, "import os\n__result__ = os.getcwd()\n"));
        assertEquals(jvmDir, System.getProperty("user.dir"));
        assertEquals("FileNotFoundError", run(second,
                "try:\n    open('f.txt')\n    __result__ = 'found'\nexcept OSError as e:\n"
                        + "    __result__ = type(e).__name__\n"));
        String text = new String(Files.readAllBytes(dir.resolve("one").resolve("f.txt")), StandardCharsets.UTF_8);
        assertEquals("in one", text);
    }
}

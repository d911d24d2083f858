package dev.taipan.interop;

import dev.taipan.builtins.Builtins;
import dev.taipan.compile.Compiler;
import dev.taipan.interp.Interpreter;
import dev.taipan.interp.NativeModule;
import dev.taipan.modules.StandardModules;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Class lookup and the reflection barrier under each kind of host access. */
class HostAccessTest {
    private static final Boundary ALLOW_LIST = Boundary.NONE.withAccess(
            name -> name.equals("java.util.ArrayList") || name.equals("java.lang.Math")
                    || name.equals("java.lang.System") || name.equals("java.util.Map$Entry")
                    || name.equals("java.util.Map"), false);
    private static final Boundary ALL = Boundary.NONE.withAccess(name -> true, true);

    /** A script runner over an interpreter given class lookup. */
    private static final class Runner {
        final Interpreter interp;
        final PyDict globals;
        final Boundary boundary;

        Runner(Boundary b, boolean install) {
            List<NativeModule> modules = new ArrayList<>();
            modules.add(new Builtins());
            modules.addAll(StandardModules.all());
            interp = new Interpreter(modules, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                    new ByteArrayOutputStream());
            boundary = b.withInterpreter(interp);
            if (install) {
                HostInterop.install(interp, boundary, HostAccessTest.class.getClassLoader());
            }
            globals = interp.newGlobals("__main__");
        }

        void put(String name, Object value) {
            globals.put(PyStr.of(name), JavaValues.toPython(value, boundary));
        }

        Object eval(String expr) {
            PyObject v = interp.exec(interp.compile(expr, "<test>", Compiler.Mode.EVAL), globals, globals);
            return JavaValues.toJava(v, boundary);
        }

        void exec(String code) {
            interp.exec(interp.compile(code, "<test>", Compiler.Mode.EXEC), globals, globals);
        }

        String error(String code) {
            PyException e = assertThrows(PyException.class, () -> exec(code), code);
            return e.getMessage();
        }
    }

    @Test
    void withoutLookupJavaPackagesDoNotExist() {
        Runner r = new Runner(Boundary.NONE, false);
        assertTrue(r.error("import java.util").startsWith("ModuleNotFoundError"));
    }

    @Test
    void allowListedClassesCanBeImportedAndUsed() {
        Runner r = new Runner(ALLOW_LIST, true);
        r.exec("from java.util import ArrayList\nxs = ArrayList()\nxs.add(1)\nxs.append(2)");
        assertEquals(List.of(1, 2), r.eval("xs"));
        assertEquals(true, r.eval("isinstance(xs, ArrayList)"));
        assertEquals(2, r.eval("len(ArrayList([1, 2]))"));
        r.exec("import java.lang\nfrom java.lang import Math");
        assertEquals(3, r.eval("Math.max(1, 3)"));
        assertEquals(Math.PI, r.eval("Math.PI"));
        assertEquals("<java class 'java.util.ArrayList'>", r.eval("repr(ArrayList)"));
    }

    @Test
    void classesOffTheListAreRefused() {
        Runner r = new Runner(ALLOW_LIST, true);
        assertTrue(r.error("from java.util import HashMap").startsWith("ImportError: cannot import name 'HashMap'"));
        assertTrue(r.error("from java.lang import System").startsWith("ImportError"),
                "System stays behind the barrier even when listed");
        assertTrue(r.error("from java.lang import Class").startsWith("ImportError"));
        assertTrue(r.error("from java.util import ArrayList\nArrayList.forName('java.lang.Runtime')")
                .startsWith("AttributeError"));
        assertTrue(r.error("from java.util import ArrayList\nArrayList().getClass()").startsWith("AttributeError"));
    }

    @Test
    void allAccessOpensReflection() {
        Runner r = new Runner(ALL, true);
        r.put("items", new ArrayList<>());
        assertEquals("java.util.ArrayList", r.eval("items.getClass().getName()"));
        r.exec("from java.lang import System");
        assertTrue(r.eval("System.currentTimeMillis()") instanceof Long);
        assertEquals("java.util.HashMap", r.eval("__import__('java.util').util.HashMap.getName()"));
    }

    /** A host service that runs a callback on another thread and waits for it. */
    public static class Worker {
        public Object runElsewhere(Supplier<Object> task) throws Exception {
            return CompletableFuture.supplyAsync(task).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void hostCallsReleaseTheGilSoCallbacksMayRunOnOtherThreads() {
        Runner r = new Runner(Boundary.NONE, false);
        r.put("worker", new Worker());
        Object result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> r.eval("worker.runElsewhere(lambda: 6 * 7)"));
        assertEquals(42, result);
    }

    @Test
    void followingRulesAnswerWithTheCurrentOnes() {
        Boundary[] current = {null};
        Boundary following = Boundary.following(() -> current[0]);
        assertEquals(false, following.allowsReflection());
        current[0] = ALL;
        assertEquals(true, following.allowsReflection());
        assertEquals(true, following.allowsClass("java.lang.System"));
    }

    @Test
    void theJavaPackageNamesJavaException() {
        Runner r = new Runner(ALLOW_LIST, true);
        r.put("items", new ArrayList<>());
        r.exec("from java import JavaException\ntry:\n    items.get(5)\nexcept JavaException as e:\n    msg = str(e)");
        assertTrue(((String) r.eval("msg")).startsWith("java.lang.IndexOutOfBoundsException"));
    }
}

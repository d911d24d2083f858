package dev.taipan.modules;

import dev.taipan.builtins.Builtins;
import dev.taipan.compile.Compiler;
import dev.taipan.interp.Interpreter;
import dev.taipan.interp.NativeModule;
import dev.taipan.objects.PyDict;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Weak references are per interpreter, and their callbacks run on collection in the right one. */
class WeakrefModuleTest {
    /** One interpreter with its output streams. */
    private static final class Engine {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final Interpreter interp;
        final PyDict globals;

        Engine() {
            List<NativeModule> modules = new ArrayList<>();
            modules.add(new Builtins());
            modules.addAll(StandardModules.all());
            interp = new Interpreter(modules, new ByteArrayInputStream(new byte[0]), out, err);
            globals = interp.newGlobals("__main__");
        }

        String run(String source) {
            out.reset();
            interp.exec(interp.compile(source, "<test>", Compiler.Mode.EXEC), globals, globals);
            interp.streams().flush();
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void callbackRunsWhenCollected() {
        Engine e = new Engine();
        String out = e.run("""
                import gc, weakref
                class C: pass
                seen = []
                c = C()
                r = weakref.ref(c, lambda wr: seen.append(wr is r))
                del c
                gc.collect()
                print(seen, r())
                """);
        assertEquals("[True] None\n", out);
    }

    @Test
    void interpretersKeepTheirOwnReferences() {
        Engine a = new Engine();
        Engine b = new Engine();
        a.run("import gc, weakref\nclass C: pass\nc = C()\nseen = []\nr = weakref.ref(c, seen.append)\n");
        b.run("import gc, weakref\nclass C: pass\nc = C()\nkeep = [weakref.ref(c), weakref.ref(c, print)]\n");
        assertEquals("2\n", b.run("print(weakref.getweakrefcount(c))\n"));
        assertEquals("1\n", a.run("print(weakref.getweakrefcount(c))\n"));
        // A collection in b runs none of a's callbacks; a's own collection does.
        a.run("del c\n");
        b.run("gc.collect()\n");
        assertEquals("0\n", a.run("print(len(seen))\n"));
        assertEquals("1\n", a.run("gc.collect()\nprint(len(seen))\n"));
    }

    @Test
    void failingCallbackIsReportedNotRaised() {
        Engine e = new Engine();
        String out = e.run("""
                import gc, weakref
                class C: pass
                def bad(wr):
                    raise KeyError('cb')
                c = C()
                r = weakref.ref(c, bad)
                del c
                gc.collect()
                print('after')
                """);
        assertEquals("after\n", out);
        String err = e.err.toString(StandardCharsets.UTF_8);
        assertTrue(err.startsWith("Exception ignored in: <function bad at "), err);
        assertTrue(err.contains("KeyError: 'cb'"), err);
    }

    @Test
    void unreferenceableTypesAreRefused() {
        Engine e = new Engine();
        String out = e.run("""
                import weakref
                for v in (1, 'x', (), [], {}, b'', 1.5, None):
                    try:
                        weakref.ref(v)
                    except TypeError as ex:
                        print(ex)
                """);
        assertEquals("""
                cannot create weak reference to 'int' object
                cannot create weak reference to 'str' object
                cannot create weak reference to 'tuple' object
                cannot create weak reference to 'list' object
                cannot create weak reference to 'dict' object
                cannot create weak reference to 'bytes' object
                cannot create weak reference to 'float' object
                cannot create weak reference to 'NoneType' object
                """, out);
    }
}

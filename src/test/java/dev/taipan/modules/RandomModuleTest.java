package dev.taipan.modules;

import dev.taipan.builtins.Builtins;
import dev.taipan.compile.Compiler;
import dev.taipan.interp.Interpreter;
import dev.taipan.objects.PyDict;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Mersenne Twister behind {@code random} gives exactly CPython's numbers for a seed. */
class RandomModuleTest {
    private static String run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<dev.taipan.interp.NativeModule> modules = new ArrayList<>();
        modules.add(new Builtins());
        modules.addAll(StandardModules.all());
        Interpreter interp = new Interpreter(modules, new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
        PyDict globals = interp.newGlobals("__main__");
        interp.exec(interp.compile(source, "<test>", Compiler.Mode.EXEC), globals, globals);
        interp.streams().flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void seededSequencesAreCPythons() {
        // Expected values printed by CPython 3.13 for the same program.
        assertEquals("0.8444218515250481 0.7579544029403025 0.420571580830845\n",
                run("import random\nrandom.seed(0)\nprint(random.random(), random.random(), random.random())\n"));
        assertEquals("[4, 2, 3, 5, 1] 4 914\n",
                run("import random\nrandom.seed(42)\nl = [1, 2, 3, 4, 5]\nrandom.shuffle(l)\n"
                        + "print(l, random.randint(1, 10), random.getrandbits(12))\n"));
    }
}

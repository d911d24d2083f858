package dev.taipan.modules.decimal;

import dev.taipan.builtins.Builtins;
import dev.taipan.compile.Compiler;
import dev.taipan.interp.Interpreter;
import dev.taipan.interp.NativeModule;
import dev.taipan.modules.StandardModules;
import dev.taipan.objects.PyDict;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The decimal context is per interpreter and per thread; the arithmetic rounds as CPython's. */
class DecimalModuleTest {
    /** One interpreter with its globals, running snippets and returning what they print. */
    private static final class Engine {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Interpreter interp;
        private final PyDict globals;

        Engine() {
            List<NativeModule> modules = new ArrayList<>();
            modules.add(new Builtins());
            modules.addAll(StandardModules.all());
            interp = new Interpreter(modules, new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
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
    void contextsOfTwoInterpretersOnOneThreadAreSeparate() {
        Engine a = new Engine();
        Engine b = new Engine();
        assertEquals("0.14286\n", a.run("import decimal\ndecimal.getcontext().prec = 5\n"
                + "print(decimal.Decimal(1) / 7)\n"));
        assertEquals("0.1428571428571428571428571429\n",
                b.run("import decimal\nprint(decimal.Decimal(1) / 7)\n"));
        assertEquals("5 False\n", a.run("print(decimal.getcontext().prec, decimal.getcontext().flags[decimal.DivisionByZero])\n"));
        b.run("decimal.getcontext().traps[decimal.DivisionByZero] = False\nx = decimal.Decimal(1) / 0\n");
        assertEquals("True\n", a.run("try:\n    decimal.Decimal(1) / 0\nexcept decimal.DivisionByZero:\n"
                + "    print(True)\n"));
    }

    @Test
    void eachInterpreterHasItsOwnTypes() {
        Engine a = new Engine();
        Engine b = new Engine();
        a.run("import decimal\n");
        b.run("import decimal\n");
        assertEquals("<class 'decimal.Decimal'> <class 'decimal.Context'>\n",
                a.run("print(decimal.Decimal, decimal.Context)\n"));
        assertEquals("Decimal('1.5') True\n", b.run("print(repr(decimal.Decimal('1.5')), "
                + "isinstance(decimal.getcontext(), decimal.Context))\n"));
    }

    @Test
    void roundingOfTheBasicOperationsIsCPythons() {
        Engine e = new Engine();
        // Expected values printed by CPython 3.13 for the same program.
        assertEquals("0.3 2.5 1.00 -3 -1 1.414213562373095048801688724 7.389056098930650227230427461\n",
                e.run("from decimal import Decimal as D\nprint(D('0.1') + D('0.2'), D(10) / 4, "
                        + "D('1.005').quantize(D('0.01')), D(-7) // 2, D(-7) % 2, D(2).sqrt(), D(2).exp())\n"));
        assertEquals("0.6931471805599453094172321215 0.3010299956639811952137388947 1.798465042647412146620280341E+42\n",
                e.run("print(D(2).ln(), D(2).log10(), D(7) ** 50)\n"));
    }
}

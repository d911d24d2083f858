package dev.taipan.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyObject;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The {@code math} module against CPython 3.13's results ({@code math.cases}). */
class MathModuleTest {
    private final MathModule math = new MathModule();

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        return CaseFiles.run("math", math);
    }

    @Test
    void everyFunctionOfCPythonIsThere() {
        String[] names = {"acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "comb",
            "copysign", "cos", "cosh", "degrees", "dist", "e", "erf", "erfc", "exp", "exp2", "expm1", "fabs",
            "factorial", "floor", "fma", "fmod", "frexp", "fsum", "gamma", "gcd", "hypot", "inf", "isclose",
            "isfinite", "isinf", "isnan", "isqrt", "lcm", "ldexp", "lgamma", "log", "log10", "log1p", "log2",
            "modf", "nan", "nextafter", "perm", "pi", "pow", "prod", "radians", "remainder", "sin", "sinh",
            "sqrt", "sumprod", "tan", "tanh", "tau", "trunc", "ulp"};
        for (String n : names) {
            assertEquals(true, math.get(n) != null, n);
        }
    }

    @Test
    void erfAndGammaAreCloseOverARange() {
        // Identities the functions must satisfy whatever their last bit: erf + erfc = 1,
        // gamma(x + 1) = x gamma(x), exp(lgamma) = |gamma|.
        for (double x = -3; x < 6; x += 0.0625) {
            double erf = value(math.get("erf").call(PyFloat.of(x)));
            double erfc = value(math.get("erfc").call(PyFloat.of(x)));
            assertEquals(1.0, erf + erfc, 1e-15, "erf+erfc at " + x);
        }
        for (double x = 0.03125; x < 30; x += 0.25) {
            double g = value(math.get("gamma").call(PyFloat.of(x)));
            double g1 = value(math.get("gamma").call(PyFloat.of(x + 1)));
            assertEquals(1.0, g1 / (x * g), 1e-14, "gamma recurrence at " + x);
            double lg = value(math.get("lgamma").call(PyFloat.of(x)));
            assertEquals(Math.log(g), lg, 1e-13 * Math.max(1, Math.abs(lg)), "lgamma at " + x);
        }
    }

    private static double value(PyObject o) {
        return Abstract.asDouble(o);
    }
}

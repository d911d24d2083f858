package dev.taipan.objects;

import static dev.taipan.objects.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Exposer;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyStaticMethod;
import java.lang.invoke.MethodHandles;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The exposer: the registry walk, declaration checks, argument binding and conversion. */
class ExposerTest {
    @Test
    void everyRegisteredTypeIsWellFormed() {
        Set<String> names = new HashSet<>();
        for (PyType t : BuiltinTypes.ALL) {
            assertTrue(names.add(t.getModule() + "." + t.getName()), "duplicate type " + t.getName());
            for (String k : t.getDict().keys()) {
                if (k.startsWith("__") && k.endsWith("__")) {
                    assertTrue(Exposer.isKnownDunder(k), t.getName() + "." + k);
                }
            }
            assertTrue(t.getType().isSubtypeOf(PyType.TYPE));
            // Slots agree with the MRO after bootstrap.
            for (Slot s : Slot.values()) {
                assertEquals(t.lookup(s.dunder()), t.slot(s), t.getName() + " " + s);
            }
        }
    }

    /** A type whose methods show the binding rules. */
    @PyClass(name = "sig", baseType = false)
    static final class Sig extends PyObject {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        static final PyType TYPE = PyType.fromClass(Sig.class, LOOKUP);

        @Override
        public PyType getType() {
            return TYPE;
        }

        @PyMethod
        PyObject f(PyObject a, @Name("b") @Default("2") PyObject b, @Args PyObject[] rest,
                @KwOnly("k") @Default("None") PyObject k, @Kwargs PyDict kw) {
            return t(a, b, PyTuple.of(rest), k, kw == null ? PyNone.NONE : kw);
        }

        @PyMethod
        PyObject conv(int n, double d, String s, boolean flag, @Opt PyObject o) {
            return t(i(n), Py.f(d), Py.s(s), PyBool.of(flag), o == null ? Py.s("absent") : o);
        }

        @PyMethod
        String kwonly(@KwOnly("x") String x) {
            return x;
        }

        @PyStaticMethod
        static long twice(@Name("x") long x) {
            return 2 * x;
        }
    }

    static PyObject kw(PyObject callable, PyObject[] args, String... names) {
        return callable.call(args, names);
    }

    @Test
    void binding() {
        PyObject sig = new Sig();
        PyObject fm = Abstract.getAttr(sig, "f");
        assertEquals("(1, 2, (), None, None)", repr(fm.call(i(1))));
        assertEquals("(1, 5, (6, 7), None, None)", repr(fm.call(new PyObject[] {i(1), i(5), i(6), i(7)}, null)));
        assertEquals("(1, 3, (), 4, {'z': 9})", repr(kw(fm, new PyObject[] {i(1), i(3), i(4), i(9)},
                "b", "k", "z")));
        assertEquals("TypeError: argument for f() given by name ('b') and position (2)",
                error(() -> kw(fm, new PyObject[] {i(1), i(2), i(3)}, "b")));
        assertEquals("TypeError: f() takes at least 1 positional argument (0 given)", error(() -> fm.call()));
        PyObject conv = Abstract.getAttr(sig, "conv");
        assertEquals("(3, 2.0, 'x', False, 'absent')", repr(conv.call(new PyObject[] {i(3), i(2), s("x"),
            i(0)}, null)));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer",
                error(() -> conv.call(new PyObject[] {f(1.5), i(2), s("x"), i(0)}, null)));
        assertEquals("TypeError: must be real number, not str",
                error(() -> conv.call(new PyObject[] {i(1), s("2"), s("x"), i(0)}, null)));
        assertEquals("TypeError: conv() argument 3 must be str, not int",
                error(() -> conv.call(new PyObject[] {i(1), i(2), i(3), i(0)}, null)));
        assertEquals("TypeError: conv expected at least 4 arguments, got 1", error(() -> conv.call(i(1))));
        assertEquals("TypeError: kwonly() missing required keyword-only argument 'x'",
                error(() -> Abstract.getAttr(sig, "kwonly").call()));
        assertEquals("TypeError: kwonly() takes no positional arguments",
                error(() -> Abstract.getAttr(sig, "kwonly").call(s("a"))));
        assertEquals("'a'", repr(kw(Abstract.getAttr(sig, "kwonly"), new PyObject[] {s("a")}, "x")));
        assertEquals("TypeError: kwonly() argument 'x' must be str, not int",
                error(() -> kw(Abstract.getAttr(sig, "kwonly"), new PyObject[] {i(1)}, "x")));
        assertEquals("42", repr(Abstract.getAttr(Sig.TYPE, "twice").call(i(21))));
        assertEquals("42", repr(kw(Abstract.getAttr(sig, "twice"), new PyObject[] {i(21)}, "x")));
        assertEquals("OverflowError: Python int too large to convert to C ssize_t",
                error(() -> Abstract.getAttr(sig, "twice").call(Abstract.pow(i(2), i(64)))));
    }

    @PyClass(name = "bad1")
    static final class PositionalAfterNamed {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static PyObject f(PyObject self, @Name("a") PyObject a, PyObject b) {
            return a;
        }
    }

    @PyClass(name = "bad2")
    static final class RequiredAfterOptional {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static PyObject f(PyObject self, @Default("1") PyObject a, PyObject b) {
            return a;
        }
    }

    @PyClass(name = "bad3")
    static final class UnknownDunder {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static PyObject __frobnicate__(PyObject self) {
            return self;
        }
    }

    @PyClass(name = "bad4")
    static final class Duplicate {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod("x")
        static PyObject a(PyObject self) {
            return self;
        }

        @PyMethod("x")
        static PyObject b(PyObject self) {
            return self;
        }
    }

    @PyClass(name = "bad5")
    static final class KwargsNotLast {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static PyObject f(PyObject self, @Kwargs PyDict kw, PyObject a) {
            return a;
        }
    }

    @PyClass(name = "bad6")
    static final class OptPrimitive {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static PyObject f(PyObject self, @Opt int a) {
            return self;
        }
    }

    @Test
    void badDeclarationsAreRejected() {
        for (Class<?> c : new Class<?>[] {PositionalAfterNamed.class, RequiredAfterOptional.class,
            UnknownDunder.class, Duplicate.class, KwargsNotLast.class, OptPrimitive.class}) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> PyType.fromClass(c, Exposer.lookupOf(c)), c.getSimpleName());
            assertTrue(e.getMessage() != null);
        }
    }
}

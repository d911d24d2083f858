package dev.taipan.interp;

import dev.taipan.builtins.Builtins;
import dev.taipan.compile.Compiler;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Finer points of functions, calls, {@code super}, modules and {@code sys}, found by running
 * the script tests; each expected output is what CPython 3.13 printed for the same snippet.
 */
class InterpreterDetailsTest {
    /** Runs {@code source} as {@code __main__} on a fresh interpreter; returns what it printed. */
    private static String run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Interpreter interp = new Interpreter(List.of(new Builtins()), new ByteArrayInputStream(new byte[0]), out,
                new ByteArrayOutputStream());
        String tail = "";
        try {
            PyDict globals = interp.newGlobals("__main__");
            interp.exec(interp.compile(source, "<test>", Compiler.Mode.EXEC), globals, globals);
        } catch (PyException e) {
            tail = TracebackPrinter.format(e.getValue());
        } finally {
            interp.streams().flush();
        }
        return out.toString(StandardCharsets.UTF_8) + tail;
    }

    @Test
    void functionsAreDescriptorsAndKeepModuleOutOfTheirDict() {
        assertEquals("""
                True True method
                __get__(None, None) is invalid
                __main__ False __main__
                elsewhere
                None
                """, run("""
                def f(a, **k): return a
                class C: pass
                c = C()
                print(f.__get__(c)() is c, f.__get__(None, C) is f, type(f.__get__(c)).__name__)
                try:
                    f.__get__(None, None)
                except TypeError as e:
                    print(e)
                X = type("X", (), {})
                print(X.__module__, "__module__" in f.__dict__, f.__module__)
                f.__module__ = "elsewhere"
                print(f.__module__)
                del f.__module__
                print(f.__module__)
                """));
    }

    @Test
    void superNamesTheMismatch() {
        assertEquals("""
                super(type, obj): obj (instance of int) is not an instance or subtype of type (C).
                super(type, obj): obj (type C) is not an instance or subtype of type (int).
                """, run("""
                class C: pass
                for t, o in ((C, 1), (int, C)):
                    try:
                        super(t, o)
                    except TypeError as e:
                        print(e)
                """));
    }

    @Test
    void starArgumentErrorsNameTheFunction() {
        assertEquals("""
                __main__.f() argument after * must be an iterable, not int
                __main__.f() got multiple values for keyword argument 'a'
                keywords must be strings
                __main__.f() argument after ** must be a mapping, not list
                """, run("""
                def f(a, **k): return a
                for call in (lambda: f(*5), lambda: f(1, **{"a": 1}, **{"a": 2}), lambda: f(1, **{2: 3}),
                             lambda: f(**[1])):
                    try:
                        call()
                    except TypeError as e:
                        print(e)
                """));
    }

    @Test
    void modulesExposeTheirDict() {
        assertEquals("True dict\n", run("""
                import sys
                print(vars(sys) is sys.__dict__, type(sys.__dict__).__name__)
                """));
    }

    @Test
    void negatedImaginaryLiteralHasNegativeZeroReal() {
        assertEquals("(-0-1j) (-0-2.5j) -1j\n", run("print(-1j, -(2.5j), 0 - 1j)"));
    }

    @Test
    void sysStructSequences() {
        assertEquals("""
                sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, \
                min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, \
                epsilon=2.220446049250313e-16, radix=2, rounds=1)
                True 53 float_info sys
                True final True
                sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, \
                str_digits_check_threshold=640) 4300
                2305843009213693951 314159 0 1000003
                ('debug', 'inspect', 'interactive', 'optimize') 0 True 18
                sys.int_info(bits_per_digit=1, sizeof_digit=2, default_max_str_digits=3, str_digits_check_threshold=4)
                sys.int_info() takes a 4-sequence (2-sequence given)
                AttributeError
                """, run("""
                import sys
                print(sys.float_info)
                print(sys.float_info.max == 1.7976931348623157e+308, sys.float_info[7],
                      type(sys.float_info).__name__, type(sys.float_info).__module__)
                print(sys.version_info[:2] == (3, 13), sys.version_info.releaselevel,
                      repr(sys.version_info).startswith("sys.version_info(major=3, minor=13"))
                print(sys.int_info, sys.get_int_max_str_digits())
                print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
                print(type(sys.flags).__match_args__[:4], sys.flags.optimize, isinstance(sys.flags, tuple),
                      len(sys.flags))
                print(type(sys.int_info)((1, 2, 3, 4)))
                try:
                    type(sys.int_info)((1, 2))
                except TypeError as e:
                    print(e)
                try:
                    sys.int_info.bits_per_digit = 1
                except AttributeError as e:
                    print(type(e).__name__)
                """));
    }
}

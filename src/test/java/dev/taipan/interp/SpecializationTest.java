package dev.taipan.interp;

import dev.taipan.builtins.Builtins;
import dev.taipan.compile.Compiler;
import dev.taipan.interp.specialize.Family;
import dev.taipan.interp.specialize.SpecializationStats;
import dev.taipan.modules.StandardModules;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The specializing interpreter: hot instructions do specialize (the engine's counters say so),
 * and a specialized instruction still gives Python's answer when what it was specialized for
 * changes under it: operand types, class attributes and methods, rebound or deleted globals,
 * patched builtins, and all of these changed by another thread while several threads run the
 * same specialized code in a free-threaded engine. Assertions are on exact values, never on
 * timing.
 */
class SpecializationTest {
    private static final Duration LIMIT = Duration.ofSeconds(120);

    private record Run(Interpreter interp, PyDict globals) {
        SpecializationStats stats() {
            return interp.specializationStats();
        }

        String get(String name) {
            PyObject v = globals.getStr(name);
            return v == null ? null : Abstract.repr(v).toString();
        }
    }

    private static Run run(boolean freeThreaded, String source) throws Exception {
        List<NativeModule> modules = new ArrayList<>();
        modules.add(new Builtins());
        modules.addAll(StandardModules.all());
        Interpreter interp = new Interpreter(modules, new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new ByteArrayOutputStream(), freeThreaded);
        interp.enableSpecializationStats();
        PyDict globals = interp.newGlobals("__main__");
        FutureTask<Void> task = new FutureTask<>(() -> {
            interp.exec(interp.compile(source, "<specialization-test>", Compiler.Mode.EXEC), globals, globals);
            return null;
        });
        Thread t = new Thread(null, task, "specialization-test", 256L * 1024 * 1024);
        t.start();
        task.get();
        return new Run(interp, globals);
    }

    @Test
    void hotLoopsSpecializeEveryFamily() throws Exception {
        Run r = run(false, """
                class P:
                    def __init__(self, x):
                        self.x = x
                    def get(self):
                        return self.x
                def add(a, b):
                    return a + b
                def f(n):
                    t = 0
                    fl = 0.0
                    s = ""
                    lst = [1, 2, 3]
                    d = {"a": 1}
                    p = P(0)
                    for i in range(n):
                        p.x = i
                        t = add(t, i * 2 - 1)
                        fl = fl + 1.5
                        if i < 3 and s != "zzz":
                            s = s + "x"
                        t += p.get() + p.x + lst[1] + d["a"] + len(lst)
                    for v in lst:
                        t += v
                    return t, fl, s
                result = f(500)
                """);
        assertEquals("(501506, 750.0, 'xxx')", r.get("result"));
        for (Family family : Family.values()) {
            assertTrue(r.stats().specializations(family) > 0, family + " never specialized");
            assertTrue(r.stats().hits(family) > 0, family + " never hit");
        }
    }

    @Test
    void changingOperandTypesDeSpecializesAndStaysRight() throws Exception {
        Run r = run(false, """
                def plus(a, b):
                    return a + b
                def less(a, b):
                    return a < b
                out = []
                for rnd in range(3):
                    acc = 0
                    for i in range(300):
                        acc = plus(acc, i)
                    out.append(acc)
                    acc = ""
                    for i in range(300):
                        acc = plus(acc, "ab"[i % 2])
                    out.append(len(acc))
                    out.append(acc[:4])
                    acc = 0.0
                    for i in range(300):
                        acc = plus(acc, 0.5)
                    out.append(acc)
                    out.append(plus([1], [2]))
                    out.append(plus(2 ** 62, 2 ** 62))
                    out.append(plus(True, True))
                    out.append(sum(1 for i in range(200) if less(i, 100)))
                    out.append(sum(1 for i in range(200) if less(float(i), 99.5)))
                    out.append(sum(1 for i in range(200) if less(str(i), "5")))
                    out.append(less(float("nan"), 1.0))
                result = out
                """);
        String round = "44850, 300, 'abab', 150.0, [1, 2], 9223372036854775808, 2, 100, 100, 145, False";
        assertEquals("[" + round + ", " + round + ", " + round + "]", r.get("result"));
        assertTrue(r.stats().deopts(Family.BINARY_OP) > 0, "the + site never went back to generic");
        assertTrue(r.stats().misses(Family.BINARY_OP) > 0);
    }

    @Test
    void classChangesMidLoopAreSeen() throws Exception {
        Run r = run(false, """
                class A:
                    k = 1
                    def m(self):
                        return 10
                class B(A):
                    pass
                def probe(o):
                    return o.m() + o.k
                def store(o, v):
                    o.k = v
                out = []
                b = B()
                for i in range(400):
                    if i == 100:
                        A.m = lambda self: 20
                    if i == 200:
                        b.m = lambda: 30
                    if i == 250:
                        del b.m
                    if i == 300:
                        A.k = property(lambda self: 5, lambda self, v: None)
                    store(b, i)
                    out.append(probe(b))
                result = [out[0], out[99], out[100], out[199], out[200], out[249], out[250], out[299], out[300], out[399]]
                """);
        assertEquals("[10, 109, 120, 219, 230, 279, 270, 319, 25, 25]", r.get("result"));
        assertTrue(r.stats().deopts(Family.LOAD_METHOD) + r.stats().misses(Family.LOAD_METHOD) > 0);
    }

    @Test
    void globalsAndBuiltinsChangesMidLoopAreSeen() throws Exception {
        Run r = run(false, """
                import builtins
                G = 1
                def read():
                    return G + len("ab")
                out = []
                real_len = builtins.len
                for i in range(500):
                    if i == 100:
                        G = 2
                    if i == 150:
                        del G
                        G = 3
                    if i == 200:
                        builtins.len = lambda x: 100
                    if i == 250:
                        len = lambda x: 1000
                    if i == 300:
                        del len
                    if i == 350:
                        builtins.len = real_len
                    if i == 400:
                        globals()["unrelated"] = 0
                    out.append(read())
                result = [out[0], out[99], out[100], out[149], out[150], out[199], out[200], out[249],
                          out[250], out[299], out[300], out[349], out[350], out[499]]
                code = compile("def f():\\n    return X\\n", "<shared>", "exec")
                g1 = {"X": 1}
                g2 = {"X": 2}
                exec(code, g1)
                exec(code, g2)
                shared = [g1["f"]() * 10 + g2["f"]() for i in range(100)]
                result2 = (g1["f"].__code__ is g2["f"].__code__, set(shared))
                """);
        assertEquals("[3, 3, 4, 4, 5, 5, 103, 103, 1003, 1003, 103, 103, 5, 5]", r.get("result"));
        assertEquals("(True, {12})", r.get("result2"));
        assertTrue(r.stats().specializations(Family.LOAD_GLOBAL) > 0);
        assertTrue(r.stats().misses(Family.LOAD_GLOBAL) > 0);
    }

    @Test
    void threadsRunningSpecializedCodeSeeEveryChange() throws Exception {
        assertTimeoutPreemptively(LIMIT, () -> {
            Run r = run(true, """
                    import builtins
                    import threading
                    READERS = 4
                    PHASES = 12
                    class C:
                        def __init__(self, v):
                            self.v = v
                        def get(self):
                            return -1
                    K = -1
                    barrier = threading.Barrier(READERS + 1)
                    failures = []
                    def hot(objs, n):
                        total = 0
                        for i in range(n):
                            o = objs[i % 3]
                            o.w = i
                            total += o.get() + o.v + K + len(objs) + o.w - i
                        return total
                    def make_get(k):
                        return lambda self: k
                    def reader():
                        mine = [C(1), C(1), C(1)]
                        for k in range(PHASES):
                            barrier.wait()
                            for rep in range(3):
                                got = hot(mine, 300)
                                want = 300 * (k + 1 + 10 * k + 3)
                                if got != want:
                                    failures.append((k, got, want))
                            barrier.wait()
                    def mutator():
                        for k in range(PHASES):
                            C.get = make_get(k)
                            globals()["K"] = 10 * k
                            barrier.wait()
                            for j in range(200):
                                C.noise = j
                                globals()["noise%d" % (j % 4)] = j
                                if j % 2:
                                    del globals()["noise%d" % (j % 4)]
                                builtins.zzz_noise = j
                                del builtins.zzz_noise
                                C.get = C.get
                            barrier.wait()
                    threads = [threading.Thread(target=reader) for _ in range(READERS)]
                    threads.append(threading.Thread(target=mutator))
                    for t in threads:
                        t.start()
                    for t in threads:
                        t.join()
                    result = failures
                    """);
            assertEquals("[]", r.get("result"));
            assertTrue(r.stats().hits(Family.LOAD_ATTR) > 0);
            assertTrue(r.stats().hits(Family.LOAD_GLOBAL) > 0);
        });
    }
}

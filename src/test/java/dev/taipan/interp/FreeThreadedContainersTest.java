package dev.taipan.interp;

import dev.taipan.builtins.Builtins;
import dev.taipan.compile.Compiler;
import dev.taipan.modules.StandardModules;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyDeque;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PySet;
import dev.taipan.objects.PyStr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stress tests for the builtin containers under races: plain Java threads calling the container
 * operations directly, and Python threads ({@code threading}) in a free-threaded and in a GIL
 * interpreter. Assertions are on exact counts and invariants (no lost update, no invented
 * item, no Java exception escaping), never on timing; time-outs only turn a deadlock into a
 * failure. {@code -Dtaipan.stress.repeat=N} repeats each scenario N times (default 2, which
 * keeps the default run short).
 */
class FreeThreadedContainersTest {
    private static final int REPEAT = Integer.getInteger("taipan.stress.repeat", 2);
    private static final int THREADS = 4;
    private static final Duration LIMIT = Duration.ofSeconds(120);

    // ---- harness -----------------------------------------------------------------------------

    private interface Body {
        void run(int thread) throws Exception;
    }

    /**
     * Runs a body on several threads released together; fails with the first throwable any of
     * them raised that is not a Python exception (Python exceptions are the body's business).
     */
    private static void race(int threads, Body body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    body.run(id);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "container-race-" + t);
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) {
            th.join();
        }
        if (failure.get() != null) {
            throw new AssertionError("a racing thread failed: " + failure.get(), failure.get());
        }
    }

    private static PyObject call(PyObject self, String method, PyObject... args) {
        return Abstract.callMethod(self, method, args);
    }

    private static PyInt i(long v) {
        return PyInt.of(v);
    }

    private static Interpreter newInterpreter(boolean freeThreaded) {
        List<NativeModule> modules = new ArrayList<>();
        modules.add(new Builtins());
        modules.addAll(StandardModules.all());
        return new Interpreter(modules, new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new ByteArrayOutputStream(), freeThreaded);
    }

    /** Runs source as {@code __main__} on a thread with a big stack; returns its globals. */
    private static PyDict runPython(boolean freeThreaded, String source) throws Exception {
        Interpreter interp = newInterpreter(freeThreaded);
        PyDict globals = interp.newGlobals("__main__");
        FutureTask<Void> task = new FutureTask<>(() -> {
            interp.exec(interp.compile(source, "<containers-test>", Compiler.Mode.EXEC), globals,
                    globals);
            return null;
        });
        Thread t = new Thread(null, task, "containers-test-main", 256L * 1024 * 1024);
        t.start();
        task.get();
        return globals;
    }

    // ---- Java threads on list ------------------------------------------------------------------

    @Test
    void listAppendsAndPopsLoseNothing() throws Exception {
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int r = 0; r < REPEAT; r++) {
                PyList list = new PyList();
                int per = 20_000;
                Set<Long> popped = ConcurrentHashMap.newKeySet();
                race(THREADS, t -> {
                    for (int k = 0; k < per; k++) {
                        list.append(i((long) t * per + k));
                    }
                    // Each thread pops only after its own appends, so the list is never empty.
                    for (int k = 0; k < per; k++) {
                        PyObject v = k % 2 == 0 ? call(list, "pop") : call(list, "pop", i(0));
                        assertTrue(popped.add(Abstract.asLong(v)), "popped twice: " + v);
                    }
                });
                assertEquals(0, list.size());
                assertEquals(THREADS * per, popped.size());
            }
        });
    }

    @Test
    void listReadersNeverSeeJavaExceptionsOrInventedItems() throws Exception {
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int r = 0; r < REPEAT; r++) {
                PyList list = new PyList();
                Set<PyObject> known = ConcurrentHashMap.newKeySet();
                PyObject[] pool = new PyObject[64];
                for (int k = 0; k < pool.length; k++) {
                    pool[k] = i(k);
                    known.add(pool[k]);
                }
                int steps = 4_000;
                race(THREADS, t -> {
                    for (int k = 0; k < steps; k++) {
                        try {
                            if (t < 2) {
                                mutateList(list, pool, t * steps + k);
                            } else {
                                readList(list, known, k);
                            }
                        } catch (PyException e) {
                            String type = e.getPyType().getName();
                            assertTrue(type.equals("IndexError") || type.equals("ValueError"),
                                    "unexpected Python error " + e);
                        }
                    }
                });
                for (PyObject x : list.toArray()) {
                    assertTrue(known.contains(x));
                }
            }
        });
    }

    private static void mutateList(PyList list, PyObject[] pool, int k) {
        PyObject x = pool[k % pool.length];
        switch (k % 11) {
            case 0, 1, 2 -> list.append(x);
            case 3 -> list.insert(0, x);
            case 4 -> call(list, "pop");
            case 5 -> call(list, "pop", i(0));
            case 6 -> call(list, "extend", PyList.of(x, x, x));
            case 7 -> call(list, "sort");
            case 8 -> Abstract.setItem(list, i(0), x);
            case 9 -> call(list, "remove", x);
            default -> {
                if (list.size() > 200) {
                    call(list, "clear");
                } else {
                    call(list, "reverse");
                }
            }
        }
    }

    private static void readList(PyList list, Set<PyObject> known, int k) {
        switch (k % 8) {
            case 0 -> {
                PyObject it = Abstract.iter(list);
                for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                    assertTrue(known.contains(x), "invented item " + x);
                }
            }
            case 1 -> {
                for (PyObject x : list.toArray()) {
                    assertTrue(known.contains(x), "invented item " + x);
                }
            }
            case 2 -> assertTrue(known.contains(Abstract.getItem(list, i(-1))));
            case 3 -> Abstract.repr(list);
            case 4 -> {
                PyObject s = Abstract.getItem(list, new dev.taipan.objects.PySlice(i(1), i(-1),
                        null));
                for (PyObject x : ((PyList) s).toArray()) {
                    assertTrue(known.contains(x));
                }
            }
            case 5 -> call(list, "count", i(3));
            case 6 -> Abstract.contains(list, i(63));
            default -> Abstract.richCompareBool(list, call(list, "copy"),
                    dev.taipan.objects.CompareOp.EQ);
        }
    }

    @Test
    void extendAndCompareInBothDirectionsDoNotDeadlock() throws Exception {
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int r = 0; r < REPEAT; r++) {
                PyList a = PyList.of(i(1), i(2));
                PyList b = PyList.of(i(3));
                PyDict da = new PyDict();
                PyDict db = new PyDict();
                PySet sa = PySet.of(i(1));
                PySet sb = PySet.of(i(2));
                race(4, t -> {
                    for (int k = 0; k < 2_000; k++) {
                        PyList x = t % 2 == 0 ? a : b;
                        PyList y = t % 2 == 0 ? b : a;
                        if (x.size() > 1000) {
                            call(x, "clear");
                        }
                        call(x, "extend", y);
                        Abstract.richCompareBool(x, y, dev.taipan.objects.CompareOp.EQ);
                        PyDict dx = t % 2 == 0 ? da : db;
                        PyDict dy = t % 2 == 0 ? db : da;
                        dx.put(i(k % 50 + t * 100), i(k));
                        call(dx, "update", dy);
                        Abstract.richCompareBool(dx, dy, dev.taipan.objects.CompareOp.EQ);
                        PySet sx = t % 2 == 0 ? sa : sb;
                        PySet sy = t % 2 == 0 ? sb : sa;
                        sx.add(i(k % 50 + t * 100));
                        call(sx, "update", sy);
                        Abstract.richCompareBool(sx, sy, dev.taipan.objects.CompareOp.EQ);
                    }
                });
            }
        });
    }

    // ---- Java threads on dict, set, deque --------------------------------------------------------

    @Test
    void dictWritersOfDistinctKeysLoseNothingWhileReadersIterate() throws Exception {
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int r = 0; r < REPEAT; r++) {
                PyDict d = new PyDict();
                int per = 5_000;
                race(THREADS + 2, t -> {
                    if (t >= THREADS) {
                        // Readers: iteration may raise RuntimeError, as CPython's does.
                        for (int k = 0; k < 300; k++) {
                            try {
                                PyObject it = Abstract.iter(call(d, "items"));
                                for (PyObject kv = Abstract.next(it); kv != null;
                                        kv = Abstract.next(it)) {
                                    PyObject[] pair = Abstract.toArray(kv);
                                    if (pair[0] instanceof PyInt) {
                                        assertEquals(Abstract.asLong(pair[0]) * 2,
                                                Abstract.asLong(pair[1]));
                                    }
                                }
                            } catch (PyException e) {
                                assertEquals("RuntimeError", e.getPyType().getName());
                            }
                            for (PyObject key : d.keysArray()) {
                                if (key instanceof PyInt) {
                                    assertEquals(Abstract.asLong(key) * 2,
                                            Abstract.asLong(d.getItem(key)));
                                }
                            }
                        }
                        return;
                    }
                    for (int k = 0; k < per; k++) {
                        long key = (long) t * per + k;
                        d.put(i(key), i(key * 2));
                        // One shared key, fought over by everyone.
                        d.put(PyStr.of("shared"), i(key));
                        d.remove(PyStr.of("shared"));
                    }
                });
                d.remove(PyStr.of("shared"));
                assertEquals(THREADS * per, d.size());
                for (long key = 0; key < (long) THREADS * per; key++) {
                    assertEquals(key * 2, Abstract.asLong(d.getItem(i(key))));
                }
            }
        });
    }

    @Test
    void dictSetdefaultAndPopitemAreAtomic() throws Exception {
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int r = 0; r < REPEAT; r++) {
                PyDict d = new PyDict();
                int keys = 2_000;
                PyObject[][] got = new PyObject[THREADS][keys];
                race(THREADS, t -> {
                    for (int k = 0; k < keys; k++) {
                        got[t][k] = call(d, "setdefault", i(k), PyStr.of("t" + t));
                    }
                });
                assertEquals(keys, d.size());
                for (int k = 0; k < keys; k++) {
                    // Exactly one thread's value won, and every thread was handed that one.
                    for (int t = 0; t < THREADS; t++) {
                        assertTrue(got[t][k] == d.getItem(i(k)), "setdefault not atomic");
                    }
                }
                Set<Long> seen = ConcurrentHashMap.newKeySet();
                race(THREADS, t -> {
                    while (true) {
                        PyObject kv;
                        try {
                            kv = call(d, "popitem");
                        } catch (PyException e) {
                            assertEquals("KeyError", e.getPyType().getName());
                            return;
                        }
                        assertTrue(seen.add(Abstract.asLong(Abstract.toArray(kv)[0])));
                    }
                });
                assertEquals(keys, seen.size());
                assertEquals(0, d.size());
            }
        });
    }

    @Test
    void setAddsAndDiscardsLoseNothing() throws Exception {
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int r = 0; r < REPEAT; r++) {
                PySet s = new PySet();
                int per = 10_000;
                race(THREADS, t -> {
                    for (int k = 0; k < per; k++) {
                        s.add(i((long) t * per + k));
                        // A transient element everyone adds and removes.
                        s.add(PyStr.of("x" + (k % 7)));
                        s.discard(PyStr.of("x" + (k % 7)));
                        if (k % 500 == 0) {
                            for (PyObject x : s.toArray()) {
                                assertTrue(x != null);
                            }
                        }
                    }
                });
                for (int k = 0; k < 7; k++) {
                    s.discard(PyStr.of("x" + k));
                }
                assertEquals(THREADS * per, s.size());
                Set<Long> all = new HashSet<>();
                for (PyObject x : s.toArray()) {
                    all.add(Abstract.asLong(x));
                }
                assertEquals(THREADS * per, all.size());
            }
        });
    }

    @Test
    void dequeAppendsAndPopsFromBothEndsLoseNothing() throws Exception {
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int r = 0; r < REPEAT; r++) {
                PyDeque q = new PyDeque();
                int per = 20_000;
                Set<Long> popped = ConcurrentHashMap.newKeySet();
                race(THREADS, t -> {
                    for (int k = 0; k < per; k++) {
                        if (k % 2 == 0) {
                            q.append(i((long) t * per + k));
                        } else {
                            q.appendLeft(i((long) t * per + k));
                        }
                    }
                    for (int k = 0; k < per; k++) {
                        PyObject v = k % 2 == 0 ? q.popLeft() : q.popRight();
                        assertTrue(v != null && popped.add(Abstract.asLong(v)));
                    }
                });
                assertEquals(0, q.size());
                assertEquals(THREADS * per, popped.size());
            }
        });
    }

    // ---- Python threads, free-threaded and GIL -------------------------------------------------

    private static final String PYTHON_HARNESS = """
            import threading, sys
            N = 4
            def run_all(target, *args):
                errors = []
                def wrap(i):
                    try:
                        target(i, *args)
                    except BaseException as e:
                        errors.append(repr(e))
                ts = [threading.Thread(target=wrap, args=(i,)) for i in range(N)]
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                assert not errors, errors
            """;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void pythonThreadsShareListsDictsSetsAndDeques(boolean freeThreaded) throws Exception {
        assertTimeoutPreemptively(LIMIT, () -> {
            PyDict g = runPython(freeThreaded, PYTHON_HARNESS + """
                    from collections import deque
                    REPEAT = %d
                    for _ in range(REPEAT):
                        shared = []
                        def appender(i):
                            for k in range(1500):
                                shared.append((i, k))
                            for k in range(500):
                                shared.pop()
                        run_all(appender)
                        assert len(shared) == N * 1000, len(shared)

                        d = {}
                        def writer(i):
                            for k in range(1500):
                                d[(i, k)] = k
                                d["hot"] = k
                                d.pop("hot", None)
                                d.setdefault(k, i)
                        run_all(writer)
                        d.pop("hot", None)
                        assert len(d) == N * 1500 + 1500, len(d)

                        s = set()
                        def adder(i):
                            for k in range(1500):
                                s.add((i, k))
                                s.add(-1)
                                s.discard(-1)
                        run_all(adder)
                        s.discard(-1)
                        assert len(s) == N * 1500

                        q = deque()
                        got = []
                        def producer_consumer(i):
                            for k in range(1000):
                                q.append(k)
                            for k in range(1000):
                                got.append(q.popleft())
                        run_all(producer_consumer)
                        assert len(q) == 0 and len(got) == N * 1000
                        assert sorted(got) == sorted(list(range(1000)) * N)

                        # Iterating while others mutate: RuntimeError only where CPython raises it.
                        live = {k: k for k in range(100)}
                        def churn(i):
                            for k in range(1000):
                                if i == 0:
                                    live[1000 + k] = k
                                    del live[1000 + k]
                                else:
                                    try:
                                        for key in live:
                                            assert key in range(100) or key >= 1000
                                    except RuntimeError as e:
                                        assert "changed" in str(e), e
                        run_all(churn)
                        assert len(live) == 100
                    ok = True
                    """.formatted(REPEAT));
            assertEquals("True", Abstract.repr(g.getStr("ok")).toString());
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void pythonThreadsOnKeysWithPythonEquality(boolean freeThreaded) throws Exception {
        assertTimeoutPreemptively(LIMIT, () -> {
            PyDict g = runPython(freeThreaded, PYTHON_HARNESS + """
                    class Key:
                        __slots__ = ("v",)
                        def __init__(self, v):
                            self.v = v
                        def __hash__(self):
                            return self.v %% 64  # plenty of collisions: __eq__ runs a lot
                        def __eq__(self, other):
                            return isinstance(other, Key) and other.v == self.v
                    for _ in range(%d):
                        d = {}
                        s = set()
                        def writer(i):
                            for k in range(150):
                                d[Key(i * 1000 + k)] = k
                                s.add(Key(i * 1000 + k))
                                d[Key(-1)] = i
                                del d[Key(i * 1000 + k)]
                                d[Key(i * 1000 + k)] = k
                        run_all(writer)
                        assert len(d) == N * 150 + 1, len(d)
                        assert len(s) == N * 150, len(s)
                        assert all(d[Key(i * 1000 + k)] == k for i in range(N) for k in range(150))
                    ok = True
                    """.formatted(REPEAT));
            assertEquals("True", Abstract.repr(g.getStr("ok")).toString());
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void pythonThreadsOnInstancesClassesAndGlobals(boolean freeThreaded) throws Exception {
        assertTimeoutPreemptively(LIMIT, () -> {
            PyDict g = runPython(freeThreaded, PYTHON_HARNESS + """
                    class Box:
                        pass
                    class C:
                        k = 0
                        def m(self):
                            return C.k
                    def m_a(self):
                        return "a"
                    def m_b(self):
                        return "b"
                    counter = 0
                    for _ in range(%d):
                        boxes = [Box() for _ in range(500)]
                        def setter(i):
                            # Fresh instances: their dicts are created by whichever thread is first.
                            for b in boxes:
                                setattr(b, "t%%d" %% i, i)
                        run_all(setter)
                        assert all(len(vars(b)) == N for b in boxes)

                        seen = set()
                        def classy(i):
                            c = C()
                            for k in range(2000):
                                if i == 0:
                                    C.k = k
                                    C.m = m_a if k %% 2 else m_b
                                else:
                                    r = c.m()
                                    assert r in ("a", "b") or 0 <= r < 2000, r
                        run_all(classy)
                        C.m = lambda self: C.k

                        def globaller(i):
                            global counter
                            for k in range(2000):
                                globals()["g_%%d_%%d" %% (i, k %% 50)] = k
                                counter += 1  # not atomic in CPython either: may lose updates
                        counter = 0
                        run_all(globaller)
                        assert 0 < counter <= N * 2000, counter
                        assert all(globals()["g_%%d_%%d" %% (i, k)] == 1950 + k
                                   for i in range(N) for k in range(50))
                    ok = True
                    """.formatted(REPEAT));
            assertEquals("True", Abstract.repr(g.getStr("ok")).toString());
        });
    }

    @Test
    void hostThreadsMutateWhilePythonThreadsIterate() throws Exception {
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int r = 0; r < REPEAT; r++) {
                Interpreter interp = newInterpreter(true);
                PyDict globals = interp.newGlobals("__main__");
                PyList shared = new PyList();
                PyDict table = new PyDict();
                globals.put(PyStr.of("shared"), shared);
                globals.put(PyStr.of("table"), table);
                String src = PYTHON_HARNESS + """
                        def reader(i):
                            for _ in range(100):
                                total = 0
                                for x in shared:
                                    total += x
                                try:
                                    for k, v in table.items():
                                        assert v == k * 3
                                except RuntimeError:
                                    pass
                                shared[:] if i else sorted(shared)
                        run_all(reader)
                        done = True
                        """;
                AtomicReference<Throwable> hostFailure = new AtomicReference<>();
                Thread host = new Thread(() -> {
                    try {
                        for (int k = 0; k < 20_000; k++) {
                            shared.append(i(k % 10));
                            table.put(i(k % 300), i((k % 300) * 3));
                            if (k % 3 == 0 || shared.size() > 300) {
                                call(shared, "pop", i(0));
                                table.remove(i((k * 7) % 300));
                            }
                        }
                    } catch (Throwable e) {
                        hostFailure.set(e);
                    }
                });
                host.start();
                FutureTask<Void> task = new FutureTask<>(() -> {
                    interp.exec(interp.compile(src, "<containers-test>", Compiler.Mode.EXEC),
                            globals, globals);
                    return null;
                });
                Thread t = new Thread(null, task, "containers-test-main", 256L * 1024 * 1024);
                t.start();
                task.get();
                host.join();
                assertNull(hostFailure.get());
                assertEquals("True", Abstract.repr(globals.getStr("done")).toString());
            }
        });
    }
}

package dev.taipan.interp;

import dev.taipan.builtins.Builtins;
import dev.taipan.compile.Compiler;
import dev.taipan.modules.StandardModules;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GIL's promises, checked by progress rather than by timing: a thread that sleeps keeps getting
 * turns while CPU-bound threads spin, blocking calls let other threads run, host threads may enter
 * from anywhere (virtual threads too), and the switch interval is per interpreter. A broken
 * promise shows up as a deadlock or starvation, which the generous time-outs turn into failures.
 */
class GilTest {
    private static final Duration LIMIT = Duration.ofSeconds(90);

    private static Interpreter newInterpreter(boolean freeThreaded) {
        List<NativeModule> modules = new ArrayList<>();
        modules.add(new Builtins());
        modules.addAll(StandardModules.all());
        return new Interpreter(modules, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), freeThreaded);
    }

    /** Runs source as a module on a thread with a big stack, as the command does; returns its globals. */
    private static PyDict run(Interpreter interp, String source) throws Exception {
        PyDict globals = interp.newGlobals("__main__");
        FutureTask<Void> task = new FutureTask<>(() -> {
            interp.exec(interp.compile(source, "<gil-test>", Compiler.Mode.EXEC), globals, globals);
            return null;
        });
        Thread t = new Thread(null, task, "gil-test-main", 256L * 1024 * 1024);
        t.start();
        task.get();
        return globals;
    }

    private static long intOf(PyDict globals, String name) {
        return Abstract.asLong(globals.getStr(name));
    }

    @Test
    void sleepingThreadKeepsRunningWhileCpuBoundThreadsSpin() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Interpreter interp = newInterpreter(false);
            PyDict g = run(interp, """
                    import threading, time
                    stop = False
                    spun = 0
                    def spin():
                        global spun
                        n = 0
                        while not stop:
                            n += 1
                        spun += n
                    woke = 0
                    def sleeper():
                        global woke
                        for _ in range(60):
                            time.sleep(0.001)
                            woke += 1
                    spinners = [threading.Thread(target=spin) for _ in range(2)]
                    for t in spinners: t.start()
                    s = threading.Thread(target=sleeper)
                    s.start(); s.join()
                    stop = True
                    for t in spinners: t.join()
                    """);
            assertEquals(60, intOf(g, "woke"));
            assertTrue(intOf(g, "spun") > 0, "the spinning threads ran too");
            assertTrue(interp.gilSwitches() >= 60, "the GIL changed hands at each wake-up: " + interp.gilSwitches());
        });
    }

    @Test
    void cpuBoundThreadsTakeTurns() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Interpreter interp = newInterpreter(false);
            PyDict g = run(interp, """
                    import sys, threading
                    sys.setswitchinterval(0.0005)
                    progress = [0, 0]
                    first_done_at = []
                    def count(k):
                        for i in range(300000):
                            progress[k] += 1
                        first_done_at.append(progress[1 - k])
                    ts = [threading.Thread(target=count, args=(k,)) for k in range(2)]
                    for t in ts: t.start()
                    for t in ts: t.join()
                    other_progress = first_done_at[0]
                    """);
            // When the first thread finished, the other had made progress too: they alternated.
            assertTrue(intOf(g, "other_progress") > 0, "the second thread ran while the first did");
        });
    }

    @Test
    void sleepReleasesTheGil() {
        assertTimeoutPreemptively(LIMIT, () -> {
            PyDict g = run(newInterpreter(false), """
                    import threading, time
                    inside = 0
                    overlapped = 0
                    def nap():
                        global inside, overlapped
                        inside += 1
                        time.sleep(0.3)
                        if inside == 2:
                            overlapped += 1
                        inside -= 1
                    ts = [threading.Thread(target=nap) for _ in range(2)]
                    for t in ts: t.start()
                    for t in ts: t.join()
                    main_steps = 0
                    asleep = threading.Event()
                    woke = threading.Event()
                    def long_nap():
                        asleep.set()
                        time.sleep(0.3)
                        woke.set()
                    t = threading.Thread(target=long_nap)
                    t.start()
                    asleep.wait()
                    while not woke.is_set():
                        main_steps += 1
                    t.join()
                    """);
            assertTrue(intOf(g, "overlapped") >= 1, "two threads were asleep at once");
            assertTrue(intOf(g, "main_steps") > 0, "the main thread ran while the other slept");
        });
    }

    @Test
    void lockAndQueueWaitsReleaseTheGil() {
        assertTimeoutPreemptively(LIMIT, () -> {
            // Each wait below would deadlock if it kept the GIL: the waker needs it to run.
            PyDict g = run(newInterpreter(false), """
                    import threading, queue
                    lock = threading.Lock()
                    lock.acquire()
                    got = []
                    t = threading.Thread(target=lambda: got.append(lock.acquire()))
                    t.start()
                    for _ in range(10000):
                        pass
                    lock.release()
                    t.join()
                    q = queue.Queue()
                    t = threading.Thread(target=lambda: got.append(q.get()))
                    t.start()
                    q.put(True)
                    t.join()
                    cond = threading.Condition()
                    flag = []
                    def waiter():
                        with cond:
                            cond.wait_for(lambda: flag)
                            got.append(True)
                    t = threading.Thread(target=waiter)
                    t.start()
                    with cond:
                        flag.append(1)
                        cond.notify()
                    t.join()
                    done = len(got)
                    """);
            assertEquals(3, intOf(g, "done"));
        });
    }

    @Test
    void switchIntervalIsPerInterpreter() throws Exception {
        Interpreter a = newInterpreter(false);
        Interpreter b = newInterpreter(true);
        PyDict ga = run(a, """
                import sys
                default = sys.getswitchinterval()
                sys.setswitchinterval(0.001)
                after = sys.getswitchinterval()
                errors = []
                for bad in (0, -1.0):
                    try:
                        sys.setswitchinterval(bad)
                    except ValueError as e:
                        errors.append(str(e))
                gil = sys._is_gil_enabled()
                """);
        PyDict gb = run(b, "import sys\nvalue = sys.getswitchinterval()\ngil = sys._is_gil_enabled()\n");
        assertEquals("0.005", Abstract.repr(ga.getStr("default")).toString());
        assertEquals("0.001", Abstract.repr(ga.getStr("after")).toString());
        assertEquals("['switch interval must be strictly positive', 'switch interval must be strictly positive']",
                Abstract.repr(ga.getStr("errors")).toString());
        assertEquals(1000, a.switchIntervalMicros());
        assertEquals("0.005", Abstract.repr(gb.getStr("value")).toString());
        assertEquals("True", Abstract.repr(ga.getStr("gil")).toString());
        assertEquals("False", Abstract.repr(gb.getStr("gil")).toString());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void manyHostThreadsEnterAtOnce(boolean freeThreaded) {
        assertTimeoutPreemptively(LIMIT, () -> {
            Interpreter interp = newInterpreter(freeThreaded);
            PyDict g = run(interp, """
                    def work(n):
                        total = 0
                        for i in range(n):
                            total += i * i
                        return total
                    """);
            PyObject work = g.getStr("work");
            int threads = 16;
            int calls = 50;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Long>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int n = 1000 + t;
                    results.add(pool.submit(hostCalls(interp, work, n, calls)));
                }
                for (int t = 0; t < threads; t++) {
                    long n = 1000 + t;
                    long want = (n - 1) * n * (2 * n - 1) / 6 * calls;
                    assertEquals(want, results.get(t).get());
                }
            } finally {
                pool.shutdownNow();
            }
            if (!freeThreaded) {
                assertTrue(interp.gilSwitches() > 0, "threads waited for each other's GIL");
            }
        });
    }

    private static Callable<Long> hostCalls(Interpreter interp, PyObject function, int n, int calls) {
        return () -> {
            long sum = 0;
            for (int i = 0; i < calls; i++) {
                try (ThreadEntry entry = interp.enterThread()) {
                    sum += Abstract.asLong(function.call(PyInt.of(n)));
                }
            }
            return sum;
        };
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void virtualThreadsRunPythonAndBlockWithoutHoldingTheGil(boolean freeThreaded) {
        assertTimeoutPreemptively(LIMIT, () -> {
            Interpreter interp = newInterpreter(freeThreaded);
            PyDict g = run(interp, """
                    import time, threading
                    gate = threading.Event()
                    def task(k):
                        time.sleep(0.01)
                        gate.wait()
                        return k * 2
                    """);
            PyObject task = g.getStr("task");
            PyObject gate = g.getStr("gate");
            int count = 200;
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Long>> results = new ArrayList<>();
                for (int k = 0; k < count; k++) {
                    PyObject arg = PyInt.of(k);
                    results.add(pool.submit(() -> {
                        try (ThreadEntry entry = interp.enterThread()) {
                            return Abstract.asLong(task.call(arg));
                        }
                    }));
                }
                // Every task is parked in gate.wait() (GIL released) until this host thread opens it.
                try (ThreadEntry entry = interp.enterThread()) {
                    Abstract.callMethod(gate, "set");
                }
                for (int k = 0; k < count; k++) {
                    assertEquals(2L * k, results.get(k).get());
                }
            }
        });
    }

    @Test
    void nestedEntriesAndReleaseGilBalance() {
        Interpreter interp = newInterpreter(false);
        try (ThreadEntry outer = interp.enterThread()) {
            ThreadState ts = outer.threadState();
            assertTrue(ts.holdsGil);
            try (ThreadEntry inner = interp.enterThread()) {
                assertTrue(ts.holdsGil);
                int got = interp.releaseGil(() -> ts.holdsGil ? 1 : 0);
                assertEquals(0, got);
                assertTrue(ts.holdsGil);
                Blocking.run(() -> assertTrue(!ts.holdsGil));
            }
            assertTrue(ts.holdsGil, "the inner entry left the outer one's GIL alone");
        }
        assertTrue(!interp.threadState().holdsGil);
    }

    @Test
    void releasingThreadQueuesBehindWaitersInArrivalOrder() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Interpreter interp = newInterpreter(false);
            List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
            try (ThreadEntry main = interp.enterThread()) {
                List<Thread> others = new ArrayList<>();
                for (String name : List.of("first", "second", "third")) {
                    Thread t = new Thread(() -> {
                        try (ThreadEntry entry = interp.enterThread()) {
                            order.add(name);
                        }
                    });
                    t.start();
                    int queued = others.size() + 1;
                    while (interp.gil().waiting() < queued) {
                        Thread.onSpinWait();
                    }
                    others.add(t);
                }
                // Releasing and taking the GIL again puts this thread behind the three waiters.
                interp.releaseGil(() -> null);
                order.add("main again");
                for (Thread t : others) {
                    t.join();
                }
            }
            assertEquals(List.of("first", "second", "third", "main again"), order);
        });
    }
}

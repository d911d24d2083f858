package dev.taipan.modules;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.PyModule;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code time} module: clocks, {@code sleep}, and the calendar functions ({@code gmtime},
 * {@code localtime}, {@code mktime}, {@code strftime}, {@code strptime}, {@code asctime},
 * {@code ctime}) with {@code struct_time}. Local time is the JVM's default zone when the
 * interpreter is created.
 */
// CPython: Modules/timemodule.c
public final class TimeModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int MAX_STRPTIME_FORMATS = 64;
    private static final String[] DAY_ABBRS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTH_ABBRS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};

    private final Interpreter interp;
    private final ZoneId zone;
    private final String[] tzNames;
    private final boolean daylight;
    /** Compiled strptime formats, most recently used last; a program uses few formats many times. */
    private final Map<String, Strptime> strptimeFormats = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Strptime> eldest) {
            return size() > MAX_STRPTIME_FORMATS;
        }
    };

    /**
     * Creates the module for an interpreter, reading the local zone.
     *
     * @param interp the interpreter, whose {@code types} module gives {@code get_clock_info} its
     *               result type
     */
    public TimeModule(Interpreter interp) {
        super("time");
        this.interp = interp;
        this.zone = ZoneId.systemDefault();
        ModuleExposer.expose(this, TimeModule.class, LOOKUP, this::put);
        put("struct_time", TimeFields.STRUCT_TIME);
        // CPython: Modules/timemodule.c, init_timezone: the offsets of January and July decide
        // which of the two is standard time.
        int year = LocalDate.now(zone).getYear();
        Instant january = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant july = LocalDate.of(year, 7, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        int janOffset = zone.getRules().getOffset(january).getTotalSeconds();
        int julOffset = zone.getRules().getOffset(july).getTotalSeconds();
        String janName = TimeFields.zoneName(zone, january);
        String julName = TimeFields.zoneName(zone, july);
        boolean southern = -janOffset < -julOffset;
        this.daylight = janOffset != julOffset;
        this.tzNames = southern ? new String[] {julName, janName} : new String[] {janName, julName};
        put("timezone", PyInt.of(southern ? -julOffset : -janOffset));
        put("altzone", PyInt.of(southern ? -janOffset : -julOffset));
        put("daylight", PyInt.of(daylight ? 1 : 0));
        put("tzname", PyTuple.of(PyStr.of(tzNames[0]), PyStr.of(tzNames[1])));
    }

    /**
     * A strptime format compiled for this interpreter's zone names, kept for the next use.
     *
     * @param format the format
     * @return the compiled format
     */
    Strptime compiledFormat(String format) {
        synchronized (strptimeFormats) {
            Strptime compiled = strptimeFormats.get(format);
            if (compiled == null) {
                compiled = Strptime.compile(format, tzNames, daylight);
                strptimeFormats.put(format, compiled);
            }
            return compiled;
        }
    }

    private static long epochNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * NANOS_PER_SECOND + now.getNano();
    }

    /** Seconds from a time argument: now for None, else floored as CPython's time_t converter. */
    // CPython: Python/pytime.c, _PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR
    private static long seconds(PyObject secs) {
        if (secs == null || secs == PyNone.NONE) {
            return Math.floorDiv(epochNanos(), NANOS_PER_SECOND);
        }
        if (secs instanceof PyFloat f) {
            double d = f.doubleValue();
            if (Double.isNaN(d)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            double floor = Math.floor(d);
            if (floor < -0x1p63 || floor >= 0x1p63) {
                throw Errors.overflowError("timestamp out of range for platform time_t");
            }
            return (long) floor;
        }
        PyInt i = Abstract.index(secs);
        if (!i.fitsLong()) {
            throw Errors.overflowError("timestamp out of range for platform time_t");
        }
        return i.longValue();
    }

    @PyFunction
    static PyObject gmtime(@Name("seconds") @Opt PyObject secs) {
        return TimeFields.utc(seconds(secs)).toStructTime();
    }

    @PyFunction
    PyObject localtime(@Name("seconds") @Opt PyObject secs) {
        return TimeFields.local(seconds(secs), zone).toStructTime();
    }

    @PyFunction
    PyObject mktime(PyObject t) {
        return PyFloat.of(TimeFields.fromTuple(t, "mktime").toEpochSeconds(zone));
    }

    private TimeFields timeArg(PyObject t, String function) {
        return t == null ? TimeFields.local(seconds(null), zone) : TimeFields.fromTuple(t, function);
    }

    @PyFunction
    PyObject asctime(@Opt PyObject t) {
        return PyStr.of(asctime(timeArg(t, "asctime").checked()));
    }

    @PyFunction
    PyObject ctime(@Opt PyObject secs) {
        return PyStr.of(asctime(TimeFields.local(seconds(secs), zone)));
    }

    // CPython: Modules/timemodule.c, _asctime
    private static String asctime(TimeFields t) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", DAY_ABBRS[Math.floorMod(t.wday(), 7)],
                MONTH_ABBRS[t.month() - 1], t.mday(), t.hour(), t.minute(), t.second(), t.year());
    }

    @PyFunction
    PyObject strftime(PyObject format, @Opt PyObject t) {
        if (!(format instanceof PyStr f)) {
            throw Errors.typeError("strftime() argument 1 must be str, not %s", format.getType().getName());
        }
        return PyStr.of(Strftime.format(f.toString(), timeArg(t, "strftime").forStrftime(), tzNames, zone));
    }

    @PyFunction
    PyObject strptime(PyObject string, @Default("'%a %b %d %H:%M:%S %Y'") PyObject format) {
        return StrptimeModule.toStructTime(StrptimeModule.parse(string, format, this));
    }

    @PyFunction
    PyObject get_clock_info(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("get_clock_info() argument 1 must be str, not %s", name.getType().getName());
        }
        String implementation;
        boolean monotonic;
        boolean adjustable;
        double resolution;
        switch (s.toString()) {
            case "time" -> {
                implementation = "clock_gettime(CLOCK_REALTIME)";
                monotonic = false;
                adjustable = true;
                resolution = 1e-09;
            }
            case "monotonic", "perf_counter" -> {
                implementation = "clock_gettime(CLOCK_MONOTONIC)";
                monotonic = true;
                adjustable = false;
                resolution = 1e-09;
            }
            case "process_time" -> {
                implementation = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
                monotonic = true;
                adjustable = false;
                resolution = 1e-09;
            }
            case "thread_time" -> {
                implementation = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
                monotonic = true;
                adjustable = false;
                resolution = 1e-09;
            }
            default -> throw Errors.valueError("unknown clock");
        }
        PyObject namespace = Abstract.getAttr(interp.importModule("types"), "SimpleNamespace");
        return namespace.call(new PyObject[] {PyStr.of(implementation), PyBool.of(monotonic),
            PyBool.of(adjustable), PyFloat.of(resolution)},
                new String[] {"implementation", "monotonic", "adjustable", "resolution"});
    }

    @PyFunction
    static PyObject time() {
        return PyFloat.of(epochNanos() / 1e9);
    }

    @PyFunction
    static PyObject time_ns() {
        return PyInt.of(epochNanos());
    }

    @PyFunction
    static PyObject perf_counter() {
        return PyFloat.of(System.nanoTime() / 1e9);
    }

    @PyFunction
    static PyObject perf_counter_ns() {
        return PyInt.of(System.nanoTime());
    }

    @PyFunction
    static PyObject monotonic() {
        return PyFloat.of(System.nanoTime() / 1e9);
    }

    @PyFunction
    static PyObject monotonic_ns() {
        return PyInt.of(System.nanoTime());
    }

    @PyFunction
    static PyObject process_time() {
        return PyFloat.of(cpuNanos() / 1e9);
    }

    @PyFunction
    static PyObject process_time_ns() {
        return PyInt.of(cpuNanos());
    }

    @PyFunction
    static PyObject thread_time() {
        return PyFloat.of(threadCpuNanos() / 1e9);
    }

    @PyFunction
    static PyObject thread_time_ns() {
        return PyInt.of(threadCpuNanos());
    }

    private static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                && os.getProcessCpuTime() >= 0) {
            return os.getProcessCpuTime();
        }
        return threadCpuNanos();
    }

    @PyFunction
    static PyObject sleep(PyObject seconds) {
        double s = Abstract.asDouble(seconds);
        if (Double.isNaN(s)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (s < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        long nanos = s >= Long.MAX_VALUE / 1e9 ? Long.MAX_VALUE : (long) (s * 1e9);
        // Other Python threads run meanwhile; sleep(0) just lets a waiting thread have its turn.
        dev.taipan.interp.Blocking.run(() -> Thread.sleep(java.time.Duration.ofNanos(nanos)));
        return PyNone.NONE;
    }
}

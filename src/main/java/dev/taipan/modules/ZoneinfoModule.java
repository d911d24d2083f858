package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code _zoneinfo}: the time zone rules behind {@code zoneinfo.ZoneInfo}, read from the JDK's
 * copy of the IANA database ({@link ZoneRules}) rather than from TZif files, so that embedded
 * interpreters need no system time zone data. Times cross this boundary as wall-clock fields
 * (seconds precision: transitions fall on whole seconds) and offsets as seconds.
 *
 * <p>Abbreviations ({@code tzname}) come from the JDK's US-English short zone names, which are the
 * IANA abbreviations for most zones today ({@code CET}, {@code EDT}, {@code JST}); where the JDK
 * has none it writes {@code GMT+04:00}, which becomes the IANA numeric form {@code +04}, and times
 * before a zone's first transition are {@code LMT}. Other historical names (Paris's {@code PMT},
 * New York's war time {@code EWT}) are not in the JDK, so those times show today's names.
 */
// CPython: Lib/zoneinfo/_zoneinfo.py (semantics of utcoffset, dst, tzname and fromutc with fold)
public final class ZoneinfoModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);

    /** Creates the module with its functions. */
    public ZoneinfoModule() {
        super("_zoneinfo");
        ModuleExposer.expose(this, ZoneinfoModule.class, LOOKUP, this::put);
    }

    /** {@code exists(key)}: whether the database has a zone named exactly {@code key}. */
    @PyFunction
    static boolean exists(@Name("key") String key) {
        return ZoneId.getAvailableZoneIds().contains(key);
    }

    /** {@code keys()}: the names of every zone of the database, sorted. */
    @PyFunction
    static PyObject keys() {
        List<String> names = new ArrayList<>(ZoneId.getAvailableZoneIds());
        names.sort(null);
        PyList list = new PyList();
        for (String name : names) {
            list.append(PyStr.of(name));
        }
        return list;
    }

    /**
     * {@code fixed(key)}: {@code (utcoffset, dst, tzname)} when the zone has only ever had one
     * offset (UTC, {@code Etc/GMT+5}), otherwise None.
     */
    @PyFunction
    static PyObject fixed(@Name("key") String key) {
        ZoneRules rules = rulesOf(key);
        if (!rules.isFixedOffset()) {
            return PyNone.NONE;
        }
        Instant now = Instant.EPOCH;
        return info(key, rules, now, rules.getOffset(now));
    }

    /**
     * {@code local(key, year, month, day, hour, minute, second, fold)}: {@code (utcoffset, dst,
     * tzname)} for a wall-clock time. In a repeated hour fold 0 picks the earlier moment and fold 1
     * the later; in a skipped hour fold 0 uses the offset from before the transition and fold 1
     * the one after (PEP 495).
     */
    @PyFunction
    static PyObject local(@Name("key") String key, @Name("year") int year, @Name("month") int month,
                          @Name("day") int day, @Name("hour") int hour, @Name("minute") int minute,
                          @Name("second") int second, @Name("fold") int fold) {
        ZoneRules rules = rulesOf(key);
        LocalDateTime wall = wallTime(year, month, day, hour, minute, second);
        ZoneOffsetTransition transition = rules.getTransition(wall);
        if (transition == null) {
            ZoneOffset offset = rules.getOffset(wall);
            return info(key, rules, wall.toInstant(offset), offset);
        }
        // dst and tzname are those of the side of the transition the fold picks, even in a gap.
        if (fold == 0) {
            return info(key, rules, transition.getInstant().minusSeconds(1), transition.getOffsetBefore());
        }
        return info(key, rules, transition.getInstant(), transition.getOffsetAfter());
    }

    /**
     * {@code utc(key, year, month, day, hour, minute, second)}: {@code (utcoffset, fold)} for a
     * UTC time: the zone's offset then, and 1 when the local time it gives is the second of two.
     */
    @PyFunction
    static PyObject utc(@Name("key") String key, @Name("year") int year, @Name("month") int month,
                        @Name("day") int day, @Name("hour") int hour, @Name("minute") int minute,
                        @Name("second") int second) {
        ZoneRules rules = rulesOf(key);
        Instant moment = wallTime(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        ZoneOffset offset = rules.getOffset(moment);
        LocalDateTime wall = LocalDateTime.ofInstant(moment, offset);
        ZoneOffsetTransition transition = rules.getTransition(wall);
        int fold = transition != null && transition.isOverlap()
                && offset.equals(transition.getOffsetAfter()) ? 1 : 0;
        return PyTuple.of(PyInt.of(offset.getTotalSeconds()), PyInt.of(fold));
    }

    private static PyObject info(String key, ZoneRules rules, Instant moment, ZoneOffset offset) {
        int dst = (int) rules.getDaylightSavings(moment).getSeconds();
        return PyTuple.of(PyInt.of(offset.getTotalSeconds()), PyInt.of(dst),
                PyStr.of(abbreviation(key, rules, moment, offset)));
    }

    private static String abbreviation(String key, ZoneRules rules, Instant moment, ZoneOffset offset) {
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        if (!transitions.isEmpty() && moment.isBefore(transitions.get(0).getInstant())) {
            // The IANA database starts every zone with its local mean time.
            return "LMT";
        }
        String name;
        try {
            name = SHORT_NAME.format(moment.atZone(ZoneId.of(key)));
        } catch (DateTimeException e) {
            name = "GMT";
        }
        if (!name.startsWith("GMT") || name.equals("GMT") && offset.getTotalSeconds() == 0) {
            return name;
        }
        return numericAbbreviation(offset.getTotalSeconds());
    }

    /** The IANA style for zones without a name: {@code +04}, {@code -0330}, {@code +054500}. */
    private static String numericAbbreviation(int seconds) {
        char sign = seconds < 0 ? '-' : '+';
        int total = Math.abs(seconds);
        int hours = total / 3600;
        int minutes = total / 60 % 60;
        int secs = total % 60;
        StringBuilder sb = new StringBuilder().append(sign).append(two(hours));
        if (minutes != 0 || secs != 0) {
            sb.append(two(minutes));
        }
        if (secs != 0) {
            sb.append(two(secs));
        }
        return sb.toString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static LocalDateTime wallTime(int year, int month, int day, int hour, int minute, int second) {
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            throw dev.taipan.objects.Errors.valueError("%s", e.getMessage());
        }
    }

    private static ZoneRules rulesOf(String key) {
        Set<String> names = ZoneId.getAvailableZoneIds();
        if (!names.contains(key)) {
            throw dev.taipan.objects.Errors.keyError("No time zone found with key %s", key);
        }
        return ZoneId.of(key).getRules();
    }
}

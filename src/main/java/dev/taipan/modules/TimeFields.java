package dev.taipan.modules;

import dev.taipan.interp.StructSeq;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A broken-down time, as C's {@code struct tm} and Python's {@code time.struct_time}: the
 * conversions between it, POSIX seconds and Python tuples. Months count from 1, weekdays from
 * Monday = 0 and year days from 1, as in Python.
 *
 * @param year    the year
 * @param month   1..12
 * @param mday    day of the month
 * @param hour    0..23
 * @param minute  0..59
 * @param second  0..61
 * @param wday    day of the week, Monday = 0
 * @param yday    day of the year, from 1
 * @param isdst   1 in daylight saving time, 0 not, -1 unknown
 * @param zone    the zone abbreviation, or null when unknown
 * @param gmtoff  seconds east of UTC, or null when unknown
 */
// CPython: Modules/timemodule.c, tmtotuple and gettmarg
record TimeFields(long year, int month, int mday, int hour, int minute, int second, int wday, int yday,
                  int isdst, String zone, Long gmtoff) {

    /** {@code time.struct_time}: nine tuple items and the zone name and offset by name only. */
    static final PyType STRUCT_TIME = StructSeq.newType("time", "struct_time",
            "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
                    + " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
                    + " sequence of 9 integers.",
            9, "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
            "tm_isdst", "tm_zone", "tm_gmtoff");

    private static final String RANGE = "timestamp out of range for platform time_t";
    private static final int DEFAULT_DST_SHIFT = 3600;

    /**
     * The UTC time at a POSIX time, as {@code time.gmtime} gives it.
     *
     * @param seconds seconds since 1970-01-01 UTC
     * @return the fields, zone "GMT"
     */
    static TimeFields utc(long seconds) {
        return of(seconds, 0, 0, "GMT");
    }

    /**
     * The local time at a POSIX time in a zone, as {@code time.localtime} gives it.
     *
     * @param seconds seconds since 1970-01-01 UTC
     * @param zone    the local zone
     * @return the fields
     */
    static TimeFields local(long seconds, ZoneId zone) {
        Instant instant;
        try {
            instant = Instant.ofEpochSecond(seconds);
        } catch (DateTimeException e) {
            throw Errors.overflowError(RANGE);
        }
        var rules = zone.getRules();
        int offset = rules.getOffset(instant).getTotalSeconds();
        boolean dst = rules.isDaylightSavings(instant);
        return of(seconds, offset, dst ? 1 : 0, zoneName(zone, instant));
    }

    private static TimeFields of(long seconds, int offset, int isdst, String zone) {
        LocalDateTime t;
        try {
            t = LocalDateTime.ofEpochSecond(Math.addExact(seconds, offset), 0, ZoneOffset.UTC);
        } catch (DateTimeException | ArithmeticException e) {
            throw Errors.overflowError(RANGE);
        }
        return new TimeFields(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), t.getDayOfWeek().getValue() - 1, t.getDayOfYear(), isdst, zone, (long) offset);
    }

    /**
     * The abbreviation of a zone at an instant, as the C library spells it ("UTC", "CET", "+03").
     *
     * @param zone    the zone
     * @param instant the instant, which decides between standard and daylight time
     * @return the abbreviation
     */
    static String zoneName(ZoneId zone, Instant instant) {
        boolean dst = zone.getRules().isDaylightSavings(instant);
        String name = TimeZone.getTimeZone(zone).getDisplayName(dst, TimeZone.SHORT, Locale.US);
        if (name.startsWith("GMT") && name.length() > 3) {
            // Java spells zones without an abbreviation "GMT+03:00"; the C library says "+03".
            String sign = name.substring(3, 4);
            String digits = name.substring(4).replace(":", "");
            return sign + (digits.endsWith("00") ? digits.substring(0, digits.length() - 2) : digits);
        }
        return name;
    }

    /**
     * The seconds east of UTC of a zone at a POSIX time.
     *
     * @param zone    the zone
     * @param seconds the POSIX time
     * @return the offset in seconds
     */
    static int offsetAt(ZoneId zone, long seconds) {
        try {
            return zone.getRules().getOffset(Instant.ofEpochSecond(seconds)).getTotalSeconds();
        } catch (DateTimeException e) {
            throw Errors.overflowError(RANGE);
        }
    }

    /**
     * Reads a time tuple ({@code struct_time} or a 9-tuple), as the module's functions accept it.
     *
     * @param arg      the argument
     * @param function the function's name, for the message about a tuple of the wrong length
     * @return the fields as given, not range-checked
     */
    // CPython: Modules/timemodule.c, gettmarg
    static TimeFields fromTuple(PyObject arg, String function) {
        if (!(arg instanceof PyTuple tuple)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        PyObject[] items = tuple.items();
        if (items.length != 9) {
            throw Errors.typeError("%s(): illegal time tuple argument", function);
        }
        int[] v = new int[8];
        long year = Abstract.asLong(items[0]);
        for (int i = 1; i < 9; i++) {
            long x = Abstract.asLong(items[i]);
            if (x != (int) x) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            v[i - 1] = (int) x;
        }
        String zone = null;
        Long gmtoff = null;
        if (arg instanceof StructSeq s && s.getType() == STRUCT_TIME) {
            if (s.extra(0) instanceof PyStr z) {
                zone = z.toString();
            }
            if (s.extra(1) != PyNone.NONE) {
                gmtoff = Abstract.asLong(s.extra(1));
            }
        }
        return new TimeFields(year, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], zone, gmtoff);
    }

    /**
     * Range-checks the fields for {@code asctime}, with CPython's messages.
     *
     * @return these fields
     */
    // CPython: Modules/timemodule.c, checktm
    TimeFields checked() {
        if (month < 1 || month > 12) {
            throw Errors.valueError("month out of range");
        }
        if (mday < 1 || mday > 31) {
            throw Errors.valueError("day of month out of range");
        }
        checkClock();
        checkWeekday();
        if (yday < 1 || yday > 366) {
            throw Errors.valueError("day of year out of range");
        }
        return this;
    }

    /**
     * Normalises zero month, day and year day to their first value and range-checks the rest, as
     * {@code strftime} does.
     *
     * @return the normalised fields
     */
    // CPython: Modules/timemodule.c, time_strftime
    TimeFields forStrftime() {
        int m = month == 0 ? 1 : month;
        if (m < 1 || m > 12) {
            throw Errors.valueError("month out of range");
        }
        int d = mday == 0 ? 1 : mday;
        if (d < 0 || d > 31) {
            throw Errors.valueError("day of month out of range");
        }
        checkClock();
        checkWeekday();
        int yd = yday == 0 ? 1 : yday;
        if (yd < 1 || yd > 366) {
            throw Errors.valueError("day of year out of range");
        }
        int dst = Math.max(-1, Math.min(1, isdst));
        return new TimeFields(year, m, d, hour, minute, second, Math.floorMod(wday, 7), yd, dst, zone, gmtoff);
    }

    private void checkWeekday() {
        // C's struct tm counts from Sunday; CPython converts with C's remainder, which keeps the sign.
        if ((wday + 1) % 7 < 0) {
            throw Errors.valueError("day of week out of range");
        }
    }

    private void checkClock() {
        if (hour < 0 || hour > 23) {
            throw Errors.valueError("hour out of range");
        }
        if (minute < 0 || minute > 59) {
            throw Errors.valueError("minute out of range");
        }
        if (second < 0 || second > 61) {
            throw Errors.valueError("seconds out of range");
        }
    }

    /**
     * The fields as a {@code time.struct_time}.
     *
     * @return the struct_time
     */
    StructSeq toStructTime() {
        return StructSeq.of(STRUCT_TIME, PyInt.of(year), PyInt.of(month), PyInt.of(mday), PyInt.of(hour),
                PyInt.of(minute), PyInt.of(second), PyInt.of(wday), PyInt.of(yday), PyInt.of(isdst),
                zone == null ? PyNone.NONE : PyStr.of(zone), gmtoff == null ? PyNone.NONE : PyInt.of(gmtoff));
    }

    /**
     * The POSIX time at which these fields, read as local time in a zone, occur ({@code mktime}).
     * Out-of-range fields carry over as in C; {@code isdst} picks between the two readings of a
     * repeated hour.
     *
     * @param zone the local zone
     * @return seconds since 1970-01-01 UTC
     */
    long toEpochSeconds(ZoneId zone) {
        LocalDateTime wall;
        try {
            long months = Math.addExact(Math.multiplyExact(year, 12), month - 1L);
            wall = LocalDateTime.of((int) Math.floorDiv(months, 12), (int) Math.floorMod(months, 12) + 1, 1, 0, 0)
                    .plusDays(mday - 1L).plusHours(hour).plusMinutes(minute).plusSeconds(second);
        } catch (DateTimeException | ArithmeticException e) {
            throw Errors.overflowError("mktime argument out of range");
        }
        var rules = zone.getRules();
        var offsets = rules.getValidOffsets(wall);
        if (offsets.size() == 1) {
            long seconds = wall.toEpochSecond(offsets.get(0));
            Instant instant = Instant.ofEpochSecond(seconds);
            boolean dst = rules.isDaylightSavings(instant);
            // Like the C library, a time said to be in (or out of) daylight saving time when it is
            // not is read with the daylight saving shift taken away (or added).
            if (isdst > 0 && !dst) {
                return seconds - DEFAULT_DST_SHIFT;
            }
            if (isdst == 0 && dst) {
                return seconds + rules.getDaylightSavings(instant).getSeconds();
            }
            return seconds;
        }
        var transition = rules.getTransition(wall);
        ZoneOffset before = transition.getOffsetBefore();
        ZoneOffset after = transition.getOffsetAfter();
        boolean forward = after.getTotalSeconds() > before.getTotalSeconds();
        ZoneOffset daylight = forward ? after : before;
        ZoneOffset standard = forward ? before : after;
        // A skipped or repeated hour: isdst picks the reading; unknown takes the earlier offset.
        ZoneOffset offset = isdst > 0 ? daylight : isdst == 0 ? standard : before;
        return wall.toEpochSecond(offset);
    }
}

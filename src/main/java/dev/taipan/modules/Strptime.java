package dev.taipan.modules;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyStr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses text by a {@code strptime} format in the C locale: the format becomes a regular
 * expression with one group per directive, and the groups' text becomes the fields. Fields the
 * format leaves out default to 1900-01-01 00:00:00; the weekday and day of the year are computed
 * when the format does not give them.
 */
// CPython: Lib/_strptime.py (the semantics; written anew)
final class Strptime {
    /**
     * What a successful parse gives.
     *
     * @param year           the year
     * @param month          1..12
     * @param day            day of the month
     * @param hour           0..23
     * @param minute         0..59
     * @param second         0..61
     * @param weekday        Monday = 0
     * @param julian         day of the year, from 1
     * @param isdst          from {@code %Z}: 1, 0, or -1 when unknown
     * @param zoneName       the {@code %Z} text, or null
     * @param gmtoff         seconds east of UTC from {@code %z}, or null
     * @param fraction       microseconds from {@code %f}
     * @param gmtoffFraction microseconds of the {@code %z} offset
     */
    record Result(int year, int month, int day, int hour, int minute, int second, int weekday, int julian,
                  int isdst, String zoneName, Long gmtoff, int fraction, int gmtoffFraction) {
    }

    private static final String ISO_YEAR_NEEDS = "ISO year directive '%G' must be used with the ISO week "
            + "directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').";
    private static final String ISO_WEEK_NEEDS = "ISO week directive '%V' must be used with the ISO year "
            + "directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').";

    private final String[] tzNames;
    private final boolean daylight;
    private final String format;
    /** The directive of each group of the pattern, in group order; filled while compiling. */
    private final List<Character> groups = new ArrayList<>();
    private final Pattern pattern;

    private Strptime(String format, String[] tzNames, boolean daylight) {
        this.tzNames = tzNames.clone();
        this.daylight = daylight;
        this.format = format;
        StringBuilder regex = new StringBuilder();
        translate(format, format, regex);
        this.pattern = Pattern.compile(regex.toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /**
     * Compiles a format; the result parses any number of texts and may be shared between threads.
     *
     * @param format   the format
     * @param tzNames  {@code time.tzname}, the zone names {@code %Z} accepts beside UTC and GMT
     * @param daylight {@code time.daylight}
     * @return the compiled format
     * @throws dev.taipan.objects.PyException ValueError for a bad directive or a stray {@code %}
     */
    static Strptime compile(String format, String[] tzNames, boolean daylight) {
        return new Strptime(format, tzNames, daylight);
    }

    /**
     * Parses text with a format, compiling the format for this one use.
     *
     * @param data     the text
     * @param format   the format
     * @param tzNames  {@code time.tzname}
     * @param daylight {@code time.daylight}
     * @return the fields
     */
    static Result parse(String data, String format, String[] tzNames, boolean daylight) {
        return compile(format, tzNames, daylight).parse(data);
    }

    /**
     * Parses text.
     *
     * @param data the text
     * @return the fields
     */
    Result parse(String data) {
        Matcher m = pattern.matcher(data);
        if (!m.lookingAt()) {
            throw Errors.valueError("time data %s does not match format %s", PyStr.repr(data), PyStr.repr(format));
        }
        if (m.end() != data.length()) {
            throw Errors.valueError("unconverted data remains: %s", data.substring(m.end()));
        }
        String[] found = new String[128];
        for (int g = 0; g < groups.size(); g++) {
            found[groups.get(g)] = m.group(g + 1);
        }
        return fields(found);
    }

    /** Appends the regular expression for a format; whole is the user's format, for messages. */
    private void translate(String format, String whole, StringBuilder regex) {
        int n = format.length();
        int i = 0;
        while (i < n) {
            int c = format.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                while (i < n && Character.isWhitespace(format.codePointAt(i))) {
                    i += Character.charCount(format.codePointAt(i));
                }
                regex.append("\\s+");
            } else if (c != '%') {
                literal(c, regex);
            } else if (i >= n) {
                throw Errors.valueError("stray %% in format '%s'", whole);
            } else {
                char d = format.charAt(i++);
                if (d == ':' && i < n && format.charAt(i) == 'z') {
                    i++;
                    d = 'z';
                }
                directive(d, whole, regex);
            }
        }
    }

    private static void literal(int c, StringBuilder regex) {
        if (Character.isLetterOrDigit(c) || c == '_') {
            regex.appendCodePoint(c);
        } else {
            regex.append("\\x{").append(Integer.toHexString(c)).append('}');
        }
    }

    private void directive(char d, String whole, StringBuilder regex) {
        String body = switch (d) {
            case 'd' -> "3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]";
            case 'f' -> "\\d{1,6}";
            case 'H' -> "2[0-3]|[0-1]\\d|\\d";
            case 'I' -> "1[0-2]|0[1-9]|[1-9]| [1-9]";
            case 'G', 'Y' -> "\\d\\d\\d\\d";
            case 'j' -> "36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]";
            case 'm' -> "1[0-2]|0[1-9]|[1-9]";
            case 'M' -> "[0-5]\\d|\\d";
            case 'S' -> "6[0-1]|[0-5]\\d|\\d";
            case 'U', 'W' -> "5[0-3]|[0-4]\\d|\\d";
            case 'V' -> "5[0-3]|0[1-9]|[1-4]\\d|\\d";
            case 'w' -> "[0-6]";
            case 'u' -> "[1-7]";
            case 'y' -> "\\d\\d";
            case 'z' -> "[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|(?-i:Z)";
            case 'A' -> alternatives(Arrays.asList(Strftime.DAY_NAMES));
            case 'a' -> alternatives(Arrays.stream(Strftime.DAY_NAMES).map(s -> s.substring(0, 3)).toList());
            case 'B' -> alternatives(Arrays.asList(Strftime.MONTH_NAMES));
            case 'b' -> alternatives(Arrays.stream(Strftime.MONTH_NAMES).map(s -> s.substring(0, 3)).toList());
            case 'p' -> "am|pm";
            case 'Z' -> alternatives(List.of("utc", "gmt", tzNames[0].toLowerCase(Locale.ROOT),
                    tzNames[1].toLowerCase(Locale.ROOT)));
            case 'c' -> expand("%a %b %d %H:%M:%S %Y", whole, regex);
            case 'x' -> expand("%m/%d/%y", whole, regex);
            case 'X' -> expand("%H:%M:%S", whole, regex);
            case '%' -> "%";
            default -> throw Errors.valueError("'%c' is a bad directive in format '%s'", d, whole);
        };
        if (body == null) {
            return;
        }
        if (d == '%') {
            regex.append('%');
            return;
        }
        groups.add(d);
        regex.append('(').append(body).append(')');
    }

    private String expand(String format, String whole, StringBuilder regex) {
        translate(format, whole, regex);
        return null;
    }

    private static String alternatives(List<String> names) {
        StringBuilder sb = new StringBuilder();
        names.stream().filter(s -> !s.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(s -> {
                    if (!sb.isEmpty()) {
                        sb.append('|');
                    }
                    s.codePoints().forEach(c -> literal(c, sb));
                });
        return sb.toString();
    }

    private static int number(String s) {
        return Integer.parseInt(s.strip());
    }

    private static int indexOf(String[] names, String s, boolean abbreviated) {
        for (int i = 0; i < names.length; i++) {
            String name = abbreviated ? names[i].substring(0, 3) : names[i];
            if (name.equalsIgnoreCase(s)) {
                return i;
            }
        }
        return -1;
    }

    // CPython: Lib/_strptime.py, _strptime (the field rules)
    private Result fields(String[] found) {
        Integer year = null;
        Integer isoYear = null;
        Integer isoWeek = null;
        Integer weekOfYear = null;
        Integer weekday = null;
        Integer julian = null;
        boolean weekStartsMonday = false;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int fraction = 0;
        int isdst = -1;
        Long gmtoff = null;
        int gmtoffFraction = 0;
        for (char d : groups) {
            String s = found[d];
            switch (d) {
                case 'y' -> {
                    int y = number(s);
                    year = y <= 68 ? y + 2000 : y + 1900;
                }
                case 'Y' -> year = number(s);
                case 'G' -> isoYear = number(s);
                case 'm' -> month = number(s);
                case 'B' -> month = indexOf(Strftime.MONTH_NAMES, s, false) + 1;
                case 'b' -> month = indexOf(Strftime.MONTH_NAMES, s, true) + 1;
                case 'd' -> day = number(s);
                case 'H' -> hour = number(s);
                case 'I' -> {
                    hour = number(s);
                    String ampm = found['p'] == null ? "" : found['p'].toLowerCase(Locale.ROOT);
                    if (ampm.equals("pm")) {
                        hour = hour == 12 ? 12 : hour + 12;
                    } else if (hour == 12) {
                        hour = 0;
                    }
                }
                case 'M' -> minute = number(s);
                case 'S' -> second = number(s);
                case 'f' -> fraction = number((s + "00000").substring(0, 6));
                case 'A' -> weekday = indexOf(Strftime.DAY_NAMES, s, false);
                case 'a' -> weekday = indexOf(Strftime.DAY_NAMES, s, true);
                case 'w' -> weekday = (number(s) + 6) % 7;
                case 'u' -> weekday = number(s) - 1;
                case 'j' -> julian = number(s);
                case 'U', 'W' -> {
                    weekOfYear = number(s);
                    weekStartsMonday = d == 'W';
                }
                case 'V' -> isoWeek = number(s);
                case 'z' -> {
                    long[] offset = offset(s);
                    gmtoff = offset[0];
                    gmtoffFraction = (int) offset[1];
                }
                case 'Z' -> isdst = zoneFlag(s.toLowerCase(Locale.ROOT));
                default -> {
                }
            }
        }
        if (year == null && isoYear != null) {
            if (isoWeek == null || weekday == null) {
                throw Errors.valueError("%s", ISO_YEAR_NEEDS);
            }
            if (julian != null) {
                throw Errors.valueError("Day of the year directive '%j' is not compatible with ISO year "
                        + "directive '%G'. Use '%Y' instead.");
            }
        } else if (isoWeek != null) {
            if (year == null || weekday == null) {
                throw Errors.valueError("%s", ISO_WEEK_NEEDS);
            }
            throw Errors.valueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                    + "Use the ISO year '%G' instead.");
        }
        boolean leapYearFix = false;
        int y;
        if (year == null && month == 2 && day == 29) {
            y = 1904;
            leapYearFix = true;
        } else {
            y = year == null ? 1900 : year;
        }
        if (julian == null && weekday != null) {
            if (weekOfYear != null) {
                julian = julianFromWeek(y, weekOfYear, weekday, weekStartsMonday);
            } else if (isoYear != null) {
                long ordinal = isoOrdinal(isoYear, isoWeek, weekday + 1);
                int[] ymd = civil(ordinal);
                y = ymd[0];
                julian = (int) (ordinal - ordinal(y, 1, 1)) + 1;
            }
            if (julian != null && julian <= 0) {
                y -= 1;
                julian += isLeap(y) ? 366 : 365;
            }
        }
        if (julian == null) {
            checkDate(y, month, day);
            julian = (int) (ordinal(y, month, day) - ordinal(y, 1, 1)) + 1;
        } else {
            checkDate(y, 1, 1);
            int[] ymd = civil(julian - 1 + ordinal(y, 1, 1));
            checkDate(ymd[0], ymd[1], ymd[2]);
            y = ymd[0];
            month = ymd[1];
            day = ymd[2];
        }
        if (weekday == null) {
            weekday = (int) ((ordinal(y, month, day) + 6) % 7);
        }
        if (leapYearFix) {
            y = 1900;
        }
        return new Result(y, month, day, hour, minute, second, weekday, julian, isdst, found['Z'], gmtoff,
                fraction, gmtoffFraction);
    }

    private int zoneFlag(String zone) {
        boolean inStandard = zone.equals("utc") || zone.equals("gmt")
                || zone.equals(tzNames[0].toLowerCase(Locale.ROOT));
        boolean ambiguous = tzNames[0].equals(tzNames[1]) && daylight && !zone.equals("utc") && !zone.equals("gmt");
        if (ambiguous) {
            return -1;
        }
        if (inStandard) {
            return 0;
        }
        return zone.equals(tzNames[1].toLowerCase(Locale.ROOT)) ? 1 : -1;
    }

    /** {seconds, microseconds} of a %z offset, both negative west of UTC. */
    private static long[] offset(String z) {
        if (z.equals("Z")) {
            return new long[] {0, 0};
        }
        String s = z;
        if (s.length() > 3 && s.charAt(3) == ':') {
            s = s.substring(0, 3) + s.substring(4);
            if (s.length() > 5) {
                if (s.charAt(5) != ':') {
                    throw Errors.valueError("Inconsistent use of : in %s", z);
                }
                s = s.substring(0, 5) + s.substring(6);
            }
        }
        long hours = Long.parseLong(s.substring(1, 3));
        long minutes = Long.parseLong(s.substring(3, 5));
        long seconds = s.length() >= 7 ? Long.parseLong(s.substring(5, 7)) : 0;
        long micros = 0;
        if (s.length() > 8) {
            micros = Long.parseLong((s.substring(8) + "00000").substring(0, 6));
        }
        long total = (hours * 60 + minutes) * 60 + seconds;
        return s.charAt(0) == '-' ? new long[] {-total, -micros} : new long[] {total, micros};
    }

    private static int julianFromWeek(int year, int week, int weekday, boolean mondayFirst) {
        int firstWeekday = (int) ((ordinal(year, 1, 1) + 6) % 7);
        int dayOfWeek = weekday;
        if (!mondayFirst) {
            firstWeekday = (firstWeekday + 1) % 7;
            dayOfWeek = (dayOfWeek + 1) % 7;
        }
        if (week == 0) {
            return 1 + dayOfWeek - firstWeekday;
        }
        int weekZeroLength = (7 - firstWeekday) % 7;
        return 1 + weekZeroLength + 7 * (week - 1) + dayOfWeek;
    }

    private static long isoOrdinal(int year, int week, int day) {
        if (year < 1 || year > 9999) {
            throw Errors.valueError("Year is out of range: %d", year);
        }
        long jan1 = ordinal(year, 1, 1);
        int jan1Weekday = (int) (jan1 % 7);
        boolean longYear = jan1Weekday == 4 || jan1Weekday == 3 && isLeap(year);
        if (week < 1 || week > 53 || week == 53 && !longYear) {
            throw Errors.valueError("Invalid week: %d", week);
        }
        long jan4 = ordinal(year, 1, 4);
        long weekOne = jan4 - (jan4 + 6) % 7;
        return weekOne + (week - 1) * 7L + day - 1;
    }

    private static void checkDate(int year, int month, int day) {
        if (year < 1 || year > 9999) {
            throw Errors.valueError("year %d is out of range", year);
        }
        if (month < 1 || month > 12) {
            throw Errors.valueError("month must be in 1..12");
        }
        if (day < 1 || day > monthLength(year, month)) {
            throw Errors.valueError("day is out of range for month");
        }
    }

    private static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int monthLength(int year, int month) {
        return month == 2 ? (isLeap(year) ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
    }

    /** The proleptic Gregorian ordinal of a date (0001-01-01 is 1). */
    private static long ordinal(int year, int month, int day) {
        return java.time.LocalDate.of(year, month, day).toEpochDay() + 719163;
    }

    private static int[] civil(long ordinal) {
        var date = java.time.LocalDate.ofEpochDay(ordinal - 719163);
        return new int[] {date.getYear(), date.getMonthValue(), date.getDayOfMonth()};
    }
}

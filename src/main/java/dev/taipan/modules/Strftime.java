package dev.taipan.modules;

import java.time.ZoneId;
import java.util.Locale;

/**
 * {@code time.strftime}: formats a broken-down time as the GNU C library does in the C locale,
 * with its flags ({@code _ - 0 ^ #}), field widths and {@code E}/{@code O} modifiers. An unknown
 * directive is copied as written.
 */
// CPython: Modules/timemodule.c, time_strftime (which hands the work to the C library's strftime)
final class Strftime {
    static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private final TimeFields t;
    private final String[] tzNames;
    private final ZoneId zone;
    private final StringBuilder out = new StringBuilder();

    private Strftime(TimeFields t, String[] tzNames, ZoneId zone) {
        this.t = t;
        this.tzNames = tzNames;
        this.zone = zone;
    }

    /**
     * Formats a time.
     *
     * @param format  the format with {@code %} directives
     * @param t       the time, already range-checked and normalised
     * @param tzNames {@code time.tzname}, for {@code %Z} when the time carries no zone name
     * @param zone    the local zone, for {@code %s}
     * @return the text
     */
    static String format(String format, TimeFields t, String[] tzNames, ZoneId zone) {
        Strftime f = new Strftime(t, tzNames, zone);
        f.append(format);
        return f.out.toString();
    }

    private void append(String format) {
        int n = format.length();
        int i = 0;
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            int start = i++;
            char flag = 0;
            while (i < n && "_-0^#".indexOf(format.charAt(i)) >= 0) {
                flag = format.charAt(i++);
            }
            int width = -1;
            while (i < n && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                width = Math.max(width, 0) * 10 + (format.charAt(i++) - '0');
            }
            if (i < n && (format.charAt(i) == 'E' || format.charAt(i) == 'O')) {
                i++;
            }
            if (i >= n) {
                out.append(format, start, n);
                break;
            }
            char directive = format.charAt(i++);
            if (!directive(directive, flag, width)) {
                out.append(format, start, i);
            }
        }
    }

    /** Appends one directive's text; false when the directive is unknown. */
    private boolean directive(char d, char flag, int width) {
        int hour12 = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
        switch (d) {
            case 'a' -> text(DAY_NAMES[t.wday()].substring(0, 3), flag, width, true);
            case 'A' -> text(DAY_NAMES[t.wday()], flag, width, true);
            case 'b', 'h' -> text(MONTH_NAMES[t.month() - 1].substring(0, 3), flag, width, true);
            case 'B' -> text(MONTH_NAMES[t.month() - 1], flag, width, true);
            case 'c' -> composite("%a %b %e %H:%M:%S %Y", flag, width);
            case 'C' -> number(Math.floorDiv(t.year(), 100), 1, '0', flag, width);
            case 'd' -> number(t.mday(), 2, '0', flag, width);
            case 'D', 'x' -> composite("%m/%d/%y", flag, width);
            case 'e' -> number(t.mday(), 2, ' ', flag, width);
            case 'F' -> composite("%Y-%m-%d", flag, width);
            case 'g' -> number(Math.floorMod(isoYear(), 100), 2, '0', flag, width);
            case 'G' -> number(isoYear(), 1, '0', flag, width);
            case 'H' -> number(t.hour(), 2, '0', flag, width);
            case 'I' -> number(hour12, 2, '0', flag, width);
            case 'j' -> number(t.yday(), 3, '0', flag, width);
            case 'k' -> number(t.hour(), 2, ' ', flag, width);
            case 'l' -> number(hour12, 2, ' ', flag, width);
            case 'm' -> number(t.month(), 2, '0', flag, width);
            case 'M' -> number(t.minute(), 2, '0', flag, width);
            case 'n' -> out.append('\n');
            case 'p' -> text(t.hour() < 12 ? "AM" : "PM", flag == '#' ? 'l' : flag, width, false);
            case 'P' -> text(t.hour() < 12 ? "am" : "pm", flag, width, false);
            case 'r' -> composite("%I:%M:%S %p", flag, width);
            case 'R' -> composite("%H:%M", flag, width);
            case 's' -> number(t.toEpochSeconds(zone), 1, '0', flag, width);
            case 'S' -> number(t.second(), 2, '0', flag, width);
            case 't' -> out.append('\t');
            case 'T', 'X' -> composite("%H:%M:%S", flag, width);
            case 'u' -> number(t.wday() + 1, 1, '0', flag, width);
            case 'U' -> number((t.yday() - 1 + 7 - (t.wday() + 1) % 7) / 7, 2, '0', flag, width);
            case 'V' -> number(isoWeek(), 2, '0', flag, width);
            case 'w' -> number((t.wday() + 1) % 7, 1, '0', flag, width);
            case 'W' -> number((t.yday() - 1 + 7 - t.wday()) / 7, 2, '0', flag, width);
            case 'y' -> number(Math.floorMod(t.year(), 100), 2, '0', flag, width);
            case 'Y' -> number(t.year(), 1, '0', flag, width);
            case 'z' -> offset(flag, width);
            case 'Z' -> text(zoneName(), flag == '#' ? 'l' : flag, width, false);
            case '%' -> text("%", flag, width, false);
            default -> {
                return false;
            }
        }
        return true;
    }

    private String zoneName() {
        if (t.isdst() < 0) {
            return "";
        }
        if (t.zone() != null && !t.zone().isEmpty()) {
            return t.zone();
        }
        return tzNames[t.isdst() > 0 ? 1 : 0];
    }

    private void offset(char flag, int width) {
        if (t.isdst() < 0) {
            return;
        }
        long off = t.gmtoff() == null ? 0 : t.gmtoff();
        long minutes = Math.abs(off) / 60;
        String digits = String.format("%02d%02d", minutes / 60, minutes % 60);
        String sign = off < 0 ? "-" : "+";
        int pad = Math.max(width, 5) - 5;
        out.append(sign).append("0".repeat(flag == '-' ? 0 : pad)).append(digits);
    }

    private void composite(String format, char flag, int width) {
        String text = format(format, t, tzNames, zone);
        text(text, flag, width, false);
    }

    private void text(String s, char flag, int width, boolean swapToUpper) {
        String v = switch (flag) {
            case '^' -> s.toUpperCase(Locale.ROOT);
            case '#' -> swapToUpper ? s.toUpperCase(Locale.ROOT) : s;
            case 'l' -> s.toLowerCase(Locale.ROOT);
            default -> s;
        };
        if (width > v.length()) {
            out.append(String.valueOf(flag == '0' ? '0' : ' ').repeat(width - v.length()));
        }
        out.append(v);
    }

    private void number(long value, int defaultWidth, char defaultPad, char flag, int width) {
        String digits = Long.toString(Math.abs(value));
        int w = width >= 0 ? width : defaultWidth;
        char pad = flag == '_' || flag == '-' ? ' ' : flag == '0' ? '0' : defaultPad;
        if (value < 0) {
            out.append('-');
            w--;
        }
        if ((flag != '-' || width >= 0) && digits.length() < w) {
            out.append(String.valueOf(pad).repeat(w - digits.length()));
        }
        out.append(digits);
    }

    private static int daysInYear(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 366 : 365;
    }

    /** The day of the year (from 1) of the Thursday in this time's ISO week, relative to its year. */
    private int isoThursday() {
        return t.yday() - t.wday() + 3;
    }

    private long isoYear() {
        int thursday = isoThursday();
        if (thursday < 1) {
            return t.year() - 1;
        }
        return thursday > daysInYear(t.year()) ? t.year() + 1 : t.year();
    }

    private int isoWeek() {
        int thursday = isoThursday();
        if (thursday < 1) {
            thursday += daysInYear(t.year() - 1);
        } else if (thursday > daysInYear(t.year())) {
            thursday -= daysInYear(t.year());
        }
        return (thursday - 1) / 7 + 1;
    }
}

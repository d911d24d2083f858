package dev.taipan.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Local-time conversions in a zone with daylight saving time, which the Python script tests
 * (run in whatever zone the machine has) cannot pin down.
 */
class TimeFieldsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String[] BERLIN_NAMES = {"CET", "CEST"};

    @Test
    void localTimeCarriesZoneNameOffsetAndDst() {
        TimeFields winter = TimeFields.local(1704067200L, BERLIN); // 2024-01-01T00:00Z
        assertEquals(new TimeFields(2024, 1, 1, 1, 0, 0, 0, 1, 0, "CET", 3600L), winter);
        TimeFields summer = TimeFields.local(1719792000L, BERLIN); // 2024-07-01T00:00Z
        assertEquals(new TimeFields(2024, 7, 1, 2, 0, 0, 0, 183, 1, "CEST", 7200L), summer);
    }

    @Test
    void utcIsGmtWithZeroOffset() {
        assertEquals(new TimeFields(1970, 1, 1, 0, 0, 0, 3, 1, 0, "GMT", 0L), TimeFields.utc(0));
        assertEquals(new TimeFields(1969, 12, 31, 23, 59, 59, 2, 365, 0, "GMT", 0L), TimeFields.utc(-1));
    }

    @Test
    void mktimeReadsRepeatedHourByIsdst() {
        // 2024-10-27 02:30 happens twice in Berlin: at 00:30Z (CEST) and at 01:30Z (CET).
        long cest = 1729989000L;
        long cet = 1729992600L;
        assertEquals(cest, wall(2024, 10, 27, 2, 30, 1).toEpochSeconds(BERLIN));
        assertEquals(cet, wall(2024, 10, 27, 2, 30, 0).toEpochSeconds(BERLIN));
        assertEquals(cest, wall(2024, 10, 27, 2, 30, -1).toEpochSeconds(BERLIN));
    }

    @Test
    void mktimeMovesSkippedHourForward() {
        // 2024-03-31 02:30 does not exist in Berlin; read with the offset before the gap (CET).
        assertEquals(1711848600L, wall(2024, 3, 31, 2, 30, -1).toEpochSeconds(BERLIN));
        assertEquals(1711848600L, wall(2024, 3, 31, 2, 30, 0).toEpochSeconds(BERLIN));
        assertEquals(1711845000L, wall(2024, 3, 31, 2, 30, 1).toEpochSeconds(BERLIN));
    }

    @Test
    void mktimeShiftsWhenIsdstContradictsTheZone() {
        // 2024-06-01 12:00 is summer time in Berlin (10:00Z); said to be standard time it is 11:00Z.
        assertEquals(1717236000L, wall(2024, 6, 1, 12, 0, 1).toEpochSeconds(BERLIN));
        assertEquals(1717239600L, wall(2024, 6, 1, 12, 0, 0).toEpochSeconds(BERLIN));
        // UTC has no summer time; the C library still takes an hour off for isdst=1.
        assertEquals(1717243200L - 3600, wall(2024, 6, 1, 12, 0, 1).toEpochSeconds(ZoneId.of("UTC")));
    }

    @Test
    void mktimeCarriesOverflowingFields() {
        assertEquals(wall(2025, 1, 1, 0, 0, -1).toEpochSeconds(BERLIN),
                wall(2024, 13, 1, 0, 0, -1).toEpochSeconds(BERLIN));
    }

    @Test
    void strftimeZoneDirectivesFollowTheFields() {
        TimeFields summer = TimeFields.local(1719792000L, BERLIN);
        assertEquals("CEST +0200 2024-07-01T02:00:00",
                Strftime.format("%Z %z %FT%T", summer, BERLIN_NAMES, BERLIN));
        assertEquals("1719792000", Strftime.format("%s", summer, BERLIN_NAMES, BERLIN));
    }

    @Test
    void strptimeRecognisesLocalZoneNames() {
        assertEquals(1, Strptime.parse("2024 cest", "%Y %Z", BERLIN_NAMES, true).isdst());
        assertEquals(0, Strptime.parse("2024 CET", "%Y %Z", BERLIN_NAMES, true).isdst());
        assertEquals(0, Strptime.parse("2024 UTC", "%Y %Z", BERLIN_NAMES, true).isdst());
    }

    private static TimeFields wall(int year, int month, int day, int hour, int minute, int isdst) {
        return new TimeFields(year, month, day, hour, minute, 0, 0, 1, isdst, null, null);
    }
}

package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offsets, fold and names {@code _zoneinfo} reads from the JDK's zone rules (PEP 495 semantics). */
class ZoneinfoModuleTest {
    private static String repr(PyObject value) {
        return Abstract.repr(value).toString();
    }

    @Test
    void repeatedHourTakesTheFoldsSide() {
        // 2024-10-27 02:30 happens twice in Paris: first in CEST, then in CET.
        assertEquals("(7200, 3600, 'CEST')", repr(ZoneinfoModule.local("Europe/Paris", 2024, 10, 27, 2, 30, 0, 0)));
        assertEquals("(3600, 0, 'CET')", repr(ZoneinfoModule.local("Europe/Paris", 2024, 10, 27, 2, 30, 0, 1)));
    }

    @Test
    void skippedHourUsesTheOffsetBeforeOrAfterTheGap() {
        // 2024-03-10 02:30 does not exist in New York.
        assertEquals("(-18000, 0, 'EST')", repr(ZoneinfoModule.local("America/New_York", 2024, 3, 10, 2, 30, 0, 0)));
        assertEquals("(-14400, 3600, 'EDT')", repr(ZoneinfoModule.local("America/New_York", 2024, 3, 10, 2, 30, 0, 1)));
    }

    @Test
    void utcTimesInTheSecondRepeatedHourHaveFoldOne() {
        assertEquals("(-14400, 0)", repr(ZoneinfoModule.utc("America/New_York", 2024, 11, 3, 5, 30, 0)));
        assertEquals("(-18000, 1)", repr(ZoneinfoModule.utc("America/New_York", 2024, 11, 3, 6, 30, 0)));
        assertEquals("(-18000, 0)", repr(ZoneinfoModule.utc("America/New_York", 2024, 11, 3, 7, 30, 0)));
    }

    @Test
    void zonesWithoutAbbreviationGetTheNumericForm() {
        assertEquals("(14400, 0, '+04')", repr(ZoneinfoModule.local("Asia/Dubai", 2024, 1, 1, 12, 0, 0, 0)));
        assertEquals("(20700, 0, '+0545')", repr(ZoneinfoModule.local("Asia/Kathmandu", 2024, 1, 1, 12, 0, 0, 0)));
        assertEquals("(-18000, 0, '-05')", repr(ZoneinfoModule.fixed("Etc/GMT+5")));
    }

    @Test
    void fixedIsNoneForZonesThatChanged() {
        assertEquals("None", repr(ZoneinfoModule.fixed("Europe/Paris")));
        assertEquals("(0, 0, 'UTC')", repr(ZoneinfoModule.fixed("UTC")));
    }

    @Test
    void keysAreExactNames() {
        assertTrue(ZoneinfoModule.exists("Europe/Paris"));
        assertFalse(ZoneinfoModule.exists("europe/paris"));
        assertFalse(ZoneinfoModule.exists("GMT+5"));
        assertThrows(PyException.class, () -> ZoneinfoModule.local("Nope/Zone", 2024, 1, 1, 0, 0, 0, 0));
        assertThrows(PyException.class, () -> ZoneinfoModule.local("UTC", 2024, 2, 30, 0, 0, 0, 0));
    }
}

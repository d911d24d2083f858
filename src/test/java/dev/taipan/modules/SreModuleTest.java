package dev.taipan.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

import org.junit.jupiter.api.Test;

/** The {@code _sre} module's Java side: compiling, errors and pluggable match budgets. */
class SreModuleTest {
    @Test
    void compilesAndMatches() {
        SreModule sre = new SreModule();
        RePattern p = (RePattern) sre.compile(PyStr.of("(?P<n>\\d+)"), PyInt.of(0));
        ReMatch m = (ReMatch) p.search(PyStr.of("ab 123"), 0, Long.MAX_VALUE);
        assertEquals("123", m.group(new PyObject[] {PyStr.of("n")}).toString());
        assertEquals("<re.Match object; span=(3, 6), match='123'>", Abstract.repr(m).toString());
        assertEquals(PyNone.NONE, p.match(PyStr.of("ab 123"), 0, Long.MAX_VALUE));
    }

    @Test
    void badPatternsRaisePatternErrorWithPosition() {
        SreModule sre = new SreModule();
        PyException e = assertThrows(PyException.class, () -> sre.compile(PyStr.of("a(b"), PyInt.of(0)));
        assertTrue(e.matches(ReErrors.TYPE));
        assertEquals("missing ), unterminated subpattern at position 1", Abstract.str(e.getValue()).toString());
        assertEquals(1L, Abstract.asLong(Abstract.getAttr(e.getValue(), "pos")));
    }

    @Test
    void aStepBudgetStopsARunawayMatch() {
        SreModule sre = new SreModule();
        sre.setBudget(steps -> {
            if (steps > 200_000) {
                throw Errors.runtimeError("regex step budget exhausted");
            }
        });
        RePattern p = (RePattern) sre.compile(PyStr.of("(a+)+$"), PyInt.of(0));
        PyException e = assertThrows(PyException.class,
                () -> p.search(PyStr.of("a".repeat(40) + "b"), 0, Long.MAX_VALUE));
        assertTrue(e.matches(ExceptionTypes.RuntimeError));
    }
}

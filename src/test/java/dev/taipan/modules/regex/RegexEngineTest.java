package dev.taipan.modules.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyException;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The regex engine alone: matching, errors, deep inputs and cancellation. */
class RegexEngineTest {
    private static Regex compile(String pattern, int flags) {
        return Regex.compile(pattern.codePoints().toArray(), true, flags);
    }

    /** Returns the span of the first match as "start,end", or "none". */
    private static String search(String pattern, String text) {
        RegexMatcher m = compile(pattern, 0).matcher(text, MatchBudget.INTERRUPTIBLE);
        return m.search(0, text.length(), false) ? m.start(0) + "," + m.end(0) : "none";
    }

    @Test
    void matchesLikeCPython() {
        assertEquals("1,5", search("a+b", "xaaab"));
        assertEquals("0,8", search("a.*b", "a123b45b6"));
        assertEquals("0,5", search("a.*?b", "a123b45b6"));
        assertEquals("none", search("a++a", "aaa"));
        assertEquals("7,10", search("\\bcat\\b", "concat cat."));
        assertEquals("6,8", search("(?<=\\$)\\d+", "cost $30"));
        assertEquals("0,4", search("(a|ab)(c|bcd)(d*)", "abcd"));
        assertEquals("0,5", search("(?i)hello", "HeLLo"));
    }

    @Test
    void groupsKeepTheLastIteration() {
        Regex r = compile("((a)|b)+", 0);
        RegexMatcher m = r.matcher("ab", MatchBudget.INTERRUPTIBLE);
        assertTrue(m.match(0, 2, false, false));
        assertEquals(1, m.start(1));
        assertEquals(0, m.start(2));
        assertEquals(1, m.lastIndex());
    }

    @Test
    void syntaxErrorsCarryCPythonMessagesAndPositions() {
        RegexSyntaxException e = assertThrows(RegexSyntaxException.class, () -> compile("(unclosed", 0));
        assertEquals("missing ), unterminated subpattern", e.getMessage());
        assertEquals(0, e.position());
        e = assertThrows(RegexSyntaxException.class, () -> compile("ab**", 0));
        assertEquals("multiple repeat", e.getMessage());
        assertEquals(3, e.position());
        e = assertThrows(RegexSyntaxException.class, () -> compile("(?<=a+)b", 0));
        assertEquals("look-behind requires fixed-width pattern", e.getMessage());
        assertEquals(-1, e.position());
    }

    @Test
    void longInputsDoNotOverflowTheStack() {
        String text = "ab".repeat(100000);
        Regex r = compile("(a|b)*", 0);
        RegexMatcher m = r.matcher(text, MatchBudget.INTERRUPTIBLE);
        assertTrue(m.match(0, text.length(), false, false));
        assertEquals(text.length(), m.end(0));
        Regex nested = compile("(?:(a)|(?:b(?=a|$)))*$", 0);
        assertTrue(nested.matcher(text, MatchBudget.INTERRUPTIBLE).match(0, text.length(), false, false));
    }

    @Test
    void budgetSeesTheSteps() {
        long[] seen = {0};
        Regex r = compile("(a+)+$", 0);
        String text = "a".repeat(18) + "b";
        assertFalse(r.matcher(text, steps -> seen[0] = steps).search(0, text.length(), false));
        assertTrue(seen[0] >= MatchBudget.INTERVAL);
    }

    @Test
    void catastrophicBacktrackingStopsOnInterrupt() throws InterruptedException {
        Regex r = compile("(a+)+$", 0);
        String text = "a".repeat(40) + "b";
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                r.matcher(text, MatchBudget.INTERRUPTIBLE).search(0, text.length(), false);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        worker.start();
        Thread.sleep(200);
        assertTrue(worker.isAlive(), "the search should still be running");
        worker.interrupt();
        worker.join(10_000);
        assertFalse(worker.isAlive(), "the search did not stop after the interrupt");
        assertTrue(thrown.get() instanceof PyException pe && pe.matches(ExceptionTypes.KeyboardInterrupt),
                String.valueOf(thrown.get()));
    }
}

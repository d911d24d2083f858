package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Deeply nested input gives a clean SyntaxError, never a Java StackOverflowError, even on a
 * thread with an ordinary 1 MB stack; nesting CPython accepts at moderate depth parses.
 */
class ParserDeepNestingTest {
    /** Parses on a fresh 1 MB-stack thread; returns the error message, or null when it parsed. */
    private static String parseOnSmallStack(String source) throws InterruptedException {
        AtomicReference<String> result = new AtomicReference<>();
        AtomicReference<Throwable> unexpected = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                Parser.parseModule(source, "<deep>");
            } catch (SyntaxErrorException e) {
                result.set(e.msg());
            } catch (Throwable e) {
                unexpected.set(e);
            }
        }, "deep", 1 << 20);
        t.start();
        t.join();
        assertNull(unexpected.get(), () -> "unexpected " + unexpected.get());
        return result.get();
    }

    private static final String TOO_COMPLEX = "Parser stack overflowed - Python source too complex to parse";

    @Test
    void moderateNestingParses() throws InterruptedException {
        assertNull(parseOnSmallStack("x = " + "-".repeat(1000) + "1\n"));
        assertNull(parseOnSmallStack("x = " + "lambda: ".repeat(500) + "1\n"));
        assertNull(parseOnSmallStack("x = " + "(".repeat(199) + "1" + ")".repeat(199) + "\n"));
        assertNull(parseOnSmallStack("x = " + "[".repeat(199) + "1" + "]".repeat(199) + "\n"));
        assertNull(parseOnSmallStack("x = a" + ".b".repeat(100_000) + "\n"));
        assertNull(parseOnSmallStack("x = 1" + " + 1".repeat(100_000) + "\n"));
        assertNull(parseOnSmallStack("x = a" + "[1]".repeat(10_000) + "\n"));
    }

    @Test
    void unaryOperators() throws InterruptedException {
        assertEquals(TOO_COMPLEX, parseOnSmallStack("x = " + "-".repeat(100_000) + "1\n"));
        assertEquals(TOO_COMPLEX, parseOnSmallStack("x = " + "not ".repeat(100_000) + "1\n"));
        assertEquals(TOO_COMPLEX, parseOnSmallStack("x = " + "~+".repeat(50_000) + "1\n"));
    }

    @Test
    void lambdasConditionalsAndPowers() throws InterruptedException {
        assertEquals(TOO_COMPLEX, parseOnSmallStack("x = " + "lambda: ".repeat(50_000) + "1\n"));
        assertEquals(TOO_COMPLEX, parseOnSmallStack("x = " + "a if b else ".repeat(50_000) + "c\n"));
        assertEquals(TOO_COMPLEX, parseOnSmallStack("x = " + "2 ** ".repeat(50_000) + "2\n"));
        assertEquals(TOO_COMPLEX, parseOnSmallStack("f(" + "lambda x=lambda: 1: ".repeat(20_000) + "1)\n"));
    }

    @Test
    void bracketsStopAtTheTokenizerLimit() throws InterruptedException {
        assertEquals("too many nested parentheses", parseOnSmallStack("x = " + "(".repeat(5000) + "\n"));
        assertEquals("too many nested parentheses", parseOnSmallStack("x = " + "[{(".repeat(2000) + "\n"));
    }

    @Test
    void blocks() throws InterruptedException {
        String deep = IntStream.range(0, 120).mapToObj(i -> " ".repeat(i) + "if x:\n")
                .collect(Collectors.joining()) + " ".repeat(120) + "pass\n";
        assertEquals("too many levels of indentation", parseOnSmallStack(deep));
    }
}

package dev.taipan.objects;

import static dev.taipan.objects.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void everythingInitializes() {
        assertEquals(true, BuiltinTypes.ALL.size() > 80);
        assertEquals("3", repr(Abstract.add(i(1), i(2))));
        assertEquals("[1, 'a', 2.5]", repr(l(i(1), s("a"), f(2.5))));
    }
}

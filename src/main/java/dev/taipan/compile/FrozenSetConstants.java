package dev.taipan.compile;

import dev.taipan.ast.Imaginary;
import dev.taipan.ast.Singleton;
import dev.taipan.code.FrozenSetConstant;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The frozenset constants of one compilation: equal ones are merged into the first, as CPython
 * merges equal constants across a whole module, so every set display with the same constants
 * takes the table order of the first one written.
 *
 * <p>CPython: Python/compile.c, merge_consts_recursive
 */
final class FrozenSetConstants {
    private final Map<Set<Object>, FrozenSetConstant> seen = new HashMap<>();

    /**
     * Returns the frozenset constant for the items of a set display.
     *
     * @param items front-end constant values in source order
     * @return a constant equal to an earlier one when there is one, else a new one
     */
    FrozenSetConstant of(List<Object> items) {
        FrozenSetConstant made = new FrozenSetConstant(items);
        // CPython keys a frozenset by the keys of its items after the set dropped equal ones;
        // items equal across types (1, 1.0, True) are rare and simply not merged.
        if (hasEqualsAcrossTypes(items)) {
            return made;
        }
        Set<Object> key = new HashSet<>();
        for (Object item : items) {
            key.add(CompileUnit.constKey(item == null ? Singleton.NONE : item));
        }
        return seen.computeIfAbsent(key, k -> made);
    }

    private static boolean hasEqualsAcrossTypes(List<Object> items) {
        Map<Object, Class<?>> numbers = new HashMap<>();
        for (Object item : items) {
            Object value = numericValue(item);
            if (value != null) {
                Class<?> previous = numbers.putIfAbsent(value, item.getClass());
                if (previous != null && previous != item.getClass()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number's value comparable across int, bool, float and complex, or null. */
    private static Object numericValue(Object item) {
        return switch (item) {
            case Boolean b -> BigDecimal.valueOf(b ? 1 : 0);
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case BigInteger b -> new BigDecimal(b);
            case Double d when Double.isFinite(d) -> new BigDecimal(d).stripTrailingZeros();
            case Imaginary im when im.imag() == 0.0 -> BigDecimal.ZERO;
            case null, default -> null;
        };
    }
}

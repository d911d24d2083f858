package dev.taipan.interop;

import java.util.Map;

/** Primitive types and their wrappers. */
final class Boxes {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            int.class, Integer.class, long.class, Long.class, double.class, Double.class,
            float.class, Float.class, short.class, Short.class, byte.class, Byte.class,
            boolean.class, Boolean.class, char.class, Character.class, void.class, Void.class);

    private Boxes() {
    }

    /** The wrapper of a primitive type, or the type itself. */
    static Class<?> box(Class<?> t) {
        return t.isPrimitive() ? BOXES.get(t) : t;
    }
}

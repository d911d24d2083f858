package dev.taipan.interop;

/**
 * Fits a converted Python result to the return type of a Java method that Python implements:
 * numbers convert as Java casts do ({@code int} to {@code double}, {@code float} to {@code long}),
 * a one-character {@code str} can be a {@code char}, and anything else must already be an
 * instance of the type.
 */
public final class Coercions {
    private Coercions() {
    }

    /**
     * The value as {@code type}.
     *
     * @param value a Java value converted from Python
     * @param type  the return type
     * @return the value fitted to the type ({@code null} for {@code void})
     * @throws ClassCastException when it cannot be one
     */
    public static Object toReturnType(Object value, Class<?> type) {
        if (type == void.class || type == Void.class) {
            return null;
        }
        Class<?> boxed = Boxes.box(type);
        if (value == null) {
            if (type.isPrimitive()) {
                throw new ClassCastException("Python returned None where " + type.getName() + " is expected");
            }
            return null;
        }
        if (boxed.isInstance(value)) {
            return value;
        }
        if (value instanceof Number n) {
            if (boxed == Integer.class) {
                return n.intValue();
            } else if (boxed == Long.class) {
                return n.longValue();
            } else if (boxed == Double.class) {
                return n.doubleValue();
            } else if (boxed == Float.class) {
                return n.floatValue();
            } else if (boxed == Short.class) {
                return n.shortValue();
            } else if (boxed == Byte.class) {
                return n.byteValue();
            }
        }
        if (boxed == Character.class && value instanceof String s && s.length() == 1) {
            return s.charAt(0);
        }
        throw new ClassCastException("Python returned a " + value.getClass().getName()
                + " where " + type.getName() + " is expected");
    }
}

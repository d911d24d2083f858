package dev.taipan.jsr223;

/**
 * Fits a converted Python result to the return type of a Java method that Python implements; see
 * {@link dev.taipan.interop.Coercions}, which Python callables passed to host methods share.
 */
final class Coercions {
    private Coercions() {
    }

    /**
     * The value as {@code type}.
     *
     * @throws ClassCastException when it cannot be one
     */
    static Object toReturnType(Object value, Class<?> type) {
        return dev.taipan.interop.Coercions.toReturnType(value, type);
    }
}

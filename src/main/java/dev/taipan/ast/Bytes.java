package dev.taipan.ast;

import java.util.Arrays;

/**
 * A {@code bytes} literal's value. The array is owned by this record and never changed.
 *
 * @param data the bytes
 */
public record Bytes(byte[] data) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return ConstantRepr.repr(this);
    }
}

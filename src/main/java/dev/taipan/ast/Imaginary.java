package dev.taipan.ast;

/**
 * An imaginary literal's value ({@code 2j}): a complex number whose real part is zero.
 *
 * @param imag the imaginary part
 */
public record Imaginary(double imag) {
    @Override
    public String toString() {
        return ConstantRepr.repr(this);
    }
}

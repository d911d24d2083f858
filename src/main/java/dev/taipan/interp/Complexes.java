package dev.taipan.interp;

import dev.taipan.objects.PyComplex;
import dev.taipan.objects.PyObject;

/** Imaginary literals: the constant {@code 2j} is {@code complex(0.0, 2.0)}. */
final class Complexes {
    private Complexes() {
    }

    static PyObject imaginary(double imag) {
        return new PyComplex(0.0, imag);
    }
}

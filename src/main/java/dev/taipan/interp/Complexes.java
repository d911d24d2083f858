package dev.taipan.interp;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyObject;

/** Imaginary literals, until the object model has its complex type. */
final class Complexes {
    private Complexes() {
    }

    // TODO(issue 3): return a complex object once objects has one.
    static PyObject imaginary(double imag) {
        throw Errors.notImplementedError("complex numbers are not supported yet");
    }
}

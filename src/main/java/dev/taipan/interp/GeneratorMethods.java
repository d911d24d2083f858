package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PySetter;

import java.lang.invoke.MethodHandles;

/** The members generators, coroutines and async generators share: their repr and their names. */
final class GeneratorMethods {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private GeneratorMethods() {
    }

    @PyMethod
    static PyObject __repr__(GeneratorBase self) {
        return PyStr.of("<" + self.getType().getName() + " object " + self.qualname + " at "
                + Abstract.addressOf(self) + ">");
    }

    @PyGetter
    static PyObject __name__(GeneratorBase self) {
        return PyStr.of(self.name);
    }

    @PySetter
    static void __name__(GeneratorBase self, PyObject value) {
        self.name = Constants.requireStr(value, "__name__");
    }

    @PyGetter
    static PyObject __qualname__(GeneratorBase self) {
        return PyStr.of(self.qualname);
    }

    @PySetter
    static void __qualname__(GeneratorBase self, PyObject value) {
        self.qualname = Constants.requireStr(value, "__qualname__");
    }
}

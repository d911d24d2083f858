package dev.taipan.builtins;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyIterator;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/**
 * Base of the iterator types of this package ({@code enumerate}, {@code zip}, {@code map}, ...):
 * subclasses implement {@link #nextOrNull()}; {@code __iter__} and {@code __next__} come from
 * {@link IterMethods}, which each subclass lists in its {@code @PyClass(methods = ...)}.
 */
abstract class BuiltinIterator extends PyObject implements PyIterator {

    /** The Python-facing {@code __iter__} (returns self) and {@code __next__}. */
    static final class IterMethods {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        private IterMethods() {
        }

        @PyMethod
        static PyObject __iter__(BuiltinIterator self) {
            return self;
        }

        @PyMethod
        static PyObject __next__(BuiltinIterator self) {
            PyObject v = self.nextOrNull();
            if (v == null) {
                throw Errors.stopIteration(null);
            }
            return v;
        }
    }
}

package dev.taipan.objects;

import dev.taipan.objects.expose.PyMethod;

/**
 * Base of the builtin iterator classes: {@code __iter__} returns self, {@code __next__} turns
 * {@link #nextOrNull()} into StopIteration. Subclasses declare their {@code @PyClass} and
 * type and expose these two methods by listing this class's members (they are inherited Java
 * methods, exposed on each subclass's type through {@link #iterMethods}).
 */
public abstract class AbstractIterator extends PyObject implements PyIterator {
    /** Creates an iterator. */
    protected AbstractIterator() {
    }

    /** The Python-facing {@code __iter__} and {@code __next__} shared by builtin iterators. */
    static final class IterMethods {
        static final java.lang.invoke.MethodHandles.Lookup LOOKUP =
                java.lang.invoke.MethodHandles.lookup();

        private IterMethods() {
        }

        @PyMethod
        static PyObject __iter__(AbstractIterator self) {
            return self;
        }

        @PyMethod
        static PyObject __next__(AbstractIterator self) {
            PyObject v = self.nextOrNull();
            if (v == null) {
                throw Errors.stopIteration(null);
            }
            return v;
        }
    }

    /** Returns the class to list in {@code @PyClass(methods=...)} of iterator types. */
    static Class<?> iterMethods() {
        return IterMethods.class;
    }
}

package dev.taipan.objects;

import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/** The iterator over a set or frozenset ({@code set_iterator}), in table order. */
@PyClass(name = "set_iterator", baseType = false, methods = {AbstractIterator.IterMethods.class})
public final class PySetIterator extends AbstractIterator {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code set_iterator}. */
    public static final PyType TYPE = PyType.fromClass(PySetIterator.class, LOOKUP);

    private PySetBase set;
    private final int size;
    private final PyObject[] items;
    private int index;

    /**
     * Creates an iterator.
     *
     * @param set the set
     */
    public PySetIterator(PySetBase set) {
        this.set = set;
        this.size = set.size();
        this.items = set.toArray();
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject nextOrNull() {
        PySetBase s = set;
        if (s == null) {
            return null;
        }
        if (s.size() != size) {
            set = null;
            throw Errors.runtimeError("Set changed size during iteration");
        }
        if (index >= items.length) {
            set = null;
            return null;
        }
        return items[index++];
    }

    @PyMethod
    int __length_hint__() {
        return set == null ? 0 : items.length - index;
    }
}

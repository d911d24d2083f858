package dev.taipan.objects;

import dev.taipan.objects.expose.PyClass;
import java.lang.invoke.MethodHandles;

/**
 * The iterator over an object that has {@code __getitem__} but no {@code __iter__}
 * ({@code iterator}): indexes 0, 1, 2, ... until IndexError or StopIteration.
 */
@PyClass(name = "iterator", baseType = false, methods = {AbstractIterator.IterMethods.class})
public final class PySeqIter extends AbstractIterator {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code iterator}. */
    public static final PyType TYPE = PyType.fromClass(PySeqIter.class, LOOKUP);

    private PyObject seq;
    private int index;

    /**
     * Creates an iterator over a sequence.
     *
     * @param seq the sequence
     */
    public PySeqIter(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject nextOrNull() {
        if (seq == null) {
            return null;
        }
        try {
            return Abstract.getItem(seq, PyInt.of(index++));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.IndexError) || e.matches(ExceptionTypes.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }
}

package dev.taipan.objects;

/**
 * A builtin iterator that {@link Abstract#next} can advance without raising StopIteration.
 *
 * <p>Implementations also expose {@code __iter__} and {@code __next__} to Python (see
 * {@link AbstractIterator}).
 */
public interface PyIterator {
    /**
     * Returns the next item, or {@code null} when exhausted.
     *
     * @return the item or {@code null}
     */
    PyObject nextOrNull();
}

package dev.taipan.cache;

/**
 * Code a {@link CodeCache} can hold: immutable, referring to no interpreter's objects, and able
 * to say roughly how much memory it takes.
 */
public interface Compiled {
    /**
     * An estimate of the memory this code takes, in bytes; the cache is bounded by their sum.
     *
     * @return a non-negative estimate
     */
    long weight();
}

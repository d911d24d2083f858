package dev.taipan.modules.decimal;

/**
 * The conditions one operation raised, as {@link Signals} bits; the context records them as flags
 * and raises a trapped one when the operation is complete.
 */
final class Status {
    int bits;

    void add(int conditions) {
        bits |= conditions;
    }
}

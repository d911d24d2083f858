package dev.taipan.modules.regex;

import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;

/**
 * What a running match consults every {@link #INTERVAL} steps: the place to cancel a runaway
 * backtracking search or to charge its work to a budget.
 *
 * <p>The default, {@link #INTERRUPTIBLE}, raises {@code KeyboardInterrupt} once the matching
 * thread is interrupted (the interrupt flag is left set, so the host still sees its
 * cancellation). A sandbox supplies its own implementation to impose a step budget.
 */
@FunctionalInterface
public interface MatchBudget {
    /** How many matcher steps pass between two checkpoints. */
    int INTERVAL = 4096;

    /** Stops a match when its thread is interrupted. */
    MatchBudget INTERRUPTIBLE = steps -> {
        if (Thread.currentThread().isInterrupted()) {
            throw Errors.of(ExceptionTypes.KeyboardInterrupt, "regular expression matching interrupted");
        }
    };

    /**
     * Called while matching; throws to stop it.
     *
     * @param steps the steps this matcher has made so far
     */
    void checkpoint(long steps);
}

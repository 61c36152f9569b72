package org.spacecoop.core.progress;

import java.util.concurrent.CancellationException;

/**
 * How long work in the core (analyses, layout) tells how far it got and learns that it should stop. Calls come on
 * the working thread, so implementations must be cheap and thread-safe; the window forwards them to its progress
 * bar and cancels through {@link #isCancelled()}.
 */
@FunctionalInterface
public interface Progress {

    /** Reports nowhere; the work stops only if its thread is interrupted. */
    Progress NONE = (done, total, message) -> { };

    /**
     * {@code done} of {@code total} finished (steps, or a fraction of 1; a negative {@code done} means unknown);
     * {@code message} says what is being done.
     */
    void update(double done, double total, String message);

    /** True once the work was cancelled; long loops check it and stop. */
    default boolean isCancelled() {
        return false;
    }

    /**
     * Throws once the work was cancelled or its thread interrupted (cancelling a background task interrupts it), so
     * a computation with no partial result to keep stops early.
     */
    default void checkCancelled() {
        if (isCancelled()) throw new CancellationException("cancelled");
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("interrupted");
    }
}

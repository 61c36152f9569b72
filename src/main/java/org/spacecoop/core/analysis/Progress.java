package org.spacecoop.core.analysis;

import java.util.concurrent.CancellationException;

/**
 * Receives progress of a long computation; a background task forwards it to its progress and message properties.
 * Implementations may be called from the computing thread and must be cheap.
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total, message) -> { };

    /** {@code done} of {@code total} steps finished; {@code message} says what is being computed. */
    void update(long done, long total, String message);

    /**
     * Throws when the computing thread was interrupted ({@code Task.cancel()} interrupts it), so long loops stop early.
     */
    static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("interrupted");
    }
}

package org.spacecoop.core.layout;

/**
 * Told about a running {@link ForceLayout#runToConvergence}: called after every {@code every()}-th iteration and
 * once at the end, on the thread that runs the layout. Returning false stops the run (a JavaFX Task passes
 * {@code !isCancelled()}); the positions reached so far stay.
 */
@FunctionalInterface
public interface IterationListener {

    /** No reports, never cancels. */
    IterationListener NONE = (iteration, progress) -> true;

    /**
     * @param iteration iterations done since the layout was created
     * @param progress  0..1 within the current run
     * @return true to go on, false to stop
     */
    boolean onProgress(int iteration, double progress);

    /** How many iterations between reports; the UI copies a {@link ForceLayout#snapshot()} in this call. */
    default int every() {
        return 5;
    }

    /** This listener, reporting every {@code n} iterations. */
    default IterationListener every(int n) {
        IterationListener self = this;
        return new IterationListener() {
            @Override
            public boolean onProgress(int iteration, double progress) {
                return self.onProgress(iteration, progress);
            }

            @Override
            public int every() {
                return Math.max(1, n);
            }
        };
    }
}

package org.spacecoop.ui.task;

/**
 * The one seam for background work (loading, layout, analytics, export). The JavaFX implementation runs work on a
 * daemon thread and calls back on the FX thread; {@link CurrentThreadTaskExecutor} runs everything at once, for
 * view-model tests.
 */
public interface TaskExecutor {

    /** Starts the task; its callbacks run on the UI thread. */
    <T> Cancellable execute(BackgroundTask<T> task);

    /** Runs a small action on the UI thread (now, if already on it or if there is no UI thread). */
    void runOnUiThread(Runnable action);

    /** Stops accepting work; running work is cancelled. */
    default void shutdown() {
    }
}

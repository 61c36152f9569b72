package org.spacecoop.ui.task;

import org.spacecoop.core.progress.Progress;

/**
 * What background work sees of its runner: the core's {@link Progress} (reports reach the task's progress bar, at
 * most one update per pulse; a negative {@code done} means unknown; cancelling the task cancels it) and a way back to
 * the UI thread.
 */
public interface TaskProgress extends Progress {

    /** True once the work was cancelled; long loops should check it and return. */
    @Override
    boolean isCancelled();

    /** Runs an action on the UI thread, e.g. to show an intermediate result. Not run once cancelled. */
    void publish(Runnable uiAction);

    /** A progress that goes nowhere. */
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void update(double done, double total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void publish(Runnable uiAction) {
            uiAction.run();
        }
    };
}

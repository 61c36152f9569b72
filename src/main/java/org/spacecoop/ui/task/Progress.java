package org.spacecoop.ui.task;

/** What background work sees of its runner: progress reporting, cancellation and a way back to the UI thread. */
public interface Progress {

    /** Reports progress (thread-safe; the UI sees at most one update per pulse). A negative {@code done} means unknown. */
    void update(double done, double total, String message);

    /** True once the work was cancelled; long loops should check it and return. */
    boolean isCancelled();

    /** Runs an action on the UI thread, e.g. to show an intermediate result. Not run once cancelled. */
    void publish(Runnable uiAction);

    /** A progress that goes nowhere. */
    Progress NONE = new Progress() {
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

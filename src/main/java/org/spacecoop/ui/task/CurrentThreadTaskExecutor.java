package org.spacecoop.ui.task;

/** Runs every task at once on the calling thread: deterministic view-model tests without a toolkit. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> Cancellable execute(BackgroundTask<T> task) {
        boolean[] cancelled = {false};
        TaskProgress progress = new TaskProgress() {
            @Override
            public void update(double done, double total, String message) {
                task.progressed(BackgroundTask.fraction(done, total), message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }

            @Override
            public void publish(Runnable uiAction) {
                if (!cancelled[0]) uiAction.run();
            }
        };
        try {
            T result = task.work().call(progress);
            if (!cancelled[0]) task.succeeded(result);
        } catch (Exception | LinkageError | AssertionError e) {
            task.failed(e);
        } finally {
            task.finished();
        }
        return () -> cancelled[0] = true;
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }
}

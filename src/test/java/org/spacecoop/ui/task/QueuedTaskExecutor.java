package org.spacecoop.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds each task until the test runs it ({@link #runAll}), on the test's thread: view-model tests see the state
 * between starting work and its end. A task cancelled before it runs never runs (but its finish callbacks do, as
 * the FX executor's would).
 */
public final class QueuedTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();

    @Override
    public <T> Cancellable execute(BackgroundTask<T> task) {
        boolean[] cancelled = {false};
        queue.add(() -> {
            if (cancelled[0]) task.finished();
            else now.execute(task);
        });
        return () -> cancelled[0] = true;
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    /** How many tasks wait. */
    public int waiting() {
        return queue.size();
    }

    /** Runs the waiting tasks (and any they start) in order. */
    public void runAll() {
        while (!queue.isEmpty()) queue.poll().run();
    }
}

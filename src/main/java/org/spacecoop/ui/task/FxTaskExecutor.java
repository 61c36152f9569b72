package org.spacecoop.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs tasks as {@link Task}s on a small pool of daemon threads; progress, results and errors reach the callbacks on
 * the FX thread. Two threads: the machine may be small and layout plus one other job is the usual load.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService pool;

    public FxTaskExecutor() {
        this(2);
    }

    public FxTaskExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "background-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> Cancellable execute(BackgroundTask<T> task) {
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(task.title());
                return task.work().call(progressOf(this));
            }

            private TaskProgress progressOf(Task<T> self) {
                return new TaskProgress() {
                    @Override
                    public void update(double done, double total, String message) {
                        if (done < 0 || total <= 0) updateProgress(-1, 1);
                        else updateProgress(Math.min(done, total), total);
                        if (message != null) updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }

                    @Override
                    public void publish(Runnable uiAction) {
                        Platform.runLater(() -> {
                            if (!self.isCancelled()) uiAction.run();
                        });
                    }
                };
            }
        };
        fxTask.progressProperty().addListener((o, a, b) -> task.progressed(b.doubleValue(), fxTask.getMessage()));
        fxTask.messageProperty().addListener((o, a, b) -> task.progressed(fxTask.getProgress(), b));
        fxTask.setOnSucceeded(e -> {
            task.succeeded(fxTask.getValue());
            task.finished();
        });
        fxTask.setOnFailed(e -> {
            task.failed(fxTask.getException());
            task.finished();
        });
        fxTask.setOnCancelled(e -> task.finished());
        pool.execute(fxTask);
        return () -> fxTask.cancel(false);
    }

    @Override
    public void runOnUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) action.run();
        else Platform.runLater(action);
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}

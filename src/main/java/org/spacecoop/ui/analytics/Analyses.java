package org.spacecoop.ui.analytics;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.BackgroundTask;
import org.spacecoop.ui.task.Cancellable;

/**
 * Runs one kind of analysis in the background through the explorer's task seam: a new request cancels the previous
 * one, and a result that arrives after a newer request started is dropped.
 */
final class Analyses {

    private final ExplorerViewModel explorer;
    private Cancellable running = Cancellable.DONE;
    private int generation;

    Analyses(ExplorerViewModel explorer) {
        this.explorer = explorer;
    }

    <T> void run(String title, BackgroundTask.Work<T> work, Consumer<T> onResult) {
        running.cancel();
        int mine = ++generation;
        running = explorer.work().run(BackgroundTask.of(title, work)
                .onSuccess(result -> {
                    if (mine == generation) onResult.accept(result);
                })
                .onFailure(e -> {
                    if (mine == generation && !(e instanceof CancellationException)) {
                        explorer.setMessage(title + " failed: " + (e.getMessage() == null ? e : e.getMessage()));
                    }
                }));
    }

    /** Forgets the running analysis (its result will be dropped). */
    void cancel() {
        running.cancel();
        generation++;
    }
}

package org.spacecoop.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BackgroundWorkTest {

    /** Holds tasks until told to run their steps: lets a test interleave two tasks as threads would. */
    private static final class HeldExecutor implements TaskExecutor {
        final List<BackgroundTask<?>> started = new ArrayList<>();

        @Override
        public <T> Cancellable execute(BackgroundTask<T> task) {
            started.add(task);
            return () -> { };
        }

        @Override
        public void runOnUiThread(Runnable action) {
            action.run();
        }
    }

    @Test
    void whenTheNewestTaskEndsTheStatusGoesBackToTheOneStillRunning() {
        HeldExecutor executor = new HeldExecutor();
        BackgroundWork work = new BackgroundWork(executor);
        work.run(BackgroundTask.of("Layout", p -> null));
        BackgroundTask<?> layout = executor.started.get(0);
        layout.progressed(0.25, "Layout: iteration 75");
        assertThat(work.messageProperty().get()).isEqualTo("Layout: iteration 75");

        work.run(BackgroundTask.of("Computing degree", p -> null));
        BackgroundTask<?> ranking = executor.started.get(1);
        assertThat(work.messageProperty().get()).isEqualTo("Computing degree…");
        assertThat(work.progressProperty().get()).isEqualTo(-1);
        layout.progressed(0.3, "Layout: iteration 90"); // an older task's report does not hide the newest
        assertThat(work.messageProperty().get()).isEqualTo("Computing degree…");

        ranking.finished();
        assertThat(work.messageProperty().get()).isEqualTo("Layout: iteration 90");
        assertThat(work.progressProperty().get()).isEqualTo(0.3);
        assertThat(work.busyProperty().get()).isTrue();

        layout.finished();
        assertThat(work.busyProperty().get()).isFalse();
        assertThat(work.messageProperty().get()).isEmpty();
        assertThat(work.progressProperty().get()).isZero();
    }
}

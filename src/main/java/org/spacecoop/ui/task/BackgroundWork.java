package org.spacecoop.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs tasks through a {@link TaskExecutor} and shows the newest one's progress and message as properties the
 * status bar binds. Properties change on the UI thread only.
 */
public final class BackgroundWork {

    private final TaskExecutor executor;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private int running;

    public BackgroundWork(TaskExecutor executor) {
        this.executor = executor;
    }

    public TaskExecutor executor() {
        return executor;
    }

    /** Starts the task, its progress shown in the status bar. */
    public <T> Cancellable run(BackgroundTask<T> task) {
        running++;
        busy.set(true);
        progress.set(-1);
        message.set(task.title() + "…");
        task.onProgress((f, m) -> {
            progress.set(f);
            message.set(m == null || m.isBlank() ? task.title() + "…" : m);
        });
        task.onFinished(() -> {
            running--;
            if (running == 0) {
                busy.set(false);
                progress.set(0);
                message.set("");
            }
        });
        return executor.execute(task);
    }

    /** Progress of the newest running task in [0, 1], -1 when unknown, 0 when idle. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

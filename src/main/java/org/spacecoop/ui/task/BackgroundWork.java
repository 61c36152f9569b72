package org.spacecoop.ui.task;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs tasks through a {@link TaskExecutor} and shows the newest running one's progress and message as properties the
 * status bar binds; when it ends while older ones still run (an analytics ranking while the layout runs), the status
 * goes back to the newest of those. Properties change on the UI thread only.
 */
public final class BackgroundWork {

    private final TaskExecutor executor;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    /** The running tasks' last progress and message, oldest first. */
    private final List<Status> running = new ArrayList<>();

    /** What one running task last reported. */
    private static final class Status {
        double progress = -1;
        String message;

        Status(String message) {
            this.message = message;
        }
    }

    public BackgroundWork(TaskExecutor executor) {
        this.executor = executor;
    }

    public TaskExecutor executor() {
        return executor;
    }

    /** Starts the task, its progress shown in the status bar. */
    public <T> Cancellable run(BackgroundTask<T> task) {
        Status status = new Status(task.title() + "…");
        running.add(status);
        show();
        task.onProgress((f, m) -> {
            status.progress = f;
            status.message = m == null || m.isBlank() ? task.title() + "…" : m;
            if (!running.isEmpty() && running.get(running.size() - 1) == status) show(); // a late report is ignored
        });
        task.onFinished(() -> {
            running.remove(status);
            show();
        });
        return executor.execute(task);
    }

    private void show() {
        if (running.isEmpty()) {
            busy.set(false);
            progress.set(0);
            message.set("");
            return;
        }
        Status newest = running.get(running.size() - 1);
        busy.set(true);
        progress.set(newest.progress);
        message.set(newest.message);
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

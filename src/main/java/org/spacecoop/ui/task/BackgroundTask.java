package org.spacecoop.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of background work with its UI-thread callbacks. Build one with {@link #of}, add callbacks, hand it to a
 * {@link TaskExecutor}.
 *
 * @param <T> the result
 */
public final class BackgroundTask<T> {

    /** The work itself, run off the UI thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call(TaskProgress progress) throws Exception;
    }

    /** Progress as the UI sees it: fraction in [0, 1] or -1 when unknown, and a message. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(double fraction, String message);
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = r -> { };
    private Consumer<? super Throwable> onFailure = e -> { };
    private final List<ProgressListener> onProgress = new ArrayList<>();
    private final List<Runnable> onFinished = new ArrayList<>();

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    /** Adds a progress listener (several may listen: the caller and the status bar). */
    public BackgroundTask<T> onProgress(ProgressListener listener) {
        onProgress.add(Objects.requireNonNull(listener));
        return this;
    }

    /** Adds an action run after success, failure or cancellation, on the UI thread. */
    public BackgroundTask<T> onFinished(Runnable action) {
        onFinished.add(Objects.requireNonNull(action));
        return this;
    }

    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Throwable error) {
        onFailure.accept(error);
    }

    void progressed(double fraction, String message) {
        for (ProgressListener l : onProgress) l.progress(fraction, message);
    }

    void finished() {
        for (Runnable r : onFinished) r.run();
    }

    static double fraction(double done, double total) {
        if (done < 0 || total <= 0) return -1;
        return Math.min(1, done / total);
    }
}

package org.spacecoop.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import javafx.application.Platform;

/**
 * The JavaFX toolkit for benchmarks: started once per JVM (headless Monocle and the software pipeline come from the
 * fork's system properties, see {@link FramePaintBenchmark}); work runs on the FX thread and is waited for.
 */
final class FxThread {

    private static boolean started;

    private FxThread() {
    }

    static synchronized void start() throws InterruptedException {
        if (started) return;
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false);
        started = true;
    }

    static <T> T call(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}

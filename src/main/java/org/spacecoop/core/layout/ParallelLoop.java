package org.spacecoop.core.layout;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Splits a loop over {@code [0, n)} into blocks shared by the calling thread and helpers from one small daemon pool.
 * Each index is handled exactly once and by code that does not depend on which thread runs it, so results are
 * the same for any thread count.
 */
final class ParallelLoop {

    /** Work on {@code [from, to)}. */
    @FunctionalInterface
    interface Body {
        void run(int from, int to);
    }

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "layout-worker");
        t.setDaemon(true);
        return t;
    });

    private ParallelLoop() {
    }

    /** Runs {@code body} over {@code [0, n)} in blocks of {@code block} on up to {@code threads} threads. */
    static void run(int n, int threads, int block, Body body) {
        int helpers = Math.min(threads - 1, n / block - 1);
        if (helpers <= 0) {
            body.run(0, n);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            int from;
            while ((from = next.getAndAdd(block)) < n) body.run(from, Math.min(n, from + block));
        };
        Future<?>[] futures = new Future<?>[helpers];
        for (int i = 0; i < helpers; i++) futures[i] = POOL.submit(worker);
        Throwable failure = null;
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            failure = e;
            next.set(n);
        }
        // Wait for every helper even when interrupted: they write the caller's arrays.
        boolean interrupted = false;
        for (Future<?> f : futures) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (failure == null) failure = e.getCause();
                    break;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failure instanceof RuntimeException re) throw re;
        if (failure instanceof Error err) throw err;
        if (failure != null) throw new IllegalStateException(failure);
    }
}

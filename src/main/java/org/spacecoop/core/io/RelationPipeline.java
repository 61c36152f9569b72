package org.spacecoop.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Checks relations on a second thread while the reader parses the next ones: the parser hands over batches of
 * drafts, the checker runs {@link DatasetValidator#addRelation} on them in file order (so a {@link LoadListener}
 * can build the graph there too). On a million relations the two halves take about the same time, so the
 * read takes about half as long on two cores. A file with fewer than a batch ({@value #BATCH} relations) never
 * starts the thread: its batch is checked on the caller's thread at {@link #finish}.
 */
final class RelationPipeline<T> implements AutoCloseable {

    /** Relations handed over at a time. */
    static final int BATCH = 4096;
    private final List<T> end = new ArrayList<>(0); // compared by identity

    private final Consumer<T> checker;
    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(4);
    private List<T> batch;
    private Thread worker;
    private volatile RuntimeException failure;
    private boolean finished;

    /** {@code checker} takes each item, in order, on the checker's thread (e.g. {@link DatasetValidator#addRelation}). */
    RelationPipeline(Consumer<T> checker) {
        this.checker = checker;
        this.batch = new ArrayList<>(BATCH);
    }

    /** Queues one parsed relation; rethrows what stopped the checker (e.g. the problem cap). */
    void accept(T r) {
        batch.add(r);
        if (batch.size() == BATCH) {
            if (worker == null) start();
            handOver(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Checks what is left and waits for the checker; rethrows what stopped it. */
    void finish() {
        if (finished) return;
        finished = true;
        if (worker == null) {
            for (T r : batch) checker.accept(r);
        } else {
            handOver(batch);
            handOver(end);
            join();
        }
        batch = new ArrayList<>(0);
        rethrow();
    }

    /**
     * After the parser failed: checks what was read before the failure (so its problems are reported too), unless
     * the reading thread was interrupted (a cancelled load), which only stops the checker.
     */
    void finishAfterError() {
        if (Thread.currentThread().isInterrupted()) close();
        else finish();
    }

    /** Stops the checker without waiting for its queue (the read failed); safe to call after {@link #finish}. */
    @Override
    public void close() {
        if (worker == null || !worker.isAlive()) return;
        worker.interrupt();
        join();
    }

    private void start() {
        worker = new Thread(this::check, "dataset-relation-checker");
        worker.setDaemon(true);
        worker.start();
    }

    private void check() {
        try {
            while (true) {
                List<T> next = queue.take();
                if (next == end) return;
                for (T r : next) checker.accept(r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            queue.clear();
            // keep taking until END, so the parser's hand-overs never block
            try {
                while (queue.take() != end) queue.clear();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void handOver(List<T> drafts) {
        rethrow();
        try {
            queue.put(drafts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the dataset", e);
        }
    }

    /**
     * Waits until the checker has ended, also when this thread is interrupted (the interrupt is kept for the caller).
     * Returning earlier would let {@link #finish} hand out a dataset without the relations still being checked, and
     * let the checker go on calling the listener after the read is over. The wait is short: {@link #close} has
     * interrupted the checker, and {@link #finish} has at most the queue's few batches left to check.
     */
    private void join() {
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private void rethrow() {
        RuntimeException f = failure;
        if (f != null) throw f;
    }
}

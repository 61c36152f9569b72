package org.spacecoop.core.io;

/** Waiting for the reader's helper threads. */
final class Threads {

    private Threads() {
    }

    /**
     * Waits until {@code thread} has ended, also when the waiting thread is interrupted; the interrupt is kept for
     * the caller. A read must not return while a helper still works on its data.
     */
    static void joinFully(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}

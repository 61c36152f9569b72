package org.spacecoop.ui.task;

/** A handle on submitted background work. */
public interface Cancellable {

    Cancellable DONE = () -> { };

    /** Asks the work to stop; it checks {@link TaskProgress#isCancelled()} and its success callback is then not called. */
    void cancel();
}

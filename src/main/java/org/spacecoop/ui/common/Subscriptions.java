package org.spacecoop.ui.common;

import java.util.function.BiConsumer;

import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

/**
 * The listeners a view or a view model has put on longer-lived objects, removed together when it is disposed or its
 * model is replaced: nothing keeps calling (or keeps alive) a panel that is gone. Built on JavaFX's
 * {@link Subscription} (javafx.beans and javafx.util only, so view models use it without a toolkit).
 */
public final class Subscriptions {

    private Subscription all = Subscription.EMPTY;

    /** Keeps a subscription to cancel later; returns it. */
    public Subscription add(Subscription s) {
        all = all.and(s);
        return s;
    }

    /** Calls {@code onChange} with the old and new value each time the value changes. */
    public <T> void onChange(ObservableValue<T> value, BiConsumer<? super T, ? super T> onChange) {
        add(value.subscribe(onChange));
    }

    /** Calls {@code onInvalid} each time the value may have changed (also when set to an equal value). */
    public void onInvalid(ObservableValue<?> value, Runnable onInvalid) {
        add(value.subscribe(onInvalid));
    }

    /** Removes every listener added so far; the bag can be filled again. */
    public void unsubscribeAll() {
        Subscription s = all;
        all = Subscription.EMPTY;
        s.unsubscribe();
    }
}

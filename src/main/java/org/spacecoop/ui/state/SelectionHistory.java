package org.spacecoop.ui.state;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Back and forward through what was selected, like a browser's history: each new selection (an entity or a relation)
 * is added after the current place and drops what lay ahead of it. Clearing the selection adds nothing, so Back after
 * Escape returns to the previous selection. No JavaFX scene here (javafx.beans only).
 */
public final class SelectionHistory {

    static final int MAX_ENTRIES = 200;

    private final List<Selection> entries = new ArrayList<>();
    private int at = -1;
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");

    /** Records a selection made by the user (not by {@link #back} or {@link #forward}). */
    void visited(Selection s) {
        if (s.isEmpty() || (at >= 0 && entries.get(at).equals(s))) return;
        entries.subList(at + 1, entries.size()).clear();
        entries.add(s);
        if (entries.size() > MAX_ENTRIES) entries.remove(0);
        at = entries.size() - 1;
        update();
    }

    /** The selection before the current one, or null at the start. */
    Selection back() {
        if (at <= 0) return null;
        at--;
        update();
        return entries.get(at);
    }

    /** The selection after the current one, or null at the end. */
    Selection forward() {
        if (at >= entries.size() - 1) return null;
        at++;
        update();
        return entries.get(at);
    }

    void clear() {
        entries.clear();
        at = -1;
        update();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    private void update() {
        canGoBack.set(at > 0);
        canGoForward.set(at < entries.size() - 1);
    }
}

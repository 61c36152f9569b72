package org.spacecoop.ui.filter;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Skinnable;

/**
 * Keeps buttons, check boxes and one-line labels from being cut to "Fo…" in a narrow panel: each may not become
 * narrower than its text, so the panel wraps its rows (flow panes, wrapping headings) or scrolls instead. The items of
 * lists are left alone: a long source title may be cut there (the list scrolls sideways for nothing).
 */
final class WholeLabels {

    private WholeLabels() {
    }

    static void keep(Parent root) {
        for (Node n : root.getChildrenUnmodifiable()) {
            if (n instanceof ListView<?> || n instanceof Cell<?>) continue;
            if (n instanceof Labeled l && !l.isWrapText()) l.setMinWidth(Labeled.USE_PREF_SIZE);
            if (n instanceof Parent p && !(n instanceof Skinnable)) keep(p);
        }
    }
}

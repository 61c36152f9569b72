package org.spacecoop.ui.analytics;

import java.util.Optional;

import org.spacecoop.core.model.Entity;
import org.spacecoop.ui.state.ExplorerViewModel;

/**
 * What the text of an entity field names when Find or Run is clicked: the entity already chosen if the text is still
 * its name, else the best match of the text (name, alias, id, close match). {@link #problem} names the text that
 * matched nothing.
 */
record TypedEntity(String text, Entity entity) {

    static TypedEntity resolve(ExplorerViewModel explorer, String text, Entity current) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return new TypedEntity(t, null);
        if (current != null && current.name().equalsIgnoreCase(t)) return new TypedEntity(t, current);
        Optional<Entity> found = explorer.find(t);
        return new TypedEntity(t, found.orElse(null));
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    /** "No entity matches “Foo”." when text was typed but matched nothing; null otherwise. */
    String problem() {
        return entity == null && !text.isEmpty() ? "No entity matches “" + text + "”." : null;
    }
}

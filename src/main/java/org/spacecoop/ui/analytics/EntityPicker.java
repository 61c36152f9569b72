package org.spacecoop.ui.analytics;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.spacecoop.core.model.Entity;
import org.spacecoop.ui.ExplorerViewModel;

/**
 * A field naming one entity: type a name, id or alias and press Enter, or take the canvas selection with the
 * button. Bound both ways to an entity property.
 */
final class EntityPicker extends HBox {

    private final TextField field = new TextField();

    EntityPicker(String id, String prompt, ObjectProperty<Entity> target, ExplorerViewModel explorer) {
        super(4);
        setId(id);
        field.setId(id + "-field");
        field.setPromptText(prompt);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button take = new Button("Selected");
        take.setId(id + "-take");
        take.setTooltip(new Tooltip("Use the entity selected on the canvas"));
        take.setMinWidth(USE_PREF_SIZE);
        take.setOnAction(e -> explorer.getSelection().selectedEntity().ifPresent(target::set));
        field.setOnAction(e -> {
            var hits = explorer.suggest(field.getText(), 1);
            if (hits.isEmpty()) explorer.setMessage("No entity matches \"" + field.getText().strip() + "\"");
            else target.set(hits.get(0).entity());
            show(target.get());
        });
        target.addListener((o, a, b) -> show(b));
        show(target.get());
        getChildren().addAll(field, take);
    }

    private void show(Entity e) {
        field.setText(e == null ? "" : e.name());
    }
}

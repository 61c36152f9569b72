package org.spacecoop.ui.analytics;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.spacecoop.core.model.Entity;
import org.spacecoop.ui.state.ExplorerViewModel;

/**
 * A field naming one entity: type a name, id or alias (Enter takes it at once, Find or Run resolve it too), or take
 * the canvas selection with the button. Bound both ways to an entity property.
 */
final class EntityPicker extends HBox {

    private final TextField field = new TextField();

    EntityPicker(String id, String prompt, ObjectProperty<Entity> target, ExplorerViewModel explorer) {
        super(4);
        field.setId(id);
        setId(id + "-picker");
        field.setPromptText(prompt);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button take = new Button("Selected");
        take.setId(id + "-take");
        take.setTooltip(new Tooltip("Use the entity selected on the canvas"));
        take.setMinWidth(USE_PREF_SIZE);
        take.setOnAction(e -> explorer.getSelection().selectedEntity().ifPresent(target::set));
        field.setOnAction(e -> {
            TypedEntity typed = TypedEntity.resolve(explorer, field.getText(), target.get());
            if (typed.problem() != null) explorer.setMessage(typed.problem());
            else target.set(typed.entity());
            if (typed.problem() == null) show(target.get());
        });
        target.addListener((o, a, b) -> show(b));
        show(target.get());
        getChildren().addAll(field, take);
    }

    /** The text as typed (resolved by Find or Run). */
    String text() {
        return field.getText();
    }

    private void show(Entity e) {
        field.setText(e == null ? "" : e.name());
    }
}

package org.spacecoop.ui.analytics;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.paint.Color;

import org.spacecoop.core.analysis.Alignment;
import org.spacecoop.core.analysis.BlocView;
import org.spacecoop.core.analysis.Communities;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/** Communities (while colouring by community) and the bloc view (while colouring by bloc). */
final class GroupsSection extends VBox {

    GroupsSection(AnalyticsViewModel vm) {
        super(6);
        MeasuresModel m = vm.measures();
        Label hint = new Label("Choose “Colour: community” or “Colour: bloc” in the toolbar.");
        hint.getStyleClass().add("analytics-hint");
        hint.setWrapText(true);

        ListView<Communities.Community> communities = new ListView<>(m.communities());
        communities.setId("community-list");
        communities.setPrefHeight(180);
        communities.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Communities.Community c, boolean empty) {
                super.updateItem(c, empty);
                setGraphic(empty || c == null ? null : swatch(GroupColours.community(c.index())));
                setText(empty || c == null ? null : c.size() + " · " + preview(c.members()));
            }
        });

        GridPane blocs = new GridPane();
        blocs.setId("bloc-table");
        blocs.setHgap(8);
        blocs.setVgap(3);
        ListView<Relation> across = new ListView<>();
        across.setId("bloc-across");
        across.setPrefHeight(160);
        across.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) vm.explorer().selectRelation(r);
        });
        m.blocViewProperty().addListener((o, a, b) -> showBlocs(b, blocs, across));

        communities.visibleProperty().bind(m.colourByProperty().isEqualTo(ColourBy.COMMUNITY));
        communities.managedProperty().bind(communities.visibleProperty());
        for (var n : List.of(blocs, across)) {
            n.visibleProperty().bind(m.colourByProperty().isEqualTo(ColourBy.BLOC));
            n.managedProperty().bind(n.visibleProperty());
        }
        hint.visibleProperty().bind(m.colourByProperty().isEqualTo(ColourBy.KIND));
        hint.managedProperty().bind(hint.visibleProperty());
        getChildren().addAll(hint, communities, blocs, across);
    }

    private static void showBlocs(BlocView b, GridPane grid, ListView<Relation> across) {
        grid.getChildren().clear();
        if (b == null) {
            across.getItems().clear();
            return;
        }
        int row = 0;
        var groups = b.groups();
        for (Alignment a : Alignment.values()) {
            grid.addRow(row++, swatch(GroupColours.bloc(a)), new Label(a.label()), new Label(groups.get(a).size() + " entities"));
        }
        for (BlocView.Tie t : b.ties()) {
            if (t.a() == t.b()) continue;
            grid.addRow(row++, new Label(""), new Label(t.a().label() + " ↔ " + t.b().label()),
                    new Label(t.relations().size() + " relations"));
        }
        across.getItems().setAll(b.across());
    }

    private static Circle swatch(int argb) {
        return new Circle(5, Color.web(GroupColours.css(argb)));
    }

    private static String preview(List<Entity> members) {
        List<String> names = members.stream().limit(4).map(Entity::name).toList();
        return String.join(", ", names) + (members.size() > 4 ? ", …" : "");
    }
}

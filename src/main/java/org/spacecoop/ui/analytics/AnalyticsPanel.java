package org.spacecoop.ui.analytics;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Accordion;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.spacecoop.core.analysis.Measure;
import org.spacecoop.ui.canvas.GraphCanvas;

/**
 * The analytics tab of the side panel ({@code #analytics-panel}): measures and the ranked table, communities and
 * blocs, connections, what-if, single points of failure. "Size" and "Colour" choosers go in the toolbar.
 */
public final class AnalyticsPanel extends ScrollPane {

    public static final String STYLESHEET = AnalyticsPanel.class.getResource("analytics.css").toExternalForm();

    private final AnalyticsViewModel vm;

    public AnalyticsPanel(AnalyticsViewModel vm) {
        this.vm = vm;
        setId("analytics-panel");
        getStyleClass().add("analytics-panel");
        setFitToWidth(true);
        // one section open at a time: the side panel is narrow and short
        TitledPane ranking = section("analytics-measures", "Ranking", new MeasuresSection(vm));
        Accordion sections = new Accordion(ranking,
                section("analytics-groups", "Communities and blocs", new GroupsSection(vm)),
                section("analytics-path", "How are they connected?", new PathSection(vm)),
                section("analytics-whatif", "What if…", new WhatIfSection(vm)),
                section("analytics-failures", "Single points of failure", new FailuresSection(vm)));
        sections.setExpandedPane(ranking);
        setContent(sections);
    }

    /** The toolbar's choosers: size, colour and edge width. */
    public static List<Node> toolBarChoosers(AnalyticsViewModel vm) {
        return List.of(sizeChooser(vm), colourChooser(vm), edgeWidthChooser(vm));
    }

    /** Puts the analytics decoration (sizes, colours, highlight) on the canvas's scene from now on. */
    public static void decorate(AnalyticsViewModel vm, GraphCanvas canvas) {
        SceneDecorator.install(vm, canvas);
    }

    /** Escape clears what analytics put on the graph (and, further on, the selection): a filter for the window. */
    public static EventHandler<KeyEvent> escapeClearsHighlights(AnalyticsViewModel vm) {
        return e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.showsHighlight()) vm.clearHighlights();
        };
    }

    public AnalyticsViewModel viewModel() {
        return vm;
    }

    private static TitledPane section(String id, String title, Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setId(id);
        p.setAnimated(false);
        return p;
    }

    /** "Size: relations | degree | betweenness | closeness | PageRank" ({@code #size-by}). */
    static ComboBox<Measure> sizeChooser(AnalyticsViewModel vm) {
        var items = FXCollections.<Measure>observableArrayList();
        items.add(null);
        items.addAll(Measure.values());
        ComboBox<Measure> box = new ComboBox<>(items);
        box.setId("size-by");
        box.setTooltip(new Tooltip("Size nodes by a centrality measure of the shown graph"));
        box.setButtonCell(new MeasureCell());
        box.setCellFactory(l -> new MeasureCell());
        box.valueProperty().bindBidirectional(vm.measures().sizeByProperty());
        box.setFocusTraversable(false);
        return box;
    }

    /** "Colour: kind | community | bloc | degree | betweenness | closeness | PageRank" ({@code #colour-by}). */
    static ComboBox<ColourBy> colourChooser(AnalyticsViewModel vm) {
        ComboBox<ColourBy> box = new ComboBox<>(FXCollections.observableArrayList(ColourBy.values()));
        box.setId("colour-by");
        box.setTooltip(new Tooltip("Colour nodes by kind, community, bloc (Artemis Accords / ILRS) or a centrality measure"));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ColourBy c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : "Colour: " + c);
            }
        });
        box.valueProperty().bindBidirectional(vm.measures().colourByProperty());
        box.setFocusTraversable(false);
        return box;
    }

    /** "Edges: plain | weight | …" ({@code #edge-width}), shown when the graph has numeric edge attributes. */
    static ComboBox<String> edgeWidthChooser(AnalyticsViewModel vm) {
        var items = FXCollections.<String>observableArrayList();
        Runnable fill = () -> {
            List<String> names = new ArrayList<>();
            names.add(null);
            names.addAll(vm.measures().edgeAttributes());
            items.setAll(names);
        };
        fill.run();
        ComboBox<String> box = new ComboBox<>(items);
        box.setId("edge-width");
        box.setTooltip(new Tooltip("Edge width by a numeric attribute of the file (e.g. its weights)"));
        box.setButtonCell(new EdgeWidthCell());
        box.setCellFactory(l -> new EdgeWidthCell());
        vm.measures().edgeAttributes().addListener((javafx.collections.ListChangeListener<String>) c -> {
            fill.run();
            box.setValue(vm.measures().edgeWidthByProperty().get());
        });
        box.valueProperty().bindBidirectional(vm.measures().edgeWidthByProperty());
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.measures().edgeAttributes()));
        box.managedProperty().bind(box.visibleProperty());
        box.setFocusTraversable(false);
        return box;
    }

    private static final class EdgeWidthCell extends ListCell<String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            setText(empty ? null : "Edges: " + (name == null ? "plain" : name));
        }
    }

    private static final class MeasureCell extends ListCell<Measure> {
        @Override
        protected void updateItem(Measure m, boolean empty) {
            super.updateItem(m, empty);
            setText(empty ? null : "Size: " + (m == null ? "relations" : m.label()));
        }
    }
}

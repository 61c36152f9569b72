package org.spacecoop.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.BackgroundWork;

/**
 * Bottom bar: shown/total counts, the date the data is current to, the selection, the last message, and the progress
 * of background work.
 */
public final class StatusBar extends HBox {

    public StatusBar(ExplorerViewModel vm) {
        super(12);
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        Label counts = label("status-counts");
        counts.textProperty().bind(vm.countsTextProperty());
        Label dataAsOf = label("status-data-as-of");
        dataAsOf.textProperty().bind(Bindings.createStringBinding(() -> dataAsOfText(vm.getGraph()), vm.graphProperty()));
        dataAsOf.visibleProperty().bind(Bindings.isNotEmpty(dataAsOf.textProperty()));
        dataAsOf.managedProperty().bind(dataAsOf.visibleProperty());
        Label selection = label("status-selection");
        selection.textProperty().bind(vm.selectionTextProperty());
        Label message = label("status-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        BackgroundWork work = vm.work();
        Label workMessage = label("status-work");
        workMessage.textProperty().bind(work.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(work.progressProperty());
        // Hidden when idle but keeping its place: the bar would otherwise grow by its height each time background
        // work runs, and the canvas above, resized, would fit the graph again (the view jumping during playback).
        progress.visibleProperty().bind(work.busyProperty());
        workMessage.visibleProperty().bind(work.busyProperty());
        workMessage.managedProperty().bind(workMessage.visibleProperty());

        Region sep1 = separator();
        sep1.visibleProperty().bind(Bindings.isNotEmpty(vm.selectionTextProperty()));
        sep1.managedProperty().bind(sep1.visibleProperty());
        getChildren().addAll(counts, dataAsOf, sep1, selection, separator(), message, workMessage, progress);
    }

    /** "Data as of 2026-12", or nothing when the dataset does not say. */
    static String dataAsOfText(CooperationGraph g) {
        return g == null || g.dataset().asOf() == null ? "" : "Data as of " + g.dataset().asOf();
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("status-text");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Region separator() {
        Region r = new Region();
        r.getStyleClass().add("status-separator");
        return r;
    }
}

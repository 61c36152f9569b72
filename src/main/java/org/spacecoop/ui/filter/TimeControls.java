package org.spacecoop.ui.filter;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;

import org.controlsfx.control.RangeSlider;
import org.spacecoop.core.filter.FilterOptions;
import org.spacecoop.core.filter.FilterState;
import org.spacecoop.core.model.PartialDate;

/**
 * Time filters: an "as of" year slider with a play button that steps it year by year, a range of years
 * (ControlsFX RangeSlider), and whether undated relations are shown. Finer dates go through the text form.
 */
final class TimeControls extends VBox {

    static final Duration STEP = Duration.millis(800);

    private final FilterViewModel vm;
    private final CheckBox asOfOn = new CheckBox("As of");
    private final Slider asOf = new Slider(2000, 2030, 2025);
    private final Label asOfLabel = new Label();
    private final Button play = new Button();
    private final Node playGlyph = glyph("play-glyph", "M0,0 L10,6 L0,12 Z");
    private final Node pauseGlyph = glyph("pause-glyph", "M0,0 H3.5 V12 H0 Z M6.5,0 H10 V12 H6.5 Z");
    private final CheckBox rangeOn = new CheckBox("Between");
    private final RangeSlider range = new RangeSlider(2000, 2030, 2000, 2030);
    private final Label rangeLabel = new Label();
    private final CheckBox undated = new CheckBox("Show undated relations");
    private final Timeline player = new Timeline();
    private boolean syncing;

    TimeControls(FilterViewModel vm) {
        super(4);
        this.vm = vm;
        asOfOn.setId("asof-enabled");
        asOf.setId("asof-slider");
        asOfLabel.setId("asof-label");
        play.setId("play-button");
        rangeOn.setId("range-enabled");
        range.setId("range-slider");
        rangeLabel.setId("range-label");
        undated.setId("show-undated");
        play.setTooltip(new Tooltip("Step the \"as of\" date through the years"));
        play.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        showPlaying(false);
        asOf.setMajorTickUnit(5);
        asOf.setMinorTickCount(4);
        asOf.setSnapToTicks(true);
        asOf.setBlockIncrement(1);
        range.setMajorTickUnit(5);
        range.setMinorTickCount(4);
        range.setSnapToTicks(true);
        range.setBlockIncrement(1);
        HBox.setHgrow(asOf, Priority.ALWAYS);
        asOf.setMaxWidth(Double.MAX_VALUE);
        range.setMaxWidth(Double.MAX_VALUE);

        asOfOn.selectedProperty().addListener((o, a, on) -> userAsOf());
        // moving a slider turns its filter on
        asOf.valueProperty().addListener((o, a, v) -> {
            if (syncing) return;
            if (asOfOn.isSelected()) userAsOf();
            else asOfOn.setSelected(true);
        });
        rangeOn.selectedProperty().addListener((o, a, on) -> userRange());
        range.lowValueProperty().addListener((o, a, v) -> rangeMoved());
        range.highValueProperty().addListener((o, a, v) -> rangeMoved());
        undated.selectedProperty().addListener((o, a, on) -> {
            if (!syncing) vm.setShowUndated(on);
        });
        player.getKeyFrames().add(new KeyFrame(STEP, e -> {
            if (!vm.stepAsOf()) stop();
        }));
        player.setCycleCount(Animation.INDEFINITE);
        play.setOnAction(e -> togglePlay());

        Label heading = new Label("Time");
        heading.getStyleClass().add("filter-heading");
        HBox asOfRow = new HBox(6, asOfOn, asOfLabel, play);
        asOfRow.setAlignment(Pos.CENTER_LEFT);
        HBox rangeRow = new HBox(6, rangeOn, rangeLabel);
        rangeRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, asOfRow, asOf, rangeRow, range, undated);
    }

    /** Spans the sliders over the years the data's relations cover. */
    void setOptions(FilterOptions options) {
        stop();
        syncing = true;
        try {
            int first = options != null && options.hasDates() ? options.firstYear() : 2000;
            int last = options != null && options.hasDates() ? Math.max(options.lastYear(), first + 1) : 2030;
            asOf.setMin(first);
            asOf.setMax(last);
            range.setMin(first);
            range.setMax(last);
            range.setLowValue(first);
            range.setHighValue(last);
        } finally {
            syncing = false;
        }
        show(vm.get());
    }

    /** Shows a state without echoing it back. */
    void show(FilterState s) {
        syncing = true;
        try {
            asOfOn.setSelected(s.asOf() != null);
            if (s.asOf() != null) asOf.setValue(s.asOf().year());
            asOfLabel.setText(s.asOf() == null ? "" : s.asOf().toString());
            boolean ranged = s.from() != null || s.to() != null;
            rangeOn.setSelected(ranged);
            if (ranged) {
                range.setHighValue(s.to() == null ? range.getMax() : s.to().year());
                range.setLowValue(s.from() == null ? range.getMin() : s.from().year());
            }
            rangeLabel.setText(ranged ? (s.from() == null ? "…" : s.from().toString()) + " – "
                    + (s.to() == null ? "…" : s.to().toString()) : "");
            undated.setSelected(s.showUndated());
        } finally {
            syncing = false;
        }
    }

    void togglePlay() {
        if (player.getStatus() == Animation.Status.RUNNING) {
            stop();
            return;
        }
        PartialDate now = vm.get().asOf();
        if (now == null || now.year() >= (int) asOf.getMax()) vm.setAsOf(new PartialDate((int) asOf.getMin(), 0, 0));
        showPlaying(true);
        player.play();
    }

    void stop() {
        player.stop();
        showPlaying(false);
    }

    private void showPlaying(boolean playing) {
        play.setGraphic(playing ? pauseGlyph : playGlyph);
        play.setAccessibleText(playing ? "Pause" : "Play");
    }

    /** A play or pause sign drawn as a shape: fonts differ in which of these symbols they have (a box otherwise). */
    private static Node glyph(String id, String path) {
        SVGPath shape = new SVGPath();
        shape.setId(id);
        shape.setContent(path);
        shape.getStyleClass().add("button-glyph");
        return shape;
    }

    boolean isPlaying() {
        return player.getStatus() == Animation.Status.RUNNING;
    }

    private void userAsOf() {
        if (syncing) return;
        vm.setAsOf(asOfOn.isSelected() ? new PartialDate((int) Math.round(asOf.getValue()), 0, 0) : null);
    }

    private void rangeMoved() {
        if (syncing) return;
        if (rangeOn.isSelected()) userRange();
        else rangeOn.setSelected(true);
    }

    private void userRange() {
        if (syncing) return;
        if (rangeOn.isSelected()) {
            int lo = (int) Math.round(range.getLowValue());
            int hi = (int) Math.round(range.getHighValue());
            vm.setRange(lo, Math.max(lo, hi));
        } else {
            vm.setRange(null, null);
        }
    }
}

package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.SVGPath;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.Viewport;
import org.spacecoop.ui.LaunchedApp;
import org.testfx.util.WaitForAsyncUtils;

/** The Filters tab's time controls: the "as of" slider, driven by keys, and the play button. */
class TimeFilterTest extends LaunchedApp {

    @BeforeAll
    static void start() throws Exception {
        launch();
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    @AfterEach
    void reset() {
        Button play = byId("#play-button");
        if (play.getAccessibleText().equals("Pause")) interact(play::fire);
        interact(() -> ((Button) byId("#clear-filters")).fire());
    }

    private Entity entity(String id) {
        return view.viewModel().getGraph().entity(id).orElseThrow();
    }

    private boolean drawn(Entity e) {
        GraphScene gs = view.canvas().graphScene();
        return gs.scene().isNodeVisible(gs.indexOf(e));
    }

    private Slider asOfSlider() {
        return byId("#asof-slider");
    }

    /** Moves the "as of" slider with the keyboard: a click on it, Home, then Right once a year. */
    private void asOfByKeys(int year) {
        Slider slider = asOfSlider();
        SidePanel.scrollTo(this, "#filter-panel", slider);
        clickOn(slider);
        type(KeyCode.HOME);
        int steps = year - (int) slider.getMin();
        for (int i = 0; i < steps; i++) type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void asOf2009HidesSvomAndTheArtemisAccords() {
        Entity svom = entity("svom"), accords = entity("artemis_accords"), esa = entity("esa");
        assertThat(drawn(svom)).isTrue();
        assertThat(drawn(accords)).isTrue();

        asOfByKeys(2009);

        assertThat(((Label) byId("#asof-label")).getText()).isEqualTo("2009");
        assertThat(view.viewModel().getVisibleGraph().vertexSet()).doesNotContain(svom, accords).contains(esa);
        assertThat(drawn(svom)).isFalse();
        assertThat(drawn(accords)).isFalse();
        assertThat(drawn(esa)).isTrue();

        asOfByKeys(2021);
        assertThat(drawn(svom)).as("CNES and CNSA co-lead it from 2014, before its launch").isTrue();
        assertThat(drawn(accords)).isTrue();
    }

    @Test
    void playingStepsTheYearsWithoutMovingTheViewAndShowsAPauseSign() throws Exception {
        Button play = byId("#play-button");
        SidePanel.scrollTo(this, "#filter-panel", play);
        assertThat(play.getGraphic()).isInstanceOf(SVGPath.class);
        assertThat(play.getGraphic().getId()).isEqualTo("play-glyph");
        Viewport before = view.canvas().viewport();
        List<Viewport> moves = new ArrayList<>();
        ChangeListener<Viewport> recorder = (o, a, v) -> moves.add(v);
        interact(() -> view.canvas().viewportProperty().addListener(recorder));
        try {
            clickOn(play);
            int first = (int) asOfSlider().getMin();
            assertThat(play.getGraphic().getId()).isEqualTo("pause-glyph");
            assertThat(play.getGraphic().getBoundsInParent().getWidth()).isGreaterThan(5);
            assertThat(play.getText()).isEmpty();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> year() >= first + 6);

            assertThat(moves).as("viewport changes while playing").isEmpty();
            assertThat(view.canvas().viewport()).isEqualTo(before);

            // the user zooms in while it plays: the view stays where the user put it
            clickOn("#zoom-in-button");
            Viewport zoomed = view.canvas().viewport();
            assertThat(zoomed).isNotEqualTo(before);
            int now = year();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> year() >= now + 3);
            assertThat(view.canvas().viewport()).isEqualTo(zoomed);
        } finally {
            interact(() -> view.canvas().viewportProperty().removeListener(recorder));
        }
        clickOn(play);
        assertThat(play.getGraphic().getId()).isEqualTo("play-glyph");
        int stopped = year();
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
        assertThat(year()).isEqualTo(stopped);
        clickOn("#fit-button");
    }

    /** The as-of year, read on the FX thread: looking the scene up from the test thread races the playback. */
    private int year() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var asOf = ((org.spacecoop.ui.filter.FilterPanel) view.lookup("#filter-panel")).viewModel().get().asOf();
            return asOf == null ? Integer.MIN_VALUE : asOf.year();
        }).get(10, TimeUnit.SECONDS);
    }
}

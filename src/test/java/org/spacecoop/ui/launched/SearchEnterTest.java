package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spacecoop.core.model.Entity;
import org.spacecoop.ui.LaunchedApp;
import org.spacecoop.ui.canvas.GraphCanvas;
import org.spacecoop.ui.search.EntitySearch;
import org.spacecoop.ui.shell.SearchField;
import org.testfx.util.WaitForAsyncUtils;

/** The search box by keys: one Enter selects and centres the best match, misspellings get close matches. */
class SearchEnterTest extends LaunchedApp {

    @BeforeAll
    static void start() throws Exception {
        launch();
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    @BeforeEach
    void reset() {
        interact(() -> {
            view.viewModel().clearSelection();
            view.canvas().fitToView();
            this.<SearchField>byId("search-field").clear();
        });
    }

    private Entity entity(String id) {
        return view.viewModel().getGraph().entity(id).orElseThrow();
    }

    private void assertSelectedAndCentred(String id) {
        assertThat(view.viewModel().getSelection().selectedEntity()).contains(entity(id));
        GraphCanvas canvas = view.canvas();
        Point2D p = canvas.screenPointOf(entity(id)).orElseThrow();
        assertThat(p.getX()).isCloseTo(canvas.getWidth() / 2, within(1.0));
        assertThat(p.getY()).isCloseTo(canvas.getHeight() / 2, within(1.0));
    }

    private List<String> suggestedIds() {
        return this.<SearchField>byId("search-field").suggestions().stream().map(h -> h.entity().id()).toList();
    }

    @ParameterizedTest
    @CsvSource({"Tiangnog, tiangong", "Artemis Acords, artemis_accords", "Mohamed bin Rashid, mbrsc", "ESA, esa"})
    void oneEnterWithThePopupShowingSelectsAndCentres(String typed, String id) {
        clickOn("#search-field").write(typed);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(suggestedIds()).as("popup for %s", typed).contains(id);

        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertSelectedAndCentred(id);
        assertThat(suggestedIds()).isEmpty();
    }

    @Test
    void misspellingsAreOfferedAsCloseMatches() {
        clickOn("#search-field").write("Tiangnog");
        WaitForAsyncUtils.waitForFxEvents();
        List<EntitySearch.Hit> hits = this.<SearchField>byId("search-field").suggestions();
        assertThat(hits).isNotEmpty().allMatch(EntitySearch.Hit::isClose);
        assertThat(hits.stream().map(h -> h.entity().name())).contains("Tiangong space station", "Lunar Tiangong (op-ed concept)");
        assertThat(lookup(".suggestion").queryAll()).isNotEmpty();
    }

    @Test
    void oneEnterWithThePopupClosedSelectsAndCentres() {
        clickOn("#search-field").write("Tiangnog");
        type(KeyCode.ESCAPE); // closes the popup, keeps the text
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(suggestedIds()).isEmpty();
        assertThat(this.<SearchField>byId("search-field").getText()).isEqualTo("Tiangnog");

        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertSelectedAndCentred("tiangong");
    }

    @Test
    void arrowKeysChooseAnotherSuggestionForEnter() {
        clickOn("#search-field").write("Tiangong");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> ids = suggestedIds();
        assertThat(ids).hasSizeGreaterThan(1);

        type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertSelectedAndCentred(ids.get(1));
    }

    @Test
    void clickingASuggestionSelectsAndCentres() {
        clickOn("#search-field").write("Mohamed bin");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup(".suggestion-cell").match(c -> ((javafx.scene.control.ListCell<?>) c).getItem() instanceof EntitySearch.Hit h
                && h.entity().id().equals("mbrsc")).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertSelectedAndCentred("mbrsc");
    }
}

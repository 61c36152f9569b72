package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.ui.LaunchedApp;
import org.spacecoop.ui.state.Selection;
import org.testfx.util.WaitForAsyncUtils;

/** Back and forward through selections by keys and toolbar buttons; relation rows say what each part opens. */
class SelectionHistoryTest extends LaunchedApp {

    @BeforeAll
    static void start() throws Exception {
        launch();
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    @BeforeEach
    void fitted() {
        interact(() -> {
            view.viewModel().clearSelection();
            view.canvas().fitToView();
        });
    }

    private Entity entity(String id) {
        return view.viewModel().getGraph().entity(id).orElseThrow();
    }

    private Selection selected() {
        return view.viewModel().getSelection();
    }

    private void clickNode(String id) {
        Point2D p = view.canvas().screenPointOf(entity(id)).orElseThrow();
        clickOn(view.canvas().localToScreen(p));
        assertThat(selected().selectedEntity()).contains(entity(id));
    }

    private void search(String text) {
        clickOn("#search-field").eraseText(40).write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void altLeftAndAltRightWalkTheSelections() {
        clickNode("esa");
        search("Tiangong space station");
        assertThat(selected().selectedEntity()).contains(entity("tiangong"));
        clickOn(view.canvas()); // the keys work wherever the focus is; the canvas would pan on plain arrows

        push(KeyCode.ALT, KeyCode.LEFT);
        assertThat(selected().selectedEntity()).contains(entity("esa"));
        push(KeyCode.ALT, KeyCode.RIGHT);
        assertThat(selected().selectedEntity()).contains(entity("tiangong"));
    }

    @Test
    void theToolbarButtonsWalkTheSelectionsAndEscapeLeavesTheHistory() {
        search("NASA");
        search("ESA");
        Button back = byId("back-button");
        Button forward = byId("forward-button");
        assertThat(back.isDisabled()).isFalse();

        clickOn(view.canvas()).type(KeyCode.ESCAPE);
        assertThat(selected().isEmpty()).isTrue();
        clickOn(back);
        assertThat(selected().selectedEntity()).contains(entity("nasa"));
        assertThat(forward.isDisabled()).isFalse();
        clickOn(forward);
        assertThat(selected().selectedEntity()).contains(entity("esa"));
        assertThat(forward.isDisabled()).isTrue();
    }

    @Test
    void inARelationRowTheNameOpensTheEntityAndThePillOpensTheRelation() {
        search("Tiangong space station");
        Hyperlink other = lookup("#relation-list .relation-other").query();
        Entity target = (Entity) other.getUserData();
        assertThat(other.getTooltip().getText()).startsWith("Go to " + target.name());
        Hyperlink pill = lookup("#relation-list .relation-link").query();
        Relation relation = (Relation) pill.getUserData();
        assertThat(pill.getText()).startsWith(relation.status().id()).endsWith(" ›");
        assertThat(pill.getTooltip().getText()).startsWith("Open this relation");

        clickOn(other);
        assertThat(selected().selectedEntity()).contains(target);
        push(KeyCode.ALT, KeyCode.LEFT);
        assertThat(selected().selectedEntity()).contains(entity("tiangong"));

        clickOn(lookup("#relation-list .relation-link").<Hyperlink>query());
        assertThat(selected().selectedRelation()).contains(relation);
    }
}

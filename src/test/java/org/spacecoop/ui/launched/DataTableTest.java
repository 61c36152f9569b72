package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.Status;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.ui.LaunchedApp;
import org.spacecoop.ui.data.DataTableViewModel.EntityRow;
import org.spacecoop.ui.data.DataTableViewModel.RelationRow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Data tab on a copy of the dataset: a refused edit says why and changes nothing; a row selected selects the
 * node on the canvas, and a node selected selects its row.
 */
class DataTableTest extends LaunchedApp {

    @BeforeAll
    static void start() throws Exception {
        Path file = EditAndSaveTest.copyOfBundled(Files.createTempDirectory("data-table"));
        launch(file.toString());
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private <R> TableView<R> table(String id) throws Exception {
        fx(() -> {
            view.sidePanel().getTabs().stream().filter(t -> t.getText().equals("Data")).findFirst()
                    .ifPresent(t -> view.sidePanel().getSelectionModel().select(t));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return (TableView<R>) byId(id);
    }

    @Test
    void aRefusedEditSaysWhyAndChangesNothing() throws Exception {
        TableView<EntityRow> table = table("#entity-table");
        EntityRow first = fx(() -> table.getItems().get(0));
        TableColumn<EntityRow, String> name = fx(() -> (TableColumn<EntityRow, String>) table.getColumns().stream()
                .filter(c -> c.getText().equals("Name")).findFirst().orElseThrow());
        fx(() -> {
            table.edit(0, name);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node field = fx(() -> table.lookup(".text-field"));
        clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE).press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label problem = byId("#data-problem");
        assertThat(fx(problem::isVisible)).isTrue();
        assertThat(fx(problem::getText)).contains("name");
        assertThat(fx(() -> view.viewModel().getGraph().entity(first.entity().id()).orElseThrow().name()))
                .isEqualTo(first.entity().name());
        assertThat(fx(stage::getTitle)).doesNotContain("•");
    }

    @Test
    void aRowSelectedSelectsTheNodeOnTheCanvas() throws Exception {
        TableView<EntityRow> table = table("#entity-table");
        EntityRow third = fx(() -> table.getItems().get(2));
        // the row's first cell: the row is wider than the panel, its middle is out of sight
        Node cell = fx(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() == third).findFirst()
                .orElseThrow().lookup(".table-cell"));
        clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        GraphScene gs = fx(() -> view.canvas().graphScene());
        assertThat(fx(() -> gs.scene().selectedNode())).isEqualTo(fx(() -> gs.indexOf(third.entity())));

        // and back: a node selected elsewhere selects its row
        EntityRow fifth = fx(() -> table.getItems().get(4));
        fx(() -> {
            view.viewModel().select(fifth.entity());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> table.getSelectionModel().getSelectedItem().entity())).isEqualTo(fifth.entity());
    }

    private static Status edgeStatus(RelationRow r) {
        GraphScene gs = view.canvas().graphScene();
        return gs.scene().status(gs.indexOf(r.relation()));
    }
}

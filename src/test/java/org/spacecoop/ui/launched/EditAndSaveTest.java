package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.edit.Edit;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.Status;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.ui.LaunchedApp;
import org.spacecoop.ui.edit.EditingViewModel;
import org.spacecoop.ui.shell.ExplorerWindow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing a copy of the dataset in the launched app: an edit shows at once (edge style, title •) without moving the
 * nodes, Ctrl+Z takes it back, Ctrl+S saves, and the app opened again on the file finds the edit.
 */
class EditAndSaveTest extends LaunchedApp {

    private static Path folder;
    private static Path file;

    @BeforeAll
    static void start() throws Exception {
        folder = Files.createTempDirectory("edit-and-save");
        file = copyOfBundled(folder);
        launch(file.toString());
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    /** {@code dir/space-cooperation.json} with its sources/ folder: a copy tests may change. */
    static Path copyOfBundled(Path dir) throws IOException {
        Path data = Path.of("data", "space-cooperation.json");
        Path sources = Files.createDirectories(dir.resolve("sources"));
        try (Stream<Path> files = Files.list(data.resolveSibling("sources"))) {
            for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, sources.resolve(f.getFileName().toString()));
        }
        return Files.copy(data, dir.resolve("space-cooperation.json"));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static EditingViewModel editing() {
        return ExplorerWindow.editing(view).viewModel();
    }

    @Test
    void anEditShowsAtOnceIsUndoneWithCtrlZAndIsSavedWithCtrlS() throws Exception {
        Relation active = fx(() -> view.viewModel().getGraph().relations().stream()
                .filter(r -> r.status() == Status.ACTIVE).findFirst().orElseThrow());
        double[] before = fx(() -> positionOfFrom(active));
        assertThat(fx(stage::getTitle)).isEqualTo("space-cooperation.json — " + ExplorerWindow.TITLE);

        fx(() -> editing().apply(Edit.change(withStatus(active, Status.SUSPENDED))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> edgeStatus(active))).isEqualTo(Status.SUSPENDED);
        assertThat(fx(stage::getTitle)).startsWith("space-cooperation.json •");
        assertThat(fx(() -> positionOfFrom(active))).containsExactly(before); // no new layout: the node stays
        assertThat(fx(() -> view.layoutController().runningProperty().get())).isFalse();
        assertThat(fx(() -> view.menuBar().getMenus().get(1).getItems().get(0).getText()))
                .isEqualTo("Undo: change relation " + active.from() + " → " + active.typeName() + " → " + active.to() + " (status)");

        clickOn(view.canvas()); // the keys go to the window, as a user's do
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> edgeStatus(active))).isEqualTo(Status.ACTIVE);
        assertThat(fx(stage::getTitle)).doesNotContain("•");

        press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL); // redo
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> edgeStatus(active))).isEqualTo(Status.SUSPENDED);

        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.getTitle().contains("•"));
        assertThat(Files.exists(folder.resolve("space-cooperation.json.bak"))).isTrue();
        assertThat(DatasetReader.load(file).relations().stream().filter(r -> r.id().equals(active.id())).findFirst()
                .orElseThrow().status()).isEqualTo(Status.SUSPENDED);

        close();
        launchAgain(file.toString());
        assertThat(fx(() -> edgeStatus(active))).isEqualTo(Status.SUSPENDED);
        assertThat(fx(stage::getTitle)).doesNotContain("•");
    }

    private static Relation withStatus(Relation r, Status s) {
        return new Relation(r.id(), r.from(), r.to(), r.type(), r.typeName(), s, r.start(), r.end(), r.note(),
                r.unverified(), r.evidence());
    }

    private static Status edgeStatus(Relation r) {
        GraphScene gs = view.canvas().graphScene();
        return gs.scene().status(gs.indexOf(r));
    }

    private static double[] positionOfFrom(Relation r) {
        GraphScene gs = view.canvas().graphScene();
        int i = gs.indexOf(view.viewModel().getGraph().from(r));
        return new double[] {gs.scene().x(i), gs.scene().y(i)};
    }
}

package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.edit.Edit;
import org.spacecoop.core.model.Entity;
import org.spacecoop.ui.LaunchedApp;
import org.spacecoop.ui.edit.EditActions;
import org.spacecoop.ui.shell.ExplorerWindow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing typed is lost: edits of a session that ended without saving are offered, listed, when the file is opened
 * again, and closing the window with unsaved edits asks first.
 */
class EditRecoveryTest extends LaunchedApp {

    private static Path file;

    @BeforeAll
    static void start() throws Exception {
        file = EditAndSaveTest.copyOfBundled(Files.createTempDirectory("edit-recovery"));
        launch(file.toString());
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    @Test
    void unsavedEditsAreOfferedAgainAndClosingAsksFirst() throws Exception {
        Entity esa = fx(() -> view.viewModel().getGraph().entity("esa").orElseThrow());
        Entity renamed = new Entity(esa.id(), "European Space Agency (renamed)", esa.aliases(), esa.kind(), esa.country(),
                esa.description(), esa.start(), esa.end(), esa.status(), esa.unverified(), esa.evidence());
        fx(() -> ExplorerWindow.editing(view).viewModel().apply(Edit.change(renamed)));
        byte[] saved = Files.readAllBytes(file);

        // the app ends without a word (as a killed process does): the journal stays
        close();
        launchAgain(file.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#restore-edits").tryQuery().isPresent());
        DialogPane offer = lookup("#restore-edits").query();
        assertThat(fx(offer::getContentText)).contains("change entity esa");
        clickOn(fx(() -> offer.lookupButton(EditActions.RESTORE)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> view.viewModel().getGraph().entity("esa").orElseThrow().name())).isEqualTo(renamed.name());
        assertThat(fx(stage::getTitle)).contains("•");

        // closing asks; Cancel keeps the window and the edits
        // (posted, not waited for: the question waits for an answer inside the event)
        javafx.application.Platform.runLater(() ->
                stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#unsaved-changes").tryQuery().isPresent());
        DialogPane ask = lookup("#unsaved-changes").query();
        clickOn(fx(() -> (Node) ask.lookupButton(javafx.scene.control.ButtonType.CANCEL)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(stage::isShowing)).isTrue();
        assertThat(fx(stage::getTitle)).contains("•");
        assertThat(Files.readAllBytes(file)).isEqualTo(saved); // nothing written without asking
    }
}

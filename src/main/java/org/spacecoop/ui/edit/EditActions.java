package org.spacecoop.ui.edit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.spacecoop.core.edit.ChangedOnDiskException;
import org.spacecoop.core.edit.EditSession;
import org.spacecoop.core.edit.JournalContents;

/**
 * The window's side of editing: the Edit menu (Undo / Redo naming the step, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y), Save
 * (Ctrl+S) and Save As in the File menu, the title (file name, and • while there are unsaved edits), and the
 * questions: Save / Discard / Cancel before the window closes or another file opens, before overwriting a file
 * changed on disk, and whether to restore the unsaved edits a journal holds.
 */
public final class EditActions {

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    public static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);

    private final EditingViewModel vm;
    private final Stage stage;
    private final String appTitle;
    private Function<Window, Optional<Path>> saveDialog = this::showSaveDialog;
    private boolean closeAnswered;

    public EditActions(EditingViewModel vm, Stage stage, String appTitle) {
        this.vm = vm;
        this.stage = stage;
        this.appTitle = appTitle;
        stage.titleProperty().bind(Bindings.createStringBinding(() -> vm.fileNameProperty().get() == null ? appTitle
                : vm.fileNameProperty().get() + (vm.modifiedProperty().get() ? " •" : "") + " — " + appTitle,
                vm.fileNameProperty(), vm.modifiedProperty()));
        // a filter, so that a close waiting for an answer reaches none of the window's close handlers (which dispose)
        EventHandler<WindowEvent> askFirst = e -> {
            if (closeAnswered || !vm.modifiedProperty().get()) {
                if (!closeAnswered) vm.close(false, () -> { });
                return;
            }
            e.consume();
            whenEditsKept(this::closeWindow);
        };
        stage.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, askFirst);
        // the stage may be given another explorer (tests start the app again in the same stage): this one lets go
        Scene own = stage.getScene();
        stage.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene before, Scene now) {
                if (now == own) return;
                o.removeListener(this);
                stage.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, askFirst);
            }
        });
        vm.recoveryProperty().addListener((o, a, r) -> {
            if (r == null) return;
            if (r.unsavedEdits().isEmpty()) vm.discardRecovery(); // edits undone back to the file: nothing to offer
            else offerRecovery(r);
        });
    }

    /** Closes the window as its close button does, the question answered (Quit, after Save or Discard). */
    public void closeWindow() {
        closeAnswered = true;
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        stage.hide();
    }

    public EditingViewModel viewModel() {
        return vm;
    }

    /** The Edit menu ({@code #menu-edit}) with Undo and Redo. */
    public Menu editMenu() {
        MenuItem undo = new MenuItem();
        undo.setId("menu-undo");
        undo.textProperty().bind(Bindings.createStringBinding(() -> vm.undoNameProperty().get() == null ? "Undo"
                : "Undo: " + vm.undoNameProperty().get(), vm.undoNameProperty()));
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.disableProperty().bind(vm.undoNameProperty().isNull().or(vm.editableProperty().not()));
        undo.setOnAction(e -> vm.undo());
        MenuItem redo = new MenuItem();
        redo.setId("menu-redo");
        redo.textProperty().bind(Bindings.createStringBinding(() -> vm.redoNameProperty().get() == null ? "Redo"
                : "Redo: " + vm.redoNameProperty().get(), vm.redoNameProperty()));
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.disableProperty().bind(vm.redoNameProperty().isNull().or(vm.editableProperty().not()));
        redo.setOnAction(e -> vm.redo());
        Menu edit = new Menu("_Edit", null, undo, redo);
        edit.setId("menu-edit");
        return edit;
    }

    /** Ctrl+Y redoes too (as many Windows programs have it). */
    public void addKeys(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), vm::redo);
    }

    /** File &gt; Save (Ctrl+S) and Save As… (Ctrl+Shift+S). */
    public List<MenuItem> fileMenuItems() {
        MenuItem save = new MenuItem("Save");
        save.setId("menu-save");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.disableProperty().bind(vm.editableProperty().not());
        save.setOnAction(e -> save(() -> { }));
        MenuItem saveAs = new MenuItem("Save As…");
        saveAs.setId("menu-save-as");
        saveAs.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        saveAs.disableProperty().bind(vm.editableProperty().not());
        saveAs.setOnAction(e -> saveAs(() -> { }));
        return List.of(save, saveAs);
    }

    /** Replaces the dialog Save As asks for a file (a native FileChooser): launched tests answer it. */
    public void setSaveDialog(Function<Window, Optional<Path>> dialog) {
        saveDialog = dialog;
    }

    /** Saves, asking before overwriting a file changed on disk; then runs {@code then}. */
    public void save(Runnable then) {
        vm.save(outcome(then));
    }

    private void saveAs(Runnable then) {
        saveDialog.apply(stage).ifPresent(p -> vm.saveAs(p, outcome(then)));
    }

    private EditingViewModel.SaveOutcome outcome(Runnable then) {
        return new EditingViewModel.SaveOutcome() {
            @Override
            public void saved() {
                then.run();
            }

            @Override
            public void failed(Throwable why) {
                if (why instanceof ChangedOnDiskException changed) askToOverwrite(changed, then);
                else error("Could not save", why.getMessage() == null ? why.toString() : why.getMessage()
                        + "\n\nThe file is as it was; the edits are still here and in the journal.");
            }
        };
    }

    private void askToOverwrite(ChangedOnDiskException changed, Runnable then) {
        Alert a = alert(Alert.AlertType.WARNING, "The file changed on disk", changed.getMessage()
                + "\n\nOverwrite it with the edits made here, or cancel (Save As keeps both).", OVERWRITE, ButtonType.CANCEL);
        a.getDialogPane().setId("changed-on-disk");
        if (a.showAndWait().orElse(ButtonType.CANCEL) == OVERWRITE) vm.saveOverwriting(outcome(then));
    }

    /**
     * Runs {@code next} once the unsaved edits, if any, are saved or discarded (the user is asked: Save / Discard /
     * Cancel; Cancel runs nothing).
     */
    public void whenEditsKept(Runnable next) {
        if (!vm.modifiedProperty().get()) {
            vm.close(false, next);
            return;
        }
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Save the changes to " + vm.fileNameProperty().get() + "?",
                "Your edits are lost unless you save them.", SAVE, DISCARD, ButtonType.CANCEL);
        a.getDialogPane().setId("unsaved-changes");
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == SAVE) save(() -> vm.close(false, next));
        else if (answer == DISCARD) vm.close(true, next);
    }

    private void offerRecovery(JournalContents journal) {
        List<String> edits = journal.unsavedEdits();
        StringBuilder list = new StringBuilder();
        for (String e : edits) list.append("• ").append(e).append('\n');
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Restore " + edits.size() + " unsaved edit" + (edits.size() == 1 ? "" : "s") + "?",
                "A session that did not save left these edits of " + vm.fileNameProperty().get() + ":\n\n" + list,
                RESTORE, DISCARD);
        a.getDialogPane().setId("restore-edits");
        // asked once the window is up, so the question sits over the graph it is about
        javafx.application.Platform.runLater(() -> {
            if (a.showAndWait().orElse(DISCARD) == RESTORE) {
                try {
                    EditSession.Restored r = vm.restore();
                    if (r.stoppedBecause() != null) error("Not every edit could be restored", r.stoppedBecause());
                } catch (IOException e) {
                    error("Could not restore the edits", e.getMessage());
                }
            } else {
                vm.discardRecovery();
            }
        });
    }

    private Optional<Path> showSaveDialog(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the dataset as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Datasets", "*.json"));
        vm.session().map(s -> s.file().path().getParent()).filter(p -> p.toFile().isDirectory())
                .ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    private Alert alert(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert a = new Alert(type, text, buttons);
        a.initOwner(stage);
        a.setTitle(appTitle);
        a.setHeaderText(header);
        if (stage.getScene() != null) a.getDialogPane().getStylesheets().addAll(stage.getScene().getStylesheets());
        return a;
    }

    private void error(String header, String details) {
        Alert a = alert(Alert.AlertType.ERROR, header, null, ButtonType.OK);
        a.getDialogPane().setId("edit-error");
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        a.getDialogPane().setContent(text);
        a.show();
    }
}

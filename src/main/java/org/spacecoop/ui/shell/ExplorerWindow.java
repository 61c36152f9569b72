package org.spacecoop.ui.shell;

import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.spacecoop.ui.detail.SourceViewer;
import org.spacecoop.ui.edit.EditActions;
import org.spacecoop.ui.files.FileActions;
import org.spacecoop.ui.filter.FilterPanel;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.TaskExecutor;

/** Assembles the explorer in a stage: view model, view, stylesheet, shortcuts, source viewer, error dialogs. */
public final class ExplorerWindow {

    public static final String TITLE = "Space Cooperation Explorer";
    public static final String STYLESHEET = ExplorerWindow.class.getResource("explorer.css").toExternalForm();

    private ExplorerWindow() {
    }

    /**
     * Fills the stage with a new explorer and shows it.
     *
     * @param openUrl opens a web address (the app passes HostServices.showDocument)
     */
    public static ExplorerView show(Stage stage, TaskExecutor executor, Consumer<String> openUrl) {
        return show(stage, executor, openUrl, WindowPlacement.firstLaunch(Screen.getPrimary().getVisualBounds()));
    }

    /**
     * Fills the stage with a new explorer and shows it at this place.
     *
     * @param openUrl opens a web address (the app passes HostServices.showDocument)
     */
    public static ExplorerView show(Stage stage, TaskExecutor executor, Consumer<String> openUrl, WindowPlacement placement) {
        ExplorerViewModel vm = new ExplorerViewModel(executor);
        SourceViewer[] viewer = new SourceViewer[1];
        ExplorerView[] holder = new ExplorerView[1];
        ExplorerView view = new ExplorerView(vm, openUrl, (source, passage) ->
                viewer[0].show(stage, holder[0].detailPanel().viewModel().evidence(), source, passage));
        holder[0] = view;
        viewer[0] = new SourceViewer(vm, openUrl, List.of(STYLESHEET));
        view.setUserData(viewer[0]);
        // Filters first: narrowing the graph is what most sessions start with.
        FilterPanel filters = ExplorerFeatures.addFilters(view);
        ExplorerFeatures.addAnalytics(view);
        FileActions files = ExplorerFeatures.addFiles(view, () -> filters.viewModel().get());

        // Laid out first at the window's size: the split pane places its dividers by the first size it gets.
        Scene scene = new Scene(view, placement.bounds().getWidth(), placement.bounds().getHeight());
        scene.getStylesheets().add(STYLESHEET);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), () -> view.lookup("#search-field").requestFocus());
        scene.getAccelerators().put(KeyCombination.keyCombination("F1"), () -> view.helpMenu().getItems().get(0).fire());
        vm.loadErrorProperty().addListener((o, a, e) -> {
            if (e != null) showError(stage, "Could not load the dataset", ExplorerViewModel.describe(e));
        });
        disposeWhenGone(stage, scene, view);
        stage.setScene(scene);
        EditActions editing = ExplorerFeatures.addEditing(view, stage, files, TITLE); // the title names the file
        ExplorerFeatures.addData(view, editing.viewModel());
        place(stage, placement.bounds());
        stage.show();
        if (placement.maximized()) stage.setMaximized(true);
        // Some window managers (openbox) let the toolkit map the window at 200×200, ignoring the size asked for
        // before it was shown: ask once more now that it is.
        Platform.runLater(() -> {
            if (!stage.isMaximized() && (stage.getWidth() != placement.bounds().getWidth()
                    || stage.getHeight() != placement.bounds().getHeight())) {
                place(stage, placement.bounds());
            }
        });
        view.canvas().requestFocus();
        return view;
    }

    /**
     * Disposes the view once the user closes its window or another scene fills the stage. Not on every hide: a
     * hidden window may be shown again with the same view.
     */
    private static void disposeWhenGone(Stage stage, Scene scene, ExplorerView view) {
        EventHandler<WindowEvent> onClose = e -> view.dispose();
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, onClose);
        stage.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene before, Scene now) {
                if (now == scene) return;
                o.removeListener(this);
                stage.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, onClose);
                view.dispose();
            }
        });
    }

    private static void place(Stage stage, Rectangle2D b) {
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
    }

    /** The editing actions (Undo, Save, …) of a window built by {@link #show}. */
    public static EditActions editing(ExplorerView view) {
        return ExplorerFeatures.editing(view);
    }

    /** The source viewer of a window built by {@link #show}. */
    public static SourceViewer sourceViewer(ExplorerView view) {
        return (SourceViewer) view.getUserData();
    }

    static void showError(Stage owner, String header, String details) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle(TITLE);
        a.setHeaderText(header);
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(16, (int) details.lines().count() + 1));
        a.getDialogPane().setContent(text);
        a.show();
    }
}

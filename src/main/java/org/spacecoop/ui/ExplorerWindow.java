package org.spacecoop.ui;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.spacecoop.ui.analytics.AnalyticsPanel;
import org.spacecoop.ui.files.FileActions;
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
        ExplorerViewModel vm = new ExplorerViewModel(executor);
        SourceViewer[] viewer = new SourceViewer[1];
        ExplorerView[] holder = new ExplorerView[1];
        ExplorerView view = new ExplorerView(vm, openUrl, (source, passage) ->
                viewer[0].show(stage, holder[0].detailPanel().evidence(), source, passage));
        holder[0] = view;
        viewer[0] = new SourceViewer(vm, openUrl, List.of(STYLESHEET));
        view.setUserData(viewer[0]);
        // Filters first: narrowing the graph is what most sessions start with.
        FilterPanel filters = FilterPanel.install(view);
        AnalyticsPanel.install(view);
        FileActions.install(view, () -> filters.viewModel().get());

        // Never larger than the screen (small laptops; Monocle's headless screen is 1280×800).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1360, screen.getWidth() * 0.95), Math.min(860, screen.getHeight() * 0.92));
        scene.getStylesheets().add(STYLESHEET);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), () -> view.lookup("#search-field").requestFocus());
        scene.getAccelerators().put(KeyCombination.keyCombination("F1"), () -> view.helpMenu().getItems().get(0).fire());
        vm.loadErrorProperty().addListener((o, a, e) -> {
            if (e != null) showError(stage, "Could not load the dataset", ExplorerViewModel.describe(e));
        });
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();
        view.canvas().requestFocus();
        return view;
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

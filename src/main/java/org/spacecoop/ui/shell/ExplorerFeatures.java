package org.spacecoop.ui.shell;

import java.util.function.Supplier;

import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.scene.input.KeyEvent;

import org.spacecoop.core.filter.FilterState;
import org.spacecoop.ui.analytics.AnalyticsPanel;
import org.spacecoop.ui.analytics.AnalyticsViewModel;
import org.spacecoop.ui.data.DataPanel;
import org.spacecoop.ui.data.DataTableViewModel;
import org.spacecoop.ui.edit.EditActions;
import org.spacecoop.ui.edit.EditingViewModel;
import org.spacecoop.ui.files.FileActions;
import org.spacecoop.ui.filter.FilterPanel;
import org.spacecoop.ui.filter.FilterViewModel;
import org.spacecoop.ui.task.Cancellable;

/**
 * Adds the features to an explorer view: each feature offers its parts (a side panel, toolbar controls, menu items,
 * key handlers) and the shell puts them in place, so no feature depends on the window that shows it.
 */
final class ExplorerFeatures {

    private ExplorerFeatures() {
    }

    /** The "Filters" tab, with the F / Shift+F focus keys. */
    static FilterPanel addFilters(ExplorerView view) {
        FilterViewModel filters = new FilterViewModel();
        filters.follow(view.viewModel());
        FilterPanel panel = new FilterPanel(filters);
        view.addSidePanel("Filters", panel);
        view.addEventHandler(KeyEvent.KEY_PRESSED, panel::keyPressed);
        view.onDispose(() -> {
            panel.dispose();
            filters.dispose();
        });
        return panel;
    }

    /** The "Analytics" tab, its toolbar choosers, the canvas decoration and Escape to clear a highlight. */
    static AnalyticsViewModel addAnalytics(ExplorerView view) {
        AnalyticsViewModel vm = new AnalyticsViewModel(view.viewModel());
        view.getStylesheets().add(AnalyticsPanel.STYLESHEET);
        view.addSidePanel("Analytics", new AnalyticsPanel(vm));
        view.toolBar().addFeature(AnalyticsPanel.toolBarChoosers(vm).toArray(Node[]::new));
        AnalyticsPanel.decorate(vm, view.canvas());
        view.addEventFilter(KeyEvent.KEY_PRESSED, AnalyticsPanel.escapeClearsHighlights(vm));
        return vm;
    }

    /** Open and Export in the File menu and the toolbar; files dropped on the window open. */
    static FileActions addFiles(ExplorerView view, Supplier<FilterState> filter) {
        FileActions actions = new FileActions(view.viewModel(), view.canvas(), view, filter);
        view.fileMenu().getItems().addAll(0, actions.menuItems());
        view.toolBar().addFeature(actions.exportButton());
        actions.attachTo(view);
        return actions;
    }

    /**
     * Editing: the Edit menu, Save and Save As, the title, the questions before closing; opening a dataset file
     * (File &gt; Open, a file dropped) opens it for editing, once the unsaved edits are saved or discarded.
     */
    static EditActions addEditing(ExplorerView view, Stage stage, FileActions files, String appTitle) {
        EditActions actions = new EditActions(new EditingViewModel(view.viewModel()), stage, appTitle);
        view.menuBar().getMenus().add(1, actions.editMenu());
        int afterExport = 0;
        while (afterExport < view.fileMenu().getItems().size()
                && !"menu-export".equals(view.fileMenu().getItems().get(afterExport++).getId())) {
            // find the place after Export
        }
        view.fileMenu().getItems().addAll(afterExport, actions.fileMenuItems());
        actions.addKeys(stage.getScene());
        files.setOpener(file -> {
            actions.whenEditsKept(() -> {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) actions.viewModel().open(file);
                else files.load(file);
            });
            return Cancellable.DONE;
        });
        for (MenuItem m : view.fileMenu().getItems()) {
            if ("menu-quit".equals(m.getId())) m.setOnAction(e -> actions.whenEditsKept(actions::closeWindow));
        }
        view.getProperties().put(EditActions.class, actions);
        return actions;
    }

    /** The editing actions of a view built by {@link ExplorerWindow#show}. */
    static EditActions editing(ExplorerView view) {
        return (EditActions) view.getProperties().get(EditActions.class);
    }

    /** The "Data" tab: the entities and relations shown, as tables whose cells edit. */
    static DataPanel addData(ExplorerView view, EditingViewModel editing) {
        DataPanel panel = new DataPanel(new DataTableViewModel(view.viewModel(), editing), view.viewModel());
        view.addSidePanel("Data", panel);
        return panel;
    }
}

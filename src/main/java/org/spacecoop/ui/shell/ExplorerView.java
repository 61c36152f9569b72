package org.spacecoop.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Source;
import org.spacecoop.ui.canvas.GraphCanvas;
import org.spacecoop.ui.canvas.Legend;
import org.spacecoop.ui.detail.DetailPanel;
import org.spacecoop.ui.detail.DetailViewModel;
import org.spacecoop.ui.layout.LayoutController;
import org.spacecoop.ui.layout.LayoutViewModel;
import org.spacecoop.ui.state.ExplorerViewModel;

/**
 * The main window's content: menu bar and toolbar on top, side panel (filters, analytics, …) on the left, the graph
 * canvas with its legend in the centre, the detail panel on the right, the status bar below.
 *
 * <p>Extension points for other features: {@link #fileMenu()}, {@link #viewMenu()}, {@link #helpMenu()},
 * {@link #toolBar()} and {@link #addSidePanel(String, Node)}.
 */
public final class ExplorerView extends BorderPane {

    private final ExplorerViewModel vm;
    private final GraphCanvas canvas;
    private final LayoutController layout;
    private final DetailPanel detail;
    private final Legend legend;
    private final TabPane sidePanel = new TabPane();
    private final SplitPane split = new SplitPane();
    private final Menu fileMenu = new Menu("_File");
    private final Menu viewMenu = new Menu("_View");
    private final Menu helpMenu = new Menu("_Help");
    private final MenuBar menuBar = new MenuBar(fileMenu, viewMenu, helpMenu);
    private final ExplorerToolBar toolBar;
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown", true);
    private final List<Runnable> disposers = new ArrayList<>();
    private boolean disposed;

    /**
     * @param openUrl    opens a web address in the system browser
     * @param openSource opens a passage in the source viewer
     */
    public ExplorerView(ExplorerViewModel vm, Consumer<String> openUrl, BiConsumer<Source, Passage> openSource) {
        this.vm = vm;
        getStyleClass().add("explorer");
        canvas = new GraphCanvas(vm);
        layout = new LayoutController(new LayoutViewModel(vm), canvas);
        detail = new DetailPanel(new DetailViewModel(vm), openUrl, openSource);
        legend = new Legend();
        legend.visibleProperty().bind(legendShown);
        legend.managedProperty().bind(legendShown);
        // The legend lists what the canvas draws (colour mode, sizes), as an exported image's legend does.
        canvas.legendContentProperty().addListener((o, a, c) -> legend.show(c));
        canvas.heightProperty().addListener((o, a, h) -> legend.setMaxBodyHeight(h.doubleValue() - 60));

        StackPane centre = new StackPane(canvas, legend);
        centre.getStyleClass().add("canvas-pane");
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(8));
        // Fitting keeps the graph clear of the legend while it is shown.
        legend.boundsInParentProperty().addListener((o, a, b) -> updateOverlay());
        legendShown.addListener((o, a, b) -> updateOverlay());

        sidePanel.setId("side-panel");
        sidePanel.getStyleClass().add("side-panel");
        sidePanel.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sidePanel.setMinWidth(0);
        detail.setMinWidth(260);
        detail.setPrefWidth(380);
        // Back and forward sit above the panel whose content they walk, leaving the toolbar its width.
        Button back = ExplorerToolBar.button("back-button", "←", "Back to the previous selection (Alt+Left)", vm::back);
        back.disableProperty().bind(vm.history().canGoBackProperty().not());
        Button forward = ExplorerToolBar.button("forward-button", "→", "Forward to the next selection (Alt+Right)", vm::forward);
        forward.disableProperty().bind(vm.history().canGoForwardProperty().not());
        HBox history = new HBox(4, back, forward);
        history.getStyleClass().add("selection-history");
        history.setPadding(new Insets(4, 8, 0, 8));
        VBox detailColumn = new VBox(history, detail);
        VBox.setVgrow(detail, Priority.ALWAYS);
        detailColumn.setMinWidth(260);
        detailColumn.setPrefWidth(380);
        split.getItems().addAll(centre, detailColumn);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(detailColumn, false);
        sidePanel.getTabs().addListener((ListChangeListener<Tab>) c -> showSidePanel(!sidePanel.getTabs().isEmpty()));

        toolBar = new ExplorerToolBar(vm, canvas, layout, legendShown);
        ExplorerMenus.fill(this, vm, canvas, layout);
        setTop(new VBox(menuBar, toolBar));
        setCenter(split);
        setBottom(new StatusBar(vm));
        // Alt+Left/Right walk the selection history wherever the focus is (the canvas would otherwise pan).
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isAltDown() || e.isControlDown() || e.isShiftDown() || e.isMetaDown()) return;
            if (e.getCode() == KeyCode.LEFT) vm.back();
            else if (e.getCode() == KeyCode.RIGHT) vm.forward();
            else return;
            e.consume();
        });
    }

    private void updateOverlay() {
        boolean shown = legendShown.get();
        canvas.setOverlay(shown ? legend.getBoundsInParent() : null); // fitted beside it, no label half under it
        if (!canvas.userMovedView()) canvas.fitToView();
    }

    /** Adds a tab to the left side panel (shown once it has a tab). */
    public Tab addSidePanel(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("side-" + title.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        sidePanel.getTabs().add(tab);
        return tab;
    }

    private void showSidePanel(boolean show) {
        boolean shown = split.getItems().contains(sidePanel);
        if (show && !shown) {
            split.getItems().add(0, sidePanel);
            split.setDividerPositions(0.2, 0.74);
            SplitPane.setResizableWithParent(sidePanel, false);
        } else if (!show && shown) {
            split.getItems().remove(sidePanel);
        }
    }

    /** Adds what a feature does when the view is disposed (remove its listeners, stop its work). */
    public void onDispose(Runnable action) {
        disposers.add(action);
    }

    /**
     * Lets go of the models: the layout stops, the panels and their view models remove every listener they put on
     * the explorer's state. The window calls it once the view is no longer shown.
     */
    public void dispose() {
        if (disposed) return;
        disposed = true;
        layout.dispose();
        canvas.dispose();
        detail.dispose();
        detail.viewModel().dispose();
        disposers.forEach(Runnable::run);
        disposers.clear();
    }

    public boolean isDisposed() {
        return disposed;
    }

    public ExplorerViewModel viewModel() {
        return vm;
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    public LayoutController layoutController() {
        return layout;
    }

    public DetailPanel detailPanel() {
        return detail;
    }

    public Legend legend() {
        return legend;
    }

    /** The left side panel ({@code #side-panel}); prefer {@link #addSidePanel}. */
    public TabPane sidePanel() {
        return sidePanel;
    }

    public MenuBar menuBar() {
        return menuBar;
    }

    public Menu fileMenu() {
        return fileMenu;
    }

    public Menu viewMenu() {
        return viewMenu;
    }

    public Menu helpMenu() {
        return helpMenu;
    }

    /** The toolbar; features add their buttons after {@link ExplorerToolBar#featureAnchor()}. */
    public ExplorerToolBar toolBar() {
        return toolBar;
    }

    /** Whether the legend is shown (toolbar toggle and View menu). */
    public BooleanProperty legendShownProperty() {
        return legendShown;
    }
}

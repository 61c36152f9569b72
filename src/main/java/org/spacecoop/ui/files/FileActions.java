package org.spacecoop.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.spacecoop.core.filter.FilterState;
import org.spacecoop.core.interop.GraphFileLoader;
import org.spacecoop.core.io.CooperationGraphLoader;
import org.spacecoop.ui.canvas.GraphCanvas;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.Cancellable;

/**
 * File &gt; Open (and files dropped on the window) for our JSON and the graph formats, and File &gt; Export (toolbar
 * button, Ctrl+E). Loading and writing run in the background with the status bar's progress bar; a file that cannot
 * be read leaves the graph on screen and shows the reason, with the line and column where the format has them.
 */
public final class FileActions {

    private final ExplorerViewModel vm;
    private final GraphCanvas canvas;
    private final Node owner;
    private final Supplier<FilterState> filter;
    private final GraphFileLoader loader = new GraphFileLoader(CooperationGraphLoader::load);
    private Path lastFolder = Path.of(System.getProperty("user.home", "."));
    private ExportSettings.Format lastFormat = ExportSettings.Format.PNG;
    private Function<Window, Optional<Path>> openDialog = this::showOpenDialog;
    private Function<Path, Cancellable> opener = this::load;

    /**
     * @param canvas the canvas whose picture an export copies
     * @param owner  the node whose window owns the dialogs (the explorer view)
     * @param filter the filters in force, written into exported graph files
     */
    public FileActions(ExplorerViewModel vm, GraphCanvas canvas, Node owner, Supplier<FilterState> filter) {
        this.vm = vm;
        this.canvas = canvas;
        this.owner = owner;
        this.filter = filter;
    }

    /** File &gt; Open… (Ctrl+O) and File &gt; Export… (Ctrl+E), export disabled while no graph is loaded. */
    public List<MenuItem> menuItems() {
        MenuItem open = new MenuItem("Open…");
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem export = new MenuItem("Export…");
        export.setId("menu-export");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> showExportDialog());
        export.disableProperty().bind(vm.graphProperty().isNull());
        return List.of(open, export);
    }

    /** The toolbar's Export button ({@code #export-button}). */
    public Button exportButton() {
        Button button = new Button("Export");
        button.setId("export-button");
        button.setTooltip(new Tooltip("Export an image or a graph file (Ctrl+E)"));
        button.setFocusTraversable(false);
        button.setOnAction(e -> showExportDialog());
        button.disableProperty().bind(vm.graphProperty().isNull());
        return button;
    }

    /** Opens a single file dropped on the view, and makes these actions {@link #of} the view. */
    public void attachTo(Node view) {
        view.getProperties().put(FileActions.class, this);
        view.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        view.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (files.size() == 1) open(files.get(0).toPath());
            e.setDropCompleted(files.size() == 1);
            e.consume();
        });
    }

    /** The actions attached to a view. */
    public static FileActions of(Node view) {
        return (FileActions) view.getProperties().get(FileActions.class);
    }

    /**
     * Opens a file (File &gt; Open, a file dropped): through the opener set (editing asks about unsaved edits first
     * and opens a dataset for editing), else {@link #load}.
     */
    public Cancellable open(Path file) {
        if (file.getParent() != null) lastFolder = file.toAbsolutePath().getParent();
        return opener.apply(file);
    }

    /** Loads a file in the background; on failure the graph on screen stays and the window shows the reason. */
    public Cancellable load(Path file) {
        return vm.load(file.getFileName().toString(), p -> loader.load(file).graph());
    }

    /** Replaces what opening a file does (see {@link #open}). */
    public void setOpener(Function<Path, Cancellable> opener) {
        this.opener = opener;
    }

    /**
     * Replaces the dialog File &gt; Open asks for a file (a FileChooser, which is native and cannot be driven without a
     * desktop): launched tests answer it with a fixture and then use the menu as a user does.
     */
    public void setOpenDialog(Function<Window, Optional<Path>> dialog) {
        openDialog = dialog;
    }

    private void chooseAndOpen() {
        openDialog.apply(window()).ifPresent(this::open);
    }

    private Optional<Path> showOpenDialog(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a dataset or graph file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Datasets and graph files", "*.json", "*.graphml", "*.gexf", "*.gml", "*.dot", "*.gv", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (Files.isDirectory(lastFolder)) chooser.setInitialDirectory(lastFolder.toFile());
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** Shows the export dialog and, if confirmed, exports. */
    public void showExportDialog() {
        if (vm.getGraph() == null) return;
        String base = vm.sourceNameProperty().get() == null ? "graph" : vm.sourceNameProperty().get()
                .replaceAll("\\.[A-Za-z]+$", "").replaceAll("[^\\p{L}\\p{N}_.-]+", "-");
        ExportDialog dialog = new ExportDialog(window(), lastFormat, lastFolder, base.isBlank() ? "graph" : base);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene() == null ? List.of() : owner.getScene().getStylesheets());
        dialog.showAndWait().ifPresent(this::export);
    }

    /** Exports with these settings: the screen is copied now, drawing and writing happen in the background. */
    public Cancellable export(ExportSettings settings) {
        lastFormat = settings.format();
        Path target = settings.fileWithExtension().toAbsolutePath();
        if (target.getParent() != null) lastFolder = target.getParent();
        GraphExport.Screen screen = new GraphExport.Screen(vm.getGraph(), vm.getVisibleGraph(), canvas.graphScene(),
                canvas.viewport(), canvas.getWidth(), canvas.getHeight(), canvas.painter().palette(), filter.get());
        return vm.work().run(new GraphExport(settings, screen).task()
                .onSuccess(p -> vm.setMessage("Exported " + p.getFileName() + " (" + settings.format().extension().toUpperCase(Locale.ROOT) + ")"))
                .onFailure(e -> {
                    vm.setMessage("Export failed: " + e.getMessage());
                    error("Could not export", e.getMessage() == null ? e.toString() : e.getMessage());
                }));
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }

    private void error(String header, String details) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.getDialogPane().setId("export-error");
        if (window() != null) a.initOwner(window());
        a.setHeaderText(header);
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        a.getDialogPane().setContent(text);
        a.show();
    }
}

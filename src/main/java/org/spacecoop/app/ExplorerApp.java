package org.spacecoop.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.spacecoop.core.edit.EditJournal;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.interop.GraphFileLoader;
import org.spacecoop.core.io.CooperationGraphLoader;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.ui.edit.EditingViewModel;
import org.spacecoop.ui.shell.ExplorerView;
import org.spacecoop.ui.shell.ExplorerWindow;
import org.spacecoop.ui.shell.WindowPlacement;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.FxTaskExecutor;

/**
 * The GUI entry point: opens the explorer on a dataset or graph file given as an argument, else, run from a checkout,
 * on its {@code data/space-cooperation.json} (open for editing: Save writes there), else on the bundled dataset
 * (read-only). A dataset file (JSON) opens for editing; unsaved edits are journaled in the settings folder.
 * {@code --screenshot FILE} saves a PNG of the window once the layout has settled (and {@code --exit} then quits);
 * {@code --select ID} selects an entity (by id, name or alias) once loaded.
 */
public final class ExplorerApp extends Application {

    /** The dataset of a checkout: run from one, the app edits it (and Save writes there). */
    static final Path CHECKOUT_DATASET = Path.of("data", "space-cooperation.json");

    private FxTaskExecutor executor;
    private WindowMemory windowMemory;
    private WindowPlacement savedPlacement;
    private boolean runFromCheckout;

    /** Starts the GUI (blocks until the window closes). */
    public static void launchGui(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    /** Starts the GUI on a dataset file (null: the bundled dataset). */
    public static void launchGui(Path dataset) {
        launchGui(dataset == null ? new String[0] : new String[] {dataset.toString()});
    }

    /** Reads where the window was last closed (on the launcher thread: the FX thread does no file I/O). */
    @Override
    public void init() {
        windowMemory = WindowMemory.inConfigFolder();
        savedPlacement = windowMemory.load().orElse(null);
        runFromCheckout = Files.isRegularFile(CHECKOUT_DATASET);
    }

    @Override
    public void start(Stage stage) {
        Options options = Options.parse(getParameters().getRaw());
        executor = new FxTaskExecutor();
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        WindowPlacement placement = WindowPlacement.restore(savedPlacement, screens, Screen.getPrimary().getVisualBounds());
        ExplorerView view = ExplorerWindow.show(stage, executor, url -> getHostServices().showDocument(url), placement);
        windowMemory.track(stage);
        ExplorerViewModel vm = view.viewModel();
        Path file = options.dataset() != null ? options.dataset() : runFromCheckout ? CHECKOUT_DATASET : null;
        EditingViewModel editing = ExplorerWindow.editing(view).viewModel();
        // unsaved edits are journaled in the settings folder, never beside a file the user did not ask to change
        editing.setJournalPlace(dataset -> EditJournal.inFolder(ConfigFolder.resolve().resolve("journals"), dataset));
        if (file == null) {
            vm.load("bundled dataset", p -> CooperationGraph.of(DatasetReader.loadBundled()));
        } else if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            editing.open(file);
        } else {
            // Our JSON, or any graph file interop reads (GraphML, GEXF, GML, DOT, CSV).
            vm.load(file.getFileName().toString(),
                    p -> new GraphFileLoader(CooperationGraphLoader::load).load(file).graph());
        }
        if (options.select() != null) {
            vm.graphProperty().addListener((o, a, g) -> g.find(options.select()).ifPresent(vm::select));
        }
        if (options.screenshot() != null) {
            Screenshot.afterLayout(view, options.screenshot(), options.exit(), () -> vm.getSelection().selectedEntity()
                    .ifPresent(view.canvas()::centreOn));
        }
    }

    @Override
    public void stop() {
        if (executor != null) executor.shutdown();
    }

    /** Command-line options of the GUI. */
    record Options(Path dataset, Path screenshot, boolean exit, String select) {
        static Options parse(List<String> args) {
            Path dataset = null;
            Path shot = null;
            boolean exit = false;
            String select = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--screenshot") && i + 1 < args.size()) shot = Path.of(args.get(++i));
                else if (a.startsWith("--screenshot=")) shot = Path.of(a.substring("--screenshot=".length()));
                else if (a.equals("--exit")) exit = true;
                else if (a.equals("--select") && i + 1 < args.size()) select = args.get(++i);
                else if (!a.startsWith("--")) dataset = Path.of(a);
            }
            return new Options(dataset, shot, exit, select);
        }
    }
}

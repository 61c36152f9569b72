package org.spacecoop.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.stage.Stage;

import org.spacecoop.app.ConfigFolder;
import org.spacecoop.app.ExplorerApp;
import org.spacecoop.ui.shell.ExplorerView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer started as a user starts it: {@link ExplorerApp} launched through {@code FxToolkit.setupApplication}
 * with no arguments (the bundled dataset, the default window), waited for until the dataset is on screen and the
 * layout has settled. No view is built by hand: what the tests see is what a user sees. The app keeps its settings
 * (the window's place) in a temporary folder per class, so tests neither read nor write the user's.
 *
 * <p>Test classes extend this and get a fresh app per class ({@link #launch} in {@code @BeforeAll}, {@link #close}
 * in {@code @AfterAll}); tests reset what they change.
 */
public abstract class LaunchedApp extends FxRobot {

    protected static Stage stage;
    protected static ExplorerApp app;
    protected static ExplorerView view;

    /** The app's settings folder for this class: a fresh temporary one, never the user's. */
    protected static Path configDir;

    /** Starts the app with these command-line arguments and waits until its graph is laid out. */
    protected static void launch(String... args) throws TimeoutException {
        try {
            configDir = Files.createTempDirectory("explorer-config");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start(args);
    }

    /** Starts the app again after {@link #close} with the same settings folder, as a user opening it a second time. */
    protected static void launchAgain(String... args) throws TimeoutException {
        start(args);
    }

    private static void start(String... args) throws TimeoutException {
        System.setProperty(ConfigFolder.PROPERTY, configDir.toString());
        stage = FxToolkit.registerPrimaryStage();
        app = (ExplorerApp) FxToolkit.setupApplication(ExplorerApp.class, args);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene() != null
                && stage.getScene().getRoot() instanceof ExplorerView v && v.viewModel().getGraph() != null);
        view = (ExplorerView) stage.getScene().getRoot();
        waitForLayout();
    }

    /** Waits until no layout runs and the FX queue is empty. */
    protected static void waitForLayout() throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !view.layoutController().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Stops the app as closing its window would. */
    protected static void close() throws TimeoutException {
        if (app != null) FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = null;
        view = null;
    }

    /** The node with this CSS id in the window, failing with the id when there is none. */
    @SuppressWarnings("unchecked")
    protected <T extends Node> T byId(String id) {
        Node n = lookup(id.startsWith("#") ? id : "#" + id).query();
        if (n == null) throw new AssertionError("no node " + id + " in the launched window");
        return (T) n;
    }
}

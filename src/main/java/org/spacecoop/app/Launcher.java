package org.spacecoop.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.spacecoop.app.cli.Cli;

/**
 * Entry point ({@code main.class}). No arguments: the explorer window on the bundled dataset; one existing file:
 * the window opening that file; anything else: the command line ({@code validate}, {@code export}, …, or
 * {@code --help}). A plain class rather than the Application itself, so a single jar can start JavaFX from the
 * classpath, and the command line never touches the toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        switch (mode(args)) {
            case GUI -> launchGui(args);
            case CLI -> System.exit(Cli.run(args));
            case NO_SUCH_FILE -> {
                System.err.println("space-coop-explorer: " + args[0] + ": no such file (nor a command; see --help)");
                System.exit(Cli.BAD_INPUT);
            }
        }
    }

    /** JavaFX's logger, kept so its level holds (java.util.logging keeps loggers weakly). */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    /**
     * Opens the window, or says in one line why it cannot (no display, no GTK 3) and exits with {@link Cli#BAD_INPUT}.
     * JavaFX's warning that it was loaded from the classpath is silenced: the single jar does that on purpose.
     */
    private static void launchGui(String[] args) {
        GuiProblems problems = new GuiProblems(System.getProperty("os.name"), System.getenv(), Cli.commandNames());
        Optional<String> before = problems.beforeLaunch(System.getProperty("glass.platform"));
        if (before.isPresent()) {
            System.err.println(before.get());
            System.exit(Cli.BAD_INPUT);
        }
        JAVAFX_LOG.setLevel(Level.SEVERE);
        try {
            ExplorerApp.launchGui(args);
        } catch (RuntimeException | Error e) {
            Optional<String> why = problems.explain(e);
            if (why.isEmpty()) throw e;
            System.err.println(why.get());
            System.exit(Cli.BAD_INPUT);
        }
    }

    enum Mode { GUI, CLI, NO_SUCH_FILE }

    /**
     * GUI for no arguments, for a first argument that is an existing file (the file to open; the app reads its own
     * options such as {@code --screenshot} after it) or that is a GUI option; the command line otherwise.
     */
    static Mode mode(String... args) {
        if (args.length == 0) return Mode.GUI;
        String first = args[0];
        if (Cli.commandNames().contains(first)) return Mode.CLI;
        if (first.startsWith("--screenshot")) return Mode.GUI;
        if (!first.startsWith("-") && Files.isRegularFile(Path.of(first))) return Mode.GUI;
        // a lone word that looks like a file name (has an extension or a folder) but names no file
        if (args.length == 1 && !first.startsWith("-") && (first.contains(".") || first.contains("/")) && !Files.isDirectory(Path.of(first))) {
            return Mode.NO_SUCH_FILE;
        }
        return Mode.CLI;
    }
}

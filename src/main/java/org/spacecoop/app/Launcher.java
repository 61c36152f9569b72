package org.spacecoop.app;

/**
 * Entry point ({@code main.class}): starts the explorer window. A plain class rather than the Application itself, so
 * the JavaFX runtime can come from the classpath. The command line (validate, export, …) dispatches from here too.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        ExplorerApp.launchGui(args);
    }
}

package org.spacecoop.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.spacecoop.core.files.AtomicFileWriter;
import org.spacecoop.ui.shell.WindowPlacement;

/**
 * Remembers where the explorer's window was when it closed, in {@code window.properties} in the {@link ConfigFolder}.
 * Written whole or not at all ({@link AtomicFileWriter}); a missing or unreadable file just means the first-launch
 * placement.
 */
final class WindowMemory {

    static final String FILE = "window.properties";

    private final Path file;
    private Rectangle2D normal;

    WindowMemory(Path folder) {
        this.file = folder.resolve(FILE);
    }

    static WindowMemory inConfigFolder() {
        return new WindowMemory(ConfigFolder.resolve());
    }

    Path file() {
        return file;
    }

    /** The placement saved last; empty when there is none or it cannot be read (said on stderr, once). */
    Optional<WindowPlacement> load() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            Rectangle2D b = new Rectangle2D(number(p, "x"), number(p, "y"), number(p, "width"), number(p, "height"));
            return Optional.of(new WindowPlacement(b, Boolean.parseBoolean(p.getProperty("maximized"))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("space-coop-explorer: ignoring " + file + " (" + e.getMessage() + "); the window opens at its default size");
            return Optional.empty();
        }
    }

    void save(WindowPlacement placement) throws IOException {
        Files.createDirectories(file.getParent());
        Rectangle2D b = placement.bounds();
        AtomicFileWriter.writeText(file, out -> out.write("# Space Cooperation Explorer: where the window was last closed\n"
                + "x=" + b.getMinX() + "\ny=" + b.getMinY() + "\nwidth=" + b.getWidth() + "\nheight=" + b.getHeight()
                + "\nmaximized=" + placement.maximized() + "\n"));
    }

    /**
     * Follows the stage's bounds while it is neither maximized nor iconified (so a maximized window comes back to its
     * own size when restored) and saves them when it closes, on a thread of its own: the FX thread does no I/O, and
     * the JVM lets the write finish before exiting.
     */
    void track(Stage stage) {
        Runnable follow = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
                normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener((o, a, v) -> follow.run());
        stage.yProperty().addListener((o, a, v) -> follow.run());
        stage.widthProperty().addListener((o, a, v) -> follow.run());
        stage.heightProperty().addListener((o, a, v) -> follow.run());
        follow.run();
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            if (normal == null) return;
            WindowPlacement placement = new WindowPlacement(normal, stage.isMaximized());
            Thread saver = new Thread(() -> {
                try {
                    save(placement);
                } catch (IOException ex) {
                    System.err.println("space-coop-explorer: could not remember the window's place in " + file + ": " + ex.getMessage());
                }
            }, "save window placement");
            saver.setDaemon(false);
            saver.start();
        });
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) throw new IllegalArgumentException("no " + key);
        try {
            double d = Double.parseDouble(v.strip());
            if (!Double.isFinite(d)) throw new IllegalArgumentException(key + " is " + v);
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + v);
        }
    }
}

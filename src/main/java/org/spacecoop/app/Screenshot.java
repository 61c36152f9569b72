package org.spacecoop.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

import org.spacecoop.ui.shell.ExplorerView;

/** Saves a PNG of the window once the first layout has finished: for the README and for looking at the app. */
final class Screenshot {

    private Screenshot() {
    }

    /** Once the first layout is done: runs {@code prepare} (e.g. centre on the selection), waits a moment, saves. */
    static void afterLayout(ExplorerView view, Path file, boolean exit, Runnable prepare) {
        ChangeListener<Boolean> listener = new ChangeListener<>() {
            private boolean started;

            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean running) {
                if (running) {
                    started = true;
                    return;
                }
                if (!started) return;
                o.removeListener(this);
                prepare.run();
                PauseTransition settle = new PauseTransition(Duration.millis(600));
                settle.setOnFinished(e -> {
                    save(view, file);
                    if (exit) Platform.exit();
                });
                settle.play();
            }
        };
        view.layoutController().runningProperty().addListener(listener);
    }

    static void save(ExplorerView view, Path file) {
        WritableImage image = view.getScene().snapshot(null);
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".shot", ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", tmp.toFile());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("Screenshot saved: " + file.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("Could not save the screenshot " + file + ": " + e.getMessage());
        }
    }
}

package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spacecoop.ui.LaunchedApp;

/** The app starts on the bundled dataset in a usable window. */
class LaunchSmokeTest extends LaunchedApp {

    @BeforeAll
    static void start() throws Exception {
        launch();
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    @Test
    void opensTheBundledDatasetInAWindow() {
        assertThat(view.viewModel().getGraph().graph().vertexSet()).hasSizeGreaterThan(100);
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).contains("Space Cooperation Explorer");
    }
}

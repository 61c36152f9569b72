package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.ui.LaunchedApp;

/** The status bar says how current the bundled data is, from the file's "asOf". */
class DataAsOfTest extends LaunchedApp {

    @BeforeAll
    static void start() throws Exception {
        launch();
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    @Test
    void theStatusBarShowsTheDatasetsAsOfDate() {
        String asOf = DatasetReader.loadBundled().asOf().toString();
        Label label = lookup("#status-data-as-of").queryAs(Label.class);

        assertThat(asOf).matches("\\d{4}-\\d{2}");
        assertThat(label.getText()).isEqualTo("Data as of " + asOf);
        assertThat(label.isVisible()).isTrue();
        assertThat(label.getScene().getWindow()).isSameAs(stage);
    }
}

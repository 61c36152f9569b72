package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.render.FrameStats;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.ui.LaunchedApp;
import org.testfx.util.WaitForAsyncUtils;

/** An undirected GraphML file opened as a user opens one (the file on the command line): no arrowheads, weights size edges. */
class UndirectedGraphFileTest extends LaunchedApp {

    private static Path file;

    @BeforeAll
    static void start() throws Exception {
        StringBuilder g = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
                  <key id="l" for="node" attr.name="label" attr.type="string"/>
                  <graph id="ring" edgedefault="undirected">
                """);
        int n = 8;
        for (int i = 0; i < n; i++) g.append("    <node id=\"v").append(i).append("\"><data key=\"l\">Station ").append(i).append("</data></node>\n");
        for (int i = 0; i < n; i++) {
            g.append("    <edge source=\"v").append(i).append("\" target=\"v").append((i + 1) % n)
                    .append("\"><data key=\"w\">").append(i + 1).append("</data></edge>\n");
        }
        g.append("  </graph>\n</graphml>\n");
        file = Files.createTempFile("ring", ".graphml");
        Files.writeString(file, g);
        launch(file.toString());
    }

    @AfterAll
    static void stop() throws Exception {
        close();
        Files.deleteIfExists(file);
    }

    @Test
    void edgesAreDrawnWithoutArrowheadsAndTheWeightSizesThem() throws Exception {
        RenderScene scene = view.canvas().graphScene().scene();
        assertThat(scene.edgeCount()).isEqualTo(8);
        assertThat(scene.isDirected()).isFalse();
        FrameStats frame = view.canvas().lastFrameStats();
        assertThat(frame.edgesDrawn()).isEqualTo(8);
        assertThat(frame.arrowsDrawn()).isZero();

        // The file's weight is offered as the edge width and used at once: weight 8 is the widest edge.
        ComboBox<String> widths = byId("#edge-width");
        assertThat(widths.isVisible()).isTrue();
        assertThat(widths.getValue()).isEqualTo("weight");
        assertThat(scene.hasEdgeWidths()).isTrue();
        int heaviest = view.canvas().graphScene().relations().indexOf(view.canvas().graphScene().relations().stream()
                .filter(r -> r.from().equals("v7")).findFirst().orElseThrow());
        assertThat(scene.edgeWidth(heaviest)).isEqualTo(5.0);

        clickOn(widths);
        clickOn("Edges: plain");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !scene.hasEdgeWidths());
        clickOn(widths);
        clickOn("Edges: weight");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, scene::hasEdgeWidths);
        assertThat(scene.edgeWidth(heaviest)).isEqualTo(5.0);
    }
}

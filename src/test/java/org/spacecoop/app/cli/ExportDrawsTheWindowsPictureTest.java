package org.spacecoop.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.layout.LayoutRecipe;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.ImageExporter;
import org.spacecoop.core.render.ImageOptions;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.ui.layout.LayoutViewModel;
import org.spacecoop.ui.state.ExplorerViewModel;
import org.spacecoop.ui.task.CurrentThreadTaskExecutor;

/**
 * The command line's export draws the window's picture: the bundled dataset laid out by the window's layout path
 * (its view model, as the canvas's scene is laid out) and by {@code export} lands every node on the same spot, and the
 * exported PNG is byte for byte a drawing of the window's scene at the same size.
 */
class ExportDrawsTheWindowsPictureTest {

    /** The bundled dataset laid out as the window lays it out, without a toolkit. */
    private static GraphScene windowScene() {
        GraphScene scene = GraphScene.of(CooperationGraph.of(DatasetReader.loadBundled()));
        new LayoutViewModel(new ExplorerViewModel(new CurrentThreadTaskExecutor())).layOut(scene);
        return scene;
    }

    @Test
    void everyNodeLandsWhereTheWindowPutsIt() throws Exception {
        RenderScene window = windowScene().scene();
        GraphScene exported = GraphScene.of(DataFiles.load(CliTest.DATA).graph());
        ExportCommand.layOut(exported, LayoutRecipe.explorer());
        RenderScene cli = exported.scene();
        assertThat(cli.nodeCount()).isEqualTo(window.nodeCount()).isGreaterThan(100);
        for (int i = 0; i < window.nodeCount(); i++) {
            assertThat(cli.label(i)).isEqualTo(window.label(i));
            assertThat(cli.x(i)).as("x of %s", window.label(i)).isEqualTo(window.x(i));
            assertThat(cli.y(i)).as("y of %s", window.label(i)).isEqualTo(window.y(i));
        }
    }

    @Test
    void theExportedPngIsADrawingOfTheWindowsScene(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("bundled.png");
        CliTest.Run r = CliTest.run("export", CliTest.DATA.toString(), "--format", "png", "--out", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        new ImageExporter().exportPng(windowScene().scene(), ImageOptions.wholeGraph(), screen);
        assertThat(Files.readAllBytes(png)).isEqualTo(screen.toByteArray());
    }
}

package org.spacecoop.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;
import org.spacecoop.core.render.Argb;
import org.spacecoop.core.render.FrameStats;
import org.spacecoop.core.render.GraphPainter;
import org.spacecoop.core.render.Palette;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.core.render.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The JavaFX surface paints what the shared painter asks, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class FxCanvasSurfaceTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void paintsNodesEdgesAndLabelsOnTheCanvas(FxRobot robot) {
        RenderScene scene = RenderScene.builder(3, 2)
                .node(0, "a", "European Space Agency", EntityKind.Family.COUNTRY, 3, 20).position(0, 60, 60)
                .node(1, "b", "嫦娥六号", EntityKind.Family.PROGRAM, 2, 20).position(1, 240, 60)
                .node(2, "c", "وكالة الفضاء", EntityKind.Family.AGREEMENT, 1, 20).position(2, 150, 150)
                .edge(0, "ab", 0, 1, RelationType.Family.HARDWARE, Status.ACTIVE)
                .edge(1, "bc", 1, 2, RelationType.Family.MEMBERSHIP, Status.PLANNED)
                .build();
        AtomicReference<WritableImage> snap = new AtomicReference<>();
        AtomicReference<FrameStats> stats = new AtomicReference<>();
        AtomicReference<double[]> widths = new AtomicReference<>();
        robot.interact(() -> {
            Canvas canvas = new Canvas(300, 220);
            FxCanvasSurface surface = new FxCanvasSurface(canvas.getGraphicsContext2D());
            stats.set(new GraphPainter().paint(surface, scene, Viewport.IDENTITY, 300, 220));
            surface.setFont(12, false);
            widths.set(new double[] {surface.textWidth("嫦娥"), surface.textWidth("嫦娥六号"), surface.textWidth("")});
            snap.set(canvas.snapshot(null, null));
        });
        assertThat(stats.get().nodesDrawn()).isEqualTo(3);
        assertThat(stats.get().labelsDrawn()).isEqualTo(3);
        assertThat(widths.get()[1]).isGreaterThan(widths.get()[0]).isGreaterThan(0);
        assertThat(widths.get()[2]).isZero();
        Palette p = Palette.light();
        PixelReader px = snap.get().getPixelReader();
        assertThat(px.getArgb(60, 60)).isEqualTo(p.nodeFill(EntityKind.Family.COUNTRY));
        assertThat(px.getArgb(240, 60)).isEqualTo(p.nodeFill(EntityKind.Family.PROGRAM));
        assertThat(px.getArgb(150, 150)).isEqualTo(p.nodeFill(EntityKind.Family.AGREEMENT));
        assertThat(px.getArgb(295, 215)).isEqualTo(p.background());
        // Ink below node a, where its label is drawn.
        int ink = 0;
        for (int x = 20; x < 100; x++) for (int y = 84; y < 100; y++) if (px.getArgb(x, y) != p.background()) ink++;
        assertThat(ink).isGreaterThan(50);
    }
}

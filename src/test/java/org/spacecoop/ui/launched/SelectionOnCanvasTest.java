package org.spacecoop.ui.launched;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.render.Argb;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.core.render.Viewport;
import org.spacecoop.ui.LaunchedApp;
import org.spacecoop.ui.canvas.GraphCanvas;
import org.testfx.util.WaitForAsyncUtils;

/** Clicking a node rings it and keeps its relations and neighbours bright, the rest faded, until the selection changes. */
class SelectionOnCanvasTest extends LaunchedApp {

    @BeforeAll
    static void start() throws Exception {
        launch();
    }

    @AfterAll
    static void stop() throws Exception {
        close();
    }

    @Test
    void aClickedNodeIsRingedAndItsNeighbourhoodStaysBrightUntilEscape() throws Exception {
        GraphCanvas canvas = view.canvas();
        GraphScene gs = canvas.graphScene();
        Entity esa = view.viewModel().getGraph().entity("esa").orElseThrow();
        int node = gs.indexOf(esa);
        Set<Integer> near = neighbours(gs, node);
        int ringColour = canvas.painter().palette().selection();

        WritableImage before = snapshot();
        List<Integer> nearShown = unobstructed(before, gs, i -> near.contains(i));
        List<Integer> farShown = unobstructed(before, gs, i -> i != node && !near.contains(i));
        assertThat(nearShown).hasSizeGreaterThanOrEqualTo(4);
        assertThat(farShown).hasSizeGreaterThan(20);
        assertThat(ringPixels(before, ringColour, node)).isLessThan(8);

        Point2D p = canvas.screenPointOf(esa).orElseThrow();
        clickOn(canvas.localToScreen(p), MouseButton.PRIMARY);
        moveTo((javafx.scene.Node) byId("#status-bar")); // hover off: what stays is the selection's doing
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.viewModel().getSelection().selectedEntity()).contains(esa);

        WritableImage selected = snapshot();
        assertThat(ringPixels(selected, ringColour, node)).isGreaterThanOrEqualTo(20);
        // labels are laid out anew, so a few nodes may lie under one: judge by most of them
        assertThat(share(farShown, i -> brightness(selected, gs, i) > brightness(before, gs, i) + 150)).isGreaterThan(0.8);
        // neighbours keep their colour (their own or the new labels' may lie over some, never the faded fill)
        assertThat(share(nearShown, i -> sameAsFill(selected, gs, i))).isGreaterThanOrEqualTo(0.4);
        assertThat(nearShown).noneMatch(i -> distance(pixel(selected, gs, i), fadedFill(gs, i)) < 12);

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage cleared = snapshot();
        assertThat(ringPixels(cleared, ringColour, node)).isLessThan(8);
        assertThat(share(farShown, i -> sameAsFill(cleared, gs, i))).isGreaterThan(0.9);
    }

    private static double share(List<Integer> nodes, IntPredicate test) {
        return nodes.stream().filter(test::test).count() / (double) nodes.size();
    }

    private static Set<Integer> neighbours(GraphScene gs, int node) {
        Set<Integer> near = new HashSet<>();
        RenderScene sc = gs.scene();
        for (int e = 0; e < sc.edgeCount(); e++) {
            if (sc.from(e) == node) near.add(sc.to(e));
            if (sc.to(e) == node) near.add(sc.from(e));
        }
        near.remove(node);
        return near;
    }

    /** The nodes passing the test whose centre pixel shows their own colour (no label or node over them). */
    private List<Integer> unobstructed(WritableImage img, GraphScene gs, IntPredicate test) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < gs.scene().nodeCount(); i++) {
            if (test.test(i) && gs.scene().radius(i) * view.canvas().viewport().scale() > 3 && sameAsFill(img, gs, i)) out.add(i);
        }
        return out;
    }

    /** The node's colour as the painter fades it over the background. */
    private int fadedFill(GraphScene gs, int i) {
        RenderScene sc = gs.scene();
        var palette = view.canvas().painter().palette();
        int fill = sc.colorOverride(i) != 0 ? sc.colorOverride(i) : palette.nodeFill(sc.nodeFamily(i));
        return Argb.mix(palette.background(), fill, Math.min(1, palette.fadedAlpha() * 1.6)) | 0xFF000000;
    }

    private boolean sameAsFill(WritableImage img, GraphScene gs, int i) {
        RenderScene sc = gs.scene();
        int fill = sc.colorOverride(i) != 0 ? sc.colorOverride(i) : view.canvas().painter().palette().nodeFill(sc.nodeFamily(i));
        int px = pixel(img, gs, i);
        return px != 0 && distance(px, fill) < 12;
    }

    private int ringPixels(WritableImage img, int colour, int node) {
        RenderScene sc = view.canvas().graphScene().scene();
        Viewport v = view.canvas().viewport();
        double r = sc.radius(node) * v.scale() + 1.5 + 2; // the ring's middle: 3 px wide, 2 px out
        int hits = 0;
        for (int k = 0; k < 24; k++) {
            double a = 2 * Math.PI * k / 24;
            int x = (int) Math.round(v.toScreenX(sc.x(node)) + r * Math.cos(a));
            int y = (int) Math.round(v.toScreenY(sc.y(node)) + r * Math.sin(a));
            if (inside(img, x, y) && distance(img.getPixelReader().getArgb(x, y), colour) < 40) hits++;
        }
        return hits;
    }

    private int pixel(WritableImage img, GraphScene gs, int i) {
        Viewport v = view.canvas().viewport();
        int x = (int) Math.round(v.toScreenX(gs.scene().x(i))), y = (int) Math.round(v.toScreenY(gs.scene().y(i)));
        // keep clear of the legend in the top-left corner
        if (!inside(img, x, y) || x < view.legend().getBoundsInParent().getMaxX() + 4) return 0;
        return img.getPixelReader().getArgb(x, y);
    }

    private int brightness(WritableImage img, GraphScene gs, int i) {
        int px = pixel(img, gs, i);
        return Argb.red(px) + Argb.green(px) + Argb.blue(px);
    }

    private static boolean inside(WritableImage img, int x, int y) {
        return x >= 0 && y >= 0 && x < img.getWidth() && y < img.getHeight();
    }

    private static int distance(int a, int b) {
        return Math.abs(Argb.red(a) - Argb.red(b)) + Math.abs(Argb.green(a) - Argb.green(b)) + Math.abs(Argb.blue(a) - Argb.blue(b));
    }

    private WritableImage snapshot() throws Exception {
        sleep(300); // the canvas repaints at the next pulse
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> view.canvas().snapshot(null, null)).get();
    }
}

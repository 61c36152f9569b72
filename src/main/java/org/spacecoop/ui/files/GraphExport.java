package org.spacecoop.ui.files;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.spacecoop.core.filter.FilterState;
import org.spacecoop.core.filter.FilterText;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.interop.GraphFileExporter;
import org.spacecoop.core.interop.GraphFormat;
import org.spacecoop.core.interop.Positions;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.render.ExportCaption;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.ImageExporter;
import org.spacecoop.core.render.ImageOptions;
import org.spacecoop.core.render.Palette;
import org.spacecoop.core.render.RenderScene;
import org.spacecoop.core.render.Viewport;
import org.spacecoop.ui.task.BackgroundTask;

/**
 * An export, prepared on the UI thread from what is on screen (positions; for images a copy of the canvas's scene,
 * so analytics sizes and colours, highlights, filter and selection come along; the viewport, the palette, the
 * filter) and then written off it: {@link #task()} draws, encodes and writes the file (through a temporary file,
 * so a failure leaves any previous file as it was).
 */
public final class GraphExport {

    /** What the screen shows at the moment of exporting. */
    public record Screen(CooperationGraph graph, Graph<Entity, Relation> visible, GraphScene scene, Viewport viewport,
                         double width, double height, Palette palette, FilterState filter) {
    }

    private final ExportSettings settings;
    private final CooperationGraph graph;
    private final Graph<Entity, Relation> visible;
    private final Map<Entity, double[]> positions = new HashMap<>();
    private final Screen screen;
    /** The canvas's scene as drawn (overrides, highlight, filter, selection), null without one. */
    private final RenderScene drawn;

    /** Copies what it needs from the screen; call on the UI thread. */
    public GraphExport(ExportSettings settings, Screen screen) {
        this.settings = settings;
        this.screen = screen;
        this.graph = screen.graph();
        this.visible = screen.visible();
        this.drawn = screen.scene() == null || !settings.format().isImage() ? null : screen.scene().scene().copy();
        for (Entity e : visible.vertexSet()) {
            int i = screen.scene() == null ? -1 : screen.scene().indexOf(e);
            if (i >= 0) positions.put(e, new double[] {screen.scene().scene().x(i), screen.scene().scene().y(i)});
        }
    }

    public BackgroundTask<Path> task() {
        Path file = settings.fileWithExtension();
        return BackgroundTask.of("Exporting " + file.getFileName(), progress -> {
            progress.update(-1, 1, "Writing " + file.getFileName() + "…");
            if (settings.format().isImage()) writeImage(file);
            else writeGraph(file);
            progress.update(1, 1, "Wrote " + file.getFileName());
            return file;
        });
    }

    private void writeGraph(Path file) throws Exception {
        Positions p = Positions.of(e -> coord(e, 0), e -> coord(e, 1));
        GraphFormat f = GraphFormat.valueOf(settings.format().name());
        GraphFileExporter.export(new GraphFileExporter.Request(graph.dataset(), visible, p), f, file);
    }

    private double coord(Entity e, int axis) {
        double[] xy = positions.get(e);
        return xy == null ? Double.NaN : xy[axis];
    }

    /** The screen's own scene, so the image shows what the canvas shows; a fresh one only when there is none. */
    private RenderScene imageScene() {
        if (drawn != null) return drawn;
        GraphScene gs = GraphScene.of(visible);
        for (Entity e : visible.vertexSet()) {
            double[] xy = positions.get(e);
            if (xy != null) gs.scene().setPosition(gs.indexOf(e), xy[0], xy[1]);
        }
        return gs.scene();
    }

    private void writeImage(Path file) throws Exception {
        RenderScene scene = imageScene();
        ImageOptions o = settings.wholeGraph() || screen.viewport() == null || !(screen.width() > 0 && screen.height() > 0)
                ? ImageOptions.wholeGraph()
                : ImageOptions.currentView(screen.viewport(), screen.width(), screen.height());
        o = o.withPalette(screen.palette());
        if (settings.pixelWidth() > 0) o = o.withPixelWidth(settings.pixelWidth());
        else o = o.withScale(settings.scale());
        if (settings.transparent()) o = o.transparent();
        o = o.withLegend(settings.legend());
        if (settings.caption()) {
            FilterState f = screen.filter();
            String text = f == null ? "" : FilterText.format(f);
            String asOf = f == null || f.asOf() == null ? "" : f.asOf().toString();
            o = o.withCaption(ExportCaption.of(graph.dataset(), visible, text, asOf, ExportCaption.DEFAULT_MAX_SOURCES));
        }
        ImageExporter.Format f = settings.format() == ExportSettings.Format.PNG ? ImageExporter.Format.PNG : ImageExporter.Format.SVG;
        new ImageExporter().export(scene, o, f, file);
    }
}

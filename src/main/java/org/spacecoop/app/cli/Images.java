package org.spacecoop.app.cli;

import java.io.IOException;
import java.util.Locale;

import org.jgrapht.Graph;
import org.spacecoop.core.filter.FilterSyntaxException;
import org.spacecoop.core.filter.FilterText;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.render.ExportCaption;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.ImageExporter;
import org.spacecoop.core.render.ImageOptions;

/** PNG and SVG export for the command line: the whole filtered graph, drawn by the same painter as the screen. */
final class Images {

    private Images() {
    }

    /**
     * Null when an image of this size fits in the memory left, else the refusal with the figures. A PNG is drawn
     * into an ARGB raster (4 bytes a pixel) and encoded from it, which takes about as much again in row buffers and
     * the compressed stream; half the free heap is allowed.
     */
    static String memoryCheck(int width, int height, long availableBytes) {
        long need = 4L * width * height;
        if (need <= availableBytes / 2) return null;
        return String.format(Locale.ROOT, "a %d × %d pixel image needs about %s of memory; the JVM has %s free"
                + " (give it more with -Xmx, or choose a smaller --width or --scale)", width, height, OutputPath.megabytes(need),
                OutputPath.megabytes(availableBytes));
    }

    /** Draws the scene (laid out, the filtered-out part hidden); {@code view} is what the caption describes. */
    static void export(ExportCommand cmd, CooperationGraph cg, Graph<Entity, Relation> view, GraphScene gs)
            throws IOException {
        ImageOptions o = ImageOptions.wholeGraph().withLegend(cmd.legend);
        if (cmd.size != null && cmd.size.width != null) o = o.withPixelWidth(cmd.size.width);
        else if (cmd.size != null && cmd.size.scale != null) o = o.withScale(cmd.size.scale);
        if (cmd.caption) {
            String filterText = cmd.filter == null ? "" : cmd.filter;
            String asOf = "";
            try {
                var state = FilterText.parse(filterText);
                filterText = FilterText.format(state);
                asOf = state.asOf() == null ? "" : state.asOf().toString();
            } catch (FilterSyntaxException e) {
                // already checked when the view was made
            }
            o = o.withCaption(ExportCaption.of(cg.dataset(), view, filterText, asOf, ExportCaption.DEFAULT_MAX_SOURCES));
        }
        ImageExporter.Format f = cmd.format == ExportCommand.Format.PNG ? ImageExporter.Format.PNG : ImageExporter.Format.SVG;
        if (f == ImageExporter.Format.PNG) {
            var size = new ImageExporter().layout(gs.scene(), o);
            String refusal = memoryCheck(size.pixelWidth(), size.pixelHeight(), OutputPath.availableHeap());
            if (refusal != null) throw new picocli.CommandLine.ParameterException(cmd.spec.commandLine(), refusal);
        }
        new ImageExporter().export(gs.scene(), o, f, cmd.out);
    }
}

package org.spacecoop.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jgrapht.Graph;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.interop.GraphFileExporter;
import org.spacecoop.core.interop.GraphFormat;
import org.spacecoop.core.interop.Positions;
import org.spacecoop.core.layout.ForceLayout;
import org.spacecoop.core.layout.LayoutRecipe;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.progress.Progress;
import org.spacecoop.core.render.GraphScene;
import org.spacecoop.core.render.RenderScene;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export DATA --format F --out FILE}: lays out as the window does (seeded, so the same command gives the same
 * file, and the picture on screen), filters and writes an image or a graph file. Headless: images are drawn with Java2D, no display needed.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Filters and lays out the graph, then writes it as an image (PNG, SVG) or a graph file.")
public final class ExportCommand implements Callable<Integer> {

    /** What --format accepts. */
    public enum Format { PNG, SVG, GRAPHML, GEXF, GML, DOT, CSV, JSON }

    @Parameters(index = "0", paramLabel = "DATA", description = "Dataset JSON or a graph file.")
    Path data;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of: png, svg, graphml, gexf, gml, dot, csv, json.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced safely if it exists).")
    Path out;

    @Option(names = "--filter", paramLabel = "TEXT", description = "Export only what this filter shows, e.g. \"status=active;type=member-of\".")
    String filter;

    @ArgGroup(exclusive = true)
    Size size;

    static final class Size {
        @Option(names = "--width", paramLabel = "PX", description = "Image width in pixels.")
        Integer width;

        @Option(names = "--scale", paramLabel = "N", description = "Image scale (1, 2, 4…; default 1).")
        Double scale;
    }

    @Option(names = "--legend", description = "Draw the legend on the image.")
    boolean legend;

    @Option(names = "--caption", description = "Add a caption: title, filter, as-of date and the sources behind the edges.")
    boolean caption;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + LayoutRecipe.SEED,
            description = "Layout seed (default: ${DEFAULT-VALUE}, the window's).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInput {
        checkOptions();
        var loaded = DataFiles.load(data);
        CooperationGraph cg = loaded.graph();
        Graph<Entity, Relation> view = Filters.view(cg, filter);
        GraphScene scene = GraphScene.of(cg);
        ForceLayout layout = layOut(scene, LayoutRecipe.explorer().withSeed(seed));
        scene.showOnly(view);
        try {
            if (format == Format.PNG || format == Format.SVG) {
                Images.export(this, cg, view, scene);
            } else {
                GraphFormat gf = GraphFormat.valueOf(format.name());
                Positions p = Positions.of(layout.x(), layout.y(), scene::indexOf);
                GraphFileExporter.export(new GraphFileExporter.Request(cg.dataset(), view, p), gf, out);
            }
        } catch (IOException e) {
            throw new BadInput(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("Wrote %s (%d entities, %d relations)%n", out, view.vertexSet().size(), view.edgeSet().size());
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }

    private void checkOptions() {
        boolean image = format == Format.PNG || format == Format.SVG;
        if (size != null && size.width != null && (size.width < 1 || size.width > 20000)) {
            throw new ParameterException(spec.commandLine(), "--width must be between 1 and 20000 pixels");
        }
        if (size != null && size.scale != null && !(size.scale > 0 && size.scale <= 16)) {
            throw new ParameterException(spec.commandLine(), "--scale must be above 0 and at most 16");
        }
        if (!image && (size != null || legend || caption)) {
            throw new ParameterException(spec.commandLine(), "--width, --scale, --legend and --caption apply to png and svg only");
        }
        OutputPath.check(spec, out);
        String ext = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!ext.contains(".")) out = out.resolveSibling(out.getFileName() + "." + format.name().toLowerCase(Locale.ROOT));
        OutputPath.check(spec, out);
    }

    /**
     * Lays out the whole graph as the window does (the same recipe, on the same scene), and puts the positions in the
     * scene. Filters then only hide, as on screen, so a filtered export shows its nodes where the window shows them.
     */
    static ForceLayout layOut(GraphScene scene, LayoutRecipe recipe) {
        RenderScene s = scene.scene();
        ForceLayout layout = recipe.newLayout(s.nodeCount(), s.edgeCount(), s::from, s::to, s::baseRadius);
        recipe.run(layout, ForceLayout.REPORT_EVERY, Progress.NONE);
        s.setPositions(layout.x(), layout.y());
        return layout;
    }
}

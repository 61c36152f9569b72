package org.spacecoop.app.cli;

import java.util.Map;

import org.jgrapht.Graph;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.layout.ForceLayout;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;

/** PNG and SVG export for the command line, through the render module's ImageExporter. */
final class Images {

    private Images() {
    }

    static void export(ExportCommand cmd, CooperationGraph cg, Graph<Entity, Relation> view, ForceLayout layout,
                       Map<Entity, Integer> index) throws BadInput {
        throw new BadInput("image export (png, svg) is not available in this build yet");
    }
}

package org.spacecoop.app.cli;

import java.io.PrintWriter;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.spacecoop.core.analysis.SinglePointsOfFailure;
import org.spacecoop.core.analysis.SinglePointsOfFailure.Bridge;
import org.spacecoop.core.analysis.SinglePointsOfFailure.CutPoint;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import picocli.CommandLine.Command;

/** {@code bridges DATA}: single points of failure (articulation points and bridges), directions ignored. */
@Command(name = "bridges", mixinStandardHelpOptions = true,
        description = "Lists single points of failure: entities and relations whose loss splits the network"
                + " (relation directions ignored).")
public final class BridgesCommand extends AnalysisCommand {

    public BridgesCommand() {
        this(DefaultGraphLoader.INSTANCE);
    }

    BridgesCommand(GraphLoader loader) {
        super(loader);
    }

    @Override
    int run(CooperationGraph graph, PrintWriter out) throws BadInput {
        var result = SinglePointsOfFailure.of(view(graph));
        if (json) {
            JsonObject o = new JsonObject();
            JsonArray points = new JsonArray();
            for (CutPoint p : result.articulationPoints()) {
                JsonObject po = Json.entity(p.entity());
                po.add("separated", Json.entities(p.separated()));
                points.add(po);
            }
            JsonArray bridges = new JsonArray();
            for (Bridge b : result.bridges()) {
                JsonObject bo = Json.relation(b.relation());
                bo.add("separated", Json.entities(b.separated()));
                bridges.add(bo);
            }
            o.add("articulationPoints", points);
            o.add("bridges", bridges);
            out.println(Json.print(o));
            return OK;
        }
        out.printf("Articulation points: %d (entities whose loss splits the network)%n", result.articulationPoints().size());
        for (CutPoint p : result.articulationPoints()) {
            out.printf("  %-40s separates %d: %s%n", p.entity().name() + " (" + p.entity().id() + ")", p.separated().size(),
                    names(p.separated()));
        }
        out.printf("%nBridges: %d (relations that are the only tie between two parts)%n", result.bridges().size());
        for (Bridge b : result.bridges()) {
            out.printf("  %-48s separates %d: %s%n", b.relation().id(), b.separated().size(), names(b.separated()));
        }
        return OK;
    }

    private static String names(List<Entity> entities) {
        int shown = Math.min(8, entities.size());
        String s = String.join(", ", entities.subList(0, shown).stream().map(Entity::id).toList());
        return entities.size() > shown ? s + ", … (" + (entities.size() - shown) + " more)" : s;
    }
}

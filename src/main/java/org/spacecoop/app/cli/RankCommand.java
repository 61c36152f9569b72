package org.spacecoop.app.cli;

import java.io.PrintWriter;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.jgrapht.Graph;
import org.spacecoop.core.analysis.Centrality;
import org.spacecoop.core.analysis.Measure;
import org.spacecoop.core.analysis.RankedEntity;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rank DATA --by degree|betweenness|closeness|pagerank [--top N] [--filter TEXT]} */
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = "Ranks entities by a centrality measure.")
public final class RankCommand extends AnalysisCommand {

    @Option(names = "--by", paramLabel = "MEASURE", defaultValue = "degree", converter = MeasureConverter.class,
            description = "degree, betweenness, closeness or pagerank (default: ${DEFAULT-VALUE}).")
    Measure measure;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Show the first N (default: ${DEFAULT-VALUE}; 0 = all).")
    int top;

    public RankCommand() {
        this(DefaultGraphLoader.INSTANCE);
    }

    RankCommand(GraphLoader loader) {
        super(loader);
    }

    @Override
    int run(CooperationGraph graph, PrintWriter out) throws BadInput {
        if (top < 0) throw new BadInput("--top must not be negative: " + top);
        Graph<Entity, Relation> view = view(graph);
        List<RankedEntity> ranked = Centrality.rank(view, measure);
        List<RankedEntity> shown = top == 0 ? ranked : ranked.subList(0, Math.min(top, ranked.size()));
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("measure", measure.id());
            o.addProperty("entities", view.vertexSet().size());
            o.addProperty("relations", view.edgeSet().size());
            JsonArray rows = new JsonArray();
            for (RankedEntity r : shown) {
                JsonObject row = Json.entity(r.entity());
                row.addProperty("rank", r.rank());
                row.addProperty("score", r.score());
                rows.add(row);
            }
            o.add("ranking", rows);
            out.println(Json.print(o));
            return OK;
        }
        out.printf("%s of %d entities (%d relations)%n", measure.label(), view.vertexSet().size(), view.edgeSet().size());
        int idWidth = shown.stream().mapToInt(r -> r.entity().id().length()).max().orElse(2);
        for (RankedEntity r : shown) {
            out.printf("%4d  %12s  %-" + idWidth + "s  %s%n", r.rank(), score(r.score()), r.entity().id(), r.entity().name());
        }
        return OK;
    }
}

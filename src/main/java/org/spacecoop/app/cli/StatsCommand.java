package org.spacecoop.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.EntityKind;
import org.spacecoop.core.model.ReferenceHosts;
import org.spacecoop.core.model.Relation;
import org.spacecoop.core.model.RelationType;
import org.spacecoop.core.model.Status;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stats DATA}: counts by kind, type and status, the entities with the most relations and, with
 * {@code --references}, the hosts of the web references.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts entities by kind, relations by type and status, and lists the entities with most relations.")
public final class StatsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "Dataset JSON or a graph file.")
    Path data;

    @Option(names = "--filter", paramLabel = "TEXT", description = "Count only what this filter shows, e.g. \"status=active\".")
    String filter;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "How many entities to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--references", description = "Also list the hosts of the web references, with counts.")
    boolean references;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInput {
        if (top < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--top must not be negative");
        CooperationGraph cg = DataFiles.load(data).graph();
        Graph<Entity, Relation> g = Filters.view(cg, filter);
        PrintWriter out = spec.commandLine().getOut();
        out.println(cg.dataset().title());
        out.printf("%nEntities: %d%n", g.vertexSet().size());
        out.println("  by kind:");
        table(out, count(g.vertexSet(), Entity::kind, EntityKind.class), EntityKind::id);
        out.printf("%nRelations: %d%n", g.edgeSet().size());
        out.println("  by type:");
        table(out, count(g.edgeSet(), Relation::type, RelationType.class), RelationType::id);
        out.println("  by status:");
        table(out, count(g.edgeSet(), Relation::status, Status.class), Status::id);
        out.printf("%nTop %d entities by degree (relations in and out):%n", Math.min(top, g.vertexSet().size()));
        var ranked = g.vertexSet().stream()
                .sorted(Comparator.comparingInt((Entity e) -> -g.degreeOf(e)).thenComparing(Entity::id)).limit(Math.max(0, top)).toList();
        int rank = 1;
        for (Entity e : ranked) {
            out.printf("  %3d. %5d  %s (%s, %s)%n", rank++, g.degreeOf(e), e.name(), e.id(), e.kind().id());
        }
        if (references) hosts(out, ReferenceHosts.count(g.vertexSet(), g.edgeSet()));
        out.flush();
        return Cli.OK;
    }

    private static void hosts(PrintWriter out, List<ReferenceHosts.Host> hosts) {
        out.printf("%nReference hosts: %d (references, and relations resting on that host alone)%n", hosts.size());
        out.printf("    %-40s %6s %6s%n", "host", "refs", "alone");
        for (ReferenceHosts.Host h : hosts) out.printf("    %-40s %6d %6d%n", h.host(), h.references(), h.sole());
    }

    private static <T, K extends Enum<K>> Map<K, Integer> count(Iterable<T> items, Function<T, K> key, Class<K> type) {
        Map<K, Integer> m = new EnumMap<>(type);
        for (T t : items) m.merge(key.apply(t), 1, Integer::sum);
        return m;
    }

    private static <K extends Enum<K>> void table(PrintWriter out, Map<K, Integer> counts, Function<K, String> name) {
        counts.entrySet().stream().sorted(Map.Entry.<K, Integer>comparingByValue().reversed())
                .forEach(e -> out.printf("    %-24s %6d%n", name.apply(e.getKey()), e.getValue()));
    }
}

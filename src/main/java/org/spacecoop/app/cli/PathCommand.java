package org.spacecoop.app.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.spacecoop.core.analysis.Connection;
import org.spacecoop.core.analysis.ConnectionFinder;
import org.spacecoop.core.analysis.Step;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Passage;
import org.spacecoop.core.model.Reference;
import org.spacecoop.core.model.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code path DATA FROM TO [--undirected]}: the shortest chains of relations, each step with its evidence. */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = "Shows how two entities are connected: the shortest chains of relations and their evidence.")
public final class PathCommand extends AnalysisCommand {

    @Parameters(index = "1", paramLabel = "FROM", description = "Id, name or alias.")
    String from;

    @Parameters(index = "2", paramLabel = "TO", description = "Id, name or alias.")
    String to;

    @Option(names = "--undirected", description = "Follow relations against their direction too.")
    boolean undirected;

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Use only relations with these statuses (e.g. active,planned).")
    List<String> statuses = List.of();

    @Option(names = "--max", paramLabel = "N", defaultValue = "3", description = "At most N chains (default: ${DEFAULT-VALUE}).")
    int max;

    public PathCommand() {
        this(DefaultGraphLoader.INSTANCE);
    }

    PathCommand(GraphLoader loader) {
        super(loader);
    }

    @Override
    int run(CooperationGraph graph, PrintWriter out) throws BadInput {
        if (max < 1) throw new BadInput("--max must be at least 1: " + max);
        Entity a = entity(graph, from);
        Entity b = entity(graph, to);
        var options = new ConnectionFinder.Options(undirected, statuses(), max);
        List<Connection> found = new ConnectionFinder(view(graph), options).shortest(a, b);
        if (json) {
            out.println(Json.print(toJson(a, b, found)));
            return OK;
        }
        if (found.isEmpty()) {
            out.printf("No connection from %s to %s%s.%n", a.name(), b.name(),
                    undirected ? "" : " following relation directions (try --undirected)");
            return OK;
        }
        out.printf("%s to %s: %d step%s%s, %d shortest chain%s shown%n", a.name(), b.name(), found.get(0).length(),
                found.get(0).length() == 1 ? "" : "s", undirected ? " (directions ignored)" : "",
                found.size(), found.size() == 1 ? "" : "s");
        for (int i = 0; i < found.size(); i++) {
            out.printf("%nChain %d: %s%n", i + 1, String.join(" – ", found.get(i).entities().stream().map(Entity::name).toList()));
            int n = 1;
            for (Step s : found.get(i).steps()) printStep(out, n++, s);
        }
        return OK;
    }

    private static void printStep(PrintWriter out, int n, Step s) {
        out.printf("  %d. %s  [%s, %s]%n", n, s.describe(), s.relation().id(), s.relation().status().id());
        for (Passage p : s.evidence().passages()) out.printf("       \"%s\" (%s)%n", oneLine(p.text()), p.sourceId());
        for (Reference r : s.evidence().references()) {
            out.printf("       %s%s%n", r.url(), r.title() == null || r.title().isBlank() ? "" : " (" + r.title() + ")");
        }
        if (!s.alternatives().isEmpty()) {
            out.printf("       also: %s%n", String.join(", ", s.alternatives().stream().map(r -> r.id()).toList()));
        }
    }

    private Set<Status> statuses() throws BadInput {
        Set<Status> set = EnumSet.noneOf(Status.class);
        for (String s : statuses) {
            set.add(Status.fromId(s.trim().toLowerCase(Locale.ROOT)).orElseThrow(() -> new BadInput(
                    "unknown status \"" + s + "\" (historical, active, planned, proposed, speculative, suspended, cancelled)")));
        }
        return set;
    }

    private JsonObject toJson(Entity a, Entity b, List<Connection> found) {
        JsonObject o = new JsonObject();
        o.add("from", Json.entity(a));
        o.add("to", Json.entity(b));
        o.addProperty("undirected", undirected);
        o.addProperty("length", found.isEmpty() ? -1 : found.get(0).length());
        JsonArray chains = new JsonArray();
        for (Connection c : found) {
            JsonArray steps = new JsonArray();
            for (Step s : c.steps()) {
                JsonObject so = new JsonObject();
                so.addProperty("from", s.from().id());
                so.addProperty("direction", s.direction().name().toLowerCase(Locale.ROOT));
                so.addProperty("to", s.to().id());
                so.add("relation", Json.relation(s.relation()));
                JsonArray alt = new JsonArray();
                s.alternatives().forEach(r -> alt.add(r.id()));
                so.add("alternatives", alt);
                steps.add(so);
            }
            chains.add(steps);
        }
        o.add("chains", chains);
        return o;
    }

    private static String oneLine(String text) {
        String t = text.replaceAll("\\s+", " ").trim();
        return t.length() > 200 ? t.substring(0, 197) + "…" : t;
    }
}

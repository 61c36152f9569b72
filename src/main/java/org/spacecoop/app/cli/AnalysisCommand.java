package org.spacecoop.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jgrapht.Graph;
import org.spacecoop.core.analysis.ReportText;
import org.spacecoop.core.filter.FilterState;
import org.spacecoop.core.filter.FilterSyntaxException;
import org.spacecoop.core.filter.FilterText;
import org.spacecoop.core.filter.GraphFilter;
import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.model.Entity;
import org.spacecoop.core.model.Relation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What the analysis commands share: the DATA argument, {@code --json}, output through picocli's writers (so tests
 * can capture it) and the exit codes: 0 done, 1 bad input (message on stderr, never a stack trace), 2 bad usage
 * (picocli's own).
 */
abstract class AnalysisCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int BAD_INPUT = 1;

    @Parameters(index = "0", paramLabel = "DATA", description = "Dataset JSON file (sources in its sources/ folder).")
    Path data;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Option(names = "--filter", paramLabel = "TEXT",
            description = "Analyse only what this filter shows, e.g. \"status=active,planned;type=member-of\".")
    String filter;

    @Spec
    CommandSpec spec;

    private final GraphLoader loader;

    AnalysisCommand(GraphLoader loader) {
        this.loader = loader;
    }

    @Override
    public final Integer call() {
        try {
            CooperationGraph graph = loader.load(data);
            return run(graph, spec.commandLine().getOut());
        } catch (BadInput e) {
            return fail(e.getMessage());
        } catch (RuntimeException e) {
            // a bug rather than bad input, but the user still gets one line, not a stack trace
            return fail("internal error: " + e);
        } finally {
            spec.commandLine().getOut().flush();
        }
    }

    /** Does the work and writes to {@code out}; returns the exit code. */
    abstract int run(CooperationGraph graph, PrintWriter out) throws BadInput;

    /** The graph the analysis runs on: the whole graph, or what {@code --filter} shows of it. */
    Graph<Entity, Relation> view(CooperationGraph graph) throws BadInput {
        if (filter == null || filter.isBlank()) return graph.graph();
        try {
            FilterState state = FilterText.parse(filter);
            GraphFilter graphFilter = new GraphFilter(graph);
            List<String> problems = graphFilter.problems(state);
            if (!problems.isEmpty()) throw new BadInput("--filter: " + String.join("; ", problems));
            return graphFilter.apply(state).view();
        } catch (FilterSyntaxException e) {
            throw new BadInput("--filter: " + e.getMessage());
        }
    }

    Entity entity(CooperationGraph graph, String text) throws BadInput {
        return EntityResolver.resolve(graph, text);
    }

    int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.name() + ": " + message);
        err.flush();
        return BAD_INPUT;
    }

    static String score(double value) {
        return ReportText.score(value);
    }
}

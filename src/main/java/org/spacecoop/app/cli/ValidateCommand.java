package org.spacecoop.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.spacecoop.core.interop.GraphFormat;
import org.spacecoop.core.io.DatasetException;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.io.DatasetWarnings;
import org.spacecoop.core.io.Problem;
import org.spacecoop.core.model.Dataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate DATA}: 0, a summary and the warnings ({@link DatasetWarnings}), or 1 and every problem as
 * {@code file:line:column JSON-path: message}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a dataset (or reads a graph file) and prints a summary, or every problem with its place.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "Dataset JSON (sources in its sources/ folder) or a graph file.")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInput {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Dataset d;
        if (GraphFormat.forPath(data).orElse(null) == GraphFormat.JSON) {
            try {
                d = DatasetReader.load(data);
            } catch (DatasetException e) {
                for (Problem p : e.problems()) err.println(p.format());
                err.println(e.problems().size() == 1 ? "1 problem" : e.problems().size() + " problems");
                err.flush();
                return Cli.BAD_INPUT;
            }
        } else {
            d = DataFiles.load(data).dataset();
        }
        long passages = d.relations().stream().mapToLong(r -> r.evidence().passages().stream().filter(p -> p.curated()).count()).sum();
        long references = d.relations().stream().mapToLong(r -> r.evidence().references().size()).sum();
        out.printf("%s: valid%n", data.getFileName());
        out.printf("  %s%n", d.title());
        out.printf("  %d entities, %d relations, %d sources, %d quoted passages, %d web references%n",
                d.entities().size(), d.relations().size(), d.sources().size(), passages, references);
        if (d.asOf() != null) out.printf("  facts as of %s%n", d.asOf());
        List<Problem> warnings = DatasetWarnings.of(data.getFileName().toString(), d);
        for (Problem w : warnings) out.println("warning: " + w.format());
        out.println(warnings.size() == 1 ? "1 warning" : warnings.size() + " warnings");
        out.flush();
        return Cli.OK;
    }
}

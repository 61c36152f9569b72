package org.spacecoop.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.spacecoop.core.synthetic.SyntheticDataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate --nodes N --edges M --seed S --out FILE}: a synthetic dataset in our format. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a synthetic dataset (kinds, types, statuses and dates mixed like the real data) for benchmarks.")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--nodes", required = true, paramLabel = "N", description = "Number of entities.")
    int nodes;

    @Option(names = "--edges", required = true, paramLabel = "M", description = "Number of relations.")
    int edges;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInput {
        if (nodes < 0 || edges < 0) throw new ParameterException(spec.commandLine(), "--nodes and --edges must not be negative");
        if (nodes < 1) throw new ParameterException(spec.commandLine(), "--nodes must be at least 1");
        if (nodes >= SyntheticDataset.MAX_NODES) {
            throw new ParameterException(spec.commandLine(), "--nodes must be below " + SyntheticDataset.MAX_NODES);
        }
        if (edges > 0 && nodes < 2) throw new ParameterException(spec.commandLine(), "relations need at least 2 --nodes");
        OutputPath.check(spec, out);
        long need = SyntheticDataset.memoryNeeded(nodes, edges);
        long have = OutputPath.availableHeap();
        if (need > have) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "%d entities and %d relations need about %s of memory while generating; the JVM has %s free"
                            + " (give it more with -Xmx, or generate fewer)", nodes, edges, OutputPath.megabytes(need),
                    OutputPath.megabytes(have)));
        }
        try {
            SyntheticDataset.write(out, nodes, edges, seed);
        } catch (IOException e) {
            throw new BadInput(e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("Wrote %s (%d entities, %d relations, seed %d)%n", out, nodes, edges, seed);
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }
}

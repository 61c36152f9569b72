package org.spacecoop.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

    @Override
    public Integer call() throws BadInput {
        throw new BadInput("generate is not available in this build yet");
    }
}

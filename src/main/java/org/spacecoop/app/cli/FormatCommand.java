package org.spacecoop.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.spacecoop.core.files.AtomicFileWriter;
import org.spacecoop.core.io.DatasetException;
import org.spacecoop.core.io.DatasetReader;
import org.spacecoop.core.io.DatasetWriter;
import org.spacecoop.core.io.Problem;
import org.spacecoop.core.model.Dataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code format DATA}: rewrites a dataset in the canonical layout ({@link DatasetWriter}), the one the app saves,
 * so that later saves change only the lines of what was edited. The file must be valid: a broken file is reported
 * as {@code validate} reports it and left alone. Written atomically; {@code --check} only says whether it is
 * canonical already.
 */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = "Rewrites a dataset in the canonical layout the app saves (in place, or to --output).")
public final class FormatCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "Dataset JSON (sources in its sources/ folder).")
    Path data;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of over DATA.")
    Path output;

    @Option(names = "--check", description = "Write nothing; exit 1 when DATA is not in the canonical layout.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInput {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Dataset d;
        try {
            d = DatasetReader.load(data);
        } catch (DatasetException e) {
            for (Problem p : e.problems()) err.println(p.format());
            err.println(e.problems().size() == 1 ? "1 problem" : e.problems().size() + " problems");
            err.flush();
            return Cli.BAD_INPUT;
        }
        byte[] canonical = DatasetWriter.toBytes(d);
        byte[] current;
        try {
            current = Files.readAllBytes(data);
        } catch (IOException e) {
            throw new BadInput("cannot read " + data + ": " + e.getMessage(), e);
        }
        boolean already = Arrays.equals(canonical, current);
        if (check) {
            out.println(data.getFileName() + (already ? ": in the canonical layout" : ": not in the canonical layout"));
            out.flush();
            return already ? Cli.OK : Cli.BAD_INPUT;
        }
        Path target = output == null ? data : output;
        if (already && target.equals(data)) {
            out.println(data.getFileName() + ": already in the canonical layout, left as it is");
            out.flush();
            return Cli.OK;
        }
        try {
            AtomicFileWriter.write(target, stream -> stream.write(canonical));
        } catch (IOException e) {
            throw new BadInput(e.getMessage(), e);
        }
        out.printf("%s: written in the canonical layout to %s (%d lines, %d before)%n", data.getFileName(), target,
                lines(canonical), lines(current));
        out.flush();
        return Cli.OK;
    }

    private static long lines(byte[] text) {
        long n = 0;
        for (byte b : text) if (b == '\n') n++;
        return n;
    }
}

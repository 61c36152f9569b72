package org.spacecoop.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks an --out value before anything is computed: a folder, the root or a device is a usage error. */
final class OutputPath {

    private OutputPath() {
    }

    static void check(CommandSpec spec, Path out) {
        if (out.getFileName() == null || Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a folder; give the name of a file to write");
        }
        if (Files.exists(out) && !Files.isRegularFile(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is not a regular file (a device, pipe or socket)");
        }
    }

    /** Memory the JVM can still give: its maximum heap less what is in use. */
    static long availableHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }
}

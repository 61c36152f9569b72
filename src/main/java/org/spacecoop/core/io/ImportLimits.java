package org.spacecoop.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How large a file the explorer reads, derived from the heap the JVM may use so that a large file is refused with a
 * message rather than ending in an OutOfMemoryError: our JSON (and each source document) up to a sixth of the heap,
 * since a dataset needs about 2.5 times its size in memory; graph files from other tools, which jgrapht's importers
 * hold several times over, up to a tenth of the heap and at most 200 MB. {@code -Dspacecoop.maxImportBytes=N} sets
 * one limit for all.
 */
public final class ImportLimits {

    public static final String PROPERTY = "spacecoop.maxImportBytes";
    static final long GRAPH_FILE_CAP = 200L * 1024 * 1024;

    private ImportLimits() {
    }

    /** The limit for a dataset in our JSON and for each source document it quotes. */
    public static long datasetBytes() {
        Long set = Long.getLong(PROPERTY);
        return set != null ? set : datasetBytes(Runtime.getRuntime().maxMemory());
    }

    static long datasetBytes(long heap) {
        return heap / 6;
    }

    /** The limit for GraphML, GEXF, GML, DOT and CSV files. */
    public static long graphFileBytes() {
        Long set = Long.getLong(PROPERTY);
        return set != null ? set : graphFileBytes(Runtime.getRuntime().maxMemory());
    }

    static long graphFileBytes(long heap) {
        return Math.min(GRAPH_FILE_CAP, heap / 10);
    }

    /** "5,017 bytes" or "12.3 MB". */
    public static String describe(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    /** The refusal of a file over the limit, naming both sizes and how to raise the limit. */
    public static String overLimit(String what, long size, long limit, String hint) {
        return "refused: " + what + " " + describe(size) + ", over the limit of " + describe(limit) + " (set -D" + PROPERTY
                + " to raise it" + (hint == null ? "" : "; " + hint) + ")";
    }

    /** Why a path that is not a regular file cannot be read, or null when it is one. */
    public static String notRegular(Path p) {
        if (Files.isRegularFile(p)) return null;
        if (Files.isDirectory(p)) return "is a folder, not a file";
        return "refused: not a regular file (a pipe, device or socket)";
    }
}

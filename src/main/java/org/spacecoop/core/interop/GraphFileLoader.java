package org.spacecoop.core.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.spacecoop.core.graph.CooperationGraph;
import org.spacecoop.core.io.ImportLimits;
import org.spacecoop.core.io.Utf8Reader;
import org.spacecoop.core.model.Dataset;

/**
 * Opens any file the explorer reads, picking the format by extension: our JSON through the dataset reader,
 * GraphML, GEXF, GML, DOT and CSV through {@link GraphFileImporter}. Files over the size limit are refused
 * before reading, so a huge file cannot exhaust memory.
 */
public final class GraphFileLoader {


    /**
     * Reads our own JSON format into a graph ({@code CooperationGraphLoader::load}); throws with a message naming the
     * place on bad input.
     */
    @FunctionalInterface
    public interface JsonReader {
        CooperationGraph read(Path file) throws Exception;
    }

    /** What was loaded: the graph, its format, and positions the file held (vertex id → x, y; often empty). */
    public record Loaded(CooperationGraph graph, GraphFormat format, Path file, Map<String, double[]> positions) {
        public Dataset dataset() {
            return graph.dataset();
        }
    }

    private final JsonReader json;
    private final long maxBytes;
    private final long jsonMaxBytes;

    /** A loader that refuses files over {@code maxBytes}, whatever their format. */
    public GraphFileLoader(JsonReader json, long maxBytes) {
        this(json, maxBytes, maxBytes);
    }

    /**
     * The default limits, from the heap the JVM may use ({@link ImportLimits}): a tenth of it, at most 200 MB, for
     * files from other tools; a sixth for our own JSON, which streams into about 2.5 times its size in memory. The
     * whole explorer (scene, filters, layout) on a million relations, a 318 MB file, ran in a 2 GB heap.
     */
    public GraphFileLoader(JsonReader json) {
        this(json, ImportLimits.graphFileBytes(), ImportLimits.datasetBytes());
    }

    /** Separate limits for files from other tools and for our JSON. */
    GraphFileLoader(JsonReader json, long maxBytes, long jsonMaxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
        this.jsonMaxBytes = jsonMaxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Loads the file. Throws {@link GraphImportException} (with line and column when known) for files that cannot
     * be read as their format; the JSON reader's own exception for invalid datasets.
     */
    public Loaded load(Path file) throws Exception {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        GraphFormat format = GraphFormat.forPath(file).orElseThrow(() -> new GraphImportException(name,
                "unknown file type; the explorer opens .json, .graphml, .gexf, .gml, .dot/.gv and .csv files"));
        checkFile(file, name, format == GraphFormat.JSON ? jsonMaxBytes : maxBytes);
        if (format == GraphFormat.JSON) return new Loaded(json.read(file), format, file, Map.of());
        RawGraph raw;
        try (BufferedReader in = new BufferedReader(new Utf8Reader(Files.newInputStream(file)), 1 << 16)) {
            raw = GraphFileImporter.read(format, in, name);
        }
        var result = ImportedDataset.build(raw, format, stripExtension(name));
        return new Loaded(CooperationGraph.of(result.dataset()), format, file, result.positions());
    }

    private void checkFile(Path file, String name, long maxBytes) throws IOException {
        if (!Files.exists(file)) throw new GraphImportException(file.toString(), "no such file");
        String irregular = ImportLimits.notRegular(file); // a pipe would block the reader for ever
        if (irregular != null) throw new GraphImportException(name, irregular);
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new GraphImportException(file.toString(), "no such file");
        }
        if (!Files.isReadable(file)) throw new GraphImportException(name, "cannot be read (permission denied)");
        if (size > maxBytes) {
            throw new GraphImportException(name, ImportLimits.overLimit("the file is", size, maxBytes,
                    "a dataset in our JSON needs about 2.5 times its size in memory, so give the JVM enough with -Xmx"));
        }
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

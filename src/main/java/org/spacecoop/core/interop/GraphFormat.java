package org.spacecoop.core.interop;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats the explorer reads and writes, with the file extensions that select them. */
public enum GraphFormat {
    JSON("Space cooperation dataset (JSON)", List.of("json")),
    GRAPHML("GraphML", List.of("graphml")),
    GEXF("GEXF (Gephi)", List.of("gexf")),
    GML("GML", List.of("gml")),
    DOT("DOT (Graphviz)", List.of("dot", "gv")),
    CSV("CSV edge list", List.of("csv"));

    private final String description;
    private final List<String> extensions;

    GraphFormat(String description, List<String> extensions) {
        this.description = description;
        this.extensions = extensions;
    }

    public String description() {
        return description;
    }

    /** Extensions without the dot, the first one being the one written. */
    public List<String> extensions() {
        return extensions;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Picks the format by the file's extension, ignoring case. */
    public static Optional<GraphFormat> forPath(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String ext = name.substring(dot + 1);
        for (GraphFormat f : values()) if (f.extensions.contains(ext)) return Optional.of(f);
        return Optional.empty();
    }

    /** By name ("graphml") or extension ("gv"), ignoring case. */
    public static Optional<GraphFormat> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (GraphFormat f : values()) if (f.id().equals(n) || f.extensions.contains(n)) return Optional.of(f);
        return Optional.empty();
    }
}

package org.spacecoop.ui.files;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What the export dialog chose: the format, the file, and for images the scope, size, background, legend and caption.
 * {@code pixelWidth} &gt; 0 wins over {@code scale}.
 */
public record ExportSettings(Format format, Path file, boolean wholeGraph, double scale, int pixelWidth,
                             boolean transparent, boolean legend, boolean caption) {

    /** Every format the explorer writes. */
    public enum Format {
        PNG("PNG image"), SVG("SVG image"), GRAPHML("GraphML"), GEXF("GEXF (Gephi)"), GML("GML"),
        DOT("DOT (Graphviz)"), CSV("CSV edge list"), JSON("Dataset JSON (filtered copy)");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public boolean isImage() {
            return this == PNG || this == SVG;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The file with the format's extension added when it has none of its own. */
    public Path fileWithExtension() {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + "." + format.extension());
    }
}

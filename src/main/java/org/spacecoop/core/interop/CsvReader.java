package org.spacecoop.core.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.jgrapht.nio.csv.CSVImporter;

/**
 * Reads CSV edge lists. With a header row naming the ends ({@code source}/{@code target} or {@code from}/{@code to},
 * as Gephi, Cytoscape and our own export write), every other column becomes an edge attribute, and
 * {@code source_label}-style columns become attributes of the ends. Without a header, jgrapht's CSV importer reads
 * plain {@code a,b} rows.
 */
final class CsvReader {

    private static final Set<String> SOURCE = Set.of("source", "from", "src");
    private static final Set<String> TARGET = Set.of("target", "to", "dst");

    private CsvReader() {
    }

    static void read(String text, RawGraph raw, String file, Supplier<CSVImporter<String, Object>> headerless)
            throws IOException {
        BufferedReader in = new BufferedReader(new StringReader(text), 1 << 16);
        Row rows = new Row(in, 1, file);
        List<String> header = rows.next();
        int s = header == null ? -1 : indexOf(header, SOURCE);
        int t = header == null ? -1 : indexOf(header, TARGET);
        if (s < 0 || t < 0) {
            var im = headerless.get();
            GraphFileImporter.run(im, im, new BufferedReader(new StringReader(text), 1 << 16), raw);
            return;
        }
        for (List<String> cells = rows.next(); cells != null; cells = rows.next()) {
            if (cells.size() == 1 && cells.get(0).isBlank()) continue;
            if (cells.size() <= Math.max(s, t) || cells.get(s).isBlank() || cells.get(t).isBlank()) {
                throw new GraphImportException(file, rows.rowLine, 1, "not a valid edge row: the "
                        + (cells.size() <= s || cells.get(s).isBlank() ? header.get(s) : header.get(t)) + " column is empty", null);
            }
            RawGraph.Edge e = raw.addEdge(cells.get(s), cells.get(t));
            for (int i = 0; i < Math.min(cells.size(), header.size()); i++) {
                if (i == s || i == t || cells.get(i).isEmpty()) continue;
                String name = header.get(i).trim().toLowerCase(Locale.ROOT); // Gephi writes Id, Label, Type
                String lower = name;
                if (lower.startsWith("source_") || lower.startsWith("target_")) {
                    String end = lower.startsWith("source_") ? cells.get(s) : cells.get(t);
                    raw.vertex(end).putIfAbsent(name.substring(7), cells.get(i));
                } else {
                    e.attributes().put(name, cells.get(i));
                }
            }
        }
    }

    private static int indexOf(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) if (names.contains(header.get(i).trim().toLowerCase(Locale.ROOT))) return i;
        return -1;
    }

    /** RFC 4180 records: quoted cells may hold commas, doubled quotes and line breaks. */
    private static final class Row {
        private final BufferedReader in;
        private final String file;
        private int line;
        int rowLine;

        Row(BufferedReader in, int line, String file) {
            this.in = in;
            this.line = line;
            this.file = file;
        }

        List<String> next() throws IOException {
            int c = in.read();
            if (c < 0) return null;
            rowLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (c < 0) {
                    if (quoted) throw new GraphImportException(file, rowLine, 1, "a quoted cell is not closed", null);
                    cells.add(cell.toString());
                    return cells;
                }
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int d = in.read();
                        if (d == '"') cell.append('"');
                        else {
                            quoted = false;
                            if (d >= 0) in.reset();
                        }
                    } else {
                        if (c == '\n') line++;
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') in.reset();
                    }
                    line++;
                    cells.add(cell.toString());
                    return cells;
                } else {
                    cell.append((char) c);
                }
                c = in.read();
            }
        }
    }
}

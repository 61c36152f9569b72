package org.spacecoop.core.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a graph file declares its edges directed. jgrapht-io's importers read every file into the graph they are
 * given without telling, so the declaration is read from the head of the file: GraphML {@code edgedefault}, GEXF
 * {@code defaultedgetype}, GML {@code directed 1} (GML's default is undirected), DOT {@code digraph} or
 * {@code graph}. A file whose declaration is not in the first {@link #HEAD} characters counts as directed, as do CSV
 * edge lists.
 */
final class Directedness {

    static final int HEAD = 1 << 16;

    private static final Pattern GRAPHML = Pattern.compile("<(?:\\w+:)?graph\\b[^>]*\\bedgedefault\\s*=\\s*[\"'](\\w+)");
    private static final Pattern GEXF = Pattern.compile("<(?:\\w+:)?graph\\b[^>]*\\bdefaultedgetype\\s*=\\s*[\"'](\\w+)");
    private static final Pattern GML_DIRECTED = Pattern.compile("(?m)^\\s*directed\\s+([01])\\b");
    private static final Pattern DOT = Pattern.compile("^\\s*(?:strict\\s+)?(digraph|graph)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENTS = Pattern.compile("/\\*(?s:.*?)\\*/|(?m)^\\s*(?://|#)[^\\n]*");

    private Directedness() {
    }

    /** Reads the head of a mark-supporting reader and resets it. */
    static boolean of(GraphFormat format, BufferedReader in) throws IOException {
        if (format == GraphFormat.CSV || format == GraphFormat.JSON) return true;
        in.mark(HEAD + 1);
        char[] buf = new char[HEAD];
        int n = 0;
        try {
            for (int r; n < HEAD && (r = in.read(buf, n, HEAD - n)) > 0; ) n += r;
        } finally {
            in.reset();
        }
        return of(format, new String(buf, 0, n));
    }

    static boolean of(GraphFormat format, String head) {
        return switch (format) {
            case GRAPHML -> !"undirected".equalsIgnoreCase(group(GRAPHML.matcher(head), "directed"));
            case GEXF -> !"undirected".equalsIgnoreCase(group(GEXF.matcher(head), "directed"));
            case GML -> "1".equals(group(GML_DIRECTED.matcher(head), "0"));
            case DOT -> !"graph".equalsIgnoreCase(group(DOT.matcher(COMMENTS.matcher(head).replaceAll("")), "digraph"));
            case CSV, JSON -> true;
        };
    }

    private static String group(Matcher m, String otherwise) {
        return m.find() ? m.group(1) : otherwise;
    }
}

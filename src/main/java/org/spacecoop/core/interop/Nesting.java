package org.spacecoop.core.interop;

/**
 * jgrapht's GML and DOT importers parse recursively: a file nested thousands deep overflows the stack, and deeper
 * still makes the DOT parser run for minutes. Real files nest a few levels, so brackets nested deeper than
 * {@link #MAX_DEPTH} are refused before parsing, at the place of the first one too deep.
 */
final class Nesting {

    static final int MAX_DEPTH = 100;

    private Nesting() {
    }

    /** GML: lists in {@code [ ]}; strings in double quotes. */
    static void checkGml(String text, String file) throws GraphImportException {
        check(text, file, false, "lists are");
    }

    /** DOT: {@code { }} and {@code [ ]}; strings in double quotes with backslash escapes, HTML strings, comments. */
    static void checkDot(String text, String file) throws GraphImportException {
        check(text, file, true, "braces are");
    }

    private static void check(String text, String file, boolean dot, String what) throws GraphImportException {
        int depth = 0, line = 1, lineStart = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '"') {
                // a string: skip to its closing quote, counting lines
                for (i++; i < n && text.charAt(i) != '"'; i++) {
                    if (text.charAt(i) == '\\' && dot) i++;
                    else if (text.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
            } else if (dot && c == '/' && i + 1 < n && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                boolean block = text.charAt(i + 1) == '*';
                int end = block ? text.indexOf("*/", i + 2) : text.indexOf('\n', i);
                end = end < 0 ? n : end;
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = block ? Math.min(n, end + 1) : end - 1;
            } else if (dot && c == '<') {
                // an HTML-like string: its own < > nest; jgrapht fails without a place ("-1") on one left open
                int open = 1, k = i + 1;
                for (; k < n && open > 0; k++) {
                    if (text.charAt(k) == '<') open++;
                    else if (text.charAt(k) == '>') open--;
                }
                if (open > 0) {
                    throw new GraphImportException(file, line, i - lineStart + 1,
                            "not valid DOT: an HTML-like string <…> is not closed", null);
                }
                for (int j = i; j < k; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                        lineStart = j + 1;
                    }
                }
                i = k - 1;
            } else if (c == '[' || dot && c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new GraphImportException(file, line, i - lineStart + 1,
                            "refused: " + what + " nested more than " + MAX_DEPTH + " deep", null);
                }
            } else if (c == ']' || dot && c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
    }
}
